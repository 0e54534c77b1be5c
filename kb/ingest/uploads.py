"""Changing the corpus folder: add an uploaded document, remove one.

Everything an upload says is checked before a byte is written: size, type, name,
encoding, text, language, duplicates. Files are written aside and renamed into
place, and never outside the corpus folder; a removed document is moved to
``corpus/.removed/`` (ignored by indexing), so nothing is lost. The index changes
only when ``kb index`` (or the page's re-index) runs.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath

from kb.errors import DocumentError, InputError
from kb.ingest.chunking import chunk_document
from kb.ingest.documents import (
    SUFFIXES,
    decode_text,
    list_document_paths,
    parse_document,
    read_regular_file,
    scan_corpus,
    split_front_matter,
    within,
)
from kb.ingest.limits import check_document_size
from kb.text import clip_label, sha256_hex

MAX_UPLOAD_BYTES = 512 * 1024
MAX_NAME_BYTES = 150
REMOVED_DIR = ".removed"
_NAME_CHARS = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class PreparedDocument:
    """A checked upload, ready to be written: its file name, id, language and final text."""

    filename: str
    doc_id: str
    title: str
    language: str
    detected_language: str
    text: str


def prepare_upload(
    corpus_root: Path,
    filename: str,
    data: bytes,
    language: str | None = None,
    replace: bool = False,
    translation: Translation | None = None,
) -> PreparedDocument:
    """Check an upload and return what would be written; raises InputError with the reason.

    ``translation`` marks it as a translation of a document of the corpus (front matter
    ``translation_of`` and ``translator``).
    """
    name = safe_filename(filename)
    if not data:
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{name}: the file is {len(data) / 1024:.0f} KB; the limit is {MAX_UPLOAD_BYTES // 1024} KB")
    try:
        raw = decode_text(data, name)
        fmt = "text" if name.lower().endswith(".txt") else "markdown"
        doc_id = Path(name).stem
        parsed = parse_document(raw, doc_id, fmt)
        check_document_size(name, chunk_document(parsed))
    except DocumentError as exc:
        raise InputError(str(exc)) from None
    detected = parsed.language
    chosen = (language or "").strip().lower() or detected
    if not re.fullmatch(r"[a-z]{2,3}", chosen):
        raise InputError(f"{name}: language {clip_label(chosen, 20)!r} is not a code such as en, de or id")
    _check_not_duplicate(corpus_root, name, doc_id, parsed.body, replace)
    extra = _translation_fields(corpus_root, name, doc_id, translation)
    text = _with_front_matter(raw, doc_id, chosen, parsed.title, extra)
    return PreparedDocument(name, doc_id, parsed.title, chosen, detected, text)


def add_document(corpus_root: Path, prepared: PreparedDocument) -> Path:
    """Write a prepared upload into the corpus folder (atomically) and return its path."""
    target = _inside(corpus_root, corpus_root / prepared.filename)
    tmp = target.with_name(f".upload-{os.getpid()}-{target.name}")
    tmp.write_text(prepared.text, encoding="utf-8")
    os.replace(tmp, target)
    return target


def remove_document(corpus_root: Path, doc_id: str) -> Path:
    """Move a document out of the corpus into ``.removed/``; returns where it went.

    A symbolic link is moved as the link itself: its target, wherever it points, is not touched.
    """
    paths = removable_paths(corpus_root)
    if doc_id not in paths:
        raise InputError(f"there is no document {doc_id!r} in the corpus")
    source = _entry_inside(corpus_root, paths[doc_id])
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = corpus_root / REMOVED_DIR / f"{stamp}-{source.name}"
    target.parent.mkdir(exist_ok=True)
    os.replace(source, target)
    return target


def removable_paths(corpus_root: Path) -> dict[str, Path]:
    """Document id -> path of everything removal can take away: documents, and links kb skipped."""
    documents, skipped = scan_corpus(corpus_root)
    paths = [*documents, *(corpus_root / rel for rel, _ in skipped)]
    return {p.relative_to(corpus_root).with_suffix("").as_posix(): p for p in paths}


def safe_filename(filename: str) -> str:
    """A plain file name for the corpus: no folders, no hidden names, only .md/.markdown/.txt, not too long."""
    raw = unicodedata.normalize("NFKC", filename or "").strip()
    shown = repr(clip_label(raw, 80))
    if PurePosixPath(raw).name != raw or PureWindowsPath(raw).name != raw or raw in ("", ".", ".."):
        raise InputError(f"{shown}: a file name may not contain folders")
    stem, dot, suffix = raw.rpartition(".")
    if not dot or f".{suffix.lower()}" not in SUFFIXES:
        raise InputError(f"{shown}: only Markdown (.md, .markdown) or text (.txt) files can be added")
    clean_stem = _NAME_CHARS.sub("-", stem).strip("-.")
    if not clean_stem or stem.startswith((".", "_")) or clean_stem.lower() == "readme":
        raise InputError(f"{shown}: choose a file name with letters or digits that does not start with '.' or '_'")
    name = f"{clean_stem}.{suffix.lower()}"
    # File systems allow 255 bytes per name; kb writes the upload aside under a longer temporary name first.
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise InputError(
            f"{shown}: the file name is too long ({len(name.encode('utf-8'))} bytes in UTF-8); "
            f"the limit is {MAX_NAME_BYTES}: choose a shorter name"
        )
    return name


def _check_not_duplicate(corpus_root: Path, name: str, doc_id: str, body: str, replace: bool) -> None:
    body_hash = sha256_hex(body.strip())
    for path in list_document_paths(corpus_root):
        rel = path.relative_to(corpus_root)
        other_id = rel.with_suffix("").as_posix()
        if other_id == doc_id and not replace:
            raise InputError(f"{name}: a document {other_id!r} already exists; remove it first or replace it")
        try:
            _, other_body = split_front_matter(decode_text(read_regular_file(path, corpus_root), rel.as_posix()))
        except DocumentError:
            continue
        if other_id != doc_id and sha256_hex(other_body.strip()) == body_hash:
            raise InputError(f"{name}: the same text is already in the corpus as {rel.as_posix()}")


@dataclass(frozen=True)
class Translation:
    original: str  # the document id it translates
    translator: str  # the publisher, the kb team, a person


def _translation_fields(corpus_root: Path, name: str, doc_id: str, translation: Translation | None) -> dict:
    if translation is None or not translation.original:
        return {}
    known = {p.relative_to(corpus_root).with_suffix("").as_posix() for p in list_document_paths(corpus_root)}
    if translation.original == doc_id or translation.original not in known:
        raise InputError(f"{name}: {clip_label(translation.original, 60)!r} is not a document of the corpus")
    translator = " ".join(translation.translator.split())
    if not translator:
        raise InputError(f"{name}: say who translated it (the publisher, the kb team or a name)")
    return {"translation_of": translation.original, "translator": clip_label(translator, 80)}


def _with_front_matter(raw: str, doc_id: str, language: str, title: str, extra: dict | None = None) -> str:
    import yaml

    meta, body = split_front_matter(raw, doc_id)
    meta = {"title": title, **meta, "language": language, **(extra or {})}
    meta.setdefault("source", f"uploaded {datetime.now(UTC).date().isoformat()}")
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body.lstrip("\n")


def _entry_inside(corpus_root: Path, path: Path) -> Path:
    """``path`` with its folder resolved but not its last part (a link stays the link itself)."""
    if not within(corpus_root, path.parent):
        raise InputError(f"{path.name}: refusing to change anything outside the corpus folder")
    return path.parent.resolve() / path.name


def _inside(corpus_root: Path, path: Path) -> Path:
    root = corpus_root.resolve()
    resolved = path.resolve()
    if resolved.parent != root and root not in resolved.parents:
        raise InputError(f"{path.name}: refusing to write outside the corpus folder")
    return resolved
