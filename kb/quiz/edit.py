"""What a trainer does to a quiz before downloading it: drop, replace or reword single questions.

Every change gives a new ``Quiz`` (questions are immutable) with the questions numbered
again, so exports stay consistent; a replacement never asks a fact the quiz already asks.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue
from kb.quiz.generate import Documents, draft_pool, finish, question_name
from kb.quiz.model import BLANK, Option, Pair, Quiz, QuizInputError, QuizQuestion
from kb.quiz.wording import say


def renumbered(quiz: Quiz, questions: Sequence[QuizQuestion]) -> Quiz:
    lang = quiz.settings.language
    numbered = [
        replace(q, id=f"q{i:02d}", name=question_name(q.subject or q.name, q.type, i, lang))
        for i, q in enumerate(questions, start=1)
    ]
    return Quiz(quiz.settings, numbered, quiz.title)


def _at(quiz: Quiz, position: int) -> QuizQuestion:
    if not 1 <= position <= len(quiz.questions):
        raise QuizInputError("error_position", f"there is no question {position}", number=str(position))
    return quiz.questions[position - 1]


def drop_question(quiz: Quiz, position: int) -> Quiz:
    """The quiz without question ``position`` (1-based)."""
    _at(quiz, position)
    return renumbered(quiz, [q for i, q in enumerate(quiz.questions, start=1) if i != position])


def regenerate_question(
    quiz: Quiz,
    position: int,
    catalogue: Catalogue,
    chunks: Sequence[Chunk],
    documents: Documents | None = None,
    attempt: int = 0,
) -> Quiz:
    """Question ``position`` replaced by another one, of the same type when there is one, on an unused fact."""
    old = _at(quiz, position)
    settings = quiz.settings
    pool = draft_pool(catalogue, chunks, settings, documents)
    rng = random.Random(f"{settings.seed}:{settings.language}:replace:{position}:{attempt}")
    others = [q for i, q in enumerate(quiz.questions, start=1) if i != position]
    used = {u for q in others for u in q.units}
    stems = {q.stem for q in quiz.questions}
    for kind in [old.type, *(k for k in pool.drafts if k != old.type)]:
        fresh = [d for d in pool.drafts.get(kind, []) if d.units.isdisjoint(used) and d.stem not in stems]
        if kind == "tf":  # keep the quiz's balance of true and false
            truth = old.options[0].correct if old.type == "tf" and old.options else None
            fresh = [d for d in fresh if d.truth == truth] or fresh
        if fresh:
            pool.material.rng = rng
            new = finish(position, rng.choice(fresh), pool.material, rng.randrange(len(old.options) or 4))
            return renumbered(quiz, [*others[: position - 1], new, *others[position - 1 :]])
    raise QuizInputError("error_no_other", "no other question can take this one's place without asking a fact twice")


def edit_question(
    quiz: Quiz,
    position: int,
    stem: str,
    options: Sequence[str] = (),
    descriptions: Sequence[str] = (),
    feedback: str | None = None,
) -> Quiz:
    """Question ``position`` with the trainer's wording: stem, option texts (in order), match descriptions."""
    old = _at(quiz, position)
    stem = stem.strip()
    texts = [t.strip() for t in options] if options and old.type != "tf" else [o.text for o in old.options]
    described = [d.strip() for d in descriptions] if descriptions else [p.description for p in old.pairs]
    if not stem or not all(texts) or not all(described) or len(texts) != len(old.options):
        raise QuizInputError("error_empty", "the question, its options and its descriptions must not be empty")
    if old.type == "cloze" and stem.count(BLANK) != 1:
        raise QuizInputError("error_blank", f"a cloze question must keep exactly one blank ({BLANK})", blank=BLANK)
    if len(set(texts)) != len(texts) or len(set(described)) != len(described):
        raise QuizInputError("error_duplicate", "two options of one question must not read the same")
    new_options = [Option(text, o.correct) for text, o in zip(texts, old.options)]
    pairs = [Pair(p.name, d) for p, d in zip(old.pairs, described)] if len(described) == len(old.pairs) else old.pairs
    answer = old.answer
    if old.type in ("mcq", "cloze"):
        answer = next(o.text for o in new_options if o.correct)
    elif old.type == "match":
        answer = "; ".join(f"{p.description} → {p.name}" for p in pairs)
    lang = quiz.settings.language
    new_feedback = old.feedback if feedback is None else feedback.strip()
    if feedback is None and answer != old.answer and old.type in ("mcq", "cloze"):
        new_feedback = new_feedback.replace(say("answer", lang, answer=old.answer), say("answer", lang, answer=answer))
    new = replace(old, stem=stem, options=new_options, pairs=list(pairs), answer=answer, feedback=new_feedback)
    questions = list(quiz.questions)
    questions[position - 1] = new
    return Quiz(quiz.settings, questions, quiz.title)
