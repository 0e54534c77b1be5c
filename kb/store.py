"""The on-disk index: layout, locking, atomic publish and verified loading.

Layout of ``index/``::

    CURRENT                 which build is live: {"build": id, "manifest_sha256": ..., "previous": id}
    builds/<build_id>/      one complete, immutable build
        manifest.json  chunks.jsonl  concepts.json  lexical/<lang>/...
        vectors.faiss (passages)  sentences.faiss + sentence_rows.npy (sentences -> passage rows)
        background.npy (off-topic reference vectors, for abstention)
    cache/embeddings.sqlite embeddings by model + text, reused across builds
    .tmp-<build_id>/        a build being written (removed if the writer died)
    .lock                   held by the one process that is indexing

A build is written in ``.tmp-*``, renamed into ``builds/`` and made live by
atomically replacing ``CURRENT``: a reader sees the old build or the new one,
never a mix. The previous build is kept so readers that just read ``CURRENT``
can finish loading it.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterator

import numpy as np

from kb.chunking import Chunk
from kb.concepts import Catalogue
from kb.errors import IndexBusyError, IndexCorruptError, IndexMismatchError, IndexMissingError
from kb.glossary import Glossary
from kb.lexical import LexicalIndex
from kb.manifest import FORMAT_VERSION, MANIFEST_NAME, Manifest, file_checksum
from kb.vector_index import VectorIndex, VectorIndexSettings

CURRENT = "CURRENT"
BUILDS = "builds"
TMP_PREFIX = ".tmp-"
VECTORS = "vectors.faiss"
CHUNKS = "chunks.jsonl"
LEXICAL = "lexical"
CONCEPTS = "concepts.json"
GLOSSARY = "glossary.json"
SENTENCE_VECTORS = "sentences.faiss"
SENTENCE_ROWS = "sentence_rows.npy"
BACKGROUND = "background.npy"
KEEP_BUILDS = 2  # the live build and the one before it
REBUILD_HINT = "run 'kb index --rebuild' to rebuild it"


@dataclass
class LoadedIndex:
    """Everything a reader needs, loaded from one build and verified."""

    manifest: Manifest
    chunks: list[Chunk]
    vectors: VectorIndex
    lexical: dict[str, LexicalIndex]
    catalogue: Catalogue
    glossary: Glossary
    sentence_vectors: VectorIndex
    sentence_rows: np.ndarray  # passage row of each sentence vector
    background: np.ndarray  # vectors of off-topic reference texts, for abstention

    @property
    def build_id(self) -> str:
        return self.manifest.build_id

    @cached_property
    def chunk_languages(self) -> np.ndarray:
        return np.array([c.language for c in self.chunks])

    @cached_property
    def rows_of_doc(self) -> dict[str, list[int]]:
        """Chunk-table rows of each document, in document order."""
        rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            rows.setdefault(chunk.doc_id, []).append(row)
        return rows

    @cached_property
    def row_of(self) -> dict[str, int]:
        """Chunk-table row of each chunk id."""
        return {c.chunk_id: row for row, c in enumerate(self.chunks)}


def cache_path(index_root: Path) -> Path:
    return index_root / "cache" / "embeddings.sqlite"


@contextmanager
def index_lock(index_root: Path, timeout: float = 0.0, on_wait=None) -> Iterator[None]:
    """Hold the indexing lock; the OS releases it if the holder dies, so it never goes stale."""
    from filelock import FileLock, Timeout

    index_root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(index_root / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait is not None:
            on_wait()
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise IndexBusyError(
                f"another 'kb index' is running on {index_root}; try again when it has finished"
            ) from None
    try:
        yield
    finally:
        lock.release()


def remove_stale_temp(index_root: Path) -> None:
    """Delete what a killed run left behind (call with the lock held).

    That is half-written builds, a half-written ``CURRENT``, and a build that was
    moved into ``builds/`` but never made live: every build but the live one and
    the one before it, as ``CURRENT`` names them.
    """
    for tmp in index_root.glob(TMP_PREFIX + "*"):
        shutil.rmtree(tmp, ignore_errors=True)
    for tmp in index_root.glob(f"{CURRENT}.*.tmp"):
        tmp.unlink(missing_ok=True)
    try:
        pointer = current_pointer(index_root) or {}
    except IndexCorruptError:
        return  # nothing can be called unpublished; a rebuild replaces CURRENT anyway
    _prune_builds(index_root, keep={pointer.get("build"), pointer.get("previous")})


def new_temp_dir(index_root: Path, build_id: str) -> Path:
    tmp = index_root / f"{TMP_PREFIX}{build_id}"
    tmp.mkdir(parents=True)
    return tmp


def publish(index_root: Path, tmp: Path, manifest: Manifest) -> None:
    """Make the build in ``tmp`` live (call with the lock held)."""
    (tmp / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
    _fsync_tree(tmp)
    builds = index_root / BUILDS
    builds.mkdir(exist_ok=True)
    final = builds / manifest.build_id
    os.rename(tmp, final)
    try:
        previous = current_build_id(index_root)
    except IndexCorruptError:
        previous = None
    pointer = {"build": manifest.build_id, "manifest_sha256": file_checksum(final / MANIFEST_NAME),
               "previous": previous}
    _atomic_write(index_root / CURRENT, json.dumps(pointer))
    _prune_builds(index_root, keep={manifest.build_id, previous})


def current_pointer(index_root: Path) -> dict | None:
    """The live build's pointer, or None when nothing has been published."""
    try:
        pointer = json.loads((index_root / CURRENT).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise IndexCorruptError(f"{index_root / CURRENT} is damaged; {REBUILD_HINT}") from None
    if not isinstance(pointer, dict) or not isinstance(pointer.get("build"), str):
        raise IndexCorruptError(f"{index_root / CURRENT} is damaged; {REBUILD_HINT}")
    return pointer


def current_build_id(index_root: Path) -> str | None:
    """Cheap check of which build is live, for readers that want to pick up a new one."""
    pointer = current_pointer(index_root)
    return pointer["build"] if pointer else None


def read_manifest(index_root: Path) -> Manifest:
    """The live build's manifest, verified against the pointer's checksum."""
    pointer = current_pointer(index_root)
    if pointer is None:
        raise IndexMissingError(f"no index in {index_root}; run 'kb index' to build it")
    build = index_root / BUILDS / pointer["build"]
    path = build / MANIFEST_NAME
    if not path.is_file():
        raise IndexCorruptError(f"{path} is missing; {REBUILD_HINT}")
    if file_checksum(path) != pointer.get("manifest_sha256"):
        # The checksum lives in CURRENT, so either file may be the damaged one.
        raise IndexCorruptError(f"{path} fails its checksum (recorded in {index_root / CURRENT}); {REBUILD_HINT}")
    try:
        return Manifest.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, TypeError, KeyError):
        raise IndexCorruptError(f"{path} cannot be read; {REBUILD_HINT}") from None


def verified_manifest(index_root: Path) -> Manifest:
    """The live build's manifest after checking every file of the build against it."""
    manifest = read_manifest(index_root)
    build = index_root / BUILDS / manifest.build_id
    try:
        _verify_files(build, manifest)
    except FileNotFoundError:
        raise IndexCorruptError(f"{build} is missing; {REBUILD_HINT}") from None
    return manifest


def check_compatible(manifest: Manifest, model_id: str | None) -> None:
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index has format {manifest.format_version} but this kb reads format {FORMAT_VERSION}; {REBUILD_HINT}"
        )
    if model_id is not None and manifest.model_id != model_id:
        raise IndexMismatchError(
            f"the index was built with model {manifest.model_id} but kb is set to use {model_id}; "
            f"run 'kb index --rebuild' (with the --model you want), or set KB_MODEL to the index's model"
        )


def load_index(index_root: Path, model_id: str | None, retries: int = 3) -> LoadedIndex:
    """Load and verify the live build; ``model_id`` None skips the model check."""
    for attempt in range(retries):
        manifest = read_manifest(index_root)
        check_compatible(manifest, model_id)
        build = index_root / BUILDS / manifest.build_id
        try:
            return _load_build(build, manifest)
        except FileNotFoundError:
            # The build was pruned between reading CURRENT and opening it: a newer one is live.
            if attempt == retries - 1 or current_build_id(index_root) == manifest.build_id:
                raise IndexCorruptError(f"{build} is incomplete; {REBUILD_HINT}") from None
            time.sleep(0.05)
    raise AssertionError("unreachable")


# numpy parses .npy headers with ast.literal_eval, which CPython 3.11 cannot run in two threads
# at once ("AST constructor recursion depth mismatch", gh-106905): loads take turns.
_PARSE_LOCK = threading.Lock()


def _load_build(build: Path, manifest: Manifest) -> LoadedIndex:
    _verify_files(build, manifest)
    with _PARSE_LOCK:
        return _parse_build(build, manifest)


def _parse_build(build: Path, manifest: Manifest) -> LoadedIndex:
    try:
        chunks = [Chunk.from_dict(json.loads(line)) for line in
                  (build / CHUNKS).read_text(encoding="utf-8").splitlines() if line]
        vectors = VectorIndex.load(build / VECTORS, VectorIndexSettings(**manifest.settings["vectors"]))
        lexical = {lang: LexicalIndex.load(build / LEXICAL / lang) for lang in manifest.counts["lexical_languages"]}
        catalogue = Catalogue.from_dict(json.loads((build / CONCEPTS).read_text(encoding="utf-8")))
        glossary = Glossary.from_dict(json.loads((build / GLOSSARY).read_text(encoding="utf-8")))
        sentence_vectors = VectorIndex.load(build / SENTENCE_VECTORS, VectorIndexSettings(**manifest.settings["vectors"]))
        sentence_rows = np.load(build / SENTENCE_ROWS, allow_pickle=False)
        background = np.load(build / BACKGROUND, allow_pickle=False)
    except FileNotFoundError:
        raise
    except Exception as exc:  # a file that passed its checksum but still cannot be parsed
        raise IndexCorruptError(f"{build} cannot be read ({exc}); {REBUILD_HINT}") from None
    if len(chunks) != len(vectors) or len(chunks) != manifest.counts["chunks"]:
        raise IndexCorruptError(f"{build}: chunk table and vectors disagree; {REBUILD_HINT}")
    if len(sentence_rows) != len(sentence_vectors):
        raise IndexCorruptError(f"{build}: sentence table and vectors disagree; {REBUILD_HINT}")
    return LoadedIndex(manifest=manifest, chunks=chunks, vectors=vectors, lexical=lexical, catalogue=catalogue,
                       glossary=glossary, sentence_vectors=sentence_vectors, sentence_rows=sentence_rows,
                       background=background)


def _verify_files(build: Path, manifest: Manifest) -> None:
    """Check every file against its recorded checksum before anything parses it."""
    if not manifest.files:
        raise IndexCorruptError(f"{build / MANIFEST_NAME} lists no files; {REBUILD_HINT}")
    for rel, expected in manifest.files.items():
        path = build / rel
        if not path.is_file():
            if not build.is_dir():
                raise FileNotFoundError(path)
            raise IndexCorruptError(f"index file {path} is missing; {REBUILD_HINT}")
        if path.stat().st_size != expected["bytes"] or file_checksum(path) != expected["sha256"]:
            raise IndexCorruptError(f"index file {path} is damaged (checksum mismatch); {REBUILD_HINT}")


def _prune_builds(index_root: Path, keep: set[str | None]) -> None:
    """Remove every build not in ``keep``: the live one and the one before it, for readers still loading it.

    Which builds those are comes from ``CURRENT``, not from the time in their names, so a
    clock that jumps cannot make kb delete the wrong one.
    """
    builds = index_root / BUILDS
    if not builds.is_dir():
        return
    for build in builds.iterdir():
        if build.name not in keep:
            shutil.rmtree(build, ignore_errors=True)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_tree(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
    for directory in [root, *[p for p in root.rglob("*") if p.is_dir()]]:
        _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
