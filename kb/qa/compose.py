"""The extractive answer writer: sentences of the cited passages, in the asker's language.

For a "what is X?" question about a catalogued concept the catalogue's definition
leads (itself grounded in quotes that are cited). Other questions get the sentences
of the best passages in the asker's language that are closest to the question.
Where the passages that answer are in another language, the answer says so in the
asker's language and highlights them: foreign text is never passed off as a translation.
"""

from __future__ import annotations

import re

import numpy as np

from kb import languages
from kb.index.reader import LoadedIndex
from kb.ingest.chunking import Chunk
from kb.ingest.debris import is_about_the_article
from kb.knowledge.concepts import Concept
from kb.qa import messages
from kb.qa.contrast import compared_sides, speaks_of_both
from kb.qa.model import Citation
from kb.qa.overlap import word_overlap
from kb.qa.quantities import gloss
from kb.qa.retrieval import Retrieved, with_equivalents
from kb.qa.shapes import Shape, ordinal, shape_of
from kb.qa.structure import Scored, by_layout, item_naming, list_items_after, nth_list_item, section_named_by
from kb.qa.translations import aligned_spans, translated_passages
from kb.qa.verdicts import bare_verdict, leading_words

MAX_ANSWER_SENTENCES = 4
# A sentence that carries what the question's shape asks for (a reason, a condition, a contrast).
CUE_BONUS = 0.02
QUOTES = {"en": ("“", "”"), "de": ("„", "“"), "id": ("“", "”")}
MAX_DEFINITIONS = 2
# Sentences quoted from the section a chosen list item names.
SECTION_OPENING = 2
# A further sentence joins the answer only if it is about as close to the question as the best one.
SENTENCE_SLACK = 0.1
RANK_PENALTY = 0.03
# Sentence-level lexical evidence: the share of the question's distinctive words a sentence uses.
OVERLAP_WEIGHT = 0.1


class ExtractiveWriter:
    """Composes an answer from sentences of the sources; writes no words of its own but fixed messages."""

    name = "extractive"

    def compose(self, index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str) -> list[str]:
        return _compose(index, found, citations, language)


def _compose(index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str) -> list[str]:
    if found.definitional:
        return _definitions(index, found.concepts, citations, language) or _extract(index, found, citations, language)
    top = citations[0]
    if top.language == language:
        spans = _answering_spans(index, found, citations, language)
        return leading_words(index, found, spans, language) + _cited(spans)
    # The best passages are in another language: give the catalogue's definition of a concept
    # when that passage is where the concept is defined, then quote the answering sentences in
    # their own language, labelled with it: an answer, never a translation passed off as one.
    about_top = [c for c in found.concepts if any(q.chunk_id == top.chunk_id for q in c.quotes)]
    sentences = _definitions(index, about_top, citations, language)
    quoted = _answering_spans(index, found, citations, top.language)
    sentences += leading_words(index, found, quoted, language)
    if quoted and bare_verdict(quoted[0][0].text[quoted[0][1] : quoted[0][2]]):
        quoted = quoted[1:]  # said in the asker's language above
    name = languages.name(top.language, language)
    opening, closing = QUOTES.get(language, QUOTES["en"])
    if quoted:
        sentences.append(messages.text("foreign_quotes", language, languages=name))
    for citation, start, end in quoted:
        quote = citation.text[start:end]
        # the quote's numbers, durations and dates as the asker writes them: "(6–9 bulan)"
        glossed = gloss(quote, citation.language, language)
        after = f" ({'; '.join(glossed)})" if glossed else ""
        sentences.append(f"({name}) {opening}{quote}{closing}{after} [{citation.n}]")
    return sentences


def _definitions(index: LoadedIndex, concepts: list[Concept], citations: list[Citation], language: str) -> list[str]:
    sentences = []
    for concept in concepts[:MAX_DEFINITIONS]:
        refs = _cite_quotes(index, concept, citations, language)
        if refs:
            sentences.append(f"{concept.definition.get(language, concept.definition['en'])} {_refs(refs)}")
    return sentences


def _cite_quotes(index: LoadedIndex, concept: Concept, citations: list[Citation], language: str) -> list[int]:
    """Citation numbers of the passages holding the concept's quotes, adding those not yet cited.

    A quote from a passage that has a version in the asker's language is cited in that version,
    its aligned sentences highlighted (the citation then points to the quote through ``original``).
    """
    refs: list[int] = []
    by_chunk = {c.chunk_id: c for c in citations}
    for quote in concept.quotes:
        source = index.chunk(quote.chunk_id)
        if source is None:
            continue
        chunk, spans = _quote_in(index, source, quote.start, quote.end, language)
        citation = by_chunk.get(chunk.chunk_id)
        if citation is None:
            citation = Citation.of(len(citations) + 1, chunk)
            citations.append(citation)
            by_chunk[chunk.chunk_id] = citation
        for start, end in spans:
            _add_highlight(citation, start, end)
        if citation.n not in refs:
            refs.append(citation.n)
    return sorted(refs)


def _quote_in(index: LoadedIndex, chunk: Chunk, start: int, end: int, language: str) -> tuple[Chunk, list[list[int]]]:
    """The quoted passage in ``language`` when a version exists there, with the sentences aligned to the quote."""
    if chunk.language != language:
        covering = [[s, e] for s, e in chunk.sentences if s < end and e > start]
        for other in translated_passages(index, chunk.chunk_id):
            spans = aligned_spans(index, chunk.chunk_id, covering, other) if other.language == language else []
            if spans:
                return other, spans
    return chunk, [[start, end]]


def _extract(index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str) -> list[str]:
    """The answering sentences of the passages in ``language``, each with its citation number."""
    return _cited(_answering_spans(index, found, citations, language))


def _cited(spans: list[tuple[Citation, int, int]]) -> list[str]:
    return [f"{c.text[start:end]} [{c.n}]" for c, start, end in spans]


def _answering_spans(
    index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str
) -> list[tuple[Citation, int, int]]:
    """The sentences closest to the question from the best passages in ``language``, highlighted.

    The best sentence of the best such passage always leads; others join when they
    are about as close to the question (lower-ranked passages must be closer).
    """
    own = [c for c in citations[:3] if c.language == language]
    shape = shape_of(found.question, found.language)
    scored = [
        (score - RANK_PENALTY * rank + CUE_BONUS * shape.cue(citation.text[start:end]), citation, start, end)
        for rank, citation in enumerate(own)
        for (start, end), score in _sentence_scores(index, found, citation)
        if not is_about_the_article(citation.text[start:end])
    ]
    overlap = word_overlap(
        with_equivalents(index, found.question, found.language, language),
        [c.text[s:e] for _, c, s, e in scored],
        language,
    )
    candidates = [(score + OVERLAP_WEIGHT * share, c, s, e) for (score, c, s, e), share in zip(scored, overlap)]
    if not candidates:
        return []
    candidates.sort(key=lambda t: t[0], reverse=True)
    # the best passage's best sentence leads (unless all its sentences are about the article itself)
    lead = max([c for c in candidates if c[1] is own[0]] or candidates, key=lambda t: t[0])
    # ... but a difference question is answered by a sentence that sets one side against the other
    contrast = _contrasting(found, shape, candidates)
    lead = contrast or lead
    chosen = [lead] + [c for c in candidates if c is not lead and c[0] >= lead[0] - SENTENCE_SLACK]
    chosen = chosen[:MAX_ANSWER_SENTENCES]
    position = ordinal(found.question, found.language)
    item = (
        _list_item(index, lead, candidates, position) if position and not _is_numbered(index, lead[1], position) else []
    )
    if position and not item:  # the section the list's item names leads: the item is still said
        item = item_naming(index, lead[1], own, position)
    # "the second foundation": that item of the list, not the sentences nearest to the question
    chosen = _with_item(index, item, chosen, citations) if item else by_layout(index, shape, lead, chosen)
    chosen.sort(key=lambda t: (t[1].n, t[2]))  # keep the sources' own order
    if shape.kind == "yesno":  # ... but the sentence that settles a yes/no question leads
        # taken from the best passage: a closer sentence of a lower one (an FAQ page's "These are the
        # questions clients ask") would put a weaker source first
        # (the lead itself when chosen: a sentence it points back to shares its score)
        settling = lead if lead in chosen else max([c for c in chosen if c[1] is lead[1]] or chosen, key=lambda t: t[0])
        chosen = [settling] + [c for c in chosen if c is not settling]
    if contrast in chosen:  # ... as does the one that contrasts the sides asked about
        chosen = [contrast] + [c for c in chosen if c is not contrast]
    chosen = _placed_bare_verdicts(chosen, shape, candidates, lead)
    spans: list[tuple[Citation, int, int]] = []
    for _, citation, start, end in chosen:
        # one item asked for: its list's lead-in brings no other items
        items = [] if item else list_items_after(index, citation, start, end, shape.kind == "list")
        for span in [(start, end), *items]:
            if list(span) not in citation.highlights:
                _add_highlight(citation, *span)
                spans.append((citation, *span))
    return spans


def _placed_bare_verdicts(chosen: list[Scored], shape: Shape, candidates: list[Scored], lead: Scored) -> list[Scored]:
    """The source's own verdict ("No.") before the sentence it settles leads a yes/no or should question; no other.

    An FAQ replies "Tidak. Rak milik ... tidak pernah dicampur.": the verdict is the sentence before the answering one.
    """
    rest = [c for c in chosen if not bare_verdict(c[1].text[c[2] : c[3]])]
    if shape.kind not in ("yesno", "when"):
        return rest or chosen
    before = [c for c in candidates if c[1] is lead[1] and c[2] <= lead[2] and bare_verdict(c[1].text[c[2] : c[3]])]
    chosen_verdicts = [c for c in chosen if not any(c is r for r in rest)]
    verdict = max(before, key=lambda c: c[2]) if before else next(iter(chosen_verdicts), None)
    return [verdict, *rest] if verdict else chosen


def _contrasting(found: Retrieved, shape: Shape, candidates: list[Scored]) -> Scored | None:
    """The best sentence that names both sides of a difference question with a contrast ("while", "während")."""
    sides = compared_sides(found.question, found.language) if shape.kind == "difference" else None
    if sides is None:
        return None
    both = [c for c in candidates if shape.cue(c[1].text[c[2] : c[3]])]
    both = [c for c in both if speaks_of_both(c[1].text[c[2] : c[3]], sides, found.language)]
    return max(both, key=lambda t: t[0], default=None)


def _list_item(index: LoadedIndex, lead: Scored, candidates: list[Scored], position: int) -> list[Scored]:
    """The item at ``position`` of the lead passage's list: of its numbered list when it has one.

    "The second step" is an item of the numbered list ("1. Briefing", "2. Site survey"), not of a
    checklist the same passage holds nearer the question.
    """
    own = [lead] + [c for c in candidates if c[1] is lead[1] and c is not lead]
    items = [item for item in (nth_list_item(index, c, position) for c in own) if item]
    numbered = [item for item in items if _NUMBERED.match(item[1][1].text, item[1][2])]
    return (numbered or items or [[]])[0]


_NUMBERED = re.compile(r"\d+[.)]\s")


def _with_item(index: LoadedIndex, item: list[Scored], chosen: list[Scored], citations: list[Citation]) -> list[Scored]:
    """The list item asked for, the opening of the section it names, its sentences nearest to the question."""
    opening = _named_section(index, item, citations)
    section = {c.chunk_id for _, c, _, _ in opening}
    taken = {(c.chunk_id, s) for _, c, s, _ in opening}
    return item + opening + [t for t in chosen if t[1].chunk_id in section and (t[1].chunk_id, t[2]) not in taken]


def _named_section(index: LoadedIndex, item: list[Scored], citations: list[Citation]) -> list[Scored]:
    """The opening sentences of the section the chosen list item names, cited (added when not yet)."""
    score, citation, start, end = item[-1]
    chunk = section_named_by(index, citation, (start, end))
    if chunk is None:
        return []
    cited = next((c for c in citations if c.chunk_id == chunk.chunk_id), None)
    if cited is None:
        cited = Citation.of(len(citations) + 1, chunk)
        citations.append(cited)
    return [(score, cited, s, e) for s, e in chunk.sentences[:SECTION_OPENING]]


def _is_numbered(index: LoadedIndex, citation: Citation, position: int) -> bool:
    """Whether the cited passage is itself the subsection numbered ``position`` ("### 3. Rollout")."""
    return bool(index.numbered(position)[index.row_of[citation.chunk_id]])


def _sentence_scores(index: LoadedIndex, found: Retrieved, citation: Citation) -> list[tuple[tuple[int, int], float]]:
    """Each sentence's similarity with the question.

    Retrieval scores only the sentences nearest to the question in the whole index; a sentence of a
    cited passage outside those is scored exactly here, so it can still join the answer.
    """
    row = index.row_of[citation.chunk_id]
    numbers = index.sentences_of(row)
    spans = index.chunks[row].sentences
    scores = found.sentence_score[numbers.start : numbers.stop].astype(np.float64)
    unscored = [n for n, v in zip(numbers, scores, strict=True) if not np.isfinite(v)]
    if unscored and found.query_vector is not None:
        exact = index.sentence_vectors.vectors(unscored) @ found.query_vector.reshape(-1)
        scores[[n - numbers.start for n in unscored]] = exact
    return [((s, e), float(v) if np.isfinite(v) else -1.0) for (s, e), v in zip(spans, scores, strict=True)]


def _add_highlight(citation: Citation, start: int, end: int) -> None:
    if [start, end] not in citation.highlights:
        citation.highlights.append([start, end])
        citation.highlights.sort()


def _refs(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


_QUOTED = re.compile(r"\([^()]{2,40}\) [“„][^”“]*[”“]")


def own_words(answer: str) -> str:
    """The answer without its labelled quotes of foreign sources: the words kb itself wrote."""
    return _QUOTED.sub(" ", answer)
