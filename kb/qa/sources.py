"""Which sources an answer lists: the ones it uses, then at most two more as further reading.

The writer numbers citations in retrieval order; an answer that uses [1] and [3] then lists
them as [1] and [2], followed by the best unused ones marked ``further_reading``. References
are renumbered only where the writer puts them: at the end of each sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.qa.model import Citation

MAX_FURTHER_READING = 2
_TRAILING_REFS = re.compile(r"(?:\s*\[\d+\])+\s*$")
_REF = re.compile(r"\[(\d+)\]")


def used_numbers(sentences: list[str]) -> list[int]:
    """Citation numbers in order of first use (references close each sentence)."""
    seen: list[int] = []
    for sentence in sentences:
        match = _TRAILING_REFS.search(sentence)
        for number in _REF.findall(match.group(0)) if match else []:
            if int(number) not in seen:
                seen.append(int(number))
    return seen


def listed_sources(sentences: list[str], citations: list[Citation]) -> tuple[list[str], list[Citation]]:
    """The sentences renumbered and the citations to list: used ones first, then further reading."""
    by_number = {c.n: c for c in citations}
    used = [n for n in used_numbers(sentences) if n in by_number]
    further = [c.n for c in citations if c.n not in used][:MAX_FURTHER_READING]
    order = used + further
    new_number = {old: new for new, old in enumerate(order, 1)}

    def renumber(sentence: str) -> str:
        match = _TRAILING_REFS.search(sentence)
        if not match:
            return sentence
        refs = _REF.sub(lambda m: f"[{new_number.get(int(m.group(1)), int(m.group(1)))}]", match.group(0))
        return sentence[: match.start()] + refs

    listed = [replace(by_number[old], n=new_number[old], further_reading=old in further) for old in order]
    return [renumber(s) for s in sentences], listed
