"""Answers in the asker's language, every statement with a numbered citation.

An answer is extractive: sentences of the cited passages in the asker's
language, led for a "what is X?" question by the catalogue's definition of X
(itself grounded in quotes that are cited). Where the passages that answer are
in another language, kb says so in the asker's language and highlights them;
it never passes foreign text off as a translation. A question that is closer
to the off-topic reference texts than to the corpus is not answered.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.knowledge.concepts import Concept
from kb.languages import SUPPORTED, join_names
from kb.qa import messages
from kb.qa.langid import identify_language
from kb.qa.retrieval import Retrieved, retrieve
from kb.qa.search import Hit, validate_query

# Abstain when (best passage similarity - best off-topic similarity) is below this.
# Calibrated on eval/questions.jsonl with `kb eval --calibrate` (docs/evaluation.md):
# off-topic questions reach at most -0.034, answerable ones at least +0.012.
ABSTAIN_MARGIN = -0.011
MAX_ANSWER_SENTENCES = 3
MAX_DEFINITIONS = 2
# A further sentence joins the answer only if it is about as close to the question as the best one.
SENTENCE_SLACK = 0.02
RANK_PENALTY = 0.03


@dataclass
class Citation:
    n: int
    chunk_id: str
    doc: str
    title: str
    section: str
    language: str
    text: str
    highlights: list[list[int]] = field(default_factory=list)
    score: float = 0.0


@dataclass
class Answer:
    question: str
    language: str
    answered: bool
    answer: str
    concepts: list[str]
    citations: list[Citation]
    # How much closer the question is to the corpus than to off-topic texts (for calibration; not in JSON).
    relevance: float = field(default=0.0, repr=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("relevance")
        return data


def ask(index: LoadedIndex, embedder: Embedder, question: str, language: str = "auto", k: int = 5) -> Answer:
    question = validate_query(question)
    guess = identify_language(question, None if language == "auto" else language)
    reply_in = guess.code if guess.supported else "en"
    vector = embedder.embed_queries([question])
    found = retrieve(index, embedder, question, reply_in, k=k, query_vector=vector)
    concept_ids = [c.id for c in found.concepts]
    prefix = [] if guess.supported else [messages.text("unsupported_language", "en", code=guess.code)]
    margin = relevance_margin(index, found, vector)
    if margin < ABSTAIN_MARGIN:
        body = [messages.text("no_answer", reply_in), _topics(index, reply_in)]
        return Answer(question, guess.code, False, " ".join(prefix + body), concept_ids, [], margin)
    citations = [_citation(n, hit) for n, hit in enumerate(found.hits, 1)]
    sentences = _compose(index, found, citations, reply_in)
    return Answer(question, guess.code, True, " ".join(prefix + sentences), concept_ids, citations, margin)


def relevance_margin(index: LoadedIndex, found: Retrieved, vector: np.ndarray) -> float:
    """How much closer the question is to the corpus than to the off-topic reference texts."""
    off_topic = float((index.background @ vector[0]).max()) if len(index.background) else 0.0
    return found.best_dense - off_topic


def _topics(index: LoadedIndex, language: str) -> str:
    names = [c.name(language) for c in index.catalogue.concepts if not c.parent][:8]
    return messages.text("topics", language, topics=", ".join(names)) if names else ""


def _citation(n: int, hit: Hit) -> Citation:
    c = hit.chunk
    return Citation(
        n=n,
        chunk_id=c.chunk_id,
        doc=c.doc_id,
        title=c.doc_title,
        section=c.section,
        language=c.language,
        text=c.text,
        score=round(hit.score, 6),
    )


def _compose(index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str) -> list[str]:
    if found.definitional:
        return _definitions(index, found.concepts, citations, language) or _extract(index, found, citations, language)
    top = citations[0]
    if top.language == language:
        return _extract(index, found, citations, language)
    # The best passages are in another language: say so, and give the catalogue's definition
    # of a concept only when that passage is where the concept is defined.
    about_top = [c for c in found.concepts if any(q.chunk_id == top.chunk_id for q in c.quotes)]
    sentences = _definitions(index, about_top, citations, language)
    foreign = [c for c in citations[:2] if c.language != language]
    _highlight_best(index, found, foreign)
    sentences.append(
        messages.text(
            "foreign_sources",
            language,
            languages=join_names(sorted({c.language for c in foreign}), language),
            refs=", ".join(f"[{c.n}]" for c in foreign),
        )
    )
    return sentences


def _definitions(index: LoadedIndex, concepts: list[Concept], citations: list[Citation], language: str) -> list[str]:
    sentences = []
    for concept in concepts[:MAX_DEFINITIONS]:
        refs = _cite_quotes(index, concept, citations)
        if refs:
            sentences.append(f"{concept.definition.get(language, concept.definition['en'])} {_refs(refs)}")
    return sentences


def _cite_quotes(index: LoadedIndex, concept: Concept, citations: list[Citation]) -> list[int]:
    """Citation numbers of the passages holding the concept's quotes, adding those not yet cited."""
    refs: list[int] = []
    by_chunk = {c.chunk_id: c for c in citations}
    for quote in concept.quotes:
        citation = by_chunk.get(quote.chunk_id)
        if citation is None and quote.chunk_id in index.row_of:
            chunk = index.chunks[index.row_of[quote.chunk_id]]
            citation = Citation(
                n=len(citations) + 1,
                chunk_id=chunk.chunk_id,
                doc=chunk.doc_id,
                title=chunk.doc_title,
                section=chunk.section,
                language=chunk.language,
                text=chunk.text,
            )
            citations.append(citation)
            by_chunk[chunk.chunk_id] = citation
        if citation is not None:
            _add_highlight(citation, quote.start, quote.end)
            if citation.n not in refs:
                refs.append(citation.n)
    return sorted(refs)


def _extract(index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str) -> list[str]:
    """The sentences closest to the question from the best passages in the asker's language.

    The best sentence of the best such passage always leads; others join when they
    are about as close to the question (lower-ranked passages must be closer).
    """
    own = [c for c in citations[:3] if c.language == language]
    candidates = [
        (score - RANK_PENALTY * rank, citation, start, end)
        for rank, citation in enumerate(own)
        for (start, end), score in _sentence_scores(index, found, citation)
    ]
    if not candidates:
        return []
    candidates.sort(key=lambda t: t[0], reverse=True)
    lead = max((c for c in candidates if c[1] is own[0]), key=lambda t: t[0])
    chosen = [lead] + [c for c in candidates if c is not lead and c[0] >= lead[0] - SENTENCE_SLACK]
    chosen = chosen[:MAX_ANSWER_SENTENCES]
    chosen.sort(key=lambda t: (t[1].n, t[2]))  # keep the sources' own order
    out = []
    for _, citation, start, end in chosen:
        _add_highlight(citation, start, end)
        out.append(f"{citation.text[start:end]} [{citation.n}]")
    return out


def _highlight_best(index: LoadedIndex, found: Retrieved, citations: list[Citation]) -> list[Citation]:
    for citation in citations:
        scored = _sentence_scores(index, found, citation)
        if scored:
            (start, end), _ = max(scored, key=lambda t: t[1])
            _add_highlight(citation, start, end)
    return citations


def _sentence_scores(index: LoadedIndex, found: Retrieved, citation: Citation) -> list[tuple[tuple[int, int], float]]:
    row = index.row_of[citation.chunk_id]
    numbers = index.sentences_of(row)
    spans = index.chunks[row].sentences
    scores = found.sentence_score[numbers.start : numbers.stop]
    return [((s, e), float(v) if np.isfinite(v) else -1.0) for (s, e), v in zip(spans, scores, strict=True)]


def _add_highlight(citation: Citation, start: int, end: int) -> None:
    if [start, end] not in citation.highlights:
        citation.highlights.append([start, end])
        citation.highlights.sort()


def _refs(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


__all__ = ["ABSTAIN_MARGIN", "SUPPORTED", "Answer", "Citation", "ask", "relevance_margin"]
