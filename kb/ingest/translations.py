"""Which documents are translations of which: read from front matter, nothing else.

A translation names its original with ``translation_of: <doc id>`` and says who
translated it with ``translator:`` (the publisher, the kb team, a person). Documents
that lead, through ``translation_of``, to the same root are one translation group:
the versions of one text in several languages.

Each translation is aligned sentence by sentence with one *partner*: its original
when the original is in the corpus; otherwise (the publisher's German and Indonesian
versions of an English article the corpus does not hold) the group's *reference*,
its first member by document id, so that every version links to one common text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    doc_id: str
    language: str
    translation_of: str = ""  # the front matter's original ("" for an original)
    translator: str = ""


def version_of(doc_id: str, language: str, metadata: Mapping[str, object]) -> Version:
    original = str(metadata.get("translation_of") or "").strip()
    translator = str(metadata.get("translator") or "").strip()
    return Version(doc_id, language, "" if original == doc_id else original, translator)


def root_of(doc_id: str, versions: Mapping[str, Version]) -> str:
    """The text a document's translation chain leads to (a document id, or an absent original's id)."""
    seen = {doc_id}
    current = doc_id
    while (version := versions.get(current)) is not None and version.translation_of:
        if version.translation_of in seen:  # a cycle: stop at the first repeat
            break
        seen.add(version.translation_of)
        current = version.translation_of
    return current


def groups(versions: Mapping[str, Version]) -> dict[str, list[str]]:
    """Root -> the ids of its versions (sorted), for every group of two or more documents."""
    members: dict[str, list[str]] = {}
    for doc_id in sorted(versions):
        members.setdefault(root_of(doc_id, versions), []).append(doc_id)
    return {root: ids for root, ids in members.items() if len(ids) > 1}


def partners(versions: Mapping[str, Version]) -> dict[str, str]:
    """Translation id -> the document it is aligned with (its original, else its group's reference)."""
    found: dict[str, str] = {}
    for root, ids in groups(versions).items():
        reference = root if root in versions else ids[0]
        for doc_id in ids:
            version = versions[doc_id]
            partner = version.translation_of if version.translation_of in versions else reference
            if partner != doc_id and versions[partner].language != version.language:
                found[doc_id] = partner
    return found


def missing_translator(versions: Mapping[str, Version]) -> list[str]:
    """Translations that do not say who translated them."""
    return sorted(v.doc_id for v in versions.values() if v.translation_of and not v.translator)


@dataclass(frozen=True)
class Coverage:
    """One text (an original and its translations) and what each language holds of it."""

    topic: str  # the root: the original's id, or the absent original's name
    title: str
    cells: dict[str, tuple[str, str]]  # language -> ("original" | "translation" | "missing", document id or "")

    @property
    def missing(self) -> list[str]:
        return [lang for lang, (kind, _) in self.cells.items() if kind == "missing"]

    def to_dict(self) -> dict:
        cells = {lang: {"status": kind, "doc": doc or None} for lang, (kind, doc) in self.cells.items()}
        return {"topic": self.topic, "title": self.title, "languages": cells}


def coverage(versions: Mapping[str, Version], titles: Mapping[str, str], languages: Sequence[str]) -> list[Coverage]:
    """Document x language: which texts exist in which of ``languages``, as original or translation."""
    by_root: dict[str, list[str]] = {}
    for doc_id in sorted(versions):
        by_root.setdefault(root_of(doc_id, versions), []).append(doc_id)
    rows = []
    for root, ids in sorted(by_root.items()):
        cells: dict[str, tuple[str, str]] = {}
        for language in languages:
            here = [d for d in ids if versions[d].language == language]
            kind = "translation" if here and versions[here[0]].translation_of else "original"
            cells[language] = (kind, here[0]) if here else ("missing", "")
        title = titles.get(root) or titles.get(ids[0], root)
        rows.append(Coverage(root, title, cells))
    return rows
