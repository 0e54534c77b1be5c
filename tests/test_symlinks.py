"""Links in the corpus are never followed: only regular files inside the corpus folder are indexed."""

from __future__ import annotations

import os

import pytest

from kb.errors import DocumentError
from kb.index.build import build_index
from kb.index.reader import load_index
from kb.ingest.documents import load_corpus, read_document
from kb.ingest.uploads import REMOVED_DIR, removable_paths, remove_document
from kb.knowledge.concepts import CATALOGUE_FILE
from kb.knowledge.glossary import GLOSSARY_FILE
from tests.conftest import run_kb
from tests.fakes import FakeEmbedder

SECRET = "root:x:0:0:root:/root:/usr/sbin/nologin secret-marker-7731"


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "passwd").write_text(SECRET + "\n", encoding="utf-8")
    (folder / "notes.md").write_text(f"# Notes\n\n{SECRET}\n", encoding="utf-8")
    return folder


def test_a_link_to_a_file_outside_is_skipped_and_reported(cli_env, small_corpus, outside):
    (small_corpus / "passwd.md").symlink_to(outside / "passwd")
    result = run_kb("index")
    assert result.exit_code == 0, result.output
    assert "passwd.md: not indexed: is a symbolic link" in result.stderr
    chunks = load_index(cli_env, "fake:64").chunks
    assert chunks and not any("secret-marker" in c.text for c in chunks)
    answer = run_kb("ask", "Which users have nologin as shell?", "--json")
    assert "secret-marker" not in answer.output


def test_a_link_to_a_folder_is_not_followed(small_corpus, outside, tmp_path):
    (small_corpus / "more").symlink_to(outside, target_is_directory=True)
    report = build_index(small_corpus, tmp_path / "index", FakeEmbedder())
    assert any(w.startswith("more: not indexed: is a symbolic link to a folder") for w in report.warnings)
    assert {d.doc_id for d in load_corpus(small_corpus)} == {"basics.en", "auslagerung.de"}


def test_a_link_even_to_a_file_inside_is_refused_when_read(small_corpus):
    link = small_corpus / "copy.md"
    link.symlink_to(small_corpus / "basics.en.md")
    with pytest.raises(DocumentError, match="symbolic link"):
        read_document(link, small_corpus)  # a file swapped for a link after the listing is not followed


def test_removal_takes_away_the_link_and_leaves_its_target(small_corpus, outside):
    (small_corpus / "passwd.md").symlink_to(outside / "passwd")
    assert "passwd" in removable_paths(small_corpus)
    moved = remove_document(small_corpus, "passwd")
    assert moved.parent.name == REMOVED_DIR and moved.is_symlink()
    assert not (small_corpus / "passwd.md").exists() and not (small_corpus / "passwd.md").is_symlink()
    assert (outside / "passwd").read_text(encoding="utf-8").startswith("root:")


@pytest.mark.parametrize("name", [CATALOGUE_FILE, GLOSSARY_FILE])
def test_a_linked_catalogue_or_glossary_is_refused(cli_env, small_corpus, outside, name):
    (small_corpus / name).symlink_to(outside / "passwd")
    result = run_kb("index")
    assert result.exit_code == 1 and f"{name}: is a symbolic link" in result.output
    assert "secret-marker" not in result.output


def test_a_pipe_named_like_a_document_is_skipped_not_waited_on(small_corpus, tmp_path):
    os.mkfifo(small_corpus / "pipe.md")
    report = build_index(small_corpus, tmp_path / "index", FakeEmbedder())
    assert any(w.startswith("pipe.md: not indexed: is not a regular file") for w in report.warnings)
