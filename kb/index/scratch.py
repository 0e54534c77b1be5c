"""A scratch index of the corpus plus extra documents, for evaluating on documents kb does not ship.

The copy and its index live under ``<index>/.scratch/`` (inside the index folder, never beside
it), and the embedding cache is shared with the live index, so only the extra documents are
embedded the first time and nothing the next.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kb.errors import InputError
from kb.index.build import BuildReport, build_index
from kb.index.embedders import Embedder
from kb.index.publish import cache_path
from kb.index.store import scratch_spec
from kb.ingest.documents import SUFFIXES

SCRATCH = ".scratch"


def build_with_extra_documents(
    corpus_root: Path, extra: Path, index_root: Path, embedder: Embedder, store: str | None = None
) -> tuple[Path, BuildReport]:
    """Index ``corpus_root`` plus the documents of folder ``extra``; returns the scratch index folder.

    On Milvus the scratch index is a collection and alias of its own (``scratch_spec``).
    """
    if not extra.is_dir():
        raise InputError(f"{extra} is not a folder of documents")
    documents = sorted(p for p in extra.iterdir() if p.suffix in SUFFIXES and p.is_file() and not p.is_symlink())
    if not documents:
        raise InputError(f"{extra} holds no .md or .txt documents")
    scratch = index_root / SCRATCH
    corpus_copy, scratch_index = scratch / "corpus", scratch / "index"
    shutil.rmtree(corpus_copy, ignore_errors=True)
    shutil.copytree(corpus_root, corpus_copy, symlinks=False, ignore=shutil.ignore_patterns(".*"))
    for path in documents:
        shutil.copyfile(path, corpus_copy / path.name)
    _share_cache(index_root, scratch_index)
    return scratch_index, build_index(corpus_copy, scratch_index, embedder, store=scratch_spec(store))


def _share_cache(index_root: Path, scratch_index: Path) -> None:
    """Seed the scratch index's embedding cache from the live one (a copy: the two never write one file)."""
    live, mine = cache_path(index_root), cache_path(scratch_index)
    if live.is_file() and not mine.exists():
        mine.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(live, mine)
