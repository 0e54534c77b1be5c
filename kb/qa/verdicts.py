"""What an answer says before its sentences: a verdict on a yes/no question, a count for "how many".

Both are fixed messages in the asker's language about the cited sentences, never new claims:
"No." when the settling sentence denies what was asked, "Not necessarily." when it does not bear
out an extreme, and "The source lists 6:" when a "how many" question is answered by a list whose
lead-in states no number of its own.
"""

from __future__ import annotations

import re

from kb.index.reader import LoadedIndex
from kb.qa import messages
from kb.qa.model import Citation
from kb.qa.myths import is_myth
from kb.qa.quantities import stated_numbers
from kb.qa.retrieval import Retrieved, with_equivalents
from kb.qa.shapes import (
    asks_continuation,
    asks_count,
    claims_whole,
    main_clause,
    negates,
    restricts,
    says,
    shape_of,
    speaks_of_part,
)
from kb.qa.structure import listed_count
from kb.qa.table_cells import cell_verdict, is_table_row

Spans = list[tuple[Citation, int, int]]

# A sentence that opens with its own verdict: "No.", "Nicht unbedingt.", "Tidak harus."
_SAYS_NO = {"en": r"(no|not)\b", "de": r"(nein|nicht|kein\w*)\b", "id": r"(tidak|bukan|belum)\b"}

# A question whether something passes to another party: "Does the liability move to the provider?",
# "Geht die Haftung auf den Dienstleister über?", "Apakah kewajibannya ikut pindah ke BPO?". A settling
# sentence that says it stays ("remains responsible", "bleibt", "tetap") answers it "No."
_ASKS_TRANSFER = {
    "en": r"\b(pass|passes|move|moves|transfer|transfers|shift|shifts|go|goes) (over )?to\b|\bhanded (over )?to\b",
    "de": r"^(geht|gehen)\b.* über\b|\b(übergehen|übertragen|wechseln|wechselt)\b",
    "id": r"\b(pindah|berpindah|beralih|dialihkan|diserahkan)\b",
}
_SAYS_REMAINS = {
    "en": r"\b(remains?|stays?|still|continues? to)\b",
    "de": r"\b(bleibt|bleiben|weiterhin|verbleibt|verbleiben)\b",
    "id": r"\b(tetap|masih)\b",
}


# A sentence that is nothing but a verdict, as an FAQ opens its reply ("No.", "Tidak selalu."), by message key.
_BARE_VERDICTS = {
    "no": frozenset({"no", "nein", "tidak", "bukan"}),
    "yes": frozenset({"yes", "ja", "ya", "bisa", "boleh", "benar"}),
    "not_necessarily": frozenset(
        {
            "not necessarily",
            "not always",
            "nicht unbedingt",
            "nicht immer",
            "tidak selalu",
            "tidak harus",
            "belum tentu",
        }
    ),
}


def bare_verdict(sentence: str) -> str | None:
    """The message key of a sentence that is only a verdict ("Tidak." -> "no"), else None."""
    text = sentence.strip().rstrip(".!").strip().lower()
    return next((key for key, said in _BARE_VERDICTS.items() if text in said), None)


def leading_words(index: LoadedIndex, found: Retrieved, spans: Spans, language: str) -> list[str]:
    """The verdict or count that leads the answer made of ``spans``, if any."""
    own = _own_verdict(spans, language)
    if own is not None:
        return own
    return _verdict(index, found, spans, language) or _count(index, found, spans, language)


def _own_verdict(spans: Spans, language: str) -> list[str] | None:
    """When the answer opens with the source's own verdict: nothing beside it, or its words in the asker's language.

    "Tidak." quoted from an Indonesian FAQ answers a German question as "Nein."; a fixed message, not a translation.
    """
    if not spans:
        return None
    citation, start, end = spans[0]
    key = bare_verdict(citation.text[start:end])
    if key is None:
        return None
    return [] if citation.language == language else [messages.text(key, language)]


def _count(index: LoadedIndex, found: Retrieved, spans: Spans, language: str) -> list[str]:
    """ "The source lists 6:" for a "how many" question whose answer is a list with an unnumbered lead-in."""
    if not spans or not asks_count(found.question, found.language):
        return []
    citation, start, end = spans[0]
    lead_in = citation.text[start:end]
    count = listed_count(index, citation, start, end)
    if count < 2 or count in stated_numbers(lead_in, citation.language):
        return []  # no list, or its lead-in says how many itself ("There are two main types: ...")
    return [messages.text("count", language, count=str(count))]


def _verdict(index: LoadedIndex, found: Retrieved, spans: Spans, language: str) -> list[str]:
    """ "Not necessarily." or "No." before the sentence settling a yes/no question, when that sentence says so.

    "Not necessarily." when the sources do not bear the question out: either it is narrowed to an
    extreme ("Is IT sourcing only for large firms?") and the settling sentence states no such limit
    itself, or it claims an extreme or the whole ("Is all IT work handed over?") and the sentence
    speaks of a part ("partly", "only certain tasks"). A settling sentence that is as narrow ("only
    the customer ...") gets no hedge. "No." when the sentence denies what the question asks ("not",
    "kein", "tidak") and the question neither denies anything itself nor asks whether something still
    holds. Nothing says "Yes." but a table's cell: a sentence without a denial does not settle that.
    """
    if not spans or shape_of(found.question, found.language).kind != "yesno":
        return []
    question, asked_in = found.question, found.language
    citation, start, end = spans[0]
    settling = citation.text[start:end]
    if citation.language == language and re.match(_SAYS_NO.get(language, "$^"), settling.strip().lower()):
        return []  # "Tidak harus. ...": the sentence gives its own verdict in the asker's language
    if is_table_row(settling):  # only the cell in the column the question names settles it
        asked = with_equivalents(index, question, asked_in, citation.language)
        cell = cell_verdict(citation.text, start, end, asked, citation.language)
        return [messages.text(cell, language)] if cell else []
    asks_denial = negates(main_clause(question, asked_in), asked_in)
    if is_myth(settling) and not asks_denial:  # "Is outsourcing always cheaper?" "Myth: it is always cheaper."
        return [messages.text("no", language)]
    narrowed = restricts(question, asked_in)
    whole = claims_whole(question, asked_in)
    settling_narrow = restricts(settling, citation.language)
    part = speaks_of_part(settling, citation.language) or (whole and settling_narrow)
    if (narrowed and not settling_narrow) or ((narrowed or whole) and part):
        return [messages.text("not_necessarily", language)]
    if negates(settling, citation.language) and not (
        asks_denial or asks_continuation(main_clause(question, asked_in), asked_in)
    ):
        return [messages.text("no", language)]
    if says(_ASKS_TRANSFER, main_clause(question, asked_in), asked_in) and any(
        says(_SAYS_REMAINS, other.text[a:b], other.language) for other, a, b in spans
    ):
        return [messages.text("no", language)]
    return []
