"""A short paragraph answers in full from its first chosen sentence on (kb/qa/structure.py)."""

from __future__ import annotations

import pytest

from kb.qa.model import Citation
from kb.qa.shapes import Shape
from kb.qa.structure import SHORT_PASSAGE_SENTENCES, by_layout
from tests.conftest import fake_index

SHORT = (
    "Many contracts apply the index to the whole fee. Only part of the fee is staff cost. "
    "Hardware gets cheaper over time. A six per cent rise in wages still raises the whole fee."
)
LONG = " ".join(f"Sentence number {n} says something about fees." for n in range(1, SHORT_PASSAGE_SENTENCES + 3))


def _passage(tmp_path, body: str) -> tuple[object, Citation]:
    text = f"---\ntitle: Fees\nlanguage: en\n---\n\n# Fees\n\n{body}\n"
    index = fake_index(tmp_path, {"fees.en.md": text})
    chunk = next(c for c in index.chunks if "Sentence" in c.text or "fee" in c.text)
    return index, Citation.of(1, chunk)


def _spans(index, citation: Citation) -> list[tuple[int, int]]:
    return list(index.chunk(citation.chunk_id).sentences)


@pytest.mark.parametrize("kind", ["why", "when", "yesno", "other"])
def test_a_short_paragraph_answers_from_its_first_chosen_sentence_to_its_end(tmp_path, kind):
    index, citation = _passage(tmp_path, SHORT)
    spans = _spans(index, citation)
    assert len(spans) == 4
    lead = (0.9, citation, *spans[1])
    chosen = by_layout(index, Shape(kind, "en"), lead, [lead])
    starts = sorted(s for _, c, s, _ in chosen)
    assert starts == [s for s, _ in spans[1:]]  # the second sentence on; never the first, before the lead


@pytest.mark.parametrize("kind", ["list", "example", "difference", "frequency"])
def test_shapes_with_their_own_layout_take_no_more_of_the_paragraph(tmp_path, kind):
    index, citation = _passage(tmp_path, SHORT)
    spans = _spans(index, citation)
    lead = (0.9, citation, *spans[2])
    chosen = by_layout(index, Shape(kind, "en"), lead, [lead])
    assert (spans[3][0]) not in {s for _, _, s, _ in chosen}


def test_a_longer_passage_keeps_only_the_chosen_sentences(tmp_path):
    index, citation = _passage(tmp_path, LONG)
    spans = _spans(index, citation)
    assert len(spans) > SHORT_PASSAGE_SENTENCES
    lead = (0.9, citation, *spans[1])
    assert by_layout(index, Shape("why", "en"), lead, [lead]) == [lead]
