"""Retrieval for answering: hybrid search steered by concepts and the asker's language.

Scores fuse, per passage: the dense ranking and the BM25 ranking (reciprocal-rank
fusion), a bonus for passages that ground a concept the question names (large
for "what is X" questions, small otherwise), and a bonus for passages in the
asker's language, so that the German article answers a German question when it
can, while an English-only section still wins a German question about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from kb.concepts import Concept
from kb.embedding import Embedder
from kb.search import Hit, best_sentence_per_passage, dense_scores, lexical_scores, rrf, sentence_scores
from kb.store import LoadedIndex

_DEFINITION_PATTERNS = {
    "en": r"^\s*(what('s| is| are| does)|define|definition|meaning of|explain)\b",
    "de": r"^\s*(was (ist|sind|bedeutet|versteht man|heißt|heisst)|definiere|definition|erkläre|erklären sie)\b",
    "id": r"^\s*(apa (itu|yang dimaksud|arti|definisi|pengertian)|apakah (itu|yang dimaksud)|pengertian|definisi|jelaskan|arti)\b",
}


@dataclass(frozen=True)
class RetrievalWeights:
    concept_definition: float = 0.05  # about three rank-1 RRF contributions: the concept's passages lead
    concept_mention: float = 0.006
    same_language: float = 0.008


@dataclass(frozen=True)
class Retrieved:
    hits: list[Hit]
    concepts: list[Concept]
    definitional: bool
    best_dense: float  # highest cosine similarity of the question with any passage
    best_lexical: float  # highest BM25 score of any passage in any language


def is_definition_question(question: str, language: str) -> bool:
    pattern = _DEFINITION_PATTERNS.get(language, _DEFINITION_PATTERNS["en"])
    return re.search(pattern, question.lower()) is not None and len(question.split()) <= 10


def concept_rows(index: LoadedIndex, concepts: list[Concept]) -> np.ndarray:
    """Rows of the passages that ground ``concepts`` (their quotes or a section named after them)."""
    wanted_ids = {q.chunk_id for c in concepts for q in c.quotes}
    names = {n.lower() for c in concepts for n in c.aliases()}
    return np.array([r for r, ch in enumerate(index.chunks)
                     if ch.chunk_id in wanted_ids or ch.section.lower() in names], dtype=np.int64)


def retrieve(index: LoadedIndex, embedder: Embedder, question: str, language: str, k: int = 5,
             weights: RetrievalWeights = RetrievalWeights(), query_vector: np.ndarray | None = None) -> Retrieved:
    n = len(index.chunks)
    vector = embedder.embed_queries([question]) if query_vector is None else query_vector
    sentence_score = sentence_scores(index, vector)
    dense = np.maximum(dense_scores(index, vector), best_sentence_per_passage(index, sentence_score))
    lexical = lexical_scores(index, question)
    retrieved = np.flatnonzero(np.isfinite(dense))
    dense_order = retrieved[np.argsort(-dense[retrieved], kind="stable")]
    matched = np.flatnonzero(lexical > 0)
    lexical_order = matched[np.argsort(-lexical[matched], kind="stable")]
    score = rrf([dense_order, lexical_order], n)

    concepts = index.catalogue.match(question)
    definitional = bool(concepts) and is_definition_question(question, language)
    rows = concept_rows(index, concepts)
    if len(rows):
        score[rows] += weights.concept_definition if definitional else weights.concept_mention
    same_language = np.array([c.language == language for c in index.chunks])
    score[same_language] += weights.same_language

    order = np.argsort(-score, kind="stable")[:k]
    hits = [Hit(int(r), index.chunks[r], float(score[r]),
                float(dense[r]) if np.isfinite(dense[r]) else None, float(lexical[r])) for r in order]
    best_dense = float(dense[retrieved].max()) if len(retrieved) else 0.0
    return Retrieved(hits, concepts, definitional, best_dense, float(lexical.max(initial=0.0)))
