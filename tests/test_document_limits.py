"""Documents that would block indexing for hours or bloat answers: split, capped, refused with the reason."""

from __future__ import annotations

import json

import pytest

from kb.errors import InputError
from kb.index import publish
from kb.index.build import build_index
from kb.index.reader import load_index
from kb.ingest.chunking import ChunkSettings, chunk_document
from kb.ingest.documents import parse_document
from kb.ingest.limits import MAX_PASSAGES_PER_DOCUMENT, MAX_SENTENCES_PER_DOCUMENT
from kb.ingest.uploads import MAX_UPLOAD_BYTES, prepare_upload
from kb.qa.answer import ask
from kb.text import MAX_LABEL_CHARS
from tests.conftest import run_kb
from tests.fakes import FakeEmbedder

REPETITIVE = ("Outsourcing is good. " * 24_000).encode()
HEADINGS = "".join(f"# Heading {i}\n\nText {i}.\n\n" for i in range(10_000)).encode()


def test_a_line_without_a_full_stop_is_split_into_passages_within_the_limit(tmp_path):
    line = "outsourcing " * 43_000 + "a" * 3_000  # about 520 KB, no full stop, one unbreakable run at the end
    doc = parse_document(f"---\ntitle: Line\nlanguage: en\n---\n\n{line}\n", "line")
    chunks = chunk_document(doc)
    limit = ChunkSettings().max_chars
    assert len(chunks) > 400 and max(len(c.text) for c in chunks) <= limit
    assert "".join(c.text for c in chunks).replace(" ", "") == line.replace(" ", "")  # nothing lost


def test_an_answer_citing_a_huge_line_stays_small(tmp_path, monkeypatch):
    from kb.qa import answer as answer_module

    monkeypatch.setattr(answer_module, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "line.md").write_text("Outsourcing partners " + "deliver services " * 30_000 + "\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index", FakeEmbedder())
    answer = ask(load_index(tmp_path / "index", "fake:64"), FakeEmbedder(), "What do outsourcing partners deliver?")
    assert answer.citations
    assert len(json.dumps(answer.to_dict())) < 20_000


def test_titles_and_headings_are_clipped():
    raw = "---\ntitle: " + "T" * 5_000 + "\n---\n\n# " + "H" * 5_000 + "\n\nSome text about sourcing.\n"
    doc = parse_document(raw, "long-title")
    chunk = chunk_document(doc)[0]
    assert len(doc.title) == MAX_LABEL_CHARS and doc.title.endswith("…")
    assert all(len(part) <= MAX_LABEL_CHARS for part in chunk.section_path)


@pytest.mark.parametrize(
    "data, message",
    [
        (REPETITIVE, f"24,000 sentences; the limit is {MAX_SENTENCES_PER_DOCUMENT:,}"),
        (HEADINGS, f"10,000 passages; the limit is {MAX_PASSAGES_PER_DOCUMENT:,}"),
    ],
)
def test_an_upload_with_too_many_sentences_or_passages_is_refused(small_corpus, data, message):
    assert len(data) < MAX_UPLOAD_BYTES
    with pytest.raises(InputError, match=message):
        prepare_upload(small_corpus, "big.md", data)
    assert not (small_corpus / "big.md").exists()


@pytest.mark.parametrize("data, what", [(REPETITIVE, "24,000 sentences"), (HEADINGS, "10,000 passages")])
def test_kb_index_refuses_such_a_document_by_name_and_keeps_the_live_index(cli_env, small_corpus, data, what):
    assert run_kb("index").exit_code == 0
    live = publish.current_build_id(cli_env)
    (small_corpus / "big.md").write_bytes(data)
    result = run_kb("index")
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "big.md" in result.output and what in result.output and "split it" in result.output
    assert publish.current_build_id(cli_env) == live
