"""Removal can be undone from corpus/.removed; an upload's preview shows the passages it becomes."""

from __future__ import annotations

import pytest

from kb.errors import InputError
from kb.ingest.restore import preview_passages, removed_documents, restore_document
from kb.ingest.uploads import prepare_upload, remove_document


def test_a_removed_document_is_listed_and_restored(small_corpus):
    before = (small_corpus / "basics.en.md").read_text(encoding="utf-8")
    remove_document(small_corpus, "basics.en")
    [removed] = removed_documents(small_corpus)
    assert removed.name == "basics.en.md" and not (small_corpus / "basics.en.md").exists()
    path = restore_document(small_corpus, removed.stored)
    assert path == small_corpus / "basics.en.md" and path.read_text(encoding="utf-8") == before
    assert removed_documents(small_corpus) == []


def test_restoring_over_a_document_of_the_same_name_is_refused(small_corpus):
    remove_document(small_corpus, "basics.en")
    (small_corpus / "basics.en.md").write_text("# New\n\nAnother text about sourcing.\n", encoding="utf-8")
    [removed] = removed_documents(small_corpus)
    with pytest.raises(InputError, match="in the corpus again"):
        restore_document(small_corpus, removed.stored)
    with pytest.raises(InputError, match="no removed document"):
        restore_document(small_corpus, "../../etc/passwd")


def test_the_preview_shows_the_passages_the_upload_becomes(small_corpus):
    text = (
        "---\ntitle: Nearshoring\n---\n\n# Nearshoring\n\nNearshoring moves work to a nearby country.\n\n"
        "## Costs\n\nCosts fall.\n"
    )
    prepared = prepare_upload(small_corpus, "near.md", text.encode("utf-8"))
    passages = preview_passages(prepared)
    assert prepared.title == "Nearshoring" and [p.section for p in passages][-1].endswith("Costs")
    assert "nearby country" in passages[0].text
