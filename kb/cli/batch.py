"""Lines of a ``kb ask --batch`` file, read as bytes so one bad line cannot stop the batch.

A line that is not UTF-8, holds binary data or is far too long becomes an error for that
line alone; the rest of the batch is answered. An over-long line is skipped through without
being held in memory or echoed back (a 50 MB line used to come back whole in its error).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from kb.config import MAX_QUERY_CHARS

# A question has at most MAX_QUERY_CHARS characters, 4 bytes each at most; longer lines need no reading.
MAX_LINE_BYTES = 4 * MAX_QUERY_CHARS + 2


@dataclass(frozen=True)
class BatchLine:
    number: int
    text: str  # the question ("" when the line could not be read)
    error: str = ""  # why the line cannot be a question


def batch_lines(stream: BinaryIO) -> Iterator[BatchLine]:
    number = 0
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            size = len(raw) + _skip_rest_of_line(stream)
            yield BatchLine(
                number, "", f"line {number} is {size:,} bytes long; the limit is {MAX_QUERY_CHARS:,} characters"
            )
            continue
        yield _decoded(number, raw.rstrip(b"\n").rstrip(b"\r"))


def _decoded(number: int, raw: bytes) -> BatchLine:
    if b"\x00" in raw:
        return BatchLine(number, "", f"line {number} looks like binary data, not a question")
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        return BatchLine(number, "", f"line {number} is not UTF-8 text; save the file as UTF-8")
    return BatchLine(number, text)


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while chunk := stream.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def clipped(text: str, limit: int = MAX_QUERY_CHARS) -> str:
    """A question as echoed in an error: never more than the limit (plus an ellipsis)."""
    return text if len(text) <= limit else text[:limit] + "…"
