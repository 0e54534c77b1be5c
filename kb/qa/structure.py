"""What a passage's layout adds to the sentences chosen for an answer.

A list question gets the list (its lead-in and items), an example question the example that
follows the sentence stating the idea, and a list item the sentence that introduces its list:
the sentences nearest to the question are often the ones around what answers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.index.reader import LoadedIndex
from kb.ingest.chunking import LIST_ITEM, Chunk
from kb.qa.model import Citation
from kb.qa.myths import fact_after, is_myth
from kb.qa.shapes import Shape

MAX_LIST_ITEMS = 8
# A passage of at most this many sentences is one short paragraph: what follows its first chosen sentence
# belongs to the answer of a question that wants the idea in full (lists, examples, contrasts: own layout)
SHORT_PASSAGE_SENTENCES = 5
_WHOLE_IDEA_KINDS = ("why", "when", "yesno", "other")
Scored = tuple[float, Citation, int, int]  # a candidate sentence: score, its citation, start, end
# A sentence that points back to the one before it: it opens with a pronoun or a "this"-word, or
# names its subject by a pronoun within its first words ("Der Anbieter bindet sie an"; German
# writes the polite "Sie" capitalised, so a lower-case "sie" is "they"/"it").
_REFERS_BACK = {
    "en": re.compile(
        r"^(It|They|This|These|That|Those|Its|Their|Such|He|She|Therefore|Thus|Hence|As a result)\b"
        r"|^(\S+ ){1,4}(it|they|them|its|their|therefore|thus)\b"
    ),
    "de": re.compile(
        r"^(Sie|Er|Es|Dies|Diese[mnrs]?|Dabei|Damit|Dafür|Dadurch|Deshalb|Daher|Dort|Ihr|Ihre[mnrs]?|Solche[mnrs]?"
        r"|Somit|Folglich)\b|^(\S+ ){1,4}(sie|ihn|ihm|ihnen|ihre[mnrs]?|dies|diese[mnrs]?|also|somit|folglich)\b"
    ),
    "id": re.compile(
        r"^(Ini|Itu|Hal (ini|itu|tersebut)|Mereka|Ia|Dia|Oleh karena itu|Karena itu|Jadi|Dengan demikian|Akibatnya)\b"
        r"|^(\S+ ){1,5}tersebut\b"
    ),
}


def by_layout(index: LoadedIndex, shape: Shape, lead: Scored, chosen: list[Scored]) -> list[Scored]:
    """``chosen`` (led by ``lead``) with what the question's shape and the passages' layout add."""
    lead_in = _list_lead_in(index, lead[1], lead[2], lead[3]) if shape.kind == "list" else None
    if lead_in:  # the list is the answer
        chosen = [lead] if lead_in == (lead[2], lead[3]) else [lead, (lead[0], lead[1], *lead_in)]
    # an example, or a list written out in one: "Für welche Bereiche ...?" "Beispielsweise ..."
    example = Shape("example", shape.language)
    wants_example = shape.kind == "example" or (shape.kind == "list" and not lead_in)
    if wants_example and not any(example.cue(c.text[s:e]) for _, c, s, e in chosen):
        chosen = chosen + _example_after(index, example, lead)
    chosen = chosen + _lead_ins(index, chosen)
    chosen = chosen + _facts_after_myths(index, chosen)
    chosen = chosen + _replies_after_questions(index, chosen)
    chosen = chosen + _antecedent(index, lead, chosen)
    if shape.kind in _WHOLE_IDEA_KINDS:
        chosen = chosen + _rest_of_short_passage(index, lead, chosen)
    return chosen


def _rest_of_short_passage(index: LoadedIndex, lead: Scored, chosen: list[Scored]) -> list[Scored]:
    """The sentences of the leading passage after the first chosen one, when the passage is one short paragraph.

    The sentences nearest to the question often leave out the one that completes them ("... obwohl nur
    ein Teil davon Personalkosten sind" before "Steigt der Lohnindex ..."). Never one before the first
    chosen: the answer still opens where it did. Over every set answer keys 1,954 -> 1,972, none lost.
    """
    score, citation, start, _ = lead
    chunk = index.chunk(citation.chunk_id)
    if chunk is None or len(chunk.sentences) > SHORT_PASSAGE_SENTENCES or _in_list_item(citation.text, start):
        return []
    first = min(s for _, c, s, _ in chosen if c is citation)
    taken = {s for _, c, s, _ in chosen if c is citation}
    return [
        (score, citation, s, e)
        for s, e in chunk.sentences
        if s > first and s not in taken and not _in_list_item(citation.text, s)
    ]


def _facts_after_myths(index: LoadedIndex, chosen: list[Scored]) -> list[Scored]:
    """The fact a source sets against each chosen sentence it labels a myth (kb/qa/myths.py)."""
    return _sentences_after(index, chosen, is_myth, fact_after)


def _replies_after_questions(index: LoadedIndex, chosen: list[Scored]) -> list[Scored]:
    """The sentence after each chosen one that is itself a question (an interview's "Q: ...?", an FAQ's)."""
    return _sentences_after(index, chosen, _is_question, lambda after: 0 if after else None)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?")


def _sentences_after(
    index: LoadedIndex,
    chosen: list[Scored],
    wants_more: Callable[[str], bool],
    pick: Callable[[list[str]], int | None],
) -> list[Scored]:
    """For each chosen sentence ``wants_more`` accepts, the sentence after it that ``pick`` chooses
    (an index into the passage's later sentences), each added once."""
    added: list[Scored] = []
    taken = {(c.chunk_id, s) for _, c, s, _ in chosen}
    for score, citation, start, end in chosen:
        if not wants_more(citation.text[start:end]):
            continue
        chunk = index.chunk(citation.chunk_id)
        after = [span for span in (chunk.sentences if chunk else []) if span[0] >= end]
        found = pick([citation.text[s:e] for s, e in after])
        if found is not None and (citation.chunk_id, after[found][0]) not in taken:
            taken.add((citation.chunk_id, after[found][0]))
            added.append((score, citation, *after[found]))
    return added


def nth_list_item(index: LoadedIndex, lead: Scored, position: int) -> list[Scored]:
    """The item at ``position`` (1-based, -1 the last) of the list the leading sentence is in or introduces.

    With the list's lead-in, which says what the items are. Nothing when the leading sentence has
    no list, or its list is shorter: the question's ordinal is then about something else.
    """
    score, citation, start, end = lead
    if _in_list_item(citation.text, start):
        lead_in = _lead_in_before(citation.text, _sentences_before(index, citation, start))
    else:
        lead_in = _list_lead_in(index, citation, start, end)
    if lead_in is None:
        return []
    items: list[list[tuple[int, int]]] = []
    for span in list_items_after(index, citation, *lead_in, True):
        if _starts_line(citation.text, span[0]) or not items:
            items.append([])
        items[-1].append(span)
    at = position - 1 if position > 0 else position
    if not -len(items) <= at < len(items):
        return []
    return [(score, citation, *lead_in)] + [(score, citation, *span) for span in items[at]]


def item_naming(index: LoadedIndex, section: Citation, cited: list[Citation], position: int) -> list[Scored]:
    """The item at ``position`` of a cited list that names ``section`` (see ``nth_list_item``), else nothing.

    Retrieval puts the section a list position names first (kb/qa/retrieval.py); the answer still
    says which item that is.
    """
    row = index.row_of[section.chunk_id]
    at = position - 1 if position > 0 else position
    for citation in cited:
        list_row = index.row_of[citation.chunk_id]
        named = index.item_sections.get(list_row, [])
        if -len(named) <= at < len(named) and named[at] == row:
            spans = index.chunks[list_row].sentences
            first_item = next((span for span in spans if _in_list_item(citation.text, span[0])), None)
            if first_item is not None:
                return nth_list_item(index, (0.0, citation, *first_item), position)
    return []


def section_named_by(index: LoadedIndex, citation: Citation, item: tuple[int, int]) -> Chunk | None:
    """The first passage of the section of the cited document that a list item names ("- Multi-Sourcing").

    An overview list often names the subsections that follow; "What is the fifth type, and what
    marks it?" is then answered by the item and the opening of its section.
    """
    row = index.section_named(citation.doc, citation.text[item[0] : item[1]], index.row_of[citation.chunk_id])
    return None if row is None else index.chunks[row]


def list_items_after(
    index: LoadedIndex,
    citation: Citation,
    start: int,
    end: int,
    list_question: bool = False,
    limit: int | None = MAX_LIST_ITEMS,
) -> list[tuple[int, int]]:
    """A sentence that introduces a list ("There are three models:") brings the list's items along.

    For a list question ("Which types ...?") any sentence the list directly follows introduces it.
    """
    if not (list_question or citation.text[start:end].rstrip().endswith(":")):
        return []
    chunk = index.chunk(citation.chunk_id)
    spans = chunk.sentences if chunk else []
    items: list[tuple[int, int]] = []
    for s, e in (span for span in spans if span[0] >= end):
        new_line = _starts_line(citation.text, s)
        if new_line and not LIST_ITEM.match(citation.text[s:e]):
            break  # the list has ended
        if not new_line and not items:
            break  # the lead-in sentence goes on: no list follows it
        if new_line and len(items) == limit:
            break
        items.append((s, e))  # an item, or the next sentence of the same item
    return items


def listed_count(index: LoadedIndex, citation: Citation, start: int, end: int) -> int:
    """How many items the list introduced by the sentence at ``start:end`` has (0: it introduces none)."""
    items = list_items_after(index, citation, start, end, True, limit=None)
    return sum(_starts_line(citation.text, s) for s, _ in items)


def _example_after(index: LoadedIndex, shape: Shape, lead: Scored) -> list[Scored]:
    """The example that follows the best sentence in its paragraph ("... For example, one team ...").

    An example question is answered by the sentence that gives one; it tends to follow the
    sentence that states the idea, and, being long and specific, to sit far from the question.
    """
    score, citation, _, end = lead
    chunk = index.chunk(citation.chunk_id)
    following = [span for span in (chunk.sentences if chunk else []) if span[0] >= end][:2]
    for s, e in following:
        if "\n\n" in citation.text[end:s]:
            break
        if shape.cue(citation.text[s:e]):
            return [(score, citation, s, e)]
    return []


def _list_lead_in(index: LoadedIndex, citation: Citation, start: int, end: int) -> tuple[int, int] | None:
    """The sentence that introduces a list: ``start:end`` itself, or a later one of its paragraph.

    "GBS organisations describe their work as end-to-end processes. The most common ones are:"
    answers "Which processes ...?" with the list after the second sentence.
    """
    if list_items_after(index, citation, start, end, True):
        return start, end
    chunk = index.chunk(citation.chunk_id)
    for s, e in (span for span in (chunk.sentences if chunk else []) if span[0] >= end):
        if "\n\n" in citation.text[end:s] or _in_list_item(citation.text, s):
            break
        if citation.text[s:e].rstrip().endswith(":") and list_items_after(index, citation, s, e):
            return s, e
    return None


def _lead_ins(index: LoadedIndex, chosen: list[Scored]) -> list[Scored]:
    """A list item says little alone: the sentence that introduces its list comes with it."""
    added: list[Scored] = []
    taken = {(c.chunk_id, s) for _, c, s, _ in chosen}
    for score, citation, start, _ in chosen:
        if not _in_list_item(citation.text, start):
            continue
        before = _sentences_before(index, citation, start)
        lead_in = _lead_in_before(citation.text, before)
        for span in [lead_in, _table_header(citation.text, before, start)]:
            if span and (citation.chunk_id, span[0]) not in taken:
                taken.add((citation.chunk_id, span[0]))
                added.append((score, citation, *span))
    return added


def _antecedent(index: LoadedIndex, lead: Scored, chosen: list[Scored]) -> list[Scored]:
    """The sentence before the leading one when the leading one refers back to it ("... bindet sie an")."""
    score, citation, start, end = lead
    pattern = _REFERS_BACK.get(citation.language)
    if pattern is None or _in_list_item(citation.text, start) or not pattern.search(citation.text[start:end]):
        return []
    before = _sentences_before(index, citation, start)
    if not before or _in_list_item(citation.text, before[-1][0]) or _starts_line(citation.text, start):
        return []  # the passage's first sentence, or a new paragraph: nothing to point back to
    taken = {(c.chunk_id, s) for _, c, s, _ in chosen}
    return [] if (citation.chunk_id, before[-1][0]) in taken else [(score, citation, *before[-1])]


def _lead_in_before(text: str, before: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The last of ``before`` that is no list item: the sentence introducing the list that follows it."""
    return next((span for span in reversed(before) if not _in_list_item(text, span[0])), None)


def _sentences_before(index: LoadedIndex, citation: Citation, start: int) -> list[tuple[int, int]]:
    """The spans of the cited passage's sentences that end before ``start``."""
    chunk = index.chunk(citation.chunk_id)
    return [span for span in (chunk.sentences if chunk else []) if span[1] <= start]


def _table_header(text: str, before: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """The first row of the table a row at ``start`` belongs to: its header, which names the columns."""
    if not text.startswith("| ", start):
        return None
    header = None
    for s, e in reversed(before):
        if not (_starts_line(text, s) and text.startswith("| ", s)):
            break
        header = (s, e)
    return header


def _in_list_item(text: str, position: int) -> bool:
    """Whether the sentence at ``position`` is (part of) a list item: its line starts with a marker."""
    return bool(LIST_ITEM.match(text[text.rfind("\n", 0, position) + 1 :]))


def _starts_line(text: str, position: int) -> bool:
    return position == 0 or text[position - 1] == "\n"
