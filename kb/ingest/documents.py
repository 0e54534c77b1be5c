"""Documents: reading a corpus file into text plus metadata.

A document is a UTF-8 Markdown (``.md``) or plain-text (``.txt``) file with an
optional YAML front matter (``title``, ``language``, ``source``, anything else is
kept as metadata). Its id is its path inside the corpus without the suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import DocumentError
from kb.text import clip_label, sha256_hex

SUFFIXES = (".md", ".markdown", ".txt")
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
    data = path.read_bytes()
    raw = decode_text(data, str(rel))
    fmt = "text" if path.suffix.lower() == ".txt" else "markdown"
    return parse_document(raw, doc_id, fmt, path=rel.as_posix())


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
    if not corpus_root.is_dir():
        raise DocumentError(f"corpus directory {corpus_root} does not exist")
    return sorted(
        p
        for p in corpus_root.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES and not _hidden(p.relative_to(corpus_root))
    )


def load_corpus(corpus_root: Path) -> list[Document]:
    docs = [read_document(p, corpus_root) for p in list_document_paths(corpus_root)]
    if not docs:
        raise DocumentError(f"corpus directory {corpus_root} holds no .md or .txt documents")
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
