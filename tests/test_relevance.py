"""How relevant a question is to the corpus (abstention), across languages."""

from __future__ import annotations

import pytest

from kb.qa.answer import CROSS_LANGUAGE_RELEVANCE, SENTENCE_OFFSET, relevance_margin
from kb.qa.retrieval import retrieve
from tests.fakes import FakeEmbedder


def _plain_margin(index, found, vector) -> float:
    off_topic = float((index.background @ vector[0]).max()) if len(index.background) else 0.0
    return max(found.best_dense, found.best_sentence - SENTENCE_OFFSET) - off_topic


@pytest.mark.parametrize(
    "question, lang, lifted",
    [
        ("Apa itu insourcing untuk sistem yang sensitif?", "id", True),  # no passage is Indonesian
        ("Insourcing brings an external team on board?", "en", False),  # the nearest passage is English
    ],
)
def test_a_question_whose_nearest_passage_is_in_another_language_is_lifted(small_index, question, lang, lifted):
    embedder = FakeEmbedder()
    vector = embedder.embed_queries([question])
    found = retrieve(small_index, embedder, question, lang, k=3, query_vector=vector)
    assert (found.hits[0].chunk.language != lang) is lifted
    expected = _plain_margin(small_index, found, vector) + (CROSS_LANGUAGE_RELEVANCE if lifted else 0.0)
    assert relevance_margin(small_index, found, vector) == pytest.approx(expected)
