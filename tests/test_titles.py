"""A question that uses a document title's words leans towards that document's passages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kb.qa.titles import title_bonus


def _index(build_id: str):
    passages = [
        ("payables.de", "Kreditorenbuchhaltung auslagern", "de"),
        ("payables.de", "Kreditorenbuchhaltung auslagern", "de"),
        ("captive.en", "Captive centre or outsourcing provider", "en"),
        ("desk.en", "Outsourcing the service desk", "en"),
    ]
    chunks = [SimpleNamespace(doc_id=d, doc_title=t, language=lang) for d, t, lang in passages]
    return SimpleNamespace(build_id=build_id, chunks=chunks)


def test_the_document_whose_title_shares_the_rarer_words_gets_the_whole_lift():
    bonus = title_bonus(_index("titles-1"), "When does a captive centre pay off?", "en", {}, 0.01)
    assert list(bonus) == [0.0, 0.0, pytest.approx(0.01), 0.0]


def test_a_word_many_titles_share_counts_less_than_a_rare_one():
    bonus = title_bonus(_index("titles-2"), "Should we outsource the service desk?", "en", {}, 0.01)
    assert bonus[3] == pytest.approx(0.01) and 0 < bonus[2] < bonus[3]


def test_the_equivalents_in_another_language_count():
    question = "Should we outsource accounts payable?"
    assert title_bonus(_index("titles-3"), question, "en", {}, 0.01)[0] == 0.0
    equivalents = {"de": ["Kreditorenbuchhaltung"]}
    assert title_bonus(_index("titles-3"), question, "en", equivalents, 0.01)[0] == pytest.approx(0.01)


def test_no_weight_or_no_shared_word_lifts_nothing():
    assert title_bonus(_index("titles-4"), "When does a captive centre pay off?", "en", {}, 0.0) == 0.0
    assert title_bonus(_index("titles-4"), "What is a retainer?", "en", {}, 0.01) == 0.0
