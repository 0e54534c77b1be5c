"""The files of one build: each file's name, its writer and its reader, side by side.

Adding a file to the index means adding one writer/reader pair here (and calling
them from ``build`` and ``reader``). A reader checks what its callers rely on (row
counts, order) and raises ``ValueError`` on anything else; the caller turns that
into a one-line "damaged index" message.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from kb.index.lexical import LEXICAL_INDEXES, LexicalSearch, LexicalSettings
from kb.index.terms import TermTable
from kb.index.translations import AlignedPair
from kb.index.vectors import VECTOR_INDEXES, VectorIndexSettings, VectorSearch
from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue
from kb.knowledge.glossary import Glossary

CHUNKS = "chunks.jsonl"
VECTORS = "vectors.faiss"
LEXICAL = "lexical"
CONCEPTS = "concepts.json"
GLOSSARY = "glossary.json"
SENTENCE_VECTORS = "sentences.faiss"
SENTENCE_ROWS = "sentence_rows.npy"
BACKGROUND = "background.npy"
TERMS = "terms.json"
ALIGNMENTS = "alignments.json"


def write_chunks(build: Path, chunks: list[Chunk]) -> None:
    with (build / CHUNKS).open("w", encoding="utf-8") as fh:
        for chunk in chunks:
            fh.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")


def read_chunks(build: Path) -> list[Chunk]:
    lines = (build / CHUNKS).read_text(encoding="utf-8").splitlines()
    return [Chunk.from_dict(json.loads(line)) for line in lines if line]


def write_vectors(build: Path, vectors: np.ndarray, settings: VectorIndexSettings) -> str:
    """The passage vectors; returns the kind of vector index chosen (flat or hnsw)."""
    index = VECTOR_INDEXES.create(settings.backend).build(vectors, settings)
    index.save(build / VECTORS)
    return index.kind


def read_vectors(build: Path, settings: VectorIndexSettings) -> VectorSearch:
    return VECTOR_INDEXES.create(settings.backend).load(build / VECTORS, settings)


def write_lexical(build: Path, chunks: list[Chunk], settings: LexicalSettings) -> dict[str, int]:
    """One BM25 index per language (section and text); returns the passages per language."""
    rows_by_lang: dict[str, list[int]] = defaultdict(list)
    for row, chunk in enumerate(chunks):
        rows_by_lang[chunk.language].append(row)
    for lang, rows in sorted(rows_by_lang.items()):
        texts = [f"{chunks[r].section} {chunks[r].text}" for r in rows]
        LEXICAL_INDEXES.create(settings.backend).build(lang, texts, rows, settings).save(build / LEXICAL / lang)
    return {lang: len(rows) for lang, rows in sorted(rows_by_lang.items())}


def read_lexical(build: Path, languages: list[str], settings: LexicalSettings) -> dict[str, LexicalSearch]:
    backend = LEXICAL_INDEXES.create(settings.backend)
    return {lang: backend.load(build / LEXICAL / lang) for lang in languages}


def write_catalogue(build: Path, catalogue: Catalogue) -> None:
    (build / CONCEPTS).write_text(json.dumps(catalogue.to_dict(), ensure_ascii=False), encoding="utf-8")


def read_catalogue(build: Path) -> Catalogue:
    return Catalogue.from_dict(json.loads((build / CONCEPTS).read_text(encoding="utf-8")))


def write_glossary(build: Path, glossary: Glossary) -> None:
    (build / GLOSSARY).write_text(json.dumps(glossary.to_dict(), ensure_ascii=False), encoding="utf-8")


def read_glossary(build: Path) -> Glossary:
    return Glossary.from_dict(json.loads((build / GLOSSARY).read_text(encoding="utf-8")))


def write_sentences(build: Path, rows: list[int], vectors: np.ndarray, settings: VectorIndexSettings) -> None:
    """Sentence vectors and the passage row of each, in chunk-table order."""
    VECTOR_INDEXES.create(settings.backend).build(vectors, settings).save(build / SENTENCE_VECTORS)
    np.save(build / SENTENCE_ROWS, np.asarray(rows, dtype=np.int64))


def read_sentences(build: Path, settings: VectorIndexSettings, n_chunks: int) -> tuple[VectorSearch, np.ndarray]:
    """Sentence vectors and rows; the rows must be sorted (a passage's sentences are contiguous)."""
    vectors = VECTOR_INDEXES.create(settings.backend).load(build / SENTENCE_VECTORS, settings)
    rows = np.load(build / SENTENCE_ROWS, allow_pickle=False)
    if rows.ndim != 1 or len(rows) != len(vectors):
        raise ValueError("sentence table and sentence vectors disagree")
    if len(rows) and (np.any(np.diff(rows) < 0) or rows[0] < 0 or rows[-1] >= n_chunks):
        raise ValueError("sentence rows are out of order or point past the chunk table")
    return vectors, rows


def write_background(build: Path, vectors: np.ndarray) -> None:
    np.save(build / BACKGROUND, vectors)


def read_background(build: Path) -> np.ndarray:
    return np.load(build / BACKGROUND, allow_pickle=False)


def write_terms(build: Path, terms: TermTable) -> None:
    (build / TERMS).write_text(json.dumps(terms.to_dict(), ensure_ascii=False), encoding="utf-8")


def read_terms(build: Path) -> TermTable:
    return TermTable.from_dict(json.loads((build / TERMS).read_text(encoding="utf-8")))


def write_alignments(build: Path, pairs: list[AlignedPair]) -> None:
    (build / ALIGNMENTS).write_text(json.dumps([p.to_dict() for p in pairs], ensure_ascii=False), encoding="utf-8")


def read_alignments(build: Path) -> list[AlignedPair]:
    return [AlignedPair.from_dict(p) for p in json.loads((build / ALIGNMENTS).read_text(encoding="utf-8"))]
