"""A source's own verdict ("No.", "Tidak selalu.") leads the answer to a yes/no question, in the asker's words."""

from __future__ import annotations

import pytest

from kb.qa.answer import ask
from kb.qa.verdicts import bare_verdict
from tests.conftest import fake_index
from tests.fakes import FakeEmbedder


@pytest.mark.parametrize(
    "sentence, key",
    [
        ("No.", "no"),
        ("Tidak.", "no"),
        ("Nein!", "no"),
        ("Boleh.", "yes"),
        ("Yes.", "yes"),
        ("Tidak selalu.", "not_necessarily"),
        ("Nicht unbedingt.", "not_necessarily"),
        ("Yes, most providers keep several versions.", None),  # a verdict with its reason is a sentence
        ("No provider keeps them.", None),
        ("Sometimes.", None),  # no verdict kb says in words of its own
    ],
)
def test_a_sentence_that_is_only_a_verdict(sentence, key):
    assert bare_verdict(sentence) == key


FAQ = """---
title: FAQ
language: {lang}
---

# FAQ

## {heading}

{reply}
"""


def _ask(tmp_path, monkeypatch, doc_lang: str, heading: str, reply: str, question: str, lang: str) -> str:
    from kb.qa import answer

    monkeypatch.setattr(answer, "ABSTAIN_MARGIN", -10.0)  # the fake model's similarities mean nothing
    text = FAQ.format(lang=doc_lang, heading=heading, reply=reply)
    return ask(fake_index(tmp_path, {f"faq.{doc_lang}.md": text}), FakeEmbedder(), question, language=lang).answer


def test_the_sources_verdict_leads_once(tmp_path, monkeypatch):
    reply = "Tidak. Rak milik beberapa penjual memang bisa berdekatan, tetapi barang tidak pernah dicampur."
    question = "Apakah barang kami disimpan bercampur dengan barang penjual lain?"
    answer = _ask(tmp_path, monkeypatch, "id", "Apakah barang bercampur?", reply, question, "id")
    assert answer.startswith("Tidak. [1] Rak milik") and answer.count("Tidak.") == 1


def test_the_sources_verdict_in_another_language_is_said_in_the_askers(tmp_path, monkeypatch):
    reply = "Yes. The customer may still choose another provider after the pilot."
    question = "Kann ein Anbieter den Auftrag trotz Pilotprojekt noch verlieren?"
    answer = _ask(tmp_path, monkeypatch, "en", "Can the provider lose the contract?", reply, question, "de")
    assert answer.startswith("Ja. ") and "„Yes.“" not in answer and "another provider" in answer


def test_a_bare_verdict_says_nothing_to_a_why_question(tmp_path, monkeypatch):
    reply = "Boleh. Namun perusahaan berhak tidak melanjutkan proses rekrutmen."
    question = "Mengapa perusahaan berhak tidak melanjutkan proses rekrutmen?"
    answer = _ask(tmp_path, monkeypatch, "id", "Bolehkah menolak?", reply, question, "id")
    assert "Boleh." not in answer and "Namun perusahaan" in answer
