"""The signals passages are ranked by, one numpy function each.

Dense similarity of the question with passages and with sentences (FAISS), and
BM25 in each passage's own language. ``retrieval`` (answers) and ``search``
(``kb search``) combine them; a ``Hit`` is one ranked passage with its signals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from kb.index.reader import LoadedIndex
from kb.ingest.chunking import Chunk

# Dense candidates per query: fusion only needs the head of the dense ranking.
DENSE_CANDIDATES = 200


@dataclass(frozen=True)
class Hit:
    row: int
    chunk: Chunk
    score: float  # fused score: higher is better
    dense: float | None  # cosine similarity of query and passage; None if not among the dense candidates
    lexical: float  # BM25 score in the passage's language (0 when no term matches)


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


def sentence_evidence(index: LoadedIndex, sentence_score: np.ndarray) -> np.ndarray:
    """Each passage's best sentence score, for ranking.

    A passage none of whose sentences is among the retrieved ones gets the lowest retrieved
    score (its sentences score at most that), not nothing: with nothing, a passage just below the
    cut fell far behind one just above it (a list of steps asked about across languages, 43rd).
    """
    best = best_sentence_per_passage(index, sentence_score)
    retrieved = sentence_score[np.isfinite(sentence_score)]
    floor = float(retrieved.min()) if len(retrieved) else 0.0
    return np.where(np.isfinite(best), best, floor)


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
