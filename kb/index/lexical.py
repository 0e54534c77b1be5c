"""Lexical (BM25) search, one index per language with that language's stemmer.

Built on bm25s (numpy-native, saves as plain files) and PyStemmer's Snowball
stemmers; stop words come from bm25s where it has them, else from stop-words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np

# ISO 639-1 -> Snowball algorithm; a language not listed is indexed unstemmed.
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish",
}
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class LexicalSettings:
    k1: float = 1.2
    b: float = 0.75
    method: str = "lucene"


class Analyzer:
    """Lower-case, split into words, drop stop words, stem."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._stopwords = _stopwords(language)
        algorithm = SNOWBALL.get(language)
        if algorithm:
            import Stemmer

            self._stem = Stemmer.Stemmer(algorithm).stemWords
        else:
            self._stem = lambda words: words

    def tokens(self, text: str) -> list[str]:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in self._stopwords]
        return self._stem(words)


@lru_cache(maxsize=None)
def analyzer(language: str) -> Analyzer:
    return Analyzer(language)


@lru_cache(maxsize=None)
def _stopwords(language: str) -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

    builtin = {"en": STOPWORDS_EN, "de": STOPWORDS_GERMAN}
    if language in builtin:
        return frozenset(builtin[language])
    try:
        from stop_words import get_stop_words

        return frozenset(get_stop_words(language))
    except Exception:  # stop-words has no list for this language
        return frozenset()


class LexicalIndex:
    """BM25 over the passages of one language; rows map back to the chunk table."""

    def __init__(self, language: str, rows: np.ndarray, retriever: Any) -> None:
        self.language = language
        self.rows = rows
        self._retriever = retriever
        self._vocab = retriever.vocab_dict

    @classmethod
    def build(cls, language: str, texts: Sequence[str], rows: Sequence[int],
              settings: LexicalSettings = LexicalSettings()) -> "LexicalIndex":
        import bm25s

        tokens = [analyzer(language).tokens(t) or ["\x00empty"] for t in texts]
        retriever = bm25s.BM25(k1=settings.k1, b=settings.b, method=settings.method)
        retriever.index(tokens, show_progress=False)
        return cls(language, np.asarray(rows, dtype=np.int64), retriever)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage of this index for ``query`` (aligned with ``rows``)."""
        terms = [t for t in analyzer(self.language).tokens(query) if t in self._vocab]
        if not terms:
            return np.zeros(len(self.rows), dtype=np.float32)
        return np.asarray(self._retriever.get_scores(terms), dtype=np.float32)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._retriever.save(str(directory), show_progress=False)
        np.save(directory / "rows.npy", self.rows)
        (directory / "language.json").write_text(json.dumps({"language": self.language}), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        import bm25s

        retriever = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        rows = np.load(directory / "rows.npy", allow_pickle=False)
        language = json.loads((directory / "language.json").read_text(encoding="utf-8"))["language"]
        return cls(language, rows, retriever)
