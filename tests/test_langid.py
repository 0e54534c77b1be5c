"""Question language: 100% on every question we ship, short loanword-heavy ones included."""

import json

import pytest

from kb.qa.langid import identify_language
from tests.conftest import REPO

EVAL = [json.loads(line) for line in (REPO / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
EXTRA = [
    json.loads(line)
    for line in (REPO / "tests" / "data" / "langid_extra.jsonl").read_text(encoding="utf-8").splitlines()
]
CASES = [(e["question"], e["lang"]) for e in EVAL] + [(e["text"], e["lang"]) for e in EXTRA]


def test_the_set_is_large_enough():
    for lang in ("en", "de", "id"):
        assert sum(1 for _, code in CASES if code == lang) >= 30


@pytest.mark.parametrize("text, lang", CASES)
def test_question_language(text, lang):
    assert identify_language(text).code == lang


def test_forced_language_wins():
    guess = identify_language("What is ITO?", forced="de")
    assert (guess.code, guess.method) == ("de", "forced")


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂🙂", "12345", "<script>alert(1)</script>", "SELECT * FROM users;"])
def test_text_without_language_defaults_to_english(text):
    assert identify_language(text).code == "en"


def test_supported_flag():
    assert identify_language("Was ist ITO?").supported
    assert not identify_language("Что такое аутсорсинг?").supported
