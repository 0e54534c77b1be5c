"""An "also" question, or one whether the documents list a thing, about something the knowledge base never names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kb.index.terms import TermTable
from kb.index.vocabulary import CorpusVocabulary
from kb.knowledge.glossary import Glossary
from kb.qa.answer import ask
from kb.qa.besides import unmentioned_besides
from tests.conftest import fake_index
from tests.fakes import FakeEmbedder

CORPUS_TEXT = [
    "The documentation agency writes user guides, release notes and videos for each feature.",
    "Der Dienstleister pflegt die Stammdaten, prüft Kartenzahlungen und druckt Preisschilder.",
    "Studio mitra membuat aset 2D, model karakter dan animasi untuk setiap level.",
    "Model elements show their connections to other systems at the higher levels.",
]


@pytest.fixture
def index():
    return SimpleNamespace(vocabulary=CorpusVocabulary.of(CORPUS_TEXT), glossary=Glossary(), terms=TermTable())


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("Can the documentation agency also record screencast videos?", "en", ["screencast"]),
        ("Druckt der Dienstleister auch unsere Regaletiketten für die Filialen?", "de", ["Regaletiketten", "Filialen"]),
        ("Apakah studio mitra juga bisa membuat musik latar?", "id", ["musik", "latar"]),
        # the verb after "also" is the asker's word; the thing asked about is written
        ("Can the documentation agency also produce videos?", "en", []),
        ("Apakah studio mitra juga bisa mengerjakan animasi?", "id", []),
        # German nouns are capitalised; its verbs are not asked about
        ("Kümmert sich der Dienstleister auch um Kartenzahlungen?", "de", []),
        # a lemma of a written word and the light words of an English idiom are covered
        ("Does a model element also show how it connects to other systems?", "en", []),
        ("Is the agency also in charge of making sure of the release notes?", "en", []),
        # no "also", or an "also" that means something else
        ("Can the documentation agency record screencast videos?", "en", []),
        ("Gilt das auch wenn die Regaletiketten fehlen?", "de", []),
        ("Sowohl Preisschilder als auch Regaletiketten?", "de", []),
        ("Muss der Dienstleister auch nach den ersten Filialen an Bord bleiben?", "de", []),  # even after
    ],
)
def test_the_nouns_after_also_must_be_written(index, question, lang, expected):
    assert unmentioned_besides(index, question, lang) == expected


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("Nennt der Text T-Systems als möglichen Anbieter?", "de", ["T-Systems"]),
        ("Gehört die Aktenvernichtung zu den Aufgaben des Dienstleisters?", "de", ["Aktenvernichtung"]),
        ("Apakah contoh tugas studio mitra mencakup layanan katering?", "id", ["katering"]),
        # the longest unwritten word names the thing; the verbs around it do not
        ("Does the article say that the agency protects against ransomware?", "en", ["ransomware"]),
        # a thing the documents write is listed or not: the passages answer
        ("Nennt der Text Preisschilder als Beispiel?", "de", []),
        ("Does the article mention release notes?", "en", []),
        ("Apakah artikel menyebut animasi sebagai contoh?", "id", []),
        # a question about the thing itself, not whether the documents list it
        ("Protects the agency against ransomware?", "en", []),
    ],
)
def test_a_thing_asked_to_be_listed_must_be_written(index, question, lang, expected):
    assert unmentioned_besides(index, question, lang) == expected


ARTICLE = """---
title: Documentation services
language: en
---

# Documentation services

## What the agency does

The documentation agency writes user guides and release notes for each feature of the product.
"""


def test_an_also_question_about_an_unwritten_thing_is_not_answered(tmp_path, monkeypatch):
    from kb.qa import answer

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    index = fake_index(tmp_path, {"docs.en.md": ARTICLE})
    refused = ask(index, FakeEmbedder(), "Does the documentation agency also record screencast videos?", "en")
    assert not refused.answered and "screencast" in refused.answer
    answered = ask(index, FakeEmbedder(), "Does the documentation agency also write release notes?", "en")
    assert answered.answered
