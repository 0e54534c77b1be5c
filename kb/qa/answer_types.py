"""Questions for a date or a number, about a table or a quotation, and the passages that state or hold one.

"Bis wann mussten Krankenhäuser umstellen?" is answered by the passage that gives the deadline;
a neighbouring passage of the same document on the same subject, without a date, is the usual
near miss. A passage that states what kind of fact the question asks for gets a small lift
(``RetrievalWeights.answer_date`` / ``answer_number``). A question that names a table ("Menurut
tabel perbandingan, ...", "laut Tabelle 1") is answered from a passage that holds one
(``answer_table``). A question about what a quoted person said ("die zitierte Beraterin", "according to the
consultant") is answered from a passage that quotes someone (``answer_quote``). Nothing here depends on a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from kb.index.reader import LoadedIndex
from kb.qa.per_build import PerBuild
from kb.qa.quantities import states_date, states_number
from kb.qa.shapes import says
from kb.qa.table_cells import is_table_row

_DATE_QUESTION = {
    "en": r"\bwhen (did|was|were|will|is|are|does|do|has|have)\b|\b(what|which) (year|date|month|day)\b"
    r"|\b(since|by|until) when\b|\band when\b|, when\b",
    "de": r"\b(seit|bis|ab) wann\b|\bin welchem (jahr|monat)\b|\bwelches datum\b|\ban welchem tag\b|\bund wann\b"
    r"|^wann (wurde|wurden|hat|haben|ist|sind|war|waren|beginnt|begann|startet|startete|endet|kam|kommt|lief)\b",
    "id": r"\b(kapan|tahun berapa|tanggal berapa|bulan apa|pada tahun)\b",
}
_NUMBER_QUESTION = {
    "en": r"\bhow (many|much|long|often)\b|\bwhat (share|percentage|number)\b",
    "de": r"\bwie (viele?|lange|oft|hoch)\b|\bwieviele?\b",
    "id": r"\bberapa\b",
}

_TABLE_QUESTION = re.compile(r"\b(tables?|tabellen?|tabel)\b", re.IGNORECASE)
# "the consultant quoted", "die zitierte Beraterin", "laut der Expertin", "menurut konsultan": asked about what
# someone said, which an article gives as a quotation.
_QUOTE_QUESTION = re.compile(
    r"\b(quoted|interviewed|zitierte[nmrs]?|dikutip|diwawancarai)\b"
    r"|\b(according to|says|said|laut|sagt|sagte|menurut|kata)( the| an?| der| dem| des| sang| seorang)?"
    r" (experts?|consultants?|advis[eo]rs?|analysts?|expertin|experten?|beraterin|berater|analystin"
    r"|pakar|ahli|konsultan|analis|narasumber)\b",
    re.IGNORECASE,
)
_QUOTED_SPAN = re.compile(r'[„“"«‘]([^„“”"«»‘’\n]{20,600})[“”"»’]')


def asks_for_date(question: str, language: str) -> bool:
    """A question for a point in time ("since when", "bis wann", "kapan"), not for a condition ("when should")."""
    return says(_DATE_QUESTION, " ".join(question.split()), language)


def asks_for_number(question: str, language: str) -> bool:
    return says(_NUMBER_QUESTION, " ".join(question.split()), language)


@dataclass(frozen=True)
class StatedFacts:
    dates: np.ndarray  # per passage: it gives a year, a date or a month
    numbers: np.ndarray  # per passage: it gives a number of two or more
    tables: np.ndarray  # per passage: it holds a table
    quotes: np.ndarray  # per passage: it quotes someone's words


def _stated(index: LoadedIndex) -> StatedFacts:
    return StatedFacts(
        np.array([states_date(c.text) for c in index.chunks], dtype=bool),
        np.array([states_number(c.text, c.language) for c in index.chunks], dtype=bool),
        np.array([any(map(is_table_row, c.text.splitlines())) for c in index.chunks], dtype=bool),
        np.array([_quotes_someone(c.text) for c in index.chunks], dtype=bool),
    )


def _quotes_someone(text: str) -> bool:
    """A direct quotation of five words or more (a quoted term or title is shorter)."""
    return any(len(span.split()) >= 5 for span in _QUOTED_SPAN.findall(text))


stated_facts = PerBuild(_stated)


def answer_type_bonus(
    index: LoadedIndex,
    question: str,
    language: str,
    date_weight: float,
    number_weight: float,
    table_weight: float,
    quote_weight: float = 0.0,
) -> np.ndarray | float:
    """What each passage gains for stating the kind of fact the question asks for, or holding the table or quote."""
    bonus: np.ndarray | float = 0.0
    if date_weight and asks_for_date(question, language):
        bonus = bonus + date_weight * stated_facts(index).dates
    if number_weight and asks_for_number(question, language):
        bonus = bonus + number_weight * stated_facts(index).numbers
    if table_weight and _TABLE_QUESTION.search(question):
        bonus = bonus + table_weight * stated_facts(index).tables
    if quote_weight and _QUOTE_QUESTION.search(question):
        bonus = bonus + quote_weight * stated_facts(index).quotes
    return bonus
