"""The documents' own sentences and the terms they define, in the quiz language.

Any document yields questions once it is indexed: its sentences (debris left out) are
the material of cloze questions, and the terms it defines ("Nearshoring is ...",
"Bei Managed Services ...", "Onshoring: ...") are both blanks and matching pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Catalogue, normalize_name
from kb.languages import stopwords
from kb.quiz.grammar import BYLINE, COLON_DEFINITION, DEBRIS, DEFINITIONS, REFERRING, words
from kb.quiz.material import blank, name_spans
from kb.quiz.standalone import starts_unresolved

MIN_WORDS, MAX_WORDS = 6, 60
MAX_TERM_WORDS = 6
_LIST_MARK = re.compile(r"^(?:[-*•]\s+|\d+[.)]\s+)")


@dataclass(frozen=True)
class Sentence:
    chunk: Chunk
    number: int  # its place among the passage's sentences
    text: str


@dataclass(frozen=True)
class Term:
    """A term a document defines, with the sentence that defines it."""

    label: str  # as the document writes it
    forms: tuple[str, ...]  # the label and its abbreviation, if the document gives one
    concept: str  # the catalogue concept it names, or ""
    sentence: Sentence
    description: str  # the definition with the term blanked out (filled in by ``definitions``)


def sentences(chunks: list[Chunk], language: str) -> Iterator[Sentence]:
    """Every sentence of the documents in ``language``, list marks stripped, debris left out."""
    for chunk in chunks:
        if chunk.language != language:
            continue
        for number, (start, end) in enumerate(chunk.sentences):
            text = _LIST_MARK.sub("", chunk.text[start:end].strip())
            if not is_debris(text):
                yield Sentence(chunk, number, text)


def is_debris(text: str) -> bool:
    return bool(DEBRIS.search(text) or BYLINE.match(text))


def is_quiz_sentence(text: str, language: str) -> bool:
    """A real, complete sentence that stands alone: not a heading, list fragment, question or byline."""
    found = words(text)
    if not MIN_WORDS <= len(found) <= MAX_WORDS or not 30 <= len(text) <= 400:
        return False
    if text[-1] not in '.!)”"’' or starts_unresolved(text, language):
        return False
    common = stopwords(language)
    if sum(1 for w in found if w.lower() in common) < 2:  # no function words: a title or a list of names
        return False
    capitalised = sum(1 for w in found if w[0].isupper())
    return language == "de" or capitalised <= len(found) / 2


def definitions(found: list[Sentence], catalogue: Catalogue, language: str) -> list[Term]:
    """The terms the documents define, one definition per term and document, in document order."""
    by_doc: dict[str, list[Sentence]] = {}
    for sentence in found:
        by_doc.setdefault(sentence.chunk.doc_id, []).append(sentence)
    terms: list[Term] = []
    for doc_sentences in by_doc.values():
        text = " ".join(s.text for s in doc_sentences).lower()
        headings = {normalize_name(h) for s in doc_sentences for h in s.chunk.section_path}
        seen: set[str] = set()
        for sentence in doc_sentences:
            term = _defined(sentence, language, catalogue, text, headings)
            if term and normalize_name(term.label) not in seen:
                seen.add(normalize_name(term.label))
                terms.append(term)
    return terms


def _defined(sentence: Sentence, language: str, catalogue: Catalogue, doc_text: str, headings: set[str]):
    for pattern in [*DEFINITIONS.get(language, []), COLON_DEFINITION]:
        m = pattern.match(sentence.text)
        if not m:
            continue
        # "IT Sourcing Definition: ..." defines "IT Sourcing"
        label = re.sub(r"\s+(?:definition|definisi|bedeutung)$", "", m.group("term").strip(" “”\"'„"), flags=re.I)
        abbr = (m.group("abbr") or "").strip()
        if not _plausible_term(label, language) or len(words(m.group("rest"))) < 4:
            continue
        named = catalogue.match(label)
        concept = named[0].id if len(named) == 1 and normalize_name(label) in _aliases(catalogue, named[0].id) else ""
        recurs = doc_text.count(label.lower()) >= 2 or (abbr and doc_text.count(abbr.lower()) >= 2)
        if not (concept or recurs or normalize_name(label) in headings):
            continue
        forms = tuple(f for f in (label, abbr) if f and re.fullmatch(r"[\w’'\-/&. ]+", f))
        description = _blanked(sentence.text, forms, catalogue, concept)
        return Term(label, forms, concept, sentence, description)
    return None


def _plausible_term(label: str, language: str) -> bool:
    found = words(label)
    if not found or len(found) > MAX_TERM_WORDS or not (label[0].isupper() or label[0].isdigit()):
        return False
    first = found[0]
    if first.isupper():  # "IT", "KPO": an abbreviation, not the stop word "it"
        return True
    return first.lower() not in stopwords(language) and first.lower() not in REFERRING.get(language, ())


def _aliases(catalogue: Catalogue, concept_id: str) -> set[str]:
    return {normalize_name(a) for a in catalogue.concept(concept_id).aliases()}


def _blanked(text: str, forms: tuple[str, ...], catalogue: Catalogue, concept: str) -> str:
    names = list(forms) + (list(catalogue.concept(concept).aliases()) if concept else [])
    return blank(text, name_spans(text, names))
