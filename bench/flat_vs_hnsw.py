"""Where exact search stops being fast enough: flat vs HNSW search latency by size.

Run: .venv/bin/python bench/flat_vs_hnsw.py  (about a minute on 2 cores)
"""

from __future__ import annotations

import time

import numpy as np

from kb.vector_index import VectorIndex, VectorIndexSettings


def p50_ms(index: VectorIndex, queries: np.ndarray) -> float:
    times = []
    for q in queries:
        start = time.perf_counter()
        index.search(q, 10)
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


def main() -> None:
    rng = np.random.default_rng(0)
    for n in (10_000, 25_000, 50_000, 100_000):
        vectors = rng.standard_normal((n, 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        queries = vectors[rng.choice(n, 200, replace=False)] + 0.05 * rng.standard_normal((200, 384)).astype(np.float32)
        for kind in ("flat", "hnsw"):
            start = time.perf_counter()
            index = VectorIndex.build(vectors, VectorIndexSettings(kind=kind))
            build_s = time.perf_counter() - start
            print(f"n={n:>7} {kind:<5} build {build_s:6.2f} s  search p50 {p50_ms(index, queries):6.3f} ms", flush=True)


if __name__ == "__main__":
    main()
