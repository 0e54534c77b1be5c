"""Questions for a list position ("the third step", "die fünfte Art"): which passage answers them.

Sibling subsections numbered "### 1. Analyse" ... "### 4. Regelbetrieb", and the sections an
overview list names ("- Multi-Sourcing" before "### Multi-Sourcing"), are alike in all but their
place, and the one asked for is often not the nearest in meaning: it is lifted to the top.
"""

from __future__ import annotations

import re

import numpy as np

from kb.index.reader import LoadedIndex
from kb.ingest.chunking import LIST_ITEM
from kb.qa.per_build import PerBuild
from kb.qa.quantities import number_words
from kb.qa.shapes import ordinal

# "Which four precautions ...", "Welche drei Modelle ...", "Sebutkan tiga ...", "empat langkah apa ...".
_NAMES_COUNT = {
    "en": r"\b(which|what|name|list|are there|give)\s+(\w+\s+){{0,2}}(?P<n>{n})\b",
    "de": r"\b(welche|welchen|nennen sie|nenne|gibt es)\s+(\w+\s+){{0,2}}(?P<n>{n})\b",
    "id": r"\b(sebutkan|apa saja|apa)\s+(\w+\s+)?(?P<n>{n})\b|\b(?P<m>{n})\s+\w+\s+(apa|yang)\b",
}


def list_position_bonus(
    index: LoadedIndex, question: str, language: str, score: np.ndarray, margin: float
) -> np.ndarray | float:
    """What lifts the passage a question for a list position asks about above the best one."""
    position = ordinal(question, language) if margin and len(score) else None
    if not position:
        return 0.0
    bonus = _numbered_heading_bonus(index, position, score, margin)
    return bonus + _named_section_bonus(index, position, score + bonus, margin)


def numbered_list_bonus(index: LoadedIndex, question: str, language: str, weight: float) -> np.ndarray | float:
    """What a question for a list position from the second on gives the passages with a numbered list that long.

    "What is the second step when working with an event IT provider?" is answered by a numbered
    list of two steps or more ("1. Briefing ...", "2. ..."), not by the bulleted list of what the
    provider delivers that came first. The first position is left alone: every list has one.
    """
    position = ordinal(question, language) if weight else None
    if not position or position < 2:
        return 0.0
    return weight * (index.numbered_list_lengths >= position)


def item_count_bonus(index: LoadedIndex, question: str, language: str, weight: float) -> np.ndarray | float:
    """What a question that names how many items it wants gives the passages with a list of that many.

    "Which four precautions does the analysis recommend ...?" is answered by a list of four, not
    by the five steps of another section that is as near in meaning.
    """
    count = named_count(question, language) if weight else None
    if count is None:
        return 0.0
    return weight * np.array([count in lengths for lengths in _list_lengths(index)], dtype=np.float64)


def named_count(question: str, language: str) -> int | None:
    """The number of items a question asks for ("Which four ...": 4), from two to ten, else None."""
    values = {word: int(v) for word, v in number_words(language).items() if 2 <= v <= 10 and len(word) > 2}
    pattern = _NAMES_COUNT.get(language)
    if not pattern or not values:
        return None
    numbers = "|".join(sorted(values, key=len, reverse=True)) + r"|10|[2-9]"
    found = re.search(pattern.format(n=numbers), " ".join(question.lower().split()))
    if found is None:
        return None
    word = next(w for w in (found.groupdict().get("n"), found.groupdict().get("m")) if w)
    return int(word) if word.isdigit() else values[word]


def _lengths(index: LoadedIndex) -> list[frozenset[int]]:
    """Per passage, the lengths of its runs of list items."""
    return [frozenset(_runs(c.text)) for c in index.chunks]


_list_lengths = PerBuild(_lengths)


def _runs(text: str) -> list[int]:
    """The number of items in each run of list lines; a blank line does not end a run, other text does."""
    runs: list[int] = []
    current = 0
    for line in text.splitlines():
        if LIST_ITEM.match(line) and not line.startswith("|"):  # a table's rows are no list
            current += 1
        elif line.strip() and current:
            runs.append(current)
            current = 0
    return runs + [current] if current else runs


def _numbered_heading_bonus(index: LoadedIndex, position: int, score: np.ndarray, margin: float) -> np.ndarray | float:
    """What lifts the subsection a question for a list position asks about ("the third step") to the top.

    Sibling subsections ("### 1. Analyse" ... "### 4. Regelbetrieb") are alike in all but their
    number, and the one asked for is often not the nearest in meaning. It leads when it belongs to
    the best passage's document, or when its run of numbered subsections (or the section above them)
    holds a passage within ``margin`` of the best.
    """
    asked = index.numbered(position)
    best = float(score.max())
    runs = [(_run_score(index, int(row), score), int(row)) for row in np.flatnonzero(asked)]
    # the best passage's own document answers its list positions, however far its subsection lies
    top_doc = index.chunks[int(score.argmax())].doc_id
    runs = [(run, row) for run, row in runs if run >= best - margin or index.chunks[row].doc_id == top_doc]
    if not runs:
        return 0.0
    _, row = max(runs)
    bonus = np.zeros(len(score))
    bonus[row] = best - score[row] + margin
    return bonus


def _named_section_bonus(index: LoadedIndex, position: int, score: np.ndarray, margin: float) -> np.ndarray | float:
    """What lifts the section a list's item names above the list, for a question on that list position.

    "What is the fifth type in the list, and what marks it?": an overview list names the sections
    that follow ("- Multi-Sourcing", "### Multi-Sourcing"), and the section says what the item is.
    The list must be within ``margin`` of the best passage.
    """
    best = float(score.max())
    lists = [(float(score[row]), row) for row in index.item_sections if score[row] >= best - margin]
    at = position - 1 if position > 0 else position
    for _, row in sorted(lists, reverse=True):
        named = index.item_sections[row]
        section = named[at] if -len(named) <= at < len(named) else None
        if section is not None:
            bonus = np.zeros(len(score))
            bonus[section] = best - score[section] + margin
            return bonus
    return 0.0


def _run_score(index: LoadedIndex, row: int, score: np.ndarray) -> float:
    """The best score among a numbered subsection's siblings and the section they belong to."""
    chunk = index.chunks[row]
    parent = chunk.section_path[:-1]
    paths = ((r, index.chunks[r].section_path) for r in index.rows_of_doc[chunk.doc_id])
    return max(float(score[r]) for r, path in paths if path[: len(parent)] == parent and len(path) <= len(parent) + 1)
