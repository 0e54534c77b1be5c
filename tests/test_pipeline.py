"""One retrieval pipeline: kb search, the Search page and answers rank passages the same way."""

from __future__ import annotations

import json

import pytest

from kb.errors import InputError
from kb.qa.answer import ask
from kb.qa.retrieval import RetrievalWeights, read_weights
from kb.qa.search import search
from tests.fakes import FakeEmbedder


@pytest.fixture
def index(small_index):
    return small_index


@pytest.mark.parametrize(
    "question",
    [
        "Insourcing brings an external team on board?",
        "Welche Aufgaben führen BPO-Anbieter durch?",
        "numerous experts for a project",
    ],
)
def test_search_ranks_like_the_answer_cites(index, question):
    answer = ask(index, FakeEmbedder(), question, k=3)
    hits = search(index, FakeEmbedder(), question, k=3)
    assert answer.answered
    assert [h.chunk.chunk_id for h in hits] == [c.chunk_id for c in answer.citations[: len(hits)]]


def test_weights_are_a_parameter_and_change_the_ranking(index):
    question = "Kosteneinsparungen bei Computernetzwerken"
    plain = search(index, FakeEmbedder(), question, k=3)
    german_first = search(index, FakeEmbedder(), question, k=3, weights=RetrievalWeights(same_language=5.0))
    assert plain[0].score != german_first[0].score
    assert german_first[0].chunk.language == "de"


def test_weights_file_is_read_and_checked(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"lexical": 0.2}), encoding="utf-8")
    assert read_weights(path).lexical == 0.2 and read_weights(path).sentence == RetrievalWeights().sentence
    path.write_text(json.dumps({"lexicon": 0.2}), encoding="utf-8")
    with pytest.raises(InputError, match="expected a JSON object"):
        read_weights(path)
    path.write_text(json.dumps({"lexical": "high"}), encoding="utf-8")
    with pytest.raises(InputError, match="must be a number"):
        read_weights(path)


def test_search_keeps_one_language_when_asked(index):
    hits = search(index, FakeEmbedder(), "outsourcing", k=5, language="de")
    assert hits and all(h.chunk.language == "de" for h in hits)


def test_an_introduction_that_leads_into_subsections_is_an_overview(tmp_path):
    from tests.conftest import fake_index

    text = (
        "---\ntitle: Exit\nlanguage: en\n---\n\n# Exit\n\nThis article sums up exit planning and assistance.\n\n"
        "## Plan\n\nThe exit plan lists assets.\n\n## Assistance\n\nTermination assistance runs six months.\n"
    )
    flat = "---\ntitle: Flat\nlanguage: en\n---\n\n# Flat\n\nOne section only, no subsections.\n"
    index = fake_index(tmp_path, {"exit.en.md": text, "flat.en.md": flat})
    overview = {c.section: bool(flag) for c, flag in zip(index.chunks, index.overview_rows, strict=True)}
    # a document without subsections has no introduction to set apart
    assert overview == {"Exit": True, "Plan": False, "Assistance": False, "Flat": False}
    question = "exit planning and assistance"
    plain = search(index, FakeEmbedder(), question, k=5, weights=RetrievalWeights(overview=0.0))
    lowered = search(index, FakeEmbedder(), question, k=5, weights=RetrievalWeights(overview=5.0))
    assert plain[0].chunk.section == "Exit" and lowered[-1].chunk.section == "Exit"


def test_a_list_question_lifts_the_passage_that_holds_a_list(tmp_path):
    from tests.conftest import fake_index

    text = (
        "---\ntitle: Testing\nlanguage: en\n---\n\n# Testing\n\n## Why test\n\n"
        "Testing kinds matter to vendors and testing kinds are many.\n\n"
        "## Kinds\n\nThese are handed over:\n\n- regression runs\n- load checks\n- usability sessions\n"
    )
    index = fake_index(tmp_path, {"testing.en.md": text})
    holds = {c.section: bool(flag) for c, flag in zip(index.chunks, index.list_rows, strict=True)}
    assert holds == {"Why test": False, "Kinds": True}
    listed = RetrievalWeights(list_passage=5.0)
    # only a question that asks for a list gains from a passage's list
    asked_for_list = search(index, FakeEmbedder(), "Which testing kinds are handed to vendors?", k=2, weights=listed)
    asked_why = search(index, FakeEmbedder(), "Why do testing kinds matter to vendors?", k=2, weights=listed)
    assert asked_for_list[0].chunk.section == "Kinds"
    assert asked_why[0].chunk.section == "Why test"
