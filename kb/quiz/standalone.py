"""Statements that stand alone: no leading word that points back to something unnamed.

A catalogue fact is written without naming its concept ("It covers consumer-facing
jobs ...", "Diese IT-Arbeit kann ...", "Mencakup pekerjaan ..."). Shown in a quiz, such a
pronoun or demonstrative has no antecedent. So the referring words are turned into a
*slot* for the subject: the quiz fills it with the concept's name where the question may
show it, or with the blank where the question asks for it. A demonstrative determiner
becomes an article ("this provider" -> "the provider"). A statement that still starts
with a referring word is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.quiz.grammar import (
    DETERMINERS,
    NOT_A_NOUN,
    NOT_POSSESSIVE,
    POSTPOSED,
    REFERRING,
    ZERO_SUBJECT,
    first_word,
    words,
)

SLOT = "\x00"


@dataclass(frozen=True)
class Statement:
    template: str  # the text, with SLOT where the subject goes (at most once)

    @property
    def has_subject(self) -> bool:
        return SLOT in self.template

    def render(self, subject: str) -> str:
        return self.template.replace(SLOT, subject)


def statement(text: str, language: str) -> Statement | None:
    """``text`` made to stand alone, with a slot for its unnamed subject; None when that cannot be done."""
    text = drop_demonstratives(text, language)
    template = _subject_slot(text, language) or text
    if SLOT not in template and starts_unresolved(template, language):
        return None
    return Statement(template)


def starts_unresolved(text: str, language: str) -> bool:
    """Does ``text`` begin with a pronoun or demonstrative whose antecedent it does not contain?"""
    first = first_word(text)
    if first in REFERRING.get(language, ()):
        return True
    if language != "id":
        return False
    leading = [w.lower() for w in words(text)[:4]]
    # "Pekerjaan TI ini ...", "Para profesionalnya ...", "Mencakup ..." (no subject at all)
    return (
        any(w in POSTPOSED["id"] for w in leading[1:])
        or _possessive_at(leading[:3]) is not None
        or first in ZERO_SUBJECT["id"]
    )


def drop_demonstratives(text: str, language: str) -> str:
    """Demonstrative determiners made articles: "this provider" -> "the provider", "diesen X" -> "den X"."""
    if language in POSTPOSED:
        # "penyedia ini" -> "penyedia"; "hal ini" (this matter) is a phrase of its own and stays
        return re.sub(r"\b(?!hal\b)(\w+) (?:ini|tersebut)\b", r"\1", text, flags=re.IGNORECASE)
    table = DETERMINERS.get(language, {})
    if not table:
        return text
    not_noun = NOT_A_NOUN.get(language, frozenset())

    def article(m: re.Match[str]) -> str:
        word, following = m.group(1), m.group(2)
        if following.lower() in not_noun:
            return m.group(0)
        replacement = table[word.lower()]
        if word[0].isupper():
            replacement = replacement.capitalize()
        return f"{replacement} {following}"

    # mid-sentence "that" is mostly a conjunction ("ensures that ..."): only this/these there
    leading = "|".join(table)
    anywhere = "|".join(w for w in table if w not in ("that", "those"))
    text = re.sub(rf"^({leading})\s+([\w\-]+)", article, text, flags=re.IGNORECASE)
    return re.sub(rf"(?<=\s)({anywhere})\s+([\w\-]+)", article, text, flags=re.IGNORECASE)


def _subject_slot(text: str, language: str) -> str | None:
    makers = {"en": _slot_en, "de": _slot_de, "id": _slot_id}
    maker = makers.get(language)
    return maker(text) if maker else None


def _slot_en(text: str) -> str | None:
    m = re.match(r"It(?:’s|'s)\s+", text)
    if m:
        return f"{SLOT} is {text[m.end() :]}"
    if re.match(r"It\s+(?!is\b|was\b)", text):  # "It is important that ..." has no subject to fill
        return SLOT + text[2:]
    if re.match(r"Its\s+", text):
        return f"{SLOT}’s{text[3:]}"
    return None


def _slot_de(text: str) -> str | None:
    if re.match(r"Es\s+(?!gibt\b|ist\b)", text):
        return SLOT + text[2:]
    # "Seine Experten kennen ..." -> "Die Experten von X kennen ..."
    m = re.match(r"Seine\s+((?:[a-zäöüß][\w\-]*\s+)*)([A-ZÄÖÜ][\w\-]*)", text)
    if m:
        return f"Die {m.group(1)}{m.group(2)} von {SLOT}{text[m.end() :]}"
    return None


def _slot_id(text: str) -> str | None:
    found = words(text)
    if not found:
        return None
    first = found[0].lower()
    if first in ZERO_SUBJECT["id"]:
        return f"{SLOT} {text[0].lower()}{text[1:]}"
    if first in ("ia", "dia"):
        return SLOT + text[len(found[0]) :]
    at = _possessive_at([w.lower() for w in found[:3]])
    if at is None:
        return None
    word = found[at]
    start = text.index(word)
    return f"{text[:start]}{word[:-3]} {SLOT}{text[start + len(word) :]}"


def _possessive_at(leading: list[str]) -> int | None:
    """Index of a word like "utamanya" ("its main ...") among the leading words, if any."""
    for i, word in enumerate(leading):
        if word.endswith("nya") and len(word) >= 7 and word not in NOT_POSSESSIVE:
            return i
    return None
