"""The build manifest: what an index holds and what built it.

Loading compares it with the running code and the configured model, and every
file of a build is checked against the checksum recorded here before it is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kb.ingest.documents import Document
from kb.ingest.translations import Coverage, coverage, version_of

FORMAT_VERSION = 8  # 8: sentences are embedded under their heading path
MANIFEST_NAME = "manifest.json"


@dataclass
class DocumentEntry:
    doc_id: str
    title: str
    language: str
    path: str
    content_hash: str
    chunks: int
    metadata: dict[str, Any] = field(default_factory=dict)
    indexed_at: str = ""  # when this content of the document was first indexed (UTC, ISO 8601)


@dataclass
class Manifest:
    format_version: int
    kb_version: str
    build_id: str
    built_at: str
    model_id: str
    dim: int
    settings: dict[str, Any]
    documents: list[DocumentEntry]
    counts: dict[str, Any]
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    catalogue_hash: str = ""
    glossary_hash: str = ""
    store: dict[str, Any] = field(default_factory=dict)  # where the searchable parts live (kb/index/store.py)
    # The passages the documents were cut into: a new chunker or debris rule changes them while
    # the documents, the version and the settings stay the same, and the index must follow.
    passages_hash: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        data["documents"] = [DocumentEntry(**d) for d in data["documents"]]
        return cls(**data)

    @property
    def languages(self) -> list[str]:
        return sorted({d.language for d in self.documents})

    def same_content(self, other: Manifest) -> bool:
        """True when ``other`` was built from the same documents with the same code, model and settings."""
        key = lambda m: (
            m.format_version,
            m.kb_version,
            m.model_id,
            json.dumps(m.settings, sort_keys=True),
            sorted((d.doc_id, d.content_hash) for d in m.documents),
            m.catalogue_hash,
            m.glossary_hash,
            m.passages_hash,
            json.dumps({k: v for k, v in m.store.items() if k != "collection"}, sort_keys=True),
        )
        return key(self) == key(other)


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksum_tree(root: Path) -> dict[str, dict[str, Any]]:
    """sha256 and size of every file under ``root`` except the manifest itself."""
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel != MANIFEST_NAME:
            files[rel] = {"sha256": file_checksum(path), "bytes": path.stat().st_size}
    return files


def document_entries(
    documents: Sequence[Document], chunks: dict[str, int], previous: Manifest | None, now: str
) -> list[DocumentEntry]:
    """The manifest's rows for ``documents``; an unchanged document keeps when it was first indexed."""
    earlier = {(d.doc_id, d.content_hash): d.indexed_at for d in previous.documents} if previous else {}
    return [
        DocumentEntry(
            doc_id=d.doc_id,
            title=d.title,
            language=d.language,
            path=d.path,
            content_hash=d.content_hash,
            chunks=chunks[d.doc_id],
            metadata=json.loads(json.dumps(d.metadata, default=str)),
            indexed_at=earlier.get((d.doc_id, d.content_hash)) or now,
        )
        for d in documents
    ]


def coverage_of(manifest: Manifest) -> list[Coverage]:
    """The indexed texts x kb's languages: original, translation or missing (kb status, Documents page)."""
    from kb.languages import SUPPORTED

    versions = {d.doc_id: version_of(d.doc_id, d.language, d.metadata) for d in manifest.documents}
    return coverage(versions, {d.doc_id: d.title for d in manifest.documents}, SUPPORTED)
