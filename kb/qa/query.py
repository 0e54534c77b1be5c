"""A question as kb accepts it: printable, not empty, within the length limit."""

from __future__ import annotations

from kb.config import MAX_QUERY_CHARS
from kb.errors import InputError


def validate_query(query: str) -> str:
    cleaned = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in query).strip()
    if not cleaned:
        raise InputError("the question is empty")
    if len(cleaned) > MAX_QUERY_CHARS:
        raise InputError(f"the question is {len(cleaned):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    return cleaned
