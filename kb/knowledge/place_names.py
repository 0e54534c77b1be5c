"""Names of countries, regions, languages, months and weekdays in English, German and Indonesian (CLDR).

A question may name a place in its own language ("Jerman", "Amerika Utara") that the corpus
names in another ("Germany", "North American"); a language's name counts as its country's
("German" ~ "Deutschland"). The coverage check (kb/qa/coverage.py) uses
these names so that such a place counts as mentioned; the data is the CLDR's, read through
Babel, so nothing here is written per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

LANGUAGES = ("en", "de", "id")
_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@cache
def _name_groups() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """Each name (as lower-case words) -> every name of the same place or language."""
    from babel import Locale  # CLDR data: loaded only when a question needs it
    from babel.core import get_global

    # A language's name also stands for its country ("German public contracts": "Deutschland").
    likely = get_global("likely_subtags")
    groups: dict[str, set[tuple[str, ...]]] = {}
    for language in LANGUAGES:
        locale = Locale.parse(language)
        named = [("territory", locale.territories), ("language", locale.languages)]
        named += [("month", locale.months["format"]["wide"]), ("day", locale.days["format"]["wide"])]
        for kind, localized in named:
            for code, name in localized.items():
                if words_of(name):
                    key = f"territory:{_country_of(likely, code)}" if kind == "language" else f"{kind}:{code}"
                    groups.setdefault(key, set()).add(words_of(name))
    by_name: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = {}
    for group in groups.values():
        frozen = frozenset(group)
        for name in group:
            by_name[name] = by_name[name] | frozen if name in by_name else frozen
    return by_name


def _country_of(likely: Mapping[str, str], language: str) -> str:
    """The country whose main language this is ("de" -> "DE"); the language itself when none is
    ("ksh", Kölsch, is spoken in Germany, but German is Germany's language)."""
    country = likely.get(language, "").split("_")[-1]
    # CLDR leaves out "und_US"; there a two-letter code (a major language: "en") stands for its country
    main = likely.get(f"und_{country}", language if len(language) == 2 else "").split("_")[0]
    return country if country.isupper() and main == language else f"language:{language}"


@cache
def _country_names() -> frozenset[tuple[str, ...]]:
    """Every country's name (lower-case words) in the three languages; no regions ("Welt", "Europa")."""
    from babel import Locale

    return frozenset(
        words_of(name)
        for language in LANGUAGES
        for code, name in Locale.parse(language).territories.items()
        if code.isalpha() and code != "ZZ" and words_of(name)
    )


def _spans_at(words: Sequence[str], position: int) -> Iterator[tuple[str, ...]]:
    """Every run of up to four words that covers ``position``: where a name holding that word may stand."""
    for start in range(max(0, position - 3), position + 1):
        for end in range(position + 1, min(len(words), start + 4) + 1):
            yield tuple(words[start:end])


def is_country_at(words: Sequence[str], position: int) -> bool:
    """Whether the word at ``position`` is (part of) a country's name ("Österreich", "Costa Rica")."""
    names = _country_names()
    return any(span in names for span in _spans_at(words, position))


def names_at(words: Sequence[str], position: int) -> list[frozenset[tuple[str, ...]]]:
    """The name groups of every known name in ``words`` (lower case) that covers ``position``."""
    groups = _name_groups()
    return [groups[span] for span in _spans_at(words, position) if span in groups]


@cache
def language_and_country_names(language: str) -> frozenset[tuple[str, ...]]:
    """The names of a language and of the country it is the main language of, in the three languages.

    "id": "Indonesian", "Indonesisch", "Indonesia", "Indonesien"; "de": "German", "Deutsch",
    "Jerman", "Germany", "Deutschland".
    """
    from babel import Locale
    from babel.core import get_global

    country = _country_of(get_global("likely_subtags"), language)
    names = set()
    for shown_in in LANGUAGES:
        locale = Locale.parse(shown_in)
        names.add(words_of(locale.languages.get(language, "")))
        if country.isupper():
            names.add(words_of(locale.territories.get(country, "")))
    return frozenset(name for name in names if name)
