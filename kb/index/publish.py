"""Publishing a build: the ``CURRENT`` pointer, the indexing lock, and atomic swaps.

Layout of ``index/``::

    CURRENT                 which build is live: {"build": id, "manifest_sha256": ..., "previous": id}
    builds/<build_id>/      one complete, immutable build (its files: kb/index/files.py)
    cache/embeddings.sqlite embeddings by model + text, reused across builds
    .tmp-<build_id>/        a build being written (removed if the writer died)
    .lock                   held by the one process that is indexing

A build is written in ``.tmp-*``, renamed into ``builds/`` and made live by
atomically replacing ``CURRENT``: a reader sees the old build or the new one,
never a mix. The previous build is kept so readers that just read ``CURRENT``
can finish loading it. Both sides of the protocol live here: writing the
pointer and reading it back with the manifest it vouches for.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb.errors import IndexBusyError, IndexCorruptError, IndexMissingError
from kb.index.manifest import MANIFEST_NAME, Manifest, file_checksum

CURRENT = "CURRENT"
BUILDS = "builds"
TMP_PREFIX = ".tmp-"
KEEP_BUILDS = 2  # the live build and the one before it
REBUILD_HINT = "run 'kb index --rebuild' to rebuild it"


def cache_path(index_root: Path) -> Path:
    return index_root / "cache" / "embeddings.sqlite"


@contextmanager
def index_lock(index_root: Path, timeout: float = 0.0, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the indexing lock; the OS releases it if the holder dies, so it never goes stale."""
    from filelock import FileLock, Timeout

    check_index_folder(index_root)
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
    if set_aside_odd_current(index_root):
        return  # which builds were live is unknown: keep them all until the next publish
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
    pointer = {
        "build": manifest.build_id,
        "manifest_sha256": file_checksum(final / MANIFEST_NAME),
        "previous": previous,
    }
    _atomic_write(index_root / CURRENT, json.dumps(pointer))
    _prune_builds(index_root, keep={manifest.build_id, previous})


def check_index_folder(index_root: Path) -> None:
    """A setting that names a file (``KB_INDEX_DIR=/etc/passwd``) is a wrong setting, not a damaged index."""
    for folder in (index_root, *index_root.parents):
        if folder.exists() and not folder.is_dir():
            raise IndexMissingError(
                f"the index folder {index_root} cannot be used: {folder} is a file, not a folder; "
                "set KB_INDEX_DIR (or --index) to a folder"
            )
        if folder.is_dir():
            return


def set_aside_odd_current(index_root: Path) -> bool:
    """Move a ``CURRENT`` that is not a file (a folder in its place) aside, so a build can publish."""
    current = index_root / CURRENT
    if current.is_symlink() or not current.exists() or current.is_file():
        return False
    current.rename(index_root / f"{CURRENT}.damaged-{os.getpid()}")
    return True


def current_pointer(index_root: Path) -> dict | None:
    """The live build's pointer, or None when nothing has been published."""
    check_index_folder(index_root)
    try:
        pointer = json.loads((index_root / CURRENT).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise IndexCorruptError(f"{index_root / CURRENT} is a folder, not a file; {REBUILD_HINT}") from None
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
        verify_files(build, manifest)
    except FileNotFoundError:
        raise IndexCorruptError(f"{build} is missing; {REBUILD_HINT}") from None
    return manifest


def verify_files(build: Path, manifest: Manifest) -> None:
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


fsync_tree = _fsync_tree  # the Milvus store writes its build folders the same way


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
