"""Documents: reading a corpus file into text plus metadata.

A document is a UTF-8 Markdown (``.md``) or plain-text (``.txt``) file with an
optional YAML front matter (``title``, ``language``, ``source``, anything else is
kept as metadata). Its id is its path inside the corpus without the suffix.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import DocumentError, os_error_words
from kb.text import clip_label, sha256_hex

SUFFIXES = (".md", ".markdown", ".txt")
LINK_REASON = "is a symbolic link (kb indexes only regular files inside the corpus folder)"
FOLDER_LINK_REASON = "is a symbolic link to a folder (not followed: kb indexes only files inside the corpus folder)"
SPECIAL_REASON = "is not a regular file (a device, pipe or socket)"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    language: str
    body: str
    format: str  # "markdown" or "text"
    content_hash: str
    path: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


def detect_language(text: str) -> str:
    """Language of a longer text (documents), deterministic across runs."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(text[:5000])
    except LangDetectException:
        return "en"


def parse_document(raw: str, doc_id: str, fmt: str = "markdown", path: str = "") -> Document:
    """Build a ``Document`` from its text; front matter fills title and language."""
    meta, body = split_front_matter(raw, doc_id)
    if not body.strip():
        raise DocumentError(f"{doc_id}: the document has no text")
    language = str(meta.get("language") or "").strip().lower() or detect_language(body)
    if not _LANG_CODE.match(language):
        raise DocumentError(f"{doc_id}: language {language!r} is not an ISO 639-1 code such as en, de or id")
    title = clip_label(str(meta.get("title") or "").strip() or _first_heading(body, fmt) or doc_id)
    extra = {k: v for k, v in meta.items() if k not in ("title", "language")}
    return Document(
        doc_id=doc_id,
        title=title,
        language=language,
        body=body,
        format=fmt,
        content_hash=sha256_hex(raw),
        path=path,
        metadata=extra,
    )


def split_front_matter(raw: str, doc_id: str = "document") -> tuple[dict[str, Any], str]:
    import yaml

    match = _FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"{doc_id}: the front matter is not valid YAML ({_first_line(exc)})") from None
    if not isinstance(meta, dict):
        raise DocumentError(f"{doc_id}: the front matter must be 'key: value' lines")
    return meta, raw[match.end() :]


def read_document(path: Path, corpus_root: Path) -> Document:
    """Read one corpus file; refuses binary and non-UTF-8 files with a clear reason."""
    rel = path.relative_to(corpus_root)
    doc_id = rel.with_suffix("").as_posix()
    data = read_regular_file(path, corpus_root)
    raw = decode_text(data, str(rel))
    fmt = "text" if path.suffix.lower() == ".txt" else "markdown"
    return parse_document(raw, doc_id, fmt, path=rel.as_posix())


def read_regular_file(path: Path, corpus_root: Path) -> bytes:
    """The bytes of a regular file inside ``corpus_root``, never those of a link's target.

    O_NOFOLLOW closes the gap between listing the folder and opening the file: a file
    swapped for a link in between is refused, not followed.
    """
    rel = path.relative_to(corpus_root).as_posix()
    if not within(corpus_root, path.parent):  # a folder swapped for a link since the listing
        raise DocumentError(f"{rel}: lies outside the corpus folder; kb reads only files inside it")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(f"{rel}: {LINK_REASON}") from None
        raise DocumentError(f"{rel}: cannot be read: {os_error_words(exc)}") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise DocumentError(f"{rel}: {SPECIAL_REASON}")
        return fh.read()


def decode_text(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise DocumentError(
            f"{name}: looks like a binary file, not text (only UTF-8 Markdown or plain text is accepted)"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError(f"{name}: is not UTF-8 text; save it as UTF-8 and try again") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def list_document_paths(corpus_root: Path) -> list[Path]:
    """The documents kb indexes: regular .md/.markdown/.txt files inside the folder, links never followed."""
    return scan_corpus(corpus_root)[0]


def skipped_files(corpus_root: Path) -> list[str]:
    """One line per document-like entry that is not indexed, and why (for kb index and the page)."""
    return [f"{rel}: not indexed: {reason}" for rel, reason in scan_corpus(corpus_root)[1]]


def scan_corpus(corpus_root: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Document paths, and the (relative path, reason) of every link or special file left out.

    Symbolic links are never followed, to files or to folders: a link could bring any file
    of the machine (``/etc/passwd``) into the index and into every answer.
    """
    if corpus_root.exists() and not corpus_root.is_dir():
        raise DocumentError(f"the corpus folder {corpus_root} is a file, not a folder; set KB_CORPUS_DIR or --corpus")
    if not corpus_root.is_dir():
        raise DocumentError(f"corpus directory {corpus_root} does not exist")
    found: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for folder, dirs, names in os.walk(corpus_root, followlinks=False):
        base = Path(folder)
        for name in sorted(dirs):
            entry = base / name
            if entry.is_symlink() and not _hidden(entry.relative_to(corpus_root)):
                skipped.append((entry.relative_to(corpus_root).as_posix(), FOLDER_LINK_REASON))
        dirs[:] = [d for d in dirs if not (base / d).is_symlink() and not _hidden((base / d).relative_to(corpus_root))]
        for name in names:
            path = base / name
            rel = path.relative_to(corpus_root)
            if path.suffix.lower() not in SUFFIXES or _hidden(rel):
                continue
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                skipped.append((rel.as_posix(), LINK_REASON))
            elif not stat.S_ISREG(mode):
                skipped.append((rel.as_posix(), SPECIAL_REASON))
            else:
                found.append(path)
    return sorted(found), sorted(skipped)


def within(corpus_root: Path, path: Path) -> bool:
    """True when ``path``, every link in it resolved, is the corpus folder or lies inside it."""
    root, resolved = corpus_root.resolve(), path.resolve()
    return resolved == root or root in resolved.parents


def refuse_link(path: Path) -> None:
    """For the corpus's own files (catalogue, glossary): a link is refused, never followed."""
    if path.is_symlink():
        raise DocumentError(f"{path.name}: {LINK_REASON}; put the file itself in the corpus folder")


def load_corpus(corpus_root: Path) -> list[Document]:
    paths, skipped = scan_corpus(corpus_root)
    docs = [read_document(p, corpus_root) for p in paths]
    if not docs:
        note = f" (not indexed: {', '.join(rel for rel, _ in skipped)})" if skipped else ""
        raise DocumentError(f"corpus directory {corpus_root} holds no .md or .txt documents{note}")
    return docs


def _hidden(rel: Path) -> bool:
    return any(part.startswith((".", "_")) for part in rel.parts) or rel.name.lower() == "readme.md"


def _first_heading(body: str, fmt: str) -> str:
    if fmt != "markdown":
        return ""
    m = re.search(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", body, re.M)
    return m.group(1).strip() if m else ""


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
