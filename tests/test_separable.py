"""German separable verbs join the German BM25 query as the corpus writes them."""

from __future__ import annotations

import pytest

from kb.index.vocabulary import CorpusVocabulary
from kb.qa.separable import separable_verb_words

VOCABULARY = CorpusVocabulary.of(
    ["Die Einführung eines SSC, die Auslagerung der IT und die Abgabe von Aufgaben; einführen, auslagern."]
)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("In welchen Schritten führt man ein SSC typischerweise ein?", ["einführen", "einführung"]),
        ("Warum lagert man beim E-Outsourcing nur einen Teil der Aufgaben aus?", ["auslagern", "auslagerung"]),
        ("Lagert man die IT aus, wenn Fachkräfte fehlen?", ["auslagern", "auslagerung"]),
        ("Was ist ein SSC?", []),  # no particle ends a clause
        ("Wer gibt die Aufgaben aus?", []),  # "ausgib..." begins no corpus word: nothing is made up
    ],
)
def test_a_split_verb_brings_the_corpus_words_it_stands_for(question, expected):
    assert separable_verb_words(question, VOCABULARY) == expected


def test_only_a_german_question_gets_them(tmp_path):
    from kb.qa.retrieval import cross_language_terms
    from tests.conftest import fake_index

    document = "---\ntitle: SSC\nlanguage: de\n---\n\n# SSC\n\nDie Einführung eines SSC dauert ein Jahr.\n"
    index = fake_index(tmp_path, {"ssc.de.md": document})
    assert "einführung" in cross_language_terms(index, "Wie führt man ein SSC ein?", "de").get("de", [])
    assert "de" not in cross_language_terms(index, "How does one set up an SSC ein?", "en")


def test_vocabulary_lists_the_words_a_prefix_begins():
    assert VOCABULARY.starting_with("ausl") == ["auslagern", "auslagerung"]
    assert VOCABULARY.starting_with("ausl", limit=1) == ["auslagern"]
    assert VOCABULARY.starting_with("zzz") == []
