"""Footnotes: a note belongs to the passage that points to it, not to the end of the document.

Web articles and Markdown exports write ``...protokolliert[^1].`` in the text and
``[^1]: Die Pflicht gilt seit ...`` at the bottom. Left as they are, every note lands in the
last section's passage, where no question about the sentence that cites it can find it, and the
markers show up in answers. Here the definitions are taken out of the body, the markers out of
the text, and each note is put right after the first block that cites it (``attach_notes``).
A definition nothing cites stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

# "[^1]: text" at the start of a line; the note goes on over indented lines ("    more text").
_DEFINITION = re.compile(r"^\[\^([^\]\s]{1,40})\]:[ \t]*(.*)$")
_CONTINUATION = re.compile(r"^(?: {2,}|\t)\S")
MARKER = re.compile(r"\[\^([^\]\s]{1,40})\]")

Block = TypeVar("Block")


def split_notes(body: str) -> tuple[str, dict[str, str]]:
    """The body without the definitions of cited notes, and each cited note's text by its label."""
    lines = body.split("\n")
    cited = {m.group(1) for line in lines if not _DEFINITION.match(line) for m in MARKER.finditer(line)}
    kept: list[str] = []
    notes: dict[str, str] = {}
    label: str | None = None
    for line in lines:
        definition = _DEFINITION.match(line)
        if definition and definition.group(1) in cited and definition.group(1) not in notes:
            label = definition.group(1)
            notes[label] = definition.group(2).strip()
        elif label is not None and _CONTINUATION.match(line):
            notes[label] = f"{notes[label]} {line.strip()}".strip()
        else:
            label = None
            kept.append(line)
    return "\n".join(kept), {k: v for k, v in notes.items() if v}


def attach_notes(
    blocks: list[Block],
    notes: dict[str, str],
    text_of: Callable[[Block], str],
    with_text: Callable[[Block, str], Block],
) -> list[Block]:
    """Blocks with the note markers removed and each note as a block right after its first citation."""
    if not notes:
        return blocks
    placed: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        text = text_of(block)
        labels = [m.group(1) for m in MARKER.finditer(text) if m.group(1) in notes]
        if not labels:
            out.append(block)
            continue
        out.append(with_text(block, MARKER.sub(lambda m: "" if m.group(1) in notes else m.group(), text)))
        for label in dict.fromkeys(labels):
            if label not in placed:
                placed.add(label)
                out.append(with_text(block, notes[label]))
    # a note cited only from a block that was dropped (debris) still keeps its words
    out += [with_text(out[-1], note) for label, note in notes.items() if label not in placed and out]
    return out
