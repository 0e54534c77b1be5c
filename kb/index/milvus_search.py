"""One build as one Milvus collection: its schema, its rows, and searching it behind kb's seams.

A collection holds one partition of passages per language, ``passages_<lang>`` (id = chunk-table
row, the chunk as JSON), and ``sentences`` (id = passages + sentence number, ``row`` = its
passage). Passages are split by language so that BM25's statistics (document count, average
length) are those of one language's passages, as in the local per-language indexes: Milvus Lite
keeps them per segment, and a segment holds one partition. One dense field
``vector`` (inner product; FLAT below ``HNSW_THRESHOLD`` vectors, HNSW above, as locally) and,
per language of the corpus, a text field ``text_<lang>`` with a BM25 function into
``sparse_<lang>``. A passage fills only its own language's text field.

Lexical analysis (``analyzer``):
- ``kb`` (the default): kb analyses passages and queries itself (kb/languages.py: lower case,
  stop words, the Snowball stemmer of the language, Indonesian included) and Milvus indexes
  the stems with its ``standard`` tokenizer, so both stores see the same words;
- ``milvus``: Milvus analyses the raw text with the closest analyzer it has: ``standard``, lower
  case, kb's stop words and, where Milvus has one, the language's stemmer filter (English and
  German; none for Indonesian). Milvus Lite 3.x applies only the stop words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from kb.ingest.chunking import Chunk
from kb.languages import analyzer, stopwords

SENTENCES = "sentences"
MAX_TEXT = 65_535  # bytes in a Milvus VARCHAR
INSERT_BATCH = 1_000
READ_BATCH = 10_000
LEXICAL_CANDIDATES = 1_000  # BM25 hits fetched per language and query; the rest count as 0
# Stemmer filters a Milvus server offers (analyzer "milvus"); Indonesian has none.
MILVUS_STEMMERS = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch"}
ANALYZERS = ("kb", "milvus")


def passages(language: str) -> str:
    """The partition of one language's passages."""
    return f"passages_{language}"


def analyzer_params(language: str, mode: str) -> dict[str, Any]:
    if mode == "kb":
        return {"tokenizer": "standard"}
    filters: list[Any] = ["lowercase", {"type": "stop", "stop_words": sorted(stopwords(language))}]
    if language in MILVUS_STEMMERS:
        filters.append({"type": "stemmer", "language": MILVUS_STEMMERS[language]})
    return {"tokenizer": "standard", "filter": filters}


def analysed(language: str, text: str, mode: str) -> str:
    """What goes into a text field (and a BM25 query): kb's stems, or the raw text for Milvus to analyse."""
    return " ".join(analyzer(language).tokens(text)) if mode == "kb" else text


def create_collection(
    client: Any, name: str, dim: int, languages: Sequence[str], kind: str, vectors: Any, lexical: Any, mode: str
) -> None:
    from pymilvus import DataType, Function, FunctionType, MilvusClient

    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("row", DataType.INT64)
    schema.add_field("chunk", DataType.VARCHAR, max_length=MAX_TEXT)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    index = client.prepare_index_params()
    if kind == "hnsw":
        params = {"M": vectors.hnsw_m, "efConstruction": vectors.ef_construction}
        index.add_index("vector", index_type="HNSW", metric_type="IP", params=params)
    else:
        index.add_index("vector", index_type="FLAT", metric_type="IP")
    for lang in languages:
        schema.add_field(
            f"text_{lang}",
            DataType.VARCHAR,
            max_length=MAX_TEXT,
            enable_analyzer=True,
            analyzer_params=analyzer_params(lang, mode),
        )
        schema.add_field(f"sparse_{lang}", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_function(
            Function(
                name=f"bm25_{lang}",
                function_type=FunctionType.BM25,
                input_field_names=[f"text_{lang}"],
                output_field_names=[f"sparse_{lang}"],
            )
        )
        index.add_index(
            f"sparse_{lang}",
            index_type="SPARSE_INVERTED_INDEX",
            metric_type="BM25",
            params={"bm25_k1": lexical.k1, "bm25_b": lexical.b},
        )
    client.create_collection(name, schema=schema, index_params=index)
    for partition in [*map(passages, languages), SENTENCES]:
        client.create_partition(name, partition)


def insert_rows(
    client: Any,
    name: str,
    chunks: list[Chunk],
    vectors: np.ndarray,
    sentence_rows: Sequence[int],
    sentence_vectors: np.ndarray,
    languages: Sequence[str],
    mode: str,
) -> None:
    empty = {f"text_{lang}": "" for lang in languages}
    by_language: dict[str, list[dict]] = {lang: [] for lang in languages}
    for row, chunk in enumerate(chunks):
        as_json = json.dumps(chunk.to_dict(), ensure_ascii=False)
        text = analysed(chunk.language, f"{chunk.section} {chunk.text}", mode)
        if max(len(as_json.encode()), len(text.encode())) > MAX_TEXT:
            from kb.errors import DocumentError

            raise DocumentError(f"{chunk.doc_id}: a passage is over {MAX_TEXT:,} bytes, more than Milvus holds")
        fields = {**empty, f"text_{chunk.language}": text}
        record = {"id": row, "row": row, "chunk": as_json, "vector": vectors[row].tolist(), **fields}
        by_language[chunk.language].append(record)
    for lang, rows in by_language.items():
        _insert(client, name, passages(lang), rows)
    n = len(chunks)
    sentences = (
        {"id": n + i, "row": int(row), "chunk": "", "vector": sentence_vectors[i].tolist(), **empty}
        for i, row in enumerate(sentence_rows)
    )
    _insert(client, name, SENTENCES, sentences)
    client.flush(name)


def _insert(client: Any, name: str, partition: str, rows) -> None:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == INSERT_BATCH:
            client.insert(name, batch, partition_name=partition)
            batch = []
    if batch:
        client.insert(name, batch, partition_name=partition)


def count(client: Any, name: str, partitions: list[str]) -> int:
    found = client.query(name, filter="id >= 0", output_fields=["count(*)"], partition_names=partitions)
    return int(found[0]["count(*)"])


def read_column(client: Any, name: str, partitions: list[str], field: str, first: int, n: int) -> list[Any]:
    """``field`` of the rows with ids ``first`` .. ``first + n - 1`` of ``partitions``, in id order."""
    out: list[Any] = []
    for start in range(first, first + n, READ_BATCH):
        end = min(start + READ_BATCH, first + n)
        found = client.query(
            name, filter=f"id >= {start} and id < {end}", output_fields=["id", field], partition_names=partitions
        )
        out.extend(r[field] for r in sorted(found, key=lambda r: int(r["id"])))
    return out


class MilvusVectors:
    """The vector seam over partitions of a build's collection (rows = id - offset)."""

    def __init__(self, client: Any, name: str, partitions: list[str], n: int, offset: int, kind: str, ef: int) -> None:
        self.client, self.name, self.partitions = client, name, partitions
        self.n, self.offset, self.kind, self.ef = n, offset, kind, ef

    def __len__(self) -> int:
        return self.n

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        queries = np.atleast_2d(np.asarray(queries, dtype=np.float32))
        k = max(1, min(k, self.n, 16_384))
        params = {"metric_type": "IP", "params": {"ef": max(self.ef, k)} if self.kind == "hnsw" else {}}
        found = self.client.search(
            self.name,
            data=queries.tolist(),
            anns_field="vector",
            limit=k,
            partition_names=self.partitions,
            search_params=params,
            output_fields=["id"],
        )
        scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
        rows = np.full((len(queries), k), -1, dtype=np.int64)
        for q, hits in enumerate(found):
            for j, hit in enumerate(list(hits)[:k]):
                scores[q, j], rows[q, j] = float(hit["distance"]), int(hit["id"]) - self.offset
        return scores, rows

    def vector(self, row: int) -> np.ndarray:
        found = self.client.query(self.name, ids=[int(row) + self.offset], output_fields=["vector"])
        return np.asarray(found[0]["vector"], dtype=np.float32)

    def vectors(self, rows: list[int]) -> np.ndarray:
        """The stored vectors of several rows, in the order given: one query, not one per row."""
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        ids = [int(r) + self.offset for r in rows]
        found = {
            int(hit["id"]): hit["vector"]
            for hit in self.client.query(self.name, ids=ids, output_fields=["id", "vector"])
        }
        return np.asarray([found[i] for i in ids], dtype=np.float32)

    def save(self, path) -> None:
        raise NotImplementedError("a Milvus collection is written by publishing, not saved to a file")


class MilvusLexical:
    """The lexical seam over one language's BM25 field; scores are aligned with ``rows``."""

    def __init__(self, client: Any, name: str, language: str, rows: np.ndarray, mode: str) -> None:
        self.client, self.name, self.language, self.rows, self.mode = client, name, language, rows, mode

    def scores(self, query: str) -> np.ndarray:
        scores = np.zeros(len(self.rows), dtype=np.float32)
        text = analysed(self.language, query, self.mode)
        if not text.strip() or not len(self.rows):
            return scores
        found = self.client.search(
            self.name,
            data=[text],
            anns_field=f"sparse_{self.language}",
            limit=min(len(self.rows), LEXICAL_CANDIDATES),
            partition_names=[passages(self.language)],
            search_params={"metric_type": "BM25"},
            output_fields=["id"],
        )
        ids = np.array([int(h["id"]) for h in found[0]], dtype=np.int64)
        if len(ids):
            # Milvus Lite reports BM25 as a negated distance, a server as the score: the score is its size.
            values = np.abs(np.array([float(h["distance"]) for h in found[0]], dtype=np.float32))
            at = np.searchsorted(self.rows, ids)
            ok = (at < len(self.rows)) & (self.rows[np.minimum(at, len(self.rows) - 1)] == ids)
            scores[at[ok]] = values[ok]
        return scores

    def save(self, directory) -> None:
        raise NotImplementedError("a Milvus collection is written by publishing, not saved to a file")
