"""What quiz questions are made of: drafts, the catalogue seen from one language, name spans.

Kept apart from the question makers in ``generate`` so that each stays small.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue, Concept, Fact, Quote
from kb.quiz.model import BLANK, Option, Pair, Source
from kb.quiz.wording import language_name, quoted, say


@dataclass
class Draft:
    """A question before numbering: the facts it uses and what the quiz will show."""

    type: str
    facts: list[Fact]
    stem: str
    answer: str
    feedback: str
    options: list[Option]
    pairs: list[Pair]


class Material:
    """The catalogue seen from one quiz language: names, kinds and sources."""

    def __init__(self, catalogue: Catalogue, chunks: Sequence[Chunk], language: str, rng: random.Random):
        self.catalogue = catalogue
        self.language = language
        self.rng = rng
        self.chunks = {c.chunk_id: c for c in chunks}
        self.facts_of: dict[str, list[Fact]] = {}
        for fact in catalogue.facts:
            if fact.text.get(language) and catalogue.get(fact.concept):
                self.facts_of.setdefault(fact.concept, []).append(fact)

    def name(self, concept_id: str) -> str:
        return self.catalogue.concept(concept_id).name(self.language)

    def kind(self, concept_id: str) -> str:
        return self.catalogue.concept(concept_id).kind

    def peers(self, fact: Fact) -> list[Concept]:
        """Concepts of the fact's kind that the fact is not true of: safe wrong answers."""
        kind = self.kind(fact.concept)
        return [c for c in self.catalogue.concepts if c.kind == kind and c.id not in fact.holds_for()]

    def source(self, fact: Fact) -> Source:
        quotes = sorted(fact.quotes, key=lambda q: self.quote_language(q) != self.language)
        quote = quotes[0]
        chunk = self.chunks.get(quote.chunk_id)
        return Source(
            doc=quote.doc,
            chunk_id=quote.chunk_id,
            language=self.quote_language(quote),
            title=chunk.doc_title if chunk else quote.doc,
            section=chunk.section if chunk else "",
            quote=quote.text,
            fact=fact.id,
            concept=fact.concept,
        )

    def source_line(self, source: Source) -> str:
        if source.language == self.language:
            return say("source_quote", self.language, title=source.title, quote=quoted(source.quote, self.language))
        return say(
            "source_foreign", self.language, doc=source.doc, language=language_name(source.language, self.language)
        )

    def quote_language(self, quote: Quote) -> str:
        chunk = self.chunks.get(quote.chunk_id)
        return chunk.language if chunk else ""


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where the names occur (any case, hyphen or space alike), longest name first, no overlaps."""
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = r"[-\s]+".join(re.escape(part) for part in re.split(r"[-\s]+", name.strip()))
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
    return word.isupper() and len(word) <= 5


def abbreviation(concept: Concept, language: str) -> str:
    return next((n for n in concept.names.get(language, []) if is_abbreviation(n)), "")
