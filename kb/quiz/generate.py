"""Build a quiz from the concept catalogue's facts.

Every question rests on facts (one statement about one concept, proven by a corpus
quote); a quiz uses each fact at most once, so no two questions ask the same thing.
Wrong options are concepts of the same kind that the fact is not true of.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kb.errors import InputError
from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue, Concept, Fact, Quote
from kb.quiz.model import BLANK, Option, Pair, Quiz, QuizQuestion, QuizSettings, Source
from kb.quiz.wording import kind_words, language_name, quoted, say

MAX_OPTIONS = 4
MATCH_SIZE = 4
MATCH_MIN = 3  # Moodle's matching questions need at least three pairs


@dataclass
class _Draft:
    """A question before numbering: the facts it uses and what the quiz will show."""

    type: str
    facts: list[Fact]
    stem: str
    answer: str
    feedback: str
    options: list[Option]
    pairs: list[Pair]


class _Material:
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


def build_quiz(catalogue: Catalogue, chunks: Sequence[Chunk], settings: QuizSettings) -> Quiz:
    """Up to ``settings.count`` valid questions; fewer (see ``Quiz.shortfall``) rather than weak ones."""
    unknown = [c for c in settings.concepts if catalogue.get(c) is None]
    if unknown:
        known = ", ".join(c.id for c in catalogue.concepts)
        raise InputError(f"unknown concept {', '.join(unknown)}; known concepts: {known}")
    rng = random.Random(f"{settings.seed}:{settings.language}")
    material = _Material(catalogue, chunks, settings.language, rng)
    subjects = set(settings.concepts) or {c.id for c in catalogue.concepts}
    drafts = {t: _drafts(t, material, subjects) for t in settings.types}
    chosen = _choose(drafts, settings)
    questions = [_number(i, d, material) for i, d in enumerate(chosen, start=1)]
    return Quiz(settings=settings, questions=questions, title=say("title", settings.language))


def _drafts(kind: str, material: _Material, subjects: set[str]) -> list[_Draft]:
    makers = {"mcq": _mcq_drafts, "tf": _tf_drafts, "cloze": _cloze_drafts, "match": _match_drafts}
    drafts = [d for d in makers[kind](material, subjects) if d is not None]
    material.rng.shuffle(drafts)
    return drafts


def _subject_facts(material: _Material, subjects: set[str]) -> Iterable[Fact]:
    for concept_id in sorted(subjects):
        yield from material.facts_of.get(concept_id, [])


def _mcq_drafts(material: _Material, subjects: set[str]) -> Iterable[_Draft | None]:
    for fact in _subject_facts(material, subjects):
        yield _which_concept(fact, material)
        yield _which_statement(fact, material)


def _which_concept(fact: Fact, material: _Material) -> _Draft | None:
    peers = material.peers(fact)
    if not peers:
        return None
    lang = material.language
    wrong = material.rng.sample(peers, min(len(peers), MAX_OPTIONS - 1))
    answer = material.name(fact.concept)
    options = [Option(answer, True)] + [Option(c.name(lang), False) for c in wrong]
    stem = f"{kind_words(material.kind(fact.concept), 'which', lang)} {quoted(fact.text[lang], lang)}"
    return _Draft("mcq", [fact], stem, answer, say("answer", lang, answer=answer), options, [])


def _which_statement(fact: Fact, material: _Material) -> _Draft | None:
    lang = material.language
    wrong_facts = []
    peers = material.peers(fact)
    for peer in material.rng.sample(peers, len(peers)):
        # a peer's statement must not be true of the asked concept either
        usable = [f for f in material.facts_of.get(peer.id, []) if fact.concept not in f.holds_for()]
        if usable:
            wrong_facts.append(material.rng.choice(usable))
        if len(wrong_facts) == MAX_OPTIONS - 1:
            break
    if not wrong_facts:
        return None
    answer = fact.text[lang]
    options = [Option(answer, True)] + [Option(f.text[lang], False) for f in wrong_facts]
    stem = say("which_statement", lang, name=material.name(fact.concept))
    return _Draft("mcq", [fact], stem, answer, say("describes", lang, name=material.name(fact.concept)), options, [])


def _tf_drafts(material: _Material, subjects: set[str]) -> Iterable[_Draft | None]:
    lang = material.language
    for fact in _subject_facts(material, subjects):
        peers = material.peers(fact)
        truth = not peers or material.rng.random() < 0.5
        named = fact.concept if truth else material.rng.choice(peers).id
        stem = say("true_false", lang, name=material.name(named), text=quoted(fact.text[lang], lang))
        answer = say("true" if truth else "false", lang)
        feedback = f"{say('answer', lang, answer=answer)} {say('describes', lang, name=material.name(fact.concept))}"
        options = [Option(say("true", lang), truth), Option(say("false", lang), not truth)]
        yield _Draft("tf", [fact], stem, answer, feedback, options, [])


def _cloze_drafts(material: _Material, subjects: set[str]) -> Iterable[_Draft | None]:
    for fact in _subject_facts(material, subjects):
        for quote in fact.quotes:
            if material.quote_language(quote) == material.language:
                yield _cloze(fact, quote.text, material)
                break


def _cloze(fact: Fact, sentence: str, material: _Material) -> _Draft | None:
    concept = material.catalogue.concept(fact.concept)
    spans = _name_spans(sentence, concept.aliases())
    if not spans:
        return None
    blanked = _blank(sentence, spans)
    abbreviated = _is_abbreviation(sentence[spans[0][0] : spans[0][1]])
    named_elsewhere = {c.id for c in material.catalogue.match(blanked)}
    peers = [c for c in material.peers(fact) if c.id not in named_elsewhere]
    label = (lambda c: _abbreviation(c, material.language)) if abbreviated else (lambda c: c.name(material.language))
    wrong = [c for c in peers if label(c)]
    answer = label(concept)
    if not wrong or not answer:
        return None
    wrong = material.rng.sample(wrong, min(len(wrong), MAX_OPTIONS - 1))
    options = [Option(answer, True)] + [Option(label(c), False) for c in wrong]
    lang = material.language
    return _Draft(
        "cloze", [fact], say("cloze", lang, text=blanked), answer, say("answer", lang, answer=answer), options, []
    )


def _name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where the names occur (any case, hyphen or space alike), longest name first, no overlaps."""
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pattern = r"[-\s]+".join(re.escape(part) for part in re.split(r"[-\s]+", name.strip()))
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, flags=re.IGNORECASE):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
    return sorted(taken)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in reversed(spans):
        text = text[:start] + BLANK + text[end:]
    # "knowledge process outsourcing (KPO)" is one blank, not two
    return text.replace(f"{BLANK} ({BLANK})", BLANK)


def _is_abbreviation(word: str) -> bool:
    return word.isupper() and len(word) <= 5


def _abbreviation(concept: Concept, language: str) -> str:
    return next((n for n in concept.names.get(language, []) if _is_abbreviation(n)), "")


def _match_drafts(material: _Material, subjects: set[str]) -> Iterable[_Draft | None]:
    by_kind: dict[str, list[str]] = {}
    for concept_id in sorted(material.facts_of):
        by_kind.setdefault(material.kind(concept_id), []).append(concept_id)
    for kind, concept_ids in sorted(by_kind.items()):
        if len(concept_ids) < MATCH_MIN or not subjects & set(concept_ids):
            continue
        for size in range(MATCH_MIN, MATCH_SIZE + 1):
            for _ in range(len(concept_ids)):
                yield _match(kind, concept_ids, subjects, material, size)


def _match(kind: str, concept_ids: list[str], subjects: set[str], material: _Material, size: int) -> _Draft | None:
    lang = material.language
    first = material.rng.choice(sorted(subjects & set(concept_ids)))
    others = material.rng.sample([c for c in concept_ids if c != first], len(concept_ids) - 1)
    chosen: list[Fact] = []
    for concept_id in [first, *others]:
        picked = {f.concept for f in chosen}
        usable = [
            f
            for f in material.facts_of[concept_id]
            # each description must fit its own concept only, among those shown
            if not (f.holds_for() & picked) and all(concept_id not in g.holds_for() for g in chosen)
        ]
        if usable:
            chosen.append(material.rng.choice(usable))
        if len(chosen) == size:
            break
    if len(chosen) < MATCH_MIN:
        return None
    pairs = [Pair(material.name(f.concept), f.text[lang]) for f in chosen]
    answer = "; ".join(f"{p.name} → {p.description}" for p in pairs)
    return _Draft("match", chosen, kind_words(kind, "match", lang), answer, "", [], pairs)


def _choose(drafts: dict[str, list[_Draft]], settings: QuizSettings) -> list[_Draft]:
    """Take question types in turn, each time the draft on the least-asked concept whose facts are unused.

    A draft that uses several facts (matching) is only taken while enough unused facts
    remain for the questions still to come: the quiz should reach its size first.
    """
    chosen: list[_Draft] = []
    stems: set[str] = set()  # the same wording twice reads as the same question
    unused = {f.id for ds in drafts.values() for d in ds for f in d.facts}
    asked: dict[str, int] = {}
    while len(chosen) < settings.count:
        progressed = False
        for kind in settings.types:
            if len(chosen) == settings.count:
                break
            still_needed = min(settings.count - len(chosen), len(unused)) - 1
            fresh = [
                d
                for d in drafts[kind]
                if {f.id for f in d.facts} <= unused
                and d.stem not in stems
                and len(unused) - len(d.facts) >= still_needed
            ]
            if not fresh:
                continue
            draft = min(fresh, key=lambda d: sum(asked.get(f.concept, 0) for f in d.facts) / len(d.facts))
            chosen.append(draft)
            stems.add(draft.stem)
            unused -= {f.id for f in draft.facts}
            for fact in draft.facts:
                asked[fact.concept] = asked.get(fact.concept, 0) + 1
            progressed = True
        if not progressed:
            break
    return chosen


def _number(position: int, draft: _Draft, material: _Material) -> QuizQuestion:
    sources = [material.source(f) for f in draft.facts]
    lines = dict.fromkeys([draft.feedback, *(material.source_line(s) for s in sources)])
    feedback = " ".join(line for line in lines if line)
    options = list(draft.options)
    if draft.type in ("mcq", "cloze"):
        material.rng.shuffle(options)
    return QuizQuestion(
        id=f"q{position:02d}",
        type=draft.type,
        language=material.language,
        stem=draft.stem,
        answer=draft.answer,
        feedback=feedback,
        sources=sources,
        options=options,
        pairs=list(draft.pairs),
    )
