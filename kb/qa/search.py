"""Raw hybrid search: dense (FAISS) and lexical (BM25) rankings fused by RRF.

This is the retrieval core; answering adds concepts and language preference on
top of it. ``kb search`` prints these hits as they are, to debug retrieval.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from kb.config import MAX_QUERY_CHARS
from kb.errors import InputError
from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.ingest.chunking import Chunk

RRF_K = 60
# Dense candidates per query: fusion only needs the head of the dense ranking.
DENSE_CANDIDATES = 200


@dataclass(frozen=True)
class Hit:
    row: int
    chunk: Chunk
    score: float  # fused score: higher is better
    dense: float | None  # cosine similarity of query and passage; None if not among the dense candidates
    lexical: float  # BM25 score in the passage's language (0 when no term matches)


def validate_query(query: str) -> str:
    cleaned = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in query).strip()
    if not cleaned:
        raise InputError("the question is empty")
    if len(cleaned) > MAX_QUERY_CHARS:
        raise InputError(f"the question is {len(cleaned):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    return cleaned


def dense_scores(index: LoadedIndex, query_vector: np.ndarray, k: int = DENSE_CANDIDATES) -> np.ndarray:
    """Cosine similarity of the query with its top-k passages (-inf for the rest)."""
    scores = np.full(len(index.chunks), -np.inf, dtype=np.float32)
    found, rows = index.vectors.search(query_vector, k=k)
    keep = rows[0] >= 0
    scores[rows[0][keep]] = found[0][keep]
    return scores


def sentence_scores(index: LoadedIndex, query_vector: np.ndarray, k: int = DENSE_CANDIDATES) -> np.ndarray:
    """Cosine similarity of the query with its top-k sentences (-inf for the rest), by sentence number."""
    scores = np.full(len(index.sentence_rows), -np.inf, dtype=np.float32)
    if len(index.sentence_rows):
        found, rows = index.sentence_vectors.search(query_vector, k=k)
        keep = rows[0] >= 0
        scores[rows[0][keep]] = found[0][keep]
    return scores


def best_sentence_per_passage(index: LoadedIndex, sentence_score: np.ndarray) -> np.ndarray:
    """For each passage, the highest score of its sentences (-inf if none was retrieved)."""
    best = np.full(len(index.chunks), -np.inf, dtype=np.float32)
    np.maximum.at(best, index.sentence_rows, sentence_score)
    return best


def lexical_scores(
    index: LoadedIndex,
    query: str,
    languages: list[str] | None = None,
    extra_terms: Mapping[str, list[str]] | None = None,
) -> np.ndarray:
    """BM25 score of every passage, each scored by its own language's analyzer.

    ``extra_terms`` adds words to the query of one language's passages (the
    glossary's equivalents of the question's words).
    """
    scores = np.zeros(len(index.chunks), dtype=np.float32)
    for lang, lexical in index.lexical.items():
        if languages is None or lang in languages:
            extra = (extra_terms or {}).get(lang)
            scores[lexical.rows] = lexical.scores(f"{query} {' '.join(extra)}" if extra else query)
    return scores


def rrf(rankings: list[np.ndarray], n: int) -> np.ndarray:
    """Reciprocal-rank fusion of orderings (arrays of rows, best first)."""
    fused = np.zeros(n, dtype=np.float64)
    for order in rankings:
        fused[order] += 1.0 / (RRF_K + np.arange(1, len(order) + 1))
    return fused


def search(index: LoadedIndex, embedder: Embedder, query: str, k: int = 5, language: str | None = None) -> list[Hit]:
    query = validate_query(query)
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


def _finite(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None
