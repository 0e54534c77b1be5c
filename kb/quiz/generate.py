"""Build a quiz: drafts from the catalogue's facts and from every document, chosen and numbered.

Every question rests on units (a catalogue fact with the sentences that prove it, or a
document's sentence); a quiz uses each unit once, so no two questions ask the same thing.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kb.index.manifest import DocumentEntry
from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue
from kb.quiz import facts
from kb.quiz.choose import Chooser, plan_types
from kb.quiz.clozes import DocumentMaterial, cloze_drafts, definition_matches
from kb.quiz.material import Draft, Material
from kb.quiz.model import Option, Quiz, QuizInputError, QuizQuestion, QuizSettings, Source
from kb.quiz.wording import language_name, quoted, say, type_name

Documents = Mapping[str, Mapping[str, Any]]  # document id -> its front matter (title, translation_of ...)


def documents_of(entries: Iterable[DocumentEntry]) -> Documents:
    """The documents of an index manifest, as ``build_quiz`` takes them."""
    return {d.doc_id: {**d.metadata, "title": d.title, "language": d.language} for d in entries}


@dataclass
class Pool:
    """Every draft a quiz with these settings can choose from, by type."""

    material: Material
    drafts: dict[str, list[Draft]]


def build_quiz(
    catalogue: Catalogue, chunks: Sequence[Chunk], settings: QuizSettings, documents: Documents | None = None
) -> Quiz:
    """Up to ``settings.count`` valid questions; fewer (see ``Quiz.shortfall``) rather than weak ones."""
    pool = draft_pool(catalogue, chunks, settings, documents)
    rng = pool.material.rng
    # a type nothing can be made of (no cloze in a language without fitting sentences) is not planned
    types = [t for t in settings.types if pool.drafts.get(t)] or list(settings.types)
    chosen = Chooser(pool.drafts, settings.count, rng).fill(plan_types(types, settings.count, rng))
    positions = correct_positions(len(chosen), rng)
    questions = [finish(i, d, pool.material, positions[i - 1]) for i, d in enumerate(chosen, start=1)]
    return Quiz(settings=settings, questions=questions, title=say("title", settings.language))


def draft_pool(
    catalogue: Catalogue, chunks: Sequence[Chunk], settings: QuizSettings, documents: Documents | None = None
) -> Pool:
    unknown = [c for c in settings.concepts if catalogue.get(c) is None]
    if unknown:
        known = ", ".join(c.id for c in catalogue.concepts)
        raise QuizInputError(
            "error_concept",
            f"unknown concept {', '.join(unknown)}; known concepts: {known}",
            concepts=", ".join(unknown),
        )
    rng = random.Random(f"{settings.seed}:{settings.language}")
    material = Material(catalogue, chunks, settings.language, rng, documents)
    subjects = set(settings.concepts) or {c.id for c in catalogue.concepts}
    only = set(settings.concepts) or None  # doc terms outside the catalogue only when no concept is chosen
    docs = DocumentMaterial(material)
    makers = {
        "mcq": lambda: facts.mcq_drafts(material, subjects),
        "tf": lambda: facts.tf_drafts(material, subjects),
        "cloze": lambda: cloze_drafts(docs, only),
        "match": lambda: [*facts.match_drafts(material, subjects), *definition_matches(docs, only)],
    }
    drafts: dict[str, list[Draft]] = {}
    for kind in settings.types:
        made = [d for d in makers[kind]() if d is not None]
        rng.shuffle(made)
        drafts[kind] = made
    return Pool(material, drafts)


def correct_positions(count: int, rng: random.Random) -> list[int]:
    """Where each question's right option goes: every position as often as the others, in the seed's order."""
    positions: list[int] = []
    while len(positions) < count:
        block = list(range(facts.MAX_OPTIONS))
        rng.shuffle(block)
        positions += block
    return positions[:count]


def finish(position: int, draft: Draft, material: Material, correct_at: int) -> QuizQuestion:
    lang = material.language
    lines = dict.fromkeys([draft.feedback, *(source_line(s, lang, material) for s in draft.sources)])
    options = list(draft.options)
    if draft.type in ("mcq", "cloze"):
        options = place_correct(options, correct_at, material.rng)
    return QuizQuestion(
        id=f"q{position:02d}",
        type=draft.type,
        language=lang,
        stem=draft.stem,
        answer=draft.answer,
        feedback=" ".join(line for line in lines if line),
        sources=draft.sources,
        options=options,
        pairs=list(draft.pairs),
        name=question_name(draft.subject, draft.type, position, lang),
        subject=draft.subject,
        units=tuple(sorted(draft.units)),
    )


def place_correct(options: list[Option], at: int, rng: random.Random) -> list[Option]:
    wrong = [o for o in options if not o.correct]
    rng.shuffle(wrong)
    right = [o for o in options if o.correct]
    at %= len(options)
    return wrong[:at] + right + wrong[at:]


def question_name(subject: str, kind: str, position: int, language: str) -> str:
    """What Moodle lists the question as: its subject, its type and its number."""
    return f"{subject} – {type_name(kind, language)} {position:02d}"


def source_line(source: Source, language: str, material: Material) -> str:
    """The source as a reader can find it: title and section, never an internal id."""
    if source.section and source.section != source.title:
        where = say("where_section", language, title=source.title, section=source.section)
    else:
        where = say("where_title", language, title=source.title)
    if source.translated_from:
        original = material.titles.get(source.translated_from)
        where += say("translated_from", language, title=original) if original else say("translation", language)
    if source.language == language:
        return say("source_quote", language, where=where, quote=quoted(source.quote, language))
    return say("source_foreign", language, where=where, language=language_name(source.language, language))
