"""Stores: the local files (FAISS HNSW) beside Milvus (Milvus Lite, HNSW) on the same synthetic passages.

Same vectors and queries as bench/scale.py (mixes of real embeddings plus noise). For each size:
build time (insert, index, load), single-query p50/p95, recall@10 against exact search, the
process's resident-set growth while building, and the bytes on disk.
Run alone: .venv/bin/python bench/stores.py [--sizes 100000,1000000]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit
from scale import QUERIES, K, real_vectors, recall_at_k, synthetic, timed

SIZES = (100_000, 1_000_000)
# What `make bench` runs: both sizes. Milvus Lite 3.2 searches every row (156 ms a query at 100k,
# 767 ms at 1M), so the 1M row adds about 8 minutes to `make bench`.
BENCH_SIZES = SIZES
M, EF_CONSTRUCTION = 32, 80


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as fh:
        line = next(line for line in fh if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def local(vectors: np.ndarray, queries: np.ndarray, truth: np.ndarray, ef: int, folder: Path) -> dict:
    from kb.index.vectors import VectorIndex, VectorIndexSettings

    before, start = rss_mb(), time.perf_counter()
    index = VectorIndex.build(vectors, VectorIndexSettings(kind="hnsw", hnsw_m=M, ef_construction=EF_CONSTRUCTION))
    index.save(folder / "vectors.faiss")
    build_s, grown = time.perf_counter() - start, rss_mb() - before
    index._index.hnsw.efSearch = ef
    p50, p95, found = timed(lambda q: index.search(q, K), queries)
    return _row(build_s, p50, p95, recall_at_k(found, truth), grown, disk_mb(folder))


def milvus(vectors: np.ndarray, queries: np.ndarray, truth: np.ndarray, ef: int, folder: Path) -> dict:
    from pymilvus import DataType, MilvusClient

    from kb.index.milvus_search import MilvusVectors

    before, start = rss_mb(), time.perf_counter()
    client = MilvusClient(str(folder / "bench.db"))
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=vectors.shape[1])
    params = client.prepare_index_params()
    params.add_index("vector", index_type="HNSW", metric_type="IP", params={"M": M, "efConstruction": EF_CONSTRUCTION})
    client.create_collection("bench", schema=schema, index_params=params)
    client.create_partition("bench", "passages")
    for first in range(0, len(vectors), 5_000):
        part = vectors[first : first + 5_000]
        rows = [{"id": first + i, "vector": v} for i, v in enumerate(part.tolist())]
        client.insert("bench", rows, partition_name="passages")
    client.flush("bench")
    client.load_collection("bench")
    store = MilvusVectors(client, "bench", ["passages"], len(vectors), 0, "hnsw", ef)
    store.search(queries[:1], K)  # the first search builds what loading left
    build_s, grown = time.perf_counter() - start, rss_mb() - before
    p50, p95, found = timed(lambda q: store.search(q, K), queries)
    client.close()
    return _row(build_s, p50, p95, recall_at_k(found, truth), grown, disk_mb(folder / "bench.db"))


def _row(build_s: float, p50: float, p95: float, recall: float, grown: float, disk: float) -> dict:
    return {
        "build_s": round(build_s, 1),
        "p50_ms": round(p50, 3),
        "p95_ms": round(p95, 3),
        "recall@10": round(recall, 4),
        "rss_growth_mb": round(grown),
        "disk_mb": round(disk),
    }


def measure(index, sizes=SIZES) -> dict:
    import faiss

    from kb.index.vectors import auto_ef_search

    base = real_vectors(index)
    rows = []
    for seed, n in enumerate(sizes):
        rng = np.random.default_rng(100 + seed)
        vectors, queries = synthetic(base, n, rng), synthetic(base, QUERIES, rng)
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        _, truth = exact.search(queries, K)
        del exact
        ef = auto_ef_search(n)
        row: dict = {"n": n, "M": M, "efConstruction": EF_CONSTRUCTION, "efSearch": ef}
        for name, run in (("local", local), ("milvus_lite", milvus)):
            folder = Path(tempfile.mkdtemp(prefix=f"kb-bench-{name}-"))
            try:
                row[name] = run(vectors, queries, truth, ef, folder)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            print(f"{n}: {name} {row[name]}", file=sys.stderr, flush=True)
        rows.append(row)
    return {"queries": QUERIES, "k": K, "sizes": rows, "peak_rss_mb": round(resource.getrusage(0).ru_maxrss / 1024)}


if __name__ == "__main__":
    from kb.index.reader import load_index

    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--index", type=Path, default=REPO / "index")
    args = parser.parse_args()
    emit(measure(load_index(args.index, None, store="local"), tuple(int(s) for s in args.sizes.split(","))))
