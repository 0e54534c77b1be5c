"""Quantities of a foreign quote glossed in the asker's language (kb.qa.quantities)."""

from __future__ import annotations

import pytest

from kb.qa.answer import ask
from kb.qa.quantities import gloss, stated_numbers
from tests.conftest import fake_index
from tests.fakes import FakeEmbedder


@pytest.mark.parametrize(
    "sentence, source, target, expected",
    [
        ("Die Suche dauert erfahrungsgemäß sechs bis neun Monate.", "de", "en", ["6–9 months"]),
        ("Die Suche dauert erfahrungsgemäß sechs bis neun Monate.", "de", "id", ["6–9 bulan"]),
        ("It commonly lasts between six and twelve months, at most eighteen months.", "en", "id",
         ["6–12 bulan", "18 bulan"]),
        ("Response within 15 minutes, restoration within 4 hours.", "en", "id", ["15 menit", "4 jam"]),
        ("PKWT paling lama lima tahun, denda paling tinggi 2 persen.", "id", "en", ["5 years", "2 percent"]),
        ("Setelah biasanya dua sampai tiga tahun, tim dialihkan.", "id", "de", ["2–3 Jahre"]),
        ("dua puluh empat jam, setahun sekali, dua belas bulan", "id", "en", ["24 hours", "1 year", "12 months"]),
        ("Seit dem 17. Januar 2025 gilt DORA.", "de", "id", ["17 Januari 2025"]),
        ("two-week sprints, twenty-four hours, 8-12 weeks", "en", "de", ["2 Wochen", "24 Stunden", "8–12 Wochen"]),
        ("vierundzwanzig Monate, ein bis zwei Jahre", "de", "en", ["24 months", "1–2 years"]),
        ("Backsourcing kommt in drei Formen vor.", "de", "en", ["3"]),
    ],
)  # fmt: skip
def test_numbers_units_and_dates_are_written_as_the_asker_writes_them(sentence, source, target, expected):
    assert gloss(sentence, source, target) == expected


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Response within 15 minutes and 85 % of tickets.", "en", "en"),  # same language: nothing to gloss
        ("A contract with 85 % of tickets closed in 2024.", "en", "de"),  # digits alone read the same anywhere
        ("Diesen Punkt sollte man nicht außer Acht lassen.", "de", "en"),  # "Acht" is a noun here
        ("Ein Vertrag regelt einen Teil davon.", "de", "en"),  # "ein" is an article without a unit
        ("One of them said so.", "en", "id"),
    ],
)
def test_nothing_is_glossed_where_the_asker_reads_it_already_or_no_number_is_meant(sentence, source, target):
    assert gloss(sentence, source, target) == []


def test_a_foreign_quote_carries_its_durations_in_the_askers_language(tmp_path):
    document = (
        "---\ntitle: Rückverlagerung\nlanguage: de\n---\n\n# Rückverlagerung\n\n"
        "Die Suche nach erfahrenen IT-Fachkräften dauert erfahrungsgemäß sechs bis neun Monate.\n"
    )
    index = fake_index(tmp_path, {"rueck.de.md": document})
    answer = ask(index, FakeEmbedder(), "Wie lange dauert die Suche nach erfahrenen IT-Fachkräften?", language="en")
    assert answer.answered and answer.citations[0].language == "de"
    # the quote stays as written; the gloss follows it, before the citation number
    assert "sechs bis neun Monate.” (6–9 months) [1]" in answer.answer


def test_stated_numbers_are_digits_and_number_words_from_two():
    assert stated_numbers("There are three types:", "en") == {3.0}
    assert stated_numbers("Ab Woche 2 zählen diese vier Punkte:", "de") == {2.0, 4.0}
    assert stated_numbers("Satu tim saja.", "id") == set()  # "satu" is one: no count of a list
    assert stated_numbers("Space of 20 m ² per desk:", "en") == {20.0}  # "²" is a digit no float() reads
