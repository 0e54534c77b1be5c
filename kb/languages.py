"""The languages kb speaks: codes, names, and the word analyzer (stop words, stemmer).

kb answers in English, German and Indonesian (``SUPPORTED``); documents in other
languages are indexed too, with that language's Snowball stemmer when there is one.
Every module that needs a language code, a language's name or its analyzer takes it
from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

SUPPORTED: tuple[str, ...] = ("en", "de", "id")
DEFAULT = "en"

# The name of each language, as written in each supported language.
NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "de": "German", "id": "Indonesian"},
    "de": {"en": "Englisch", "de": "Deutsch", "id": "Indonesisch"},
    "id": {"en": "bahasa Inggris", "de": "bahasa Jerman", "id": "bahasa Indonesia"},
}
# Each language's own name for itself, for language pickers.
NATIVE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch", "id": "Bahasa Indonesia"}
_AND = {"en": " and ", "de": " und ", "id": " dan "}

# ISO 639-1 -> Snowball algorithm; a language not listed is indexed unstemmed.
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish",
}  # fmt: skip
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def name(code: str, in_language: str) -> str:
    """The name of language ``code`` written in ``in_language`` (English names as the fallback)."""
    return NAMES.get(in_language, NAMES[DEFAULT]).get(code, code)


def join_names(codes: list[str], in_language: str) -> str:
    """ "German and Indonesian", "Deutsch und Indonesisch", ...: language names joined as a list."""
    return join_words([name(c, in_language) for c in codes], in_language)


def join_words(words: list[str], in_language: str) -> str:
    """ "a, b and c" in ``in_language``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + _AND.get(in_language, _AND[DEFAULT]) + words[-1]


class Analyzer:
    """Lower-case, split into words, drop stop words, stem."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._stopwords = stopwords(language)
        self._stem: Callable[[list[str]], list[str]] = _identity
        algorithm = SNOWBALL.get(language)
        if algorithm:
            import Stemmer

            self._stem = Stemmer.Stemmer(algorithm).stemWords

    def tokens(self, text: str) -> list[str]:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in self._stopwords]
        return list(self._stem(words))


def _identity(words: list[str]) -> list[str]:
    return words


@cache
def analyzer(language: str) -> Analyzer:
    return Analyzer(language)


@cache
def stopwords(language: str) -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

    builtin = {"en": STOPWORDS_EN, "de": STOPWORDS_GERMAN}
    if language in builtin:
        return frozenset(builtin[language])
    try:
        from stop_words import get_stop_words

        return frozenset(get_stop_words(language))
    except Exception:  # stop-words has no list for this language
        return frozenset()
