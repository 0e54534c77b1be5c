"""The cross-language term table: vocabulary, mutual nearest neighbours, and its use in retrieval."""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from kb.index.build import build_index
from kb.index.reader import load_index
from kb.index.terms import TermSettings, TermTable, build_term_table, vocabulary
from kb.ingest.chunking import Chunk
from kb.qa.retrieval import cross_language_terms
from tests.fakes import FakeEmbedder


def _chunk(text: str, language: str) -> Chunk:
    return Chunk("c", "d", "t", "s", ["t"], 0, language, text)


def test_vocabulary_keeps_one_form_per_stem_and_drops_stop_words_and_short_words():
    words = vocabulary(
        [_chunk("The providers provide a provider service; it is a good service.", "en")], TermSettings()
    )
    stems = [stem for stem, _ in words["en"]]
    assert len(stems) == len(set(stems))
    surface = [word for _, word in words["en"]]
    assert "service" in surface and "the" not in surface and "it" not in surface and "good" in surface


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_only_mutual_nearest_neighbours_above_the_floor_are_paired():
    words = {
        "en": [("cost", "cost"), ("team", "team"), ("cloud", "cloud")],
        "de": [("kost", "kosten"), ("mannschaft", "mannschaft")],
    }
    vectors = {
        "en": np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(0.9, 0.1, 0.4)]),
        "de": np.stack([_unit(1, 0.05, 0), _unit(0.2, 0.6, 0.77)]),
    }
    table = build_term_table(words, vectors, TermSettings(min_similarity=0.9))
    assert table.pairs["en"]["cost"] == {"de": "kosten"} and table.pairs["de"]["kost"] == {"en": "cost"}
    assert "team" not in table.pairs["en"]  # its nearest German word is too far
    assert "cloud" not in table.pairs["en"]  # "kosten" prefers "cost": not mutual
    assert len(table) == 1
    assert TermTable.from_dict(table.to_dict()) == table


class TranslatingEmbedder(FakeEmbedder):
    """The fake embedder, except that a few words and their translations share one vector."""

    SAME: ClassVar[dict[str, str]] = {"kosten": "costs", "anbieter": "provider"}

    def embed_passages(self, texts):
        return super().embed_passages([self.SAME.get(t, t) for t in texts])


def test_a_question_finds_the_other_languages_passage_through_the_term_table(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.de.md").write_text(
        "---\ntitle: Preise\nlanguage: de\n---\n\nDer Anbieter senkt die Kosten deutlich.\n", encoding="utf-8"
    )
    (corpus / "b.en.md").write_text(
        "---\ntitle: Prices\nlanguage: en\n---\n\nA provider lowers costs. Costs matter to every provider.\n",
        encoding="utf-8",
    )
    build_index(corpus, tmp_path / "index", TranslatingEmbedder())
    index = load_index(tmp_path / "index", "fake:64")
    assert index.terms.pairs["en"]["cost"]["de"] == "kosten"
    found = cross_language_terms(index, "Which costs does a provider lower?", "en")
    assert set(found["de"]) >= {"kosten", "anbieter"}
