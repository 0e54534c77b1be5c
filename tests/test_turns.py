"""The Ask page's HTML for a cited translation: labelled, with its original one switch away."""

from __future__ import annotations

from kb.qa.model import Answer, Citation, Original
from kb.web.labels_chat import CHAT_LABELS
from kb.web.turns import Version, turn_html


def _say(language: str):
    return lambda key: CHAT_LABELS.get(key, {}).get(language, key)


def test_a_translated_source_says_so_and_offers_its_original_with_the_sentence_marked():
    original = Original("doc.en", ["doc.en#0"], "en", "Costs fall. <b>Quality</b> rises.", [[0, 11]])
    citation = Citation(1, "doc.de#0", "doc.de", "Titel", "Abschnitt", "de", "Kosten sinken. Qualität steigt.")
    citation.highlights, citation.translation_of, citation.original = [[0, 14]], "doc.en", original
    answer = Answer("Was passiert mit Kosten?", "de", True, "Kosten sinken. [1]", [], [citation])
    page = turn_html(1, answer, "de", _say("de"), lambda chunk_id, spans: [Version("id", "Biaya turun.", [[0, 12]])])
    assert "übersetzt aus: Englisch" in page
    assert "<mark>Costs fall.</mark>" in page and "&lt;b&gt;Quality&lt;/b&gt;" in page
    assert "<mark>Biaya turun.</mark>" in page  # the other version, its aligned sentence marked
    english = turn_html(1, answer, "en", _say("en"), lambda chunk_id, spans: [])
    assert "translated from English" in english


def test_sources_list_the_used_ones_first_then_at_most_two_for_further_reading():
    from kb.qa.sources import listed_sources

    citations = [Citation(n, f"c{n}", "d", "T", "S", "en", f"text {n}") for n in range(1, 6)]
    sentences = ["A definition. [3]", "(German) “Zitat [2] im Text” [3][1]", "A message without references."]
    renumbered, listed = listed_sources(sentences, citations)
    assert [c.chunk_id for c in listed] == ["c3", "c1", "c2", "c4"]
    assert [c.n for c in listed] == [1, 2, 3, 4] and [c.further_reading for c in listed] == [False, False, True, True]
    assert renumbered == ["A definition. [1]", "(German) “Zitat [2] im Text” [1][2]", "A message without references."]
