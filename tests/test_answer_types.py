"""Questions for a date or a number lift the passages that state one (kb/qa/answer_types.py)."""

from __future__ import annotations

import numpy as np
import pytest

from kb.qa.answer_types import answer_type_bonus, asks_for_date, asks_for_number
from kb.qa.quantities import states_date
from tests.conftest import fake_index


@pytest.mark.parametrize(
    "question, language",
    [
        ("Since when does the guideline apply?", "en"),
        ("From which city was the package announced, and when?", "en"),
        ("Bis wann mussten Krankenhäuser umstellen?", "de"),
        ("Wann wurde das Paket vorgestellt?", "de"),
        ("Kapan aplikasinya mulai dipakai?", "id"),
        ("Sejak tahun berapa pedoman itu berlaku?", "id"),
    ],
)
def test_questions_for_a_point_in_time(question, language):
    assert asks_for_date(question, language)


@pytest.mark.parametrize(
    "question, language",
    [
        # a condition or a recommendation, not a date
        ("When should a company keep work in-house?", "en"),
        ("Wann sollte man lieber selbst entwickeln?", "de"),
        ("Why was dispatch replaced last?", "en"),
        ("Dalam kondisi apa vendor lebih cocok?", "id"),
    ],
)
def test_questions_for_a_condition_ask_for_no_date(question, language):
    assert not asks_for_date(question, language)


def test_questions_for_a_number():
    assert asks_for_number("How many charities took part in the pilot?", "en")
    assert asks_for_number("Wie viele Seitenvorlagen wurden geprüft?", "de")
    assert asks_for_number("Berapa banyak anggota koperasi itu?", "id")
    assert not asks_for_number("Who leads the project?", "en")


def test_a_date_is_a_year_a_written_date_or_a_month_as_written():
    assert states_date("The system went live in March 2025.")
    assert states_date("DORTMUND, 4.3.2025 – Westfeld stellt vor")
    assert states_date("Uji coba dimulai pada bulan Mei.")
    # "may" the verb is no month, and a number is no year
    assert not states_date("Staff may ask for 1500 licences.")


DOCUMENT = """---
title: Rollout
language: en
---

# Rollout

## Background

The hospital group moved its patient records to an outside provider to cut the work of its own IT team.

## Deadline

Every hospital had to move its patient records to the new system by December 2023 at the latest.

## Team

Twelve people from the provider and 3 of the group's own staff worked on the move.
"""


def test_a_question_for_a_date_lifts_the_passage_that_states_one(tmp_path):
    index = fake_index(tmp_path, {"rollout.en.md": DOCUMENT})
    by_section = {c.section: row for row, c in enumerate(index.chunks)}
    asked = answer_type_bonus(index, "By when did the hospitals have to move their records?", "en", 0.03, 0.015, 0.03)
    assert isinstance(asked, np.ndarray)
    assert asked[by_section["Deadline"]] == pytest.approx(0.03)
    assert asked[by_section["Background"]] == 0
    counted = answer_type_bonus(index, "How many people worked on the move?", "en", 0.03, 0.015, 0.03)
    assert isinstance(counted, np.ndarray)
    assert counted[by_section["Team"]] == pytest.approx(0.015) and counted[by_section["Background"]] == 0
    # a question for neither, or weights of 0, lift nothing
    assert answer_type_bonus(index, "Why did the group hire a provider?", "en", 0.03, 0.015, 0.03) == 0.0
    assert answer_type_bonus(index, "By when did the hospitals move?", "en", 0.0, 0.0, 0.0) == 0.0


def test_a_question_that_names_a_table_lifts_the_passages_that_hold_one(tmp_path):
    body = (
        "---\ntitle: Models\nlanguage: id\n---\n\n# Model\n\n## Risiko\n\nRisiko utama ada di titik sambungan.\n\n"
        "## Perbandingan\n\nRingkasan:\n\n| Aspek | Selektif | Total |\n|---|---|---|\n"
        "| Risiko | sambungan | ketergantungan |\n"
    )
    index = fake_index(tmp_path, {"model.id.md": body})
    by_section = {c.section: row for row, c in enumerate(index.chunks)}
    asked = answer_type_bonus(index, "Menurut tabel perbandingan, apa risiko utamanya?", "id", 0.03, 0.015, 0.03)
    assert isinstance(asked, np.ndarray)
    assert asked[by_section["Perbandingan"]] == pytest.approx(0.03) and asked[by_section["Risiko"]] == 0
    # "stable" holds no table; without the weight nothing is lifted
    assert answer_type_bonus(index, "Is the risk stable?", "en", 0.03, 0.015, 0.03) == 0.0
    assert answer_type_bonus(index, "Apa isi tabel itu?", "id", 0.03, 0.015, 0.0) == 0.0


QUOTING = """---
title: Fachkräfte
language: de
---

# Fachkräfte

## Lage

Viele Firmen finden keine Administratoren. Die „Managed Services“ genannten Angebote wachsen.

## Stimmen

„Die Firmen kaufen keine Technik mehr, sie kaufen Verfügbarkeit“, sagte Jana Weber, Beraterin in Köln.
"""


@pytest.mark.parametrize(
    "question, language",
    [
        ("Wer ist die zitierte Beraterin?", "de"),
        ("Was kaufen die Firmen laut der Expertin ein?", "de"),
        ("What does the consultant quoted say firms buy?", "en"),
        ("Menurut konsultan, apa yang dibeli perusahaan?", "id"),
    ],
)
def test_a_question_about_a_quoted_person_lifts_the_passage_that_quotes(tmp_path, question, language):
    index = fake_index(tmp_path, {"fachkraefte.de.md": QUOTING})
    by_section = {c.section: row for row, c in enumerate(index.chunks)}
    asked = answer_type_bonus(index, question, language, 0.03, 0.015, 0.03, 0.08)
    assert isinstance(asked, np.ndarray)
    # a quoted term of two words is no quotation
    assert asked[by_section["Stimmen"]] == pytest.approx(0.08) and asked[by_section["Lage"]] == 0


def test_a_question_about_the_article_is_no_question_about_a_quote(tmp_path):
    index = fake_index(tmp_path, {"fachkraefte.de.md": QUOTING})
    assert answer_type_bonus(index, "Was sagt der Artikel über Administratoren?", "de", 0.03, 0.015, 0.03, 0.08) == 0.0
    assert answer_type_bonus(index, "According to the article, who buys?", "en", 0.03, 0.015, 0.03, 0.08) == 0.0
    assert answer_type_bonus(index, "Wer ist die zitierte Beraterin?", "de", 0.03, 0.015, 0.03, 0.0) == 0.0
