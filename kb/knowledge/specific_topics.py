"""Specific topics asked about next to IT sourcing (insurance, certification, tax, ...), in en/de/id.

A question about one of them ("Which certification should a provider have?") is only answered
when the corpus uses one of the topic's words in some language: otherwise the nearest passages
are about sourcing in general and would answer something else. The list is data
(kb/data/specific_topics.tsv), the same for every corpus; nothing is written per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Topic:
    name: str
    pattern: re.Pattern[str]  # a whole lower-case word in any of the three languages

    def named_in(self, words: list[str]) -> list[str]:
        return [w for w in words if self.pattern.fullmatch(w.lower())]


@cache
def specific_topics() -> tuple[Topic, ...]:
    text = files("kb.data").joinpath("specific_topics.tsv").read_text(encoding="utf-8")
    topics = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, *patterns = line.split("\t")
            topics.append(Topic(name, re.compile("|".join(f"(?:{p})" for p in patterns if p.strip()))))
    return tuple(topics)
