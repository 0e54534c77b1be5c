"""Scale: the vector index at 10k, 100k and 1M passages, and the lexical index at 100k.

Vectors are synthetic but shaped like real ones: each is a random mix of two real passage or
sentence embeddings from the live index plus Gaussian noise, normalised, so neighbourhoods are
as crowded as in real text. For each size: exact search (FAISS flat) and the index kb chooses
by itself (VectorIndexSettings() -> kind and efSearch by size), with build time, memory
(resident-set growth), single-query search p50 and recall@10 against exact search; HNSW is also
swept over efSearch to show where the automatic choice sits.
Run alone: .venv/bin/python bench/scale.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from functools import partial
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit, eval_items

SIZES = (10_000, 100_000, 1_000_000)
QUERIES = 200
K = 10
NOISE = 0.3
EF_SWEEP = (32, 64, 96, 128, 192)
LEXICAL_PASSAGES = 100_000


def real_vectors(index) -> np.ndarray:
    rows = [index.vectors.vector(i) for i in range(len(index.vectors))]
    rows += [index.sentence_vectors.vector(i) for i in range(len(index.sentence_vectors))]
    return np.stack(rows).astype(np.float32)


def synthetic(base: np.ndarray, n: int, rng: np.random.Generator, batch: int = 100_000) -> np.ndarray:
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    for start in range(0, n, batch):
        m = min(batch, n - start)
        w = rng.random((m, 1), dtype=np.float32)
        x = w * base[rng.integers(0, len(base), m)] + (1 - w) * base[rng.integers(0, len(base), m)]
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        x += NOISE / np.sqrt(base.shape[1]) * rng.standard_normal(x.shape, dtype=np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        out[start : start + m] = x
    return out


def timed(search, queries: np.ndarray) -> tuple[float, float, np.ndarray]:
    """Single-query p50 and p95 in ms, and the rows each query found."""
    times, found = [], []
    for q in queries:
        start = time.perf_counter()
        _, rows = search(q[None, :])
        times.append((time.perf_counter() - start) * 1000)
        found.append(rows[0])
    return float(np.percentile(times, 50)), float(np.percentile(times, 95)), np.stack(found)


def single_query_p50_ms(search, queries: np.ndarray) -> tuple[float, np.ndarray]:
    p50, _, found = timed(search, queries)
    return p50, found


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth)]))


def built(make) -> tuple[object, float, float]:
    """(index, build seconds, memory the index holds in MB)."""
    start = time.perf_counter()
    index = make()
    return index, time.perf_counter() - start, index_memory_mb(index)


def index_memory_mb(vector_index) -> float:
    """Bytes held by the FAISS structures: the vectors, plus for HNSW its graph (links, levels, offsets).

    Counted from the structures rather than from the process's resident set, which the allocator's
    reuse of freed memory makes unreliable from one build to the next.
    """
    index = vector_index._index
    held = index.ntotal * index.d * 4
    if vector_index.kind == "hnsw":
        graph = index.hnsw
        held += graph.neighbors.size() * 4 + graph.levels.size() * 4 + graph.offsets.size() * 8
    return held / 2**20


def vector_size(base: np.ndarray, n: int, seed: int) -> dict:
    import faiss

    from kb.index.vectors import VectorIndex, VectorIndexSettings

    rng = np.random.default_rng(seed)
    vectors, queries = synthetic(base, n, rng), synthetic(base, QUERIES, rng)
    exact, exact_s, exact_mb = built(lambda: VectorIndex.build(vectors, VectorIndexSettings(kind="flat")))
    _, truth = exact._index.search(queries, K)
    exact_p50, _ = single_query_p50_ms(partial(exact.search, k=K), queries)
    del exact
    row = {"n": n, "exact": {"build_s": round(exact_s, 2), "memory_mb": round(exact_mb), "p50_ms": round(exact_p50, 3)}}
    auto, auto_s, auto_mb = built(lambda: VectorIndex.build(vectors, VectorIndexSettings()))
    auto_p50, found = single_query_p50_ms(lambda q: auto.search(q, K), queries)
    row["auto"] = {
        "kind": auto.kind,
        "params": auto.search_params,
        "build_s": round(auto_s, 2),
        "memory_mb": round(auto_mb),
        "p50_ms": round(auto_p50, 3),
        "recall@10": round(recall_at_k(found, truth), 4),
    }
    hnsw = auto if auto.kind == "hnsw" else VectorIndex.build(vectors, VectorIndexSettings(kind="hnsw"))
    sweep = []
    for ef in EF_SWEEP:
        hnsw._index.hnsw.efSearch = ef
        p50, found = single_query_p50_ms(lambda q: hnsw.search(q, K), queries)
        sweep.append({"efSearch": ef, "p50_ms": round(p50, 3), "recall@10": round(recall_at_k(found, truth), 4)})
    row["hnsw_sweep"] = sweep
    row["threads"] = faiss.omp_get_max_threads()
    return row


def lexical(index, seed: int = 0) -> dict:
    """BM25 (bm25s, English analyzer) over 100k passages of 4 random corpus sentences each."""
    from kb.index.lexical import LexicalIndex

    rng = np.random.default_rng(seed)
    sentences = [c.text[s:e] for c in index.chunks for s, e in c.sentences]
    picks = rng.integers(0, len(sentences), (LEXICAL_PASSAGES, 4))
    texts = [" ".join(sentences[i] for i in row) for row in picks]
    start = time.perf_counter()
    bm25 = LexicalIndex.build("en", texts, range(len(texts)))
    build_s = time.perf_counter() - start
    questions = [i.question for i in eval_items() if i.lang == "en"]
    times, matching = [], []
    for question in questions * 2:
        start = time.perf_counter()
        scores = bm25.scores(question)
        times.append((time.perf_counter() - start) * 1000)
        matching.append(int((scores > 0).sum()))
    return {
        "passages": LEXICAL_PASSAGES,
        "build_s": round(build_s, 2),
        "query_p50_ms": round(float(np.median(times)), 3),
        "queries": len(times),
        "median_matching_passages": int(np.median(matching)),
    }


def measure(index, sizes=SIZES) -> dict:
    base = real_vectors(index)
    rows = [vector_size(base, n, seed) for seed, n in enumerate(sizes)]
    return {
        "real_vectors": len(base),
        "noise": NOISE,
        "queries": QUERIES,
        "vectors": rows,
        "lexical": lexical(index),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


if __name__ == "__main__":
    from kb.index.reader import load_index

    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = parser.parse_args()
    emit(measure(load_index(REPO / "index", None), tuple(int(s) for s in args.sizes.split(","))))
