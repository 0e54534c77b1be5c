"""Similarity with each language's mean vector taken out: topic, not language."""

from __future__ import annotations

import numpy as np

from kb.index.build import build_index
from kb.index.reader import LanguageCentred, load_index
from kb.qa.retrieval import RetrievalWeights, retrieve
from tests.fakes import FakeEmbedder


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def test_taking_out_the_language_mean_leaves_the_topic():
    topic_a, topic_b = np.eye(4)[0], np.eye(4)[1]
    english, german = 3 * np.eye(4)[2], 3 * np.eye(4)[3]  # a strong pull of the language
    passages = np.stack(
        [_unit(topic_a + english), _unit(topic_b + english), _unit(topic_a + german), _unit(topic_b + german)]
    )
    languages = np.array(["en", "en", "de", "de"])
    question = _unit(topic_a + german)  # a German question about topic A

    raw = passages @ question
    assert raw[3] > raw[0]  # the German passage on topic B beats the English one on topic A
    centred = LanguageCentred.of(passages, languages).similarity(question, "de")
    assert centred[0] > centred[3] and centred[0] == max(centred[:2])  # topic A wins in any language
    assert np.allclose(centred[[0, 2]], 1.0, atol=1e-5)


def test_a_question_in_a_language_no_passage_has_is_centred_by_the_overall_mean():
    passages = np.stack([_unit(np.array([1.0, 0.2, 0.0])), _unit(np.array([0.0, 0.2, 1.0]))])
    centred = LanguageCentred.of(passages, np.array(["en", "en"]))
    assert centred.similarity(passages[0], "id").shape == (2,)
    assert LanguageCentred.of(None, np.array([])).similarity(passages[0], "en").shape == (0,)


def test_the_topic_weight_moves_only_passages_without_a_version_in_the_askers_language(small_corpus, tmp_path):
    build_index(small_corpus, tmp_path / "index", FakeEmbedder())
    index = load_index(tmp_path / "index", "fake:64")
    question = "Was macht ein ITO-Anbieter?"
    lacking = index.translations.lacks_language("de")
    assert lacking.any() and not lacking.all()  # some passages have a German version, some none
    plain = retrieve(index, FakeEmbedder(), question, "de", k=20, weights=RetrievalWeights(other_language_topic=0.0))
    lifted = retrieve(index, FakeEmbedder(), question, "de", k=20, weights=RetrievalWeights(other_language_topic=1.0))
    before = {h.row: h.score for h in plain.hits}
    topic = index.topic_vectors.similarity(FakeEmbedder().embed_queries([question]), "de")
    # an introduction is closest to its document's topic whatever is asked: it gains nothing
    topical = lacking & ~index.overview_rows.astype(bool)
    assert any(topical[h.row] for h in lifted.hits)
    for hit in lifted.hits:
        expected = before[hit.row] + (topic[hit.row] if topical[hit.row] else 0.0)
        assert abs(hit.score - expected) < 1e-5


def test_an_introduction_in_another_language_gains_no_topic_weight(small_corpus, tmp_path):
    (small_corpus / "guide.en.md").write_text(
        "---\ntitle: Sourcing guide\nlanguage: en\n---\n\n# Sourcing guide\n\n"
        "This guide sums up how firms hand IT work to providers.\n\n## Contracts\n\n"
        "A contract names the services and the service levels.\n\n## Exit\n\n"
        "An exit plan says how the work comes back.\n",
        encoding="utf-8",
    )
    build_index(small_corpus, tmp_path / "index", FakeEmbedder())
    index = load_index(tmp_path / "index", "fake:64")
    question = "Was macht ein ITO-Anbieter?"
    intros = index.translations.lacks_language("de") & index.overview_rows.astype(bool)
    assert intros.any()
    weights = [RetrievalWeights(other_language_topic=w) for w in (0.0, 1.0)]
    plain, lifted = (retrieve(index, FakeEmbedder(), question, "de", k=50, weights=w) for w in weights)
    before = {h.row: h.score for h in plain.hits}
    shown = [h for h in lifted.hits if intros[h.row] and h.row in before]
    assert shown and all(abs(h.score - before[h.row]) < 1e-6 for h in shown)
