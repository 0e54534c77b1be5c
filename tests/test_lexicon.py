"""Dictionary look-ups that tell a German name from a German noun."""

from __future__ import annotations

import pytest

from kb.knowledge.lexicon import is_compound, is_listed, looks_like_name


@pytest.mark.parametrize("word", ["Inventur", "Kurzarbeit", "Dienstwagen", "Helpdesk", "Onboarding"])
def test_listed_words_in_german_or_english(word):
    assert is_listed(word, "de") and not looks_like_name(word, "de")


@pytest.mark.parametrize(
    "word", ["Regaletiketten", "Stammdatenpflegevertrag", "Ausschreibungsunterlage", "Wartungsfensterplanung"]
)
def test_compounds_of_listed_words_are_no_names(word):
    assert is_compound(word, "de") and not looks_like_name(word, "de")


@pytest.mark.parametrize("word", ["Personio", "Akeneo", "Meraki", "Zabbix", "Labelbox"])
def test_names_are_neither_listed_nor_compounds(word):
    # "Meraki" would split into "Mer" + "aki" if parts of three letters counted
    assert looks_like_name(word, "de")


@pytest.mark.parametrize("word", ["Vertraggslaufzeit", "Administraotren", "Outsorcing", "Hinterrgrundprüfung"])
def test_a_listed_word_or_long_compound_with_one_slip_is_no_name(word):
    assert not looks_like_name(word, "de")


@pytest.mark.parametrize("word", ["Crestron", "Bechtle", "Personio"])
def test_a_name_one_slip_from_a_short_compound_stays_a_name(word):
    # "Personio" is one letter from "Person" + "ion": too short for a compound with a slip
    assert looks_like_name(word, "de")
