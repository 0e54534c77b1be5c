"""The two sides a difference question compares, and whether a sentence speaks of both.

"Was ist der Unterschied zwischen BPO und ITO?" is answered by the sentence that sets one
against the other ("Ein ITO-Anbieter sollte ..., während ... eines BPO-Anbieters ..."), not by
the one nearest in meaning ("Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen").
"""

from __future__ import annotations

import re

from kb.languages import analyzer

# "between X and Y", "X vs Y", "X compared with Y", "how does X differ from Y", in each language.
_SIDES = {
    "en": [
        r"\bbetween (?P<a>.+?) and (?P<b>.+?)$",
        r"\bdoes (?P<a>.+?) differ from (?P<b>.+?)$",
        r"\bcompare (?P<a>.+?) (?:and|with|to) (?P<b>.+?)$",
        r"^(?:what about )?(?P<a>.+?) (?:vs\.?|versus|compared (?:with|to)) (?P<b>.+?)$",
    ],
    "de": [
        r"\bzwischen (?P<a>.+?) und (?P<b>.+?)$",
        r"\bunterscheide[nt] sich (?P<a>.+?) (?:von|und) (?P<b>.+?)$",
        r"^(?:unterschied )?(?P<a>.+?) (?:vs\.?|versus|gegenüber|im vergleich zu) (?P<b>.+?)$",
        r"^unterschied (?P<a>\S+) (?P<b>\S+)$",
    ],
    "id": [
        r"\b(?:perbedaan|beda|bedanya|membedakan) (?:antara )?(?P<a>.+?) (?:dan|dengan|dari) (?P<b>.+?)$",
        r"^(?:apa )?(?P<a>.+?) (?:vs\.?|versus|dibandingkan(?: dengan)?) (?P<b>.+?)$",
    ],
}


def compared_sides(question: str, language: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The word stems that name each side, none of them shared ("front office" / "back office": front, back)."""
    text = " ".join(re.sub(r"[?!.]+$", "", question.strip()).split())
    for pattern in _SIDES.get(language, []):
        found = re.search(pattern, text, re.IGNORECASE)
        if found:
            words = analyzer(language)
            a, b = set(words.tokens(found.group("a"))), set(words.tokens(found.group("b")))
            if a - b and b - a:
                return frozenset(a - b), frozenset(b - a)
    return None


def speaks_of_both(sentence: str, sides: tuple[frozenset[str], frozenset[str]], language: str) -> bool:
    """Whether ``sentence`` names something of each side."""
    used = set(analyzer(language).tokens(sentence))
    return all(side & used for side in sides)
