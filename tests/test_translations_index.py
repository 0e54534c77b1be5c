"""Translations in the real index (bundled model): alignment against the hand key, answers from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.index import reader
from kb.index.translations import WEAK_LINK_COST
from kb.qa.answer import ask
from kb.qa.langid import identify_language
from tests.conftest import REPO

pytestmark = pytest.mark.integration
KEYS = sorted((REPO / "eval" / "alignment").glob("*.jsonl"))
# Measured on the shipped pairs: every right link has cosine 0.86 or more (the floor leaves a margin).
SIMILARITY_FLOOR = 0.84


@pytest.fixture(scope="module")
def loaded(real_index, e5):
    return reader.load_index(real_index, e5.model_id)


def _key(path: Path) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(tuple(k["original"]), tuple(k["translation"])) for k in lines}


def test_every_shipped_translation_is_aligned_with_its_partner(loaded):
    assert sorted((p.translation, p.original) for p in loaded.alignments) == [
        ("bpo-vs-ito.en", "bpo-vs-ito.de"),
        ("bpo-vs-ito.id", "bpo-vs-ito.de"),
        ("it-sourcing.de", "it-sourcing.en"),
        ("it-sourcing.id", "it-sourcing.en"),
    ]


@pytest.mark.parametrize("key", KEYS, ids=[k.stem for k in KEYS])
def test_alignment_agrees_with_the_hand_key(loaded, key):
    pair = next(p for p in loaded.alignments if p.translation == key.stem)
    expected = _key(key)
    found = {(k.original, k.translation) for k in pair.links}
    assert len(expected & found) / len(expected) >= 0.98
    assert all(k.original and k.translation for k in pair.links)  # no sentence left unlinked
    assert min(k.similarity for k in pair.links) >= SIMILARITY_FLOOR
    assert max(k.cost for k in pair.links) < WEAK_LINK_COST


@pytest.mark.parametrize(
    ("question", "language", "doc"),
    [
        ("Should a company bring in an ITO provider or a BPO provider first?", "en", "bpo-vs-ito.en"),
        ("Was sind die Vorteile des Multi-Sourcing?", "de", "it-sourcing.de"),
        ("Mengapa perusahaan memilih pengalihdayaan selektif?", "id", "it-sourcing.id"),
    ],
)
def test_a_cross_language_question_is_answered_from_the_askers_version(loaded, e5, question, language, doc):
    answer = ask(loaded, e5, question)
    assert answer.answered and identify_language(answer.answer).code == language
    first = answer.citations[0]
    assert first.doc == doc and first.translation_of and first.original is not None
    assert first.original.highlights  # the answer's sentences point to their source sentences
    for start, end in first.original.highlights:
        assert first.original.text[start:end].strip()


def test_a_passage_and_its_translations_are_one_source(loaded, e5):
    answer = ask(loaded, e5, "What is the difference between BPO and ITO?")
    units = [loaded.translations.unit[loaded.row_of[c.chunk_id]] for c in answer.citations]
    assert len(units) == len(set(units))
