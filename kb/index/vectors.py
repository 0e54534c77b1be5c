"""Dense vector search over L2-normalised embeddings with FAISS.

Exact inner product (``flat``) up to ``HNSW_THRESHOLD`` vectors, HNSW above it:
below that size exact search is both faster to build and fast enough to query
(see docs/benchmarks.md for the measurement behind the threshold).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kb.registry import Registry

# Measured with bench/scale.py on 2 cores (docs/benchmarks.md): exact search stays near 1 ms up
# to about 20k vectors and grows linearly after (tens of ms at 1M); HNSW stays under 1 ms.
HNSW_THRESHOLD = 20_000
# efSearch by collection size, (fewer than this many vectors, efSearch): the smallest value
# whose recall@10 against exact search stays >= 0.95 in bench/scale.py.
EF_SEARCH_BY_SIZE = ((200_000, 64), (3_000_000, 128))
EF_SEARCH_LARGEST = 256


def auto_ef_search(n_vectors: int) -> int:
    return next((ef for limit, ef in EF_SEARCH_BY_SIZE if n_vectors < limit), EF_SEARCH_LARGEST)


@dataclass(frozen=True)
class VectorIndexSettings:
    backend: str = "faiss"  # a name in VECTOR_INDEXES
    kind: str = "auto"  # "auto", "flat" or "hnsw"
    hnsw_m: int = 32
    ef_construction: int = 80
    ef_search: int = 0  # 0: by collection size (auto_ef_search)

    def __post_init__(self) -> None:
        if self.kind not in ("auto", "flat", "hnsw"):
            raise ValueError(f"unknown vector index kind {self.kind!r}")

    def resolve(self, n_vectors: int) -> str:
        if self.kind != "auto":
            return self.kind
        return "hnsw" if n_vectors >= HNSW_THRESHOLD else "flat"


class VectorSearch(Protocol):
    """The vector-index seam: row-numbered unit vectors, top-k inner-product search, one file."""

    kind: str

    def __len__(self) -> int: ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]: ...

    def vector(self, row: int) -> np.ndarray: ...

    def vectors(self, rows: list[int]) -> np.ndarray: ...

    def save(self, path: Path) -> None: ...


class VectorBackend(Protocol):
    def build(self, vectors: np.ndarray, settings: VectorIndexSettings) -> VectorSearch: ...

    def load(self, path: Path, settings: VectorIndexSettings) -> VectorSearch: ...


@dataclass
class VectorIndex:
    """build / search / save / load over row-numbered vectors."""

    kind: str
    dim: int
    settings: VectorIndexSettings = field(default_factory=VectorIndexSettings)
    _index: Any = None

    @classmethod
    def build(cls, vectors: np.ndarray, settings: VectorIndexSettings = VectorIndexSettings()) -> VectorIndex:
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        kind = settings.resolve(n)
        index: Any
        if kind == "flat":
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = settings.ef_construction
        index.add(vectors)
        made = cls(kind=kind, dim=dim, settings=settings, _index=index)
        made._set_search_params()
        return made

    def __len__(self) -> int:
        return int(self._index.ntotal) if self._index is not None else 0

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, rows) per query; rows of -1 mean fewer than k results."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        k = max(1, min(k, len(self)))
        return self._index.search(queries, k)

    def vector(self, row: int) -> np.ndarray:
        """The stored vector of one row."""
        return self._index.reconstruct(int(row))

    def vectors(self, rows: list[int]) -> np.ndarray:
        """The stored vectors of several rows, in the order given."""
        return np.stack([self.vector(r) for r in rows]) if rows else np.zeros((0, 0), dtype=np.float32)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, settings: VectorIndexSettings = VectorIndexSettings()) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(path))
        kind = "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"
        made = cls(kind=kind, dim=index.d, settings=settings, _index=index)
        made._set_search_params()
        return made

    def _set_search_params(self) -> None:
        if self.kind == "hnsw":
            self._index.hnsw.efSearch = self.settings.ef_search or auto_ef_search(len(self))

    @property
    def search_params(self) -> dict[str, int]:
        """The parameters searches run with (for reports)."""
        if self.kind != "hnsw":
            return {}
        return {
            "M": self.settings.hnsw_m,
            "efConstruction": self.settings.ef_construction,
            "efSearch": int(self._index.hnsw.efSearch),
        }


VECTOR_INDEXES: Registry[VectorBackend] = Registry("vector index")
VECTOR_INDEXES.register("faiss", lambda arg: VectorIndex)
