"""The vector index: kind and search parameters chosen by size, kept across save and load."""

from __future__ import annotations

import numpy as np

from kb.index.vectors import HNSW_THRESHOLD, VectorIndex, VectorIndexSettings, auto_ef_search


def _unit(n: int, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, 32)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_kind_follows_size_and_efsearch_grows_with_it():
    assert VectorIndexSettings().resolve(HNSW_THRESHOLD - 1) == "flat"
    assert VectorIndexSettings().resolve(HNSW_THRESHOLD) == "hnsw"
    sizes = [10_000, 100_000, 1_000_000, 10_000_000]
    efs = [auto_ef_search(n) for n in sizes]
    assert efs == sorted(efs) and efs[0] < efs[-1]


def test_hnsw_finds_what_exact_search_finds_and_keeps_its_parameters_on_load(tmp_path):
    vectors, queries = _unit(3000), _unit(50, seed=1)
    exact = VectorIndex.build(vectors, VectorIndexSettings(kind="flat"))
    hnsw = VectorIndex.build(vectors, VectorIndexSettings(kind="hnsw"))
    assert hnsw.search_params["efSearch"] == auto_ef_search(3000)
    _, truth = exact.search(queries, 10)
    _, found = hnsw.search(queries, 10)
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)])
    assert recall >= 0.95
    hnsw.save(tmp_path / "v.faiss")
    loaded = VectorIndex.load(tmp_path / "v.faiss")
    assert loaded.kind == "hnsw" and loaded.search_params == hnsw.search_params
    assert np.array_equal(loaded.search(queries, 10)[1], found)


def test_an_explicit_efsearch_wins():
    index = VectorIndex.build(_unit(500), VectorIndexSettings(kind="hnsw", ef_search=200))
    assert index.search_params["efSearch"] == 200
