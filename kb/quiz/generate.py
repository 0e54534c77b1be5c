"""Build a quiz from the concept catalogue's facts.

Every question rests on facts (one statement about one concept, proven by a corpus
quote); a quiz uses each fact at most once, so no two questions ask the same thing.
Wrong options are concepts of the same kind that the fact is not true of.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from kb.errors import InputError
from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue, Fact
from kb.quiz.material import Draft, Material, abbreviation, blank, is_abbreviation, name_spans
from kb.quiz.model import Option, Pair, Quiz, QuizQuestion, QuizSettings
from kb.quiz.wording import kind_words, quoted, say

MAX_OPTIONS = 4
MATCH_SIZE = 4
MATCH_MIN = 3  # Moodle's matching questions need at least three pairs


def build_quiz(catalogue: Catalogue, chunks: Sequence[Chunk], settings: QuizSettings) -> Quiz:
    """Up to ``settings.count`` valid questions; fewer (see ``Quiz.shortfall``) rather than weak ones."""
    unknown = [c for c in settings.concepts if catalogue.get(c) is None]
    if unknown:
        known = ", ".join(c.id for c in catalogue.concepts)
        raise InputError(f"unknown concept {', '.join(unknown)}; known concepts: {known}")
    rng = random.Random(f"{settings.seed}:{settings.language}")
    material = Material(catalogue, chunks, settings.language, rng)
    subjects = set(settings.concepts) or {c.id for c in catalogue.concepts}
    drafts = {t: _drafts(t, material, subjects) for t in settings.types}
    chosen = _choose(drafts, settings)
    questions = [_number(i, d, material) for i, d in enumerate(chosen, start=1)]
    return Quiz(settings=settings, questions=questions, title=say("title", settings.language))


def _drafts(kind: str, material: Material, subjects: set[str]) -> list[Draft]:
    makers = {"mcq": _mcq_drafts, "tf": _tf_drafts, "cloze": _cloze_drafts, "match": _match_drafts}
    drafts = [d for d in makers[kind](material, subjects) if d is not None]
    material.rng.shuffle(drafts)
    return drafts


def _subject_facts(material: Material, subjects: set[str]) -> Iterable[Fact]:
    for concept_id in sorted(subjects):
        yield from material.facts_of.get(concept_id, [])


def _mcq_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
    for fact in _subject_facts(material, subjects):
        yield _which_concept(fact, material)
        yield _which_statement(fact, material)


def _which_concept(fact: Fact, material: Material) -> Draft | None:
    peers = material.peers(fact)
    if not peers:
        return None
    lang = material.language
    wrong = material.rng.sample(peers, min(len(peers), MAX_OPTIONS - 1))
    answer = material.name(fact.concept)
    options = [Option(answer, True)] + [Option(c.name(lang), False) for c in wrong]
    stem = f"{kind_words(material.kind(fact.concept), 'which', lang)} {quoted(fact.text[lang], lang)}"
    return Draft("mcq", [fact], stem, answer, say("answer", lang, answer=answer), options, [])


def _which_statement(fact: Fact, material: Material) -> Draft | None:
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
    return Draft("mcq", [fact], stem, answer, say("describes", lang, name=material.name(fact.concept)), options, [])


def _tf_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
    lang = material.language
    for fact in _subject_facts(material, subjects):
        peers = material.peers(fact)
        truth = not peers or material.rng.random() < 0.5
        named = fact.concept if truth else material.rng.choice(peers).id
        stem = say("true_false", lang, name=material.name(named), text=quoted(fact.text[lang], lang))
        answer = say("true" if truth else "false", lang)
        feedback = f"{say('answer', lang, answer=answer)} {say('describes', lang, name=material.name(fact.concept))}"
        options = [Option(say("true", lang), truth), Option(say("false", lang), not truth)]
        yield Draft("tf", [fact], stem, answer, feedback, options, [])


def _cloze_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
    for fact in _subject_facts(material, subjects):
        for quote in fact.quotes:
            if material.quote_language(quote) == material.language:
                yield _cloze(fact, quote.text, material)
                break


def _cloze(fact: Fact, sentence: str, material: Material) -> Draft | None:
    concept = material.catalogue.concept(fact.concept)
    spans = name_spans(sentence, concept.aliases())
    if not spans:
        return None
    blanked = blank(sentence, spans)
    abbreviated = is_abbreviation(sentence[spans[0][0] : spans[0][1]])
    named_elsewhere = {c.id for c in material.catalogue.match(blanked)}
    peers = [c for c in material.peers(fact) if c.id not in named_elsewhere]
    label = (lambda c: abbreviation(c, material.language)) if abbreviated else (lambda c: c.name(material.language))
    wrong = [c for c in peers if label(c)]
    answer = label(concept)
    if not wrong or not answer:
        return None
    wrong = material.rng.sample(wrong, min(len(wrong), MAX_OPTIONS - 1))
    options = [Option(answer, True)] + [Option(label(c), False) for c in wrong]
    lang = material.language
    return Draft(
        "cloze", [fact], say("cloze", lang, text=blanked), answer, say("answer", lang, answer=answer), options, []
    )


def _match_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
    by_kind: dict[str, list[str]] = {}
    for concept_id in sorted(material.facts_of):
        by_kind.setdefault(material.kind(concept_id), []).append(concept_id)
    for kind, concept_ids in sorted(by_kind.items()):
        if len(concept_ids) < MATCH_MIN or not subjects & set(concept_ids):
            continue
        for size in range(MATCH_MIN, MATCH_SIZE + 1):
            for _ in range(len(concept_ids)):
                yield _match(kind, concept_ids, subjects, material, size)


def _match(kind: str, concept_ids: list[str], subjects: set[str], material: Material, size: int) -> Draft | None:
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
    return Draft("match", chosen, kind_words(kind, "match", lang), answer, "", [], pairs)


def _choose(drafts: dict[str, list[Draft]], settings: QuizSettings) -> list[Draft]:
    """Take question types in turn, each time the draft on the least-asked concept whose facts are unused.

    A draft that uses several facts (matching) is only taken while enough unused facts
    remain for the questions still to come: the quiz should reach its size first.
    """
    chosen: list[Draft] = []
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


def _number(position: int, draft: Draft, material: Material) -> QuizQuestion:
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
