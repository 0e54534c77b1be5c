from pathlib import Path

import pytest

from kb.errors import DocumentError
from kb.ingest.documents import decode_text, detect_language, load_corpus, parse_document


def test_front_matter_sets_title_language_and_keeps_other_fields():
    doc = parse_document("---\ntitle: T\nlanguage: de\nsource: web\n---\n\nHallo Welt.\n", "x")
    assert (doc.title, doc.language, doc.metadata) == ("T", "de", {"source": "web"})
    assert doc.body.strip() == "Hallo Welt."


def test_language_is_detected_when_front_matter_has_none():
    text = (
        "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan komputer "
        "dan sistem teknologi informasi lainnya."
    )
    assert parse_document(text, "x", "text").language == "id"
    assert detect_language(text) == "id"
    assert detect_language("Der Anbieter übernimmt die Buchhaltung und den Kundendienst für das Unternehmen.") == "de"
    assert detect_language("The provider takes over accounting and customer service for the company.") == "en"


def test_title_falls_back_to_first_heading_then_id():
    assert parse_document("# Heading\n\nBody text here.", "x").title == "Heading"
    assert parse_document("Body text here, long enough to detect.", "doc-id", "text").title == "doc-id"


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("---\ntitle: [unclosed\n---\nText", "not valid YAML"),
        ("---\n- a\n- b\n---\nText", "key: value"),
        ("---\ntitle: t\nlanguage: English\n---\nText", "ISO 639-1"),
        ("---\ntitle: t\n---\n   \n", "no text"),
    ],
)
def test_bad_documents_are_refused_with_a_reason(raw, reason):
    with pytest.raises(DocumentError, match=reason):
        parse_document(raw, "x")


def test_binary_and_non_utf8_files_are_refused():
    with pytest.raises(DocumentError, match="binary"):
        decode_text(b"\x89PNG\x00\x00", "x.md")
    with pytest.raises(DocumentError, match="UTF-8"):
        decode_text("Größe".encode("latin-1"), "x.md")
    assert decode_text("\ufeffa\r\nb".encode("utf-8"), "x.md") == "a\nb"


def test_corpus_ids_follow_paths_and_skip_readme_and_hidden(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.md").write_text("# One\n\nSome English text here.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Some more English text.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About the corpus", encoding="utf-8")
    (tmp_path / ".draft.md").write_text("# Hidden", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [d.doc_id for d in load_corpus(tmp_path)] == ["sub/one", "two"]


def test_empty_or_missing_corpus_is_an_error(tmp_path: Path):
    with pytest.raises(DocumentError, match="holds no"):
        load_corpus(tmp_path)
    with pytest.raises(DocumentError, match="does not exist"):
        load_corpus(tmp_path / "nope")
