"""Raw hybrid search: dense (FAISS) and lexical (BM25) rankings fused by RRF.

This is the retrieval core; answering adds concepts and language preference on
top of it. ``kb search`` prints these hits as they are, to debug retrieval.
"""

from __future__ import annotations

import numpy as np

from kb.errors import InputError
from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.qa.query import validate_query
from kb.qa.signals import Hit, dense_scores, lexical_scores

RRF_K = 60


def rrf(rankings: list[np.ndarray], n: int) -> np.ndarray:
    """Reciprocal-rank fusion of orderings (arrays of rows, best first)."""
    fused = np.zeros(n, dtype=np.float64)
    for order in rankings:
        fused[order] += 1.0 / (RRF_K + np.arange(1, len(order) + 1))
    return fused


def search(index: LoadedIndex, embedder: Embedder, query: str, k: int = 5, language: str | None = None) -> list[Hit]:
    query = validate_query(query)
    check_language(index, language)
    dense = dense_scores(index, embedder.embed_queries([query]))
    lexical = lexical_scores(index, query)
    allowed = np.array([language is None or c.language == language for c in index.chunks])
    rows = np.flatnonzero(allowed)
    retrieved = rows[np.isfinite(dense[rows])]
    dense_order = retrieved[np.argsort(-dense[retrieved], kind="stable")]
    matched = rows[lexical[rows] > 0]
    lexical_order = matched[np.argsort(-lexical[matched], kind="stable")]
    fused = rrf([dense_order, lexical_order], len(index.chunks))
    best = rows[np.argsort(-fused[rows], kind="stable")][:k]
    return [Hit(int(r), index.chunks[r], float(fused[r]), _finite(dense[r]), float(lexical[r])) for r in best]


def check_language(index: LoadedIndex, language: str | None) -> None:
    """A language filter that matches no passage is a mistake to report, not an empty result."""
    if language is not None and language not in index.manifest.languages:
        held = ", ".join(index.manifest.languages)
        raise InputError(f"the index holds no passages in {language[:20]!r}; its languages are {held}")


def _finite(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None
