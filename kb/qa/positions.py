"""Questions for a list position ("the third step", "die fünfte Art"): which passage answers them.

Sibling subsections numbered "### 1. Analyse" ... "### 4. Regelbetrieb", and the sections an
overview list names ("- Multi-Sourcing" before "### Multi-Sourcing"), are alike in all but their
place, and the one asked for is often not the nearest in meaning: it is lifted to the top.
"""

from __future__ import annotations

import numpy as np

from kb.index.reader import LoadedIndex
from kb.qa.shapes import ordinal


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
