"""A yes/no question settled by a comparison table's row: the cell in the column the question names.

"| Antenna can be mounted by staff | No | Yes |" under "| Criterion | VSAT | LEO |" answers "Can staff
mount a LEO antenna?" with the LEO column's "Yes"; a denial in another column says nothing about it.
"""

from __future__ import annotations

from kb.languages import analyzer

_YES = frozenset({"yes", "ja", "ya", "✓", "✔", "✅"})
_NO = frozenset({"no", "nein", "tidak", "✗", "✘", "❌"})


def is_table_row(sentence: str) -> bool:
    return sentence.strip().startswith("|")


def cell_verdict(text: str, start: int, end: int, asked: str, language: str) -> str:
    """ "yes" or "no" from the cell of the table row ``text[start:end]`` in the column ``asked`` names.

    ``asked`` holds the question's words (with their equivalents in ``language``, the table's). Empty
    when no single column is named, or its cell says neither.
    """
    cells = _cells(text[start:end])
    names = _cells(_header_of(text, start))
    if len(names) != len(cells) or len(cells) < 3:
        return ""
    words = analyzer(language)
    question_words = set(words.tokens(asked))
    named = [i for i, name in enumerate(names[1:], 1) if _names(question_words, words.tokens(name))]
    if len(named) != 1:
        return ""
    value = cells[named[0]].strip(" *_").lower()
    return "yes" if value in _YES else "no" if value in _NO else ""


def _names(question_words: set[str], column_words: list[str]) -> bool:
    """Whether the question uses a word of the column's name, maybe as the end of a compound
    ("Datendienstleister" names the column "Dienstleister")."""
    return any(q == c or (len(c) >= 5 and q.endswith(c)) for q in question_words for c in column_words)


def _header_of(text: str, start: int) -> str:
    """The first line of the table the line at ``start`` belongs to."""
    lines = text[:start].split("\n")[:-1]
    header = ""
    for line in reversed(lines):
        if not line.strip().startswith("|"):
            break
        header = line
    return header


def _cells(row: str) -> list[str]:
    row = row.strip()
    return [cell.strip() for cell in row.strip("|").split("|")] if row.startswith("|") else []
