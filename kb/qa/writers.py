"""The answer-writer seam: turns retrieved passages into the answer's sentences.

A writer gets the loaded index, what retrieval found, the numbered citations (which
it may extend and highlight) and the language to answer in, and returns the answer's
sentences, each ending in its citation numbers. ``extractive`` is the default; a
generative writer could be registered beside it.
"""

from __future__ import annotations

from typing import Protocol

from kb.index.reader import LoadedIndex
from kb.qa.compose import ExtractiveWriter
from kb.qa.model import Citation
from kb.qa.retrieval import Retrieved
from kb.registry import Registry


class AnswerWriter(Protocol):
    def compose(self, index: LoadedIndex, found: Retrieved, citations: list[Citation], language: str) -> list[str]: ...


WRITERS: Registry[AnswerWriter] = Registry("answer writer")
WRITERS.register("extractive", lambda arg: ExtractiveWriter())
