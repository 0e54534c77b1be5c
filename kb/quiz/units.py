"""What counts as "the same fact": catalogue facts and corpus sentences, joined where they overlap.

A catalogue fact and the corpus sentences that prove it are one fact; two facts proven by
the same sentence are one fact too (back office's "does not impact the consumer" and its
"data entry, payroll ..." are one sentence of the source). A quiz asks each unit once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kb.ingest.chunking import Chunk
from kb.knowledge.concepts import Fact


def sentence_key(chunk_id: str, number: int) -> str:
    return f"sentence:{chunk_id}:{number}"


class Units:
    def __init__(self, facts: Iterable[Fact], chunks: Mapping[str, Chunk]):
        self._parent: dict[str, str] = {}
        self.fact_of_sentence: dict[str, str] = {}
        for fact in facts:
            node = f"fact:{fact.id}"
            self._find(node)
            for quote in fact.quotes:
                chunk = chunks.get(quote.chunk_id)
                if chunk is None or quote.start < 0:
                    continue
                for number, (start, end) in enumerate(chunk.sentences):
                    if start < quote.end and quote.start < end:
                        key = sentence_key(chunk.chunk_id, number)
                        self.fact_of_sentence.setdefault(key, fact.id)
                        self._union(node, key)

    def of_fact(self, fact_id: str) -> str:
        return self._find(f"fact:{fact_id}")

    def of_sentence(self, chunk_id: str, number: int) -> str:
        return self._find(sentence_key(chunk_id, number))

    def _find(self, node: str) -> str:
        parent = self._parent.setdefault(node, node)
        if parent != node:
            parent = self._parent[node] = self._find(parent)
        return parent

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # the smaller name wins, so that a unit's name does not depend on the order of facts
            keep, drop = sorted((ra, rb))
            self._parent[drop] = keep
