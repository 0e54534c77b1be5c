"""A passage's language versions, and the original sentences behind a translated one.

Versions come from the index's sentence alignment (kb/index/translations.py): the
passages of other documents of one translation group that share linked sentences.
A citation of a translation names what it was translated from and carries the
aligned passage of its partner with the sentences behind the cited ones highlighted.
"""

from __future__ import annotations

from kb.index.reader import LoadedIndex
from kb.ingest.chunking import Chunk
from kb.ingest.translations import version_of
from kb.qa.model import Citation, Original


def translated_passages(index: LoadedIndex, chunk_id: str) -> list[Chunk]:
    """The passage's versions in other languages, one per language (the first in document order)."""
    row = index.row_of.get(chunk_id)
    if row is None:
        return []
    own = index.chunks[row]
    found: dict[str, Chunk] = {}
    for other in index.translations.versions(row):
        chunk = index.chunks[other]
        if chunk.language != own.language and chunk.language not in found:
            found[chunk.language] = chunk
    return list(found.values())


def aligned_spans(index: LoadedIndex, chunk_id: str, spans: list[list[int]], other: Chunk) -> list[list[int]]:
    """The sentences of ``other`` (a version of the passage) aligned with the passage's ``spans``."""
    row, other_row = index.row_of.get(chunk_id), index.row_of.get(other.chunk_id)
    if row is None or other_row is None:
        return []
    groups = index.translations.sentence_group
    chunk = index.chunks[row]
    wanted = {
        int(groups[n]) for (s, e), n in zip(chunk.sentences, index.sentences_of(row), strict=True) if [s, e] in spans
    }
    numbers = index.sentences_of(other_row)
    return [[s, e] for (s, e), n in zip(other.sentences, numbers, strict=True) if int(groups[n]) in wanted]


def attach_originals(index: LoadedIndex, citations: list[Citation]) -> None:
    """Fill ``translation_of`` and ``original`` on the citations of translated passages."""
    partner_of = {p.translation: p.original for p in index.alignments}
    metadata = {d.doc_id: d for d in index.manifest.documents}
    for citation in citations:
        partner = partner_of.get(citation.doc)
        entry = metadata.get(citation.doc)
        if partner is None or entry is None:
            continue
        citation.translation_of = version_of(entry.doc_id, entry.language, entry.metadata).translation_of
        citation.original = _original(index, citation, partner)


def _original(index: LoadedIndex, citation: Citation, partner: str) -> Original | None:
    """The partner's passages linked with this passage (joined when a translation packed two into one)."""
    row = index.row_of[citation.chunk_id]
    chunk = index.chunks[row]
    numbers = index.sentences_of(row)
    cited = [n for (s, e), n in zip(chunk.sentences, numbers, strict=True) if [s, e] in citation.highlights]
    linked = index.translations.linked
    behind_cited = {o for n in cited for o in linked.get(n, [])}
    sources = sorted({o for n in numbers for o in linked.get(n, [])})
    rows = sorted({int(index.sentence_rows[o]) for o in sources})
    rows = [r for r in rows if index.chunks[r].doc_id == partner]
    if not rows:
        return None
    texts, highlights, offset = [], [], 0
    for r in rows:
        passage = index.chunks[r]
        first = index.sentences_of(r).start
        for number, (start, end) in enumerate(passage.sentences, first):
            if number in behind_cited:
                highlights.append([offset + start, offset + end])
        texts.append(passage.text)
        offset += len(passage.text) + 2
    first_chunk = index.chunks[rows[0]]
    chunk_ids = [index.chunks[r].chunk_id for r in rows]
    return Original(partner, chunk_ids, first_chunk.language, "\n\n".join(texts), highlights)
