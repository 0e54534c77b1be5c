"""Small text helpers: hashing, sentence spans, whitespace normalisation."""

from __future__ import annotations

import hashlib
import re

_WS = re.compile(r"\s+")
# A list item's number or letter ("1.", "b)", "iv."), which sentencex splits off as a sentence of its own.
_LIST_MARKER = re.compile(r"(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Titles and section names longer than this are cut: they are shown with every citation.
MAX_LABEL_CHARS = 200


def clip_label(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A title or heading cut to ``limit`` characters (with an ellipsis when cut)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def normalize_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of the sentences of ``text``.

    Spans exclude surrounding whitespace so that a highlight covers just the
    sentence; a line break always ends a sentence (list items, headings).
    """
    from sentencex import get_sentence_boundaries

    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            line_spans = [
                _strip_span(line, b["start_index"], b["end_index"])
                for b in get_sentence_boundaries(language or "en", line)
            ]
            spans.extend((s + offset, e + offset) for s, e in _join_list_markers(line, [x for x in line_spans if x]))
        offset += len(line) + 1
    return spans


def _join_list_markers(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lone list marker ("1.") joins the sentence after it: "1. Rehost: ..." is one item."""
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and _LIST_MARKER.fullmatch(line[joined[-1][0] : joined[-1][1]]):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"


def slips_from(word: str) -> set[str]:
    """What ``word`` would be without one slip: a letter dropped, added or changed, or two swapped.

    Never the first letter: a name that differs there is another name ("Gartner", "Partner").
    """
    head, tail = word[:1], word[1:]
    splits = [(tail[:i], tail[i:]) for i in range(len(tail) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    return {head + form for form in dropped | swapped | changed | added} - {word}
