"""The concept catalogue: sourcing concepts with names, definitions and grounding quotes.

It lives beside the documents (``corpus/concepts.yaml``); ``kb index`` checks its
quotes against the passages and stores it, grounded, in the build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import DocumentError
from kb.ingest.chunking import Chunk
from kb.ingest.documents import refuse_link
from kb.languages import SUPPORTED
from kb.text import normalize_ws

CATALOGUE_FILE = "concepts.yaml"
LANGUAGES = SUPPORTED  # a concept is named and defined in every language kb answers in


@dataclass(frozen=True)
class Quote:
    doc: str
    text: str
    chunk_id: str = ""  # filled in when grounded against an index
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str
    names: dict[str, list[str]]
    definition: dict[str, str]
    quotes: list[Quote]
    parent: str | None = None

    def name(self, language: str) -> str:
        return (self.names.get(language) or self.names["en"])[0]

    def aliases(self) -> Iterable[str]:
        for names in self.names.values():
            yield from names


@dataclass(frozen=True)
class Fact:
    """One statement the sources make about one concept; quizzes are built from these."""

    id: str
    concept: str
    text: dict[str, str]
    quotes: list[Quote]
    # other concepts the statement may also be true of: never offered as wrong answers
    also: list[str] = field(default_factory=list)

    def holds_for(self) -> set[str]:
        return {self.concept, *self.also}


@dataclass
class Catalogue:
    concepts: list[Concept] = field(default_factory=list)
    # chunk id -> ids of the concepts the passage names (filled in by ``ground``)
    mentions: dict[str, list[str]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {c.id: c for c in self.concepts}
        patterns = sorted(
            ((normalize_name(a), c.id) for c in self.concepts for a in c.aliases()),
            key=lambda p: len(p[0]),
            reverse=True,
        )
        self._patterns = [(re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), cid) for a, cid in patterns if a]

    def get(self, concept_id: str) -> Concept | None:
        return self._by_id.get(concept_id)

    def concept(self, concept_id: str) -> Concept:
        """The concept with this id; the id must be in the catalogue (``KeyError`` otherwise)."""
        return self._by_id[concept_id]

    def match(self, text: str) -> list[Concept]:
        """Concepts named in ``text``, in order of appearance; longer names win overlaps."""
        normal = normalize_name(text)
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, str]] = []
        for pattern, cid in self._patterns:
            for m in pattern.finditer(normal):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    taken.append(m.span())
                    found.append((m.start(), cid))
        ordered: list[str] = []
        for _, cid in sorted(found):
            if cid not in ordered:
                ordered.append(cid)
        return [self._by_id[cid] for cid in ordered]

    def to_dict(self) -> dict[str, Any]:
        return {
            "concepts": [asdict(c) for c in self.concepts],
            "mentions": self.mentions,
            "facts": [asdict(f) for f in self.facts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalogue:
        concepts = []
        for c in data.get("concepts", []):
            c = dict(c)
            c["quotes"] = [Quote(**q) for q in c.get("quotes", [])]
            concepts.append(Concept(**c))
        facts = [Fact(**{**f, "quotes": [Quote(**q) for q in f.get("quotes", [])]}) for f in data.get("facts", [])]
        return cls(concepts, dict(data.get("mentions", {})), facts)


def normalize_name(text: str) -> str:
    """Lower-case, hyphens and apostrophes as spaces: 'Multi-Sourcing' matches 'multi sourcing'."""
    return normalize_ws(re.sub(r"[-_/’'`]", " ", text.lower()))


def load_catalogue(path: Path) -> Catalogue:
    """Read and check a catalogue file; a missing file is an empty catalogue."""
    import yaml

    refuse_link(path)
    if not path.is_file():
        return Catalogue()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{path}: cannot be read ({str(exc).splitlines()[0]})") from None
    entries = data.get("concepts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DocumentError(f"{path}: expected a 'concepts:' list")
    concepts = [_concept(entry, path) for entry in entries]
    ids = [c.id for c in concepts]
    if len(ids) != len(set(ids)):
        raise DocumentError(f"{path}: concept ids must be unique")
    for c in concepts:
        if c.parent and c.parent not in ids:
            raise DocumentError(f"{path}: concept {c.id} has unknown parent {c.parent}")
    facts = [_fact(entry, path) for entry in data.get("facts") or []]
    _check_facts(facts, set(ids), path)
    return Catalogue(concepts, facts=facts)


def _quotes(entry: dict, path: Path, owner: str) -> list[Quote]:
    quotes = [
        Quote(doc=str(q["doc"]), text=normalize_ws(str(q["text"])))
        for q in entry.get("quotes") or []
        if isinstance(q, dict) and q.get("doc") and q.get("text")
    ]
    if not quotes:
        raise DocumentError(f"{path}: {owner} needs at least one quote from the corpus")
    return quotes


def _fact(entry: Any, path: Path) -> Fact:
    if not isinstance(entry, dict) or not entry.get("id") or not entry.get("concept"):
        raise DocumentError(f"{path}: every fact needs an id and a concept")
    fid = str(entry["id"])
    text = entry.get("text") or {}
    missing = [lang for lang in LANGUAGES if not str(text.get(lang) or "").strip()]
    if missing:
        raise DocumentError(f"{path}: fact {fid} needs a text in {', '.join(missing)}")
    return Fact(
        id=fid,
        concept=str(entry["concept"]),
        text={lang: normalize_ws(str(t)) for lang, t in text.items()},
        quotes=_quotes(entry, path, f"fact {fid}"),
        also=[str(a) for a in entry.get("also") or []],
    )


def _check_facts(facts: list[Fact], concept_ids: set[str], path: Path) -> None:
    fact_ids = [f.id for f in facts]
    if len(fact_ids) != len(set(fact_ids)):
        raise DocumentError(f"{path}: fact ids must be unique")
    for fact in facts:
        unknown = sorted(fact.holds_for() - concept_ids)
        if unknown:
            raise DocumentError(f"{path}: fact {fact.id} names unknown concepts: {', '.join(unknown)}")


def _concept(entry: Any, path: Path) -> Concept:
    if not isinstance(entry, dict) or not entry.get("id"):
        raise DocumentError(f"{path}: every concept needs an id")
    cid = str(entry["id"])
    names = entry.get("names") or {}
    definition = entry.get("definition") or {}
    for lang in LANGUAGES:
        if not names.get(lang) or not str(definition.get(lang) or "").strip():
            raise DocumentError(f"{path}: concept {cid} needs names and a definition in {lang}")
    quotes = _quotes(entry, path, f"concept {cid}")
    return Concept(
        id=cid,
        kind=str(entry.get("kind") or "concept"),
        names={lang: [str(n) for n in names[lang]] for lang in names},
        definition={lang: normalize_ws(str(text)) for lang, text in definition.items()},
        quotes=quotes,
        parent=entry.get("parent"),
    )


def ground(catalogue: Catalogue, chunks: list[Chunk]) -> tuple[Catalogue, list[str]]:
    """Locate every quote in the passages; return the grounded catalogue and what was not found."""
    problems: list[str] = []
    grounded: list[Concept] = []
    for concept in catalogue.concepts:
        quotes = _locate_all(f"concept {concept.id}", concept.quotes, chunks, problems)
        if quotes:
            grounded.append(Concept(**{**concept.__dict__, "quotes": quotes}))
        else:
            problems.append(f"concept {concept.id} left out: none of its quotes is in the corpus")
    kept = Catalogue(grounded, facts=_ground_facts(catalogue.facts, chunks, {c.id for c in grounded}, problems))
    kept.mentions = {c.chunk_id: ids for c in chunks if (ids := [m.id for m in kept.match(c.text)])}
    return kept, problems


def _ground_facts(facts: list[Fact], chunks: list[Chunk], concept_ids: set[str], problems: list[str]) -> list[Fact]:
    grounded = []
    for fact in facts:
        quotes = _locate_all(f"fact {fact.id}", fact.quotes, chunks, problems)
        if not quotes or fact.concept not in concept_ids:
            problems.append(f"fact {fact.id} left out: its quotes or its concept are not in the corpus")
            continue
        grounded.append(Fact(**{**fact.__dict__, "quotes": quotes}))
    return grounded


def _locate_all(owner: str, quotes: list[Quote], chunks: list[Chunk], problems: list[str]) -> list[Quote]:
    located = [(quote, _locate(quote, chunks)) for quote in quotes]
    problems += [f"{owner}: quote not found in {q.doc}: {q.text[:60]}…" for q, found in located if found is None]
    return [found for _, found in located if found is not None]


def _locate(quote: Quote, chunks: list[Chunk]) -> Quote | None:
    for chunk in chunks:
        if chunk.doc_id != quote.doc:
            continue
        span = find_normalized(chunk.text, quote.text)
        if span:
            return Quote(quote.doc, quote.text, chunk.chunk_id, span[0], span[1])
    return None


def find_normalized(haystack: str, needle: str) -> tuple[int, int] | None:
    """Span of ``needle`` in ``haystack``, ignoring differences in whitespace."""
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    m = re.search(pattern, haystack)
    return m.span() if m else None
