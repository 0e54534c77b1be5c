"""Undoing a removal, and what an upload would add: the Documents page's two looks before and after.

A removed document lies in ``corpus/.removed/`` as ``<UTC stamp>-<file name>`` (``uploads.remove_document``);
restoring moves it back under its file name, refused when a document of that name exists again.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from kb.errors import InputError
from kb.ingest.chunking import Chunk, chunk_document
from kb.ingest.documents import parse_document
from kb.ingest.uploads import REMOVED_DIR, PreparedDocument, removable_paths

_STAMPED = re.compile(r"^(\d{8}T\d{6}Z)-(.+)$")


@dataclass(frozen=True)
class RemovedDocument:
    stored: str  # its name in corpus/.removed
    name: str  # the file name it had (and gets back)
    removed_at: str  # "YYYY-MM-DD HH:MM:SS" (UTC)


def removed_documents(corpus_root: Path) -> list[RemovedDocument]:
    """What removal set aside, the latest first (regular files only; links were moved as links)."""
    folder = corpus_root / REMOVED_DIR
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _STAMPED.match(entry.name)
        if match and (entry.is_file() or entry.is_symlink()):
            stamp = match.group(1)
            when = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}"
            found.append(RemovedDocument(entry.name, match.group(2), when))
    return sorted(found, key=lambda r: r.stored, reverse=True)


def restore_document(corpus_root: Path, stored: str) -> Path:
    """Move a removed document back into the corpus; returns its path there."""
    removed = {r.stored: r for r in removed_documents(corpus_root)}
    if stored not in removed:
        raise InputError(f"there is no removed document {stored!r} to restore")
    name = removed[stored].name
    target = corpus_root / name
    doc_id = Path(name).with_suffix("").as_posix()
    if target.exists() or target.is_symlink() or doc_id in removable_paths(corpus_root):
        raise InputError(f"{name}: a document of that name is in the corpus again; remove it first")
    os.replace(corpus_root / REMOVED_DIR / stored, target)
    return target


def preview_passages(prepared: PreparedDocument) -> list[Chunk]:
    """The passages an upload would become once indexed (as ``kb index`` will split it)."""
    fmt = "text" if prepared.filename.lower().endswith(".txt") else "markdown"
    return chunk_document(parse_document(prepared.text, prepared.doc_id, fmt))
