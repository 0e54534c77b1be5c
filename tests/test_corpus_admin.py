"""Adding and removing documents: every bad upload refused with its reason, nothing lost, nothing outside."""

from __future__ import annotations

import re

import pytest

from kb.errors import InputError
from kb.ingest.documents import load_corpus, split_front_matter
from kb.ingest.uploads import (
    MAX_UPLOAD_BYTES,
    REMOVED_DIR,
    add_document,
    prepare_upload,
    remove_document,
    safe_filename,
)

GERMAN = "# Cloud-Migration\n\nDie Migration in die Cloud verlagert Anwendungen und Daten zu einem Anbieter.\n"


def _snapshot(corpus):
    return {p.relative_to(corpus): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.md", b"", "empty"),
        ("big.md", b"a" * (MAX_UPLOAD_BYTES + 1), "the limit is"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.md", "Größe und Maße".encode("latin-1"), "not UTF-8"),
        ("utf16.md", "Hallo Welt".encode("utf-16"), "binary"),
        ("../../x.md", GERMAN.encode(), "folders"),
        ("..\\x.md", GERMAN.encode(), "folders"),
        ("/etc/passwd.md", GERMAN.encode(), "folders"),
        ("notes.pdf", GERMAN.encode(), "only Markdown"),
        (".hidden.md", GERMAN.encode(), "does not start"),
        ("README.md", GERMAN.encode(), "does not start"),
        ("blank.md", b"---\ntitle: x\n---\n   \n", "no text"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason_and_nothing_changes(small_corpus, name, data, reason):
    before = _snapshot(small_corpus)
    with pytest.raises(InputError, match=reason):
        prepare_upload(small_corpus, name, data)
    assert _snapshot(small_corpus) == before


def test_an_upload_gets_front_matter_with_the_detected_or_chosen_language(small_corpus):
    prepared = prepare_upload(small_corpus, "cloud migration (v2).md", GERMAN.encode())
    assert prepared.filename == "cloud-migration-v2.md" and prepared.detected_language == "de"
    path = add_document(small_corpus, prepare_upload(small_corpus, "cloud migration (v2).md", GERMAN.encode(), "id"))
    assert path.parent == small_corpus.resolve()
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert meta["language"] == "id" and meta["title"] == "Cloud-Migration" and "Migration in die Cloud" in body
    assert "cloud-migration-v2" in {d.doc_id for d in load_corpus(small_corpus)}


def test_the_same_text_or_name_twice_is_refused(small_corpus):
    existing = (small_corpus / "basics.en.md").read_bytes()
    with pytest.raises(InputError, match=re.escape("already in the corpus as basics.en.md")):
        prepare_upload(small_corpus, "copy.md", existing)
    with pytest.raises(InputError, match="already exists"):
        prepare_upload(small_corpus, "basics.en.md", GERMAN.encode())
    assert prepare_upload(small_corpus, "basics.en.md", GERMAN.encode(), replace=True).doc_id == "basics.en"


def test_html_in_a_document_is_kept_as_text(small_corpus):
    text = GERMAN + "\n<script>alert(1)</script> <img src=x onerror=alert(2)>\n"
    path = add_document(small_corpus, prepare_upload(small_corpus, "evil.md", text.encode()))
    assert "<script>alert(1)</script>" in path.read_text(encoding="utf-8")


def test_odd_names_become_plain_names():
    assert safe_filename("Über Sourcing?.MD") == "Über-Sourcing.md"
    with pytest.raises(InputError):
        safe_filename("???.md")


def test_remove_moves_the_document_aside(small_corpus):
    moved = remove_document(small_corpus, "basics.en")
    assert moved.parent.name == REMOVED_DIR and moved.is_file()
    assert "basics.en" not in {d.doc_id for d in load_corpus(small_corpus)}
    with pytest.raises(InputError, match="no document"):
        remove_document(small_corpus, "basics.en")
