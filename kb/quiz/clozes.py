"""Questions made of the documents' sentences: cloze (a term blanked) and matching (defined terms).

The blank is a domain term: a catalogue concept or a term a document defines. Its wrong
options are terms of the same kind that the same document names, so that they are
plausible for the sentence ("a BPO-vs-ITO sentence offers what such sentences name"),
and never a term the statement may also be true of.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kb.knowledge.concepts import Concept
from kb.quiz.facts import MATCH_MIN, MATCH_SIZE, MAX_OPTIONS, MIN_OPTIONS
from kb.quiz.material import Draft, Material, abbreviation, blank, is_abbreviation, name_spans
from kb.quiz.model import BLANK, Option, Pair
from kb.quiz.passages import Sentence, Term, definitions, is_quiz_sentence, sentences
from kb.quiz.units import sentence_key
from kb.quiz.wording import say


class DocumentMaterial:
    """The sentences and defined terms of the documents in the quiz language."""

    def __init__(self, material: Material):
        self.material = material
        language = material.language
        found = list(sentences(material.ordered_chunks, language))
        self.quiz_sentences = [s for s in found if is_quiz_sentence(s.text, language)]
        self.terms = definitions(found, material.catalogue, language)
        self.doc_text: dict[str, str] = {}
        for sentence in found:
            doc = sentence.chunk.doc_id
            self.doc_text[doc] = self.doc_text.get(doc, "") + " " + sentence.text

    def doc_terms(self, doc_id: str) -> list[Term]:
        return [t for t in self.terms if t.sentence.chunk.doc_id == doc_id and not t.concept]

    def names_in_doc(self, concept: Concept, doc_id: str) -> bool:
        return bool(name_spans(self.doc_text.get(doc_id, ""), concept.names.get(self.material.language, [])))


def cloze_drafts(docs: DocumentMaterial, subjects: set[str] | None) -> Iterator[Draft | None]:
    for sentence in docs.quiz_sentences:
        for concept in docs.material.catalogue.match(sentence.text):
            if subjects is None or concept.id in subjects:
                yield _concept_cloze(sentence, concept, docs)
        if subjects is None:
            for term in docs.doc_terms(sentence.chunk.doc_id):
                yield _term_cloze(sentence, term, docs)


def _concept_cloze(sentence: Sentence, concept: Concept, docs: DocumentMaterial) -> Draft | None:
    material = docs.material
    lang = material.language
    text = sentence.text
    spans = name_spans(text, concept.names.get(lang, []))
    blanked = blank(text, spans)
    if not spans or blanked.count(BLANK) != 1:
        return None
    start, end = spans[0]
    # "ITO-Anbieter": only an abbreviation fits in front of the hyphen
    short = is_abbreviation(text[start:end]) or text[end : end + 1] == "-"
    label = (lambda c: abbreviation(c, lang)) if short else (lambda c: c.name(lang))
    fact = material.units.fact_of_sentence.get(sentence_key(sentence.chunk.chunk_id, sentence.number))
    holds = material.fact_by_id[fact].holds_for() if fact else set()
    named = {c.id for c in material.catalogue.match(text)}
    # "Like BPO, KPO involves ...": what is related to any concept of the sentence may fit the blank too
    excluded = named | holds | {concept.id}
    for other in named:
        excluded |= material.related(other)
    candidates = [
        c
        for c in material.catalogue.concepts
        if c.kind == concept.kind and c.id not in excluded and label(c) and docs.names_in_doc(c, sentence.chunk.doc_id)
    ]
    wrong = [label(c) for c in material.by_closeness(concept.id, candidates)][: MAX_OPTIONS - 1]
    answer = label(concept)
    if not answer or len(wrong) < MIN_OPTIONS - 1:
        return None
    return _cloze(sentence, blanked, answer, wrong, material, fact or "", concept.id, concept.name(lang))


def _term_cloze(sentence: Sentence, term: Term, docs: DocumentMaterial) -> Draft | None:
    text = sentence.text
    spans = name_spans(text, term.forms)
    blanked = blank(text, spans)
    if not spans or blanked.count(BLANK) != 1:
        return None
    others = [t for t in docs.doc_terms(sentence.chunk.doc_id) if t.label != term.label]
    wrong = [t.label for t in others if not name_spans(text, t.forms)]
    docs.material.rng.shuffle(wrong)
    if len(wrong) < MIN_OPTIONS - 1:
        return None
    return _cloze(sentence, blanked, term.label, wrong[: MAX_OPTIONS - 1], docs.material, "", "", term.label)


def _cloze(sentence, blanked, answer, wrong, material: Material, fact: str, concept: str, subject: str) -> Draft:
    lang = material.language
    source = material.sentence_source(sentence.chunk, sentence.text, fact, concept)
    return Draft(
        type="cloze",
        units=frozenset({material.units.of_sentence(sentence.chunk.chunk_id, sentence.number)}),
        concepts=(concept,) if concept else (),
        subject=subject,
        stem=say("cloze", lang, text=blanked),
        answer=answer,
        feedback=say("answer", lang, answer=answer),
        sources=[source],
        options=[Option(answer, True)] + [Option(w, False) for w in dict.fromkeys(wrong) if w != answer],
    )


def definition_matches(docs: DocumentMaterial, subjects: set[str] | None) -> Iterable[Draft | None]:
    """Matching questions of the terms one document defines, each description its own definition."""
    material = docs.material
    by_doc: dict[str, list[Term]] = {}
    for term in docs.terms:
        by_doc.setdefault(term.sentence.chunk.doc_id, []).append(term)
    for terms in by_doc.values():
        if len(terms) < MATCH_MIN:
            continue
        if subjects is not None and not subjects & {t.concept for t in terms}:
            continue
        for size in range(MATCH_MIN, min(MATCH_SIZE, len(terms)) + 1):
            for _ in range(len(terms)):
                yield _definition_match(material.rng.sample(terms, size), material)


def _definition_match(terms: list[Term], material: Material) -> Draft | None:
    for term in terms:  # a description that names another shown term gives the answer away
        if any(name_spans(term.description, other.forms) for other in terms if other is not term):
            return None
    lang = material.language
    first = terms[0].sentence.chunk
    pairs = [Pair(t.label, t.description) for t in terms]
    sources = [material.sentence_source(t.sentence.chunk, t.sentence.text, "", t.concept) for t in terms]
    return Draft(
        type="match",
        units=frozenset(material.units.of_sentence(t.sentence.chunk.chunk_id, t.sentence.number) for t in terms),
        concepts=tuple(dict.fromkeys(t.concept for t in terms if t.concept)),
        subject=first.doc_title,
        stem=say("match_terms", lang, title=first.doc_title),
        answer="; ".join(f"{p.description} → {p.name}" for p in pairs),
        feedback="",
        sources=sources,
        pairs=pairs,
    )
