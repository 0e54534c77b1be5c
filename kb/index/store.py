"""The store seam: where a build's searchable parts live and which build is live.

The searchable parts are the chunk table, the passage and sentence vectors and the BM25 index
of each language. Two stores, chosen by name in ``STORES`` (``--store`` / ``KB_STORE``):

- ``local`` (the default): files in the build folder (FAISS, bm25s), made live by ``CURRENT``
  (kb/index/publish.py);
- ``milvus:PATH.db`` (Milvus Lite, embedded), ``milvus://HOST:PORT`` or ``https://...`` (a Milvus
  server or cluster): one collection per build, made live by moving an alias (kb/index/milvus.py).

For every store the small files of a build that are not searched (manifest, catalogue,
glossary, terms, background vectors) stay in a build folder under ``root(index_root)``, checked
against the manifest as before; embedding stays in kb's process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kb import config
from kb.errors import IndexCorruptError
from kb.index import files, publish
from kb.index.lexical import LexicalSearch, LexicalSettings
from kb.index.manifest import Manifest
from kb.index.vectors import VectorIndexSettings, VectorSearch
from kb.ingest.chunking import Chunk
from kb.registry import Registry


@dataclass
class Searchable:
    """A build's searchable parts, as a reader holds them."""

    chunks: list[Chunk]
    vectors: VectorSearch
    lexical: dict[str, LexicalSearch]
    sentence_vectors: VectorSearch
    sentence_rows: np.ndarray  # passage row of each sentence vector


class Store(Protocol):
    """One place a build's searchable parts are written to, published in and read from."""

    spec: str  # as chosen: "local", "milvus:index/kb.db", ...

    def root(self, index_root: Path) -> Path:
        """The folder holding this store's build folders (``builds/<id>/``) and temporary builds."""
        ...

    def remove_stale(self, index_root: Path) -> None:
        """Remove what a killed run left behind (call with the indexing lock held)."""
        ...

    def live_build_id(self, index_root: Path) -> str | None:
        """Which build is live (cheap: readers ask it to notice a new build)."""
        ...

    def read_manifest(self, index_root: Path) -> Manifest:
        """The live build's manifest, verified against the live pointer."""
        ...

    def describe(self, build_id: str) -> dict[str, Any]:
        """What the manifest records about the store (never a secret)."""
        ...

    def write(
        self,
        build: Path,
        build_id: str,
        chunks: list[Chunk],
        vectors: np.ndarray,
        sentence_rows: Sequence[int],
        sentence_vectors: np.ndarray,
        vector_settings: VectorIndexSettings,
        lexical_settings: LexicalSettings,
    ) -> dict[str, Any]:
        """Write the searchable parts; returns counts for the manifest (vector index kind, languages)."""
        ...

    def publish(self, index_root: Path, tmp: Path, manifest: Manifest) -> None:
        """Check the new build and make it live in one step (call with the indexing lock held)."""
        ...

    def open(self, build: Path, manifest: Manifest) -> Searchable:
        """The searchable parts of one build; FileNotFoundError when they were removed meanwhile."""
        ...


class LocalStore:
    """Today's files: FAISS and bm25s in the build folder, ``CURRENT`` as the live pointer."""

    spec = "local"

    def root(self, index_root: Path) -> Path:
        return index_root

    def remove_stale(self, index_root: Path) -> None:
        publish.remove_stale_temp(index_root)

    def live_build_id(self, index_root: Path) -> str | None:
        return publish.current_build_id(index_root)

    def read_manifest(self, index_root: Path) -> Manifest:
        return publish.read_manifest(index_root)

    def describe(self, build_id: str) -> dict[str, Any]:
        return {"kind": "local"}

    def write(
        self,
        build: Path,
        build_id: str,
        chunks: list[Chunk],
        vectors: np.ndarray,
        sentence_rows: Sequence[int],
        sentence_vectors: np.ndarray,
        vector_settings: VectorIndexSettings,
        lexical_settings: LexicalSettings,
    ) -> dict[str, Any]:
        files.write_chunks(build, chunks)
        kind = files.write_vectors(build, vectors, vector_settings)
        per_language = files.write_lexical(build, chunks, lexical_settings)
        files.write_sentences(build, list(sentence_rows), sentence_vectors, vector_settings)
        return {"vector_index": kind, "lexical_languages": sorted(per_language), "chunks_per_language": per_language}

    def publish(self, index_root: Path, tmp: Path, manifest: Manifest) -> None:
        publish.publish(index_root, tmp, manifest)

    def open(self, build: Path, manifest: Manifest) -> Searchable:
        settings = VectorIndexSettings(**manifest.settings["vectors"])
        chunks = files.read_chunks(build)
        lexical_settings = LexicalSettings(**manifest.settings["lexical"])
        sentence_vectors, sentence_rows = files.read_sentences(build, settings, len(chunks))
        return Searchable(
            chunks=chunks,
            vectors=files.read_vectors(build, settings),
            lexical=files.read_lexical(build, manifest.counts["lexical_languages"], lexical_settings),
            sentence_vectors=sentence_vectors,
            sentence_rows=sentence_rows,
        )


def _milvus(arg: str, scheme: str) -> Store:
    from kb.index.milvus import MilvusStore

    return MilvusStore.from_spec(arg, scheme)


STORES: Registry[Store] = Registry("store")
STORES.register("local", lambda arg: LocalStore())
STORES.register("milvus", lambda arg: _milvus(arg, "milvus"))
STORES.register("http", lambda arg: _milvus(arg, "http"))
STORES.register("https", lambda arg: _milvus(arg, "https"))


def open_store(spec: str | None = None) -> Store:
    """The store named by ``spec``, else by ``KB_STORE``, else the local files."""
    return STORES.create(config.store_spec(spec))


def scratch_spec(spec: str | None = None) -> str:
    """The store for a scratch index (``kb eval --add-docs``): beside the live one, never in its place."""
    chosen = config.store_spec(spec)
    if chosen == "local":
        return chosen
    return f"{chosen.split('#', 1)[0]}#{chosen.partition('#')[2] or 'kb'}_scratch"


def live_build_id(index_root: Path, spec: str | None = None) -> str | None:
    return open_store(spec).live_build_id(index_root)


def verified_manifest(store: Store, index_root: Path) -> Manifest:
    """The live build's manifest after checking every small file of its build folder against it."""
    manifest = store.read_manifest(index_root)
    build = store.root(index_root) / publish.BUILDS / manifest.build_id
    try:
        publish.verify_files(build, manifest)
    except FileNotFoundError:
        raise IndexCorruptError(f"{build} is missing; {publish.REBUILD_HINT}") from None
    return manifest
