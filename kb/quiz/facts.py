"""Questions made of the catalogue's facts: multiple choice, true/false and matching.

Every question rests on facts (one statement about one concept, proven by a corpus
quote). Wrong options are concepts of the same kind that the fact is not true of, the
ones named beside the right one in the sources first.
"""

from __future__ import annotations

from collections.abc import Iterable

from kb.knowledge.concepts import Fact
from kb.quiz.material import Draft, Material
from kb.quiz.model import BLANK, Option, Pair
from kb.quiz.wording import kind_words, quoted, say

MAX_OPTIONS = 4
MIN_OPTIONS = 3  # a multiple-choice question with two options is a coin toss: not made
MATCH_SIZE = 4
MATCH_MIN = 3  # Moodle's matching questions need at least three pairs


def subject_facts(material: Material, subjects: set[str]) -> Iterable[Fact]:
    for concept_id in sorted(subjects):
        yield from material.facts_of.get(concept_id, [])


def mcq_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
    for fact in subject_facts(material, subjects):
        yield which_concept(fact, material)
        yield which_statement(fact, material)


def _draft(kind: str, facts: list[Fact], material: Material, subject: str, stem: str, answer: str, feedback: str):
    units = material.fact_units(facts)
    if kind != "match":
        units |= _contrasts(facts[0].concept, subject, material)
    return Draft(
        type=kind,
        units=units,
        concepts=tuple(dict.fromkeys(f.concept for f in facts)),
        subject=subject,
        stem=stem,
        answer=answer,
        feedback=feedback,
        sources=[material.fact_source(f) for f in facts],
    )


def _contrasts(concept_id: str, shown: str, material: Material) -> frozenset[str]:
    """Questions that turn on the same contrast ask the same thing, e.g. front office against back office.

    A kind of only two concepts is one contrast; a false statement naming another concept
    contrasts that pair.
    """
    kind = material.kind(concept_id)
    found = set()
    if sum(1 for c in material.catalogue.concepts if c.kind == kind) == 2:
        found.add(f"contrast:{kind}")
    other = next((c.id for c in material.catalogue.concepts if c.name(material.language) == shown), concept_id)
    if other != concept_id:
        found.add("contrast:" + "|".join(sorted((concept_id, other))))
    return frozenset(found)


def which_concept(fact: Fact, material: Material) -> Draft | None:
    """ "Which type ... does this describe?": the fact with its subject blanked; options are names."""
    peers = material.peers(fact)[: MAX_OPTIONS - 1]
    if len(peers) < MIN_OPTIONS - 1:
        return None
    lang = material.language
    said = material.statements[fact.id]
    kind = material.kind(fact.concept)
    if said.has_subject:
        stem = f"{kind_words(kind, 'which_blank', lang)} {quoted(said.render(BLANK), lang)}"
    else:
        stem = f"{kind_words(kind, 'which', lang)} {quoted(said.render(''), lang)}"
    answer = material.name(fact.concept)
    draft = _draft("mcq", [fact], material, answer, stem, answer, say("answer", lang, answer=answer))
    draft.options = [Option(answer, True)] + [Option(c.name(lang), False) for c in peers]
    return draft


def which_statement(fact: Fact, material: Material) -> Draft | None:
    """ "Which statement is true of X?": the fact against statements of other concepts that X is not."""
    lang = material.language
    name = material.name(fact.concept)
    wrong: list[str] = []
    for peer in material.peers(fact):
        # a peer's statement must not be true of the asked concept either
        usable = [f for f in material.facts_of.get(peer.id, []) if fact.concept not in f.holds_for()]
        if usable:
            wrong.append(material.statements[material.rng.choice(usable).id].render(name))
        if len(wrong) == MAX_OPTIONS - 1:
            break
    if len(wrong) < MIN_OPTIONS - 1:
        return None
    answer = material.statements[fact.id].render(name)
    stem = say("which_statement", lang, name=name)
    draft = _draft("mcq", [fact], material, name, stem, answer, say("describes", lang, name=name))
    draft.options = [Option(answer, True)] + [Option(text, False) for text in dict.fromkeys(wrong) if text != answer]
    return draft if len(draft.options) >= MIN_OPTIONS else None


def tf_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
    """Each fact as a true statement, and as a false one naming a concept it is not true of."""
    for fact in subject_facts(material, subjects):
        yield _true_false(fact, fact.concept, material)
        for peer in material.peers(fact)[: MAX_OPTIONS - 1]:  # the most plausible wrong names
            yield _true_false(fact, peer.id, material)


def _true_false(fact: Fact, named: str, material: Material) -> Draft:
    lang = material.language
    truth = named == fact.concept
    said = material.statements[fact.id]
    name = material.name(named)
    if said.has_subject:
        stem = say("tf_claim", lang, text=said.render(name))
    else:
        stem = say("tf_describes", lang, name=name, text=quoted(said.render(""), lang))
    answer = say("true" if truth else "false", lang)
    real = material.name(fact.concept)
    why = say("describes", lang, name=real) if truth else say("describes_not", lang, name=real, other=name)
    draft = _draft("tf", [fact], material, name, stem, answer, f"{say('answer', lang, answer=answer)} {why}")
    draft.options = [Option(say("true", lang), truth), Option(say("false", lang), not truth)]
    draft.truth = truth
    return draft


def match_drafts(material: Material, subjects: set[str]) -> Iterable[Draft | None]:
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
        units = material.fact_units(chosen)
        usable = [f for f in usable if material.units.of_fact(f.id) not in units]
        if usable:
            chosen.append(material.rng.choice(usable))
        if len(chosen) == size:
            break
    if len(chosen) < MATCH_MIN:
        return None
    pairs = [Pair(material.name(f.concept), material.statements[f.id].render(BLANK)) for f in chosen]
    answer = "; ".join(f"{p.description} → {p.name}" for p in pairs)
    subject = kind_words(kind, "plural", lang)
    draft = _draft("match", chosen, material, subject, kind_words(kind, "match", lang), answer, "")
    draft.pairs = pairs
    return draft
