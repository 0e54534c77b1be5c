"""What quiz questions are made of: drafts, and the knowledge base seen from one quiz language.

Kept apart from the question makers (``facts``, ``sentences``) so that each stays small.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue, Concept, Fact, Quote
from kb.quiz.model import BLANK, Option, Pair, Source
from kb.quiz.standalone import Statement, statement
from kb.quiz.units import Units


@dataclass
class Draft:
    """A question before numbering: what it rests on and what the quiz will show."""

    type: str
    units: frozenset[str]  # facts and sentences it uses; a quiz uses each once
    concepts: tuple[str, ...]  # catalogue concepts it is about (for --concept and for spreading)
    subject: str  # what it is about, in the quiz language (the exported name)
    stem: str
    answer: str
    feedback: str
    sources: list[Source]
    options: list[Option] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    truth: bool | None = None  # true/false questions: is the statement true?


class Material:
    """The catalogue, the passages and the documents, seen from one quiz language."""

    def __init__(
        self,
        catalogue: Catalogue,
        chunks: Sequence[Chunk],
        language: str,
        rng: random.Random,
        documents: Mapping[str, Mapping[str, Any]] | None = None,
    ):
        self.catalogue = catalogue
        self.language = language
        self.rng = rng
        self.chunks = {c.chunk_id: c for c in chunks}
        self.ordered_chunks = list(chunks)
        self.titles = {c.doc_id: c.doc_title for c in chunks}
        self.documents = dict(documents or {})
        self.units = Units(catalogue.facts, self.chunks)
        self.fact_by_id = {f.id: f for f in catalogue.facts}
        self.facts_of: dict[str, list[Fact]] = {}
        self.statements: dict[str, Statement] = {}
        for fact in catalogue.facts:
            said = statement(fact.text.get(language, ""), language) if fact.text.get(language) else None
            if said and catalogue.get(fact.concept):
                self.statements[fact.id] = said
                self.facts_of.setdefault(fact.concept, []).append(fact)

    def name(self, concept_id: str) -> str:
        return self.catalogue.concept(concept_id).name(self.language)

    def kind(self, concept_id: str) -> str:
        return self.catalogue.concept(concept_id).kind

    def related(self, concept_id: str) -> set[str]:
        """Concepts a statement about this one may also hold for: its parent, children, and facts' ``also``."""
        concept = self.catalogue.concept(concept_id)
        found = {c.id for c in self.catalogue.concepts if c.parent == concept_id}
        if concept.parent:
            found.add(concept.parent)
        for fact in self.catalogue.facts:
            if fact.concept == concept_id:
                found |= set(fact.also)
            elif concept_id in fact.also:
                found.add(fact.concept)
        return found - {concept_id}

    def peers(self, fact: Fact) -> list[Concept]:
        """Concepts of the fact's kind it is not true of, the most plausible first (named beside it most often)."""
        kind = self.kind(fact.concept)
        found = [c for c in self.catalogue.concepts if c.kind == kind and c.id not in fact.holds_for()]
        return self.by_closeness(fact.concept, found)

    def by_closeness(self, concept_id: str, candidates: Iterable[Concept]) -> list[Concept]:
        """Candidates shuffled by the seed, then those named in the same passages as ``concept_id`` first."""
        shuffled = list(candidates)
        self.rng.shuffle(shuffled)
        together = {c.id: 0 for c in shuffled}
        for named in self.catalogue.mentions.values():
            if concept_id in named:
                for other in named:
                    if other in together:
                        together[other] += 1
        return sorted(shuffled, key=lambda c: -together[c.id])

    def fact_source(self, fact: Fact) -> Source:
        quotes = sorted(fact.quotes, key=lambda q: self.quote_language(q) != self.language)
        quote = quotes[0]
        chunk = self.chunks.get(quote.chunk_id)
        return self._source(quote.doc, chunk, quote.chunk_id, quote.text, fact.id, fact.concept)

    def sentence_source(self, chunk: Chunk, sentence: str, fact: str, concept: str) -> Source:
        return self._source(chunk.doc_id, chunk, chunk.chunk_id, sentence, fact, concept)

    def _source(self, doc: str, chunk: Chunk | None, chunk_id: str, quote: str, fact: str, concept: str) -> Source:
        meta = self.documents.get(doc, {})
        return Source(
            doc=doc,
            chunk_id=chunk_id,
            language=chunk.language if chunk else "",
            title=chunk.doc_title if chunk else self.titles.get(doc, doc),
            section=chunk.section if chunk else "",
            quote=quote,
            fact=fact,
            concept=concept,
            # an original may name its own id as the group of its translations
            translated_from="" if meta.get("translation_of") in (None, "", doc) else str(meta["translation_of"]),
        )

    def quote_language(self, quote: Quote) -> str:
        chunk = self.chunks.get(quote.chunk_id)
        return chunk.language if chunk else ""

    def fact_units(self, facts: Iterable[Fact]) -> frozenset[str]:
        return frozenset(self.units.of_fact(f.id) for f in facts)


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where the names occur (any case, hyphen or space alike), longest name first, no overlaps."""
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        parts = [p for p in re.split(r"[-\s]+", name.strip()) if p]
        if not parts:
            continue
        pattern = r"[-\s]+".join(re.escape(part) for part in parts)
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, flags=re.IGNORECASE):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
    return sorted(taken)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in reversed(spans):
        text = text[:start] + BLANK + text[end:]
    # "knowledge process outsourcing (KPO)" is one blank, not two
    return text.replace(f"{BLANK} ({BLANK})", BLANK)


def is_abbreviation(word: str) -> bool:
    return word.isupper() and 2 <= len(word) <= 6


def abbreviation(concept: Concept, language: str) -> str:
    return next((n for n in concept.names.get(language, []) if is_abbreviation(n)), "")
