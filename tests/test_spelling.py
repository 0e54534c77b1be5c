"""A misspelt word of a question is looked up as the corpus word it was meant to be."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kb.index.vocabulary import CorpusVocabulary
from kb.qa.answer import ask
from kb.qa.search import search
from kb.qa.spelling import mended
from tests.conftest import fake_index
from tests.fakes import FakeEmbedder

CORPUS_TEXT = [
    "The provider archives every message and keeps the archive for ten years.",
    "Die Vertragslaufzeit beträgt drei Jahre; der Dienstleister übernimmt die Administratoren.",
    "Penyedia memantau kamera dan menyimpan rekaman selama tiga puluh hari.",
]


@pytest.fixture
def index():
    return SimpleNamespace(vocabulary=CorpusVocabulary.of(CORPUS_TEXT))


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("How long is the arhcive kept?", "en", "How long is the archive kept?"),
        ("Wie lang ist die Vertraggslaufzeit?", "de", "Wie lang ist die Vertragslaufzeit?"),
        ("Berapa lama rekamn disimpan?", "id", "Berapa lama rekamn disimpan?"),  # too short to mend
        # words the corpus writes, real words and names are left as asked
        ("How long is the archive kept?", "en", "How long is the archive kept?"),
        ("Does the provider archive messages?", "en", "Does the provider archive messages?"),
        ("Who archived the Personio records?", "en", "Who archived the Personio records?"),
        # a first letter is never the slip
        ("How long is the xrchive kept?", "en", "How long is the xrchive kept?"),
    ],
)
def test_a_word_one_slip_from_one_corpus_word_is_mended(index, question, lang, expected):
    assert mended(index, question, lang) == expected


ARTICLE = """---
title: Mail archiving
language: en
---

# Mail archiving

## Retention

The provider keeps the archive of every mailbox for ten years.

## Costs

Pricing is set per mailbox and month.
"""


def test_a_misspelt_question_finds_what_the_right_spelling_finds(tmp_path, monkeypatch):
    from kb.qa import answer

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    index = fake_index(tmp_path, {"mail.en.md": ARTICLE})
    right = ask(index, FakeEmbedder(), "How long does the provider keep the archive?", "en")
    slipped = ask(index, FakeEmbedder(), "How long does the provider keep the arhcive?", "en")
    assert slipped.answered and slipped.answer == right.answer
    assert slipped.question == "How long does the provider keep the arhcive?"  # the asker's words are kept
    found = search(index, FakeEmbedder(), "arhcive retention")
    assert [h.chunk.chunk_id for h in found] == [
        h.chunk.chunk_id for h in search(index, FakeEmbedder(), "archive retention")
    ]


def test_a_misspelt_word_is_no_term_the_knowledge_base_lacks(tmp_path, monkeypatch):
    from kb.qa import answer

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    index = fake_index(tmp_path, {"mail.en.md": ARTICLE})
    # "also" asks about the nouns after it; a slip of the keyboard in one is no unwritten thing
    slipped = ask(index, FakeEmbedder(), "Does the provider also keep the arhcive of every mailbox?", "en")
    assert slipped.answered
    unwritten = ask(index, FakeEmbedder(), "Does the provider also keep the screencasts of every mailbox?", "en")
    assert not unwritten.answered
