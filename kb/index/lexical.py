"""Lexical (BM25) search, one index per language with that language's stemmer.

Built on bm25s (numpy-native, saves as plain files); words are analysed by
``kb.languages.analyzer`` (stop words, Snowball stemmer).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kb.languages import analyzer
from kb.registry import Registry


@dataclass(frozen=True)
class LexicalSettings:
    backend: str = "bm25s"  # a name in LEXICAL_INDEXES
    k1: float = 1.2
    b: float = 0.75
    method: str = "lucene"


class LexicalSearch(Protocol):
    """The lexical seam: one language's passages, scored for a query; ``rows`` maps back to the chunk table."""

    language: str
    rows: np.ndarray

    def scores(self, query: str) -> np.ndarray: ...

    def save(self, directory: Path) -> None: ...


class LexicalBackend(Protocol):
    def build(
        self, language: str, texts: Sequence[str], rows: Sequence[int], settings: LexicalSettings
    ) -> LexicalSearch: ...

    def load(self, directory: Path) -> LexicalSearch: ...


class LexicalIndex:
    """BM25 over the passages of one language; rows map back to the chunk table."""

    def __init__(self, language: str, rows: np.ndarray, retriever: Any) -> None:
        self.language = language
        self.rows = rows
        self._retriever = retriever
        self._vocab = retriever.vocab_dict

    @classmethod
    def build(
        cls, language: str, texts: Sequence[str], rows: Sequence[int], settings: LexicalSettings = LexicalSettings()
    ) -> LexicalIndex:
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
    def load(cls, directory: Path) -> LexicalIndex:
        import bm25s

        retriever = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        rows = np.load(directory / "rows.npy", allow_pickle=False)
        language = json.loads((directory / "language.json").read_text(encoding="utf-8"))["language"]
        return cls(language, rows, retriever)


LEXICAL_INDEXES: Registry[LexicalBackend] = Registry("lexical index")
LEXICAL_INDEXES.register("bm25s", lambda arg: LexicalIndex)
