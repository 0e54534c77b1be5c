"""Translations in the index: each translation's sentences aligned with its partner's.

At build time (``plan_alignment``, then ``align_pairs``) every translation is aligned
with its partner (kb/ingest/translations.py) by kb/index/alignment.py; the links are
stored as ``alignments.json``, in sentence numbers within each document. At read time
``TranslationMap`` turns them into what ranking and answers need: which sentences say
the same thing in other languages, and which passages are versions of one another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

import numpy as np

from kb.index.alignment import AlignSettings, Link, align
from kb.ingest.chunking import Chunk
from kb.ingest.translations import Version, partners

# A link costing more than this per sentence joins sentences that do not translate each other:
# on the shipped pairs every right link cost at most 0.82, sentences of unrelated texts 0.83-1.12.
WEAK_LINK_COST = 0.9


@dataclass(frozen=True)
class AlignedPair:
    translation: str  # document id
    original: str  # the document it is aligned with (its original, else its group's reference)
    links: list[Link]

    def weak_share(self) -> float:
        """Share of the translation's sentences left unlinked or in links too weak to trust."""
        total = sum(len(link.translation) for link in self.links)
        weak = sum(len(k.translation) for k in self.links if not k.original or k.cost > WEAK_LINK_COST)
        return weak / total if total else 0.0

    def to_dict(self) -> dict:
        rows = [[list(k.original), list(k.translation), k.similarity, k.cost] for k in self.links]
        return {"translation": self.translation, "original": self.original, "links": rows}

    @classmethod
    def from_dict(cls, data: dict) -> AlignedPair:
        links = [Link(tuple(o), tuple(t), float(s), float(c)) for o, t, s, c in data["links"]]
        return cls(str(data["translation"]), str(data["original"]), links)


@dataclass(frozen=True)
class AlignmentPlan:
    """The translation pairs of a build and the texts their alignment needs embedded."""

    pairs: list[tuple[str, str]]  # (translation, partner)
    sentences: dict[str, list[str]]  # document id -> its sentences, for the documents in pairs
    # each sentence as embedded on its own (a table row names its columns): search embeds sentences
    # with their heading path, which would make every pair of one section look alike to the aligner
    alone: dict[str, list[str]]

    @cached_property
    def texts(self) -> list[str]:
        """Each sentence alone (1-1 links), then each joined with the next (1-2 and 2-1 links), per document."""
        singles = [text for doc in sorted(self.alone) for text in self.alone[doc]]
        return singles + [f"{a} {b}" for doc in sorted(self.sentences) for a, b in _adjacent(self.sentences[doc])]


def plan_alignment(versions: dict[str, Version], chunks_by_doc: dict[str, list[Chunk]]) -> AlignmentPlan:
    pairs = sorted(partners(versions).items())
    docs = {d for pair in pairs for d in pair}
    sentences = {d: [c.text[s:e] for c in chunks_by_doc[d] for s, e in c.sentences] for d in sorted(docs)}
    alone = {d: [c.sentence_alone(s, e) for c in chunks_by_doc[d] for s, e in c.sentences] for d in sorted(docs)}
    return AlignmentPlan(pairs, sentences, alone)


def align_pairs(
    plan: AlignmentPlan,
    sentence_vectors: dict[str, np.ndarray],
    pair_vectors: np.ndarray,
    settings: AlignSettings | None = None,
) -> list[AlignedPair]:
    """Align every pair; ``pair_vectors`` are those of the joined sentences (``plan.texts`` after the single ones)."""
    joined: dict[str, np.ndarray] = {}
    start = 0
    for doc in sorted(plan.sentences):
        count = max(0, len(plan.sentences[doc]) - 1)
        joined[doc] = pair_vectors[start : start + count]
        start += count
    settings = settings or AlignSettings()
    return [
        AlignedPair(t, o, align(sentence_vectors[o], sentence_vectors[t], joined[o], joined[t], settings))
        for t, o in plan.pairs
    ]


def align_build(plan: AlignmentPlan, plan_vectors: np.ndarray) -> tuple[list[AlignedPair], list[str]]:
    """The build's aligned pairs from the vectors of ``plan.texts``, and warnings for poor ones."""
    vectors: dict[str, np.ndarray] = {}
    start = 0
    for doc in sorted(plan.alone):
        vectors[doc] = plan_vectors[start : start + len(plan.alone[doc])]
        start += len(plan.alone[doc])
    pairs = align_pairs(plan, vectors, plan_vectors[start:])
    warnings = [
        f"{p.translation}: {p.weak_share():.0%} of its sentences do not align with {p.original} "
        f"(is it a faithful translation of it? check translation_of)"
        for p in pairs
        if p.weak_share() > AlignSettings().poor_share
    ]
    return pairs, warnings


def _adjacent(items: Sequence[str]) -> list[tuple[str, str]]:
    return list(pairwise(items))


@dataclass
class TranslationMap:
    """Sentences and passages across language versions, for one build's chunk table."""

    chunks: list[Chunk]
    pairs: list[AlignedPair] = field(default_factory=list)
    _lacking: dict[str, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def first_sentence(self) -> dict[str, int]:
        """Global number of each document's first sentence (sentences are numbered in chunk order)."""
        first: dict[str, int] = {}
        number = 0
        for chunk in self.chunks:
            first.setdefault(chunk.doc_id, number)
            number += len(chunk.sentences)
        return first

    @cached_property
    def sentence_row(self) -> np.ndarray:
        return np.array([row for row, c in enumerate(self.chunks) for _ in c.sentences], dtype=np.int64)

    @cached_property
    def sentence_group(self) -> np.ndarray:
        """For each sentence, the smallest sentence number it is linked with (itself when alone)."""
        parent = np.arange(len(self.sentence_row))
        for a, b in self._global_links():
            ra, rb = _root(parent, a), _root(parent, b)
            parent[max(ra, rb)] = min(ra, rb)
        return np.array([_root(parent, i) for i in range(len(parent))], dtype=np.int64)

    @cached_property
    def linked(self) -> dict[int, list[int]]:
        """Sentence -> the partner's sentences linked with it (translation side only)."""
        found: dict[int, list[int]] = {}
        for pair in self.pairs:
            t0, o0 = self.first_sentence.get(pair.translation), self.first_sentence.get(pair.original)
            if t0 is None or o0 is None:
                continue
            for link in pair.links:
                for t in link.translation:
                    found[t0 + t] = [o0 + o for o in link.original]
        return found

    @cached_property
    def unit(self) -> np.ndarray:
        """For each passage, the first row of its language versions (passages sharing linked sentences).

        A translation chunked differently (two short paragraphs packed into one passage)
        makes one unit of both original passages and the packed one.
        """
        parent = np.arange(len(self.chunks))
        rows = self.sentence_row
        for sentence, originals in self.linked.items():
            for original in originals:
                ra, rb = _root(parent, int(rows[sentence])), _root(parent, int(rows[original]))
                parent[max(ra, rb)] = min(ra, rb)
        return np.array([_root(parent, i) for i in range(len(parent))], dtype=np.int64)

    def _global_links(self) -> list[tuple[int, int]]:
        # The sentences of a merged side link to the same partner sentences, so they join one group too.
        return [(t, o) for t, originals in self.linked.items() for o in originals]

    def spread_sentence_scores(self, scores: np.ndarray) -> np.ndarray:
        """Each sentence scored by the best of the sentences it is linked with (its own included)."""
        if not self.linked:
            return scores
        best = np.full(len(scores), -np.inf, dtype=scores.dtype)
        np.maximum.at(best, self.sentence_group, scores)
        return best[self.sentence_group]

    def best_versions(self, scores: np.ndarray, language: str, k: int) -> list[tuple[int, float]]:
        """The ``k`` best units by their best version's score, each as (row shown, unit score).

        The row shown is the unit's best passage in ``language`` when it has one, else its best passage.
        A unit holding several passages in ``language`` (the other language packed them into one)
        shows each of them: they are different passages there, and the one not shown first is
        ranked by its own score, so it can still be the answer's source.
        """
        best = np.full(len(scores), -np.inf)
        np.maximum.at(best, self.unit, scores)
        units = np.flatnonzero(np.isfinite(best))
        units = units[np.argsort(-best[units], kind="stable")][:k]
        in_language = np.array([c.language == language for c in self.chunks])
        chosen: list[tuple[int, float]] = []
        for unit in units:
            rows = np.flatnonzero(self.unit == unit)
            own = rows[in_language[rows]]
            pool = own if len(own) else rows
            lead = int(pool[np.argmax(scores[pool])])
            chosen.append((lead, float(best[unit])))
            chosen += [(int(r), float(scores[r])) for r in own if r != lead and np.isfinite(scores[r])]
        chosen.sort(key=lambda hit: -hit[1])  # stable: a unit's lead stays before its other passages
        return chosen[:k]

    def lacks_language(self, language: str) -> np.ndarray:
        """For each passage, whether none of its versions is in ``language`` (cached per language)."""
        if language not in self._lacking:
            has = np.zeros(len(self.chunks), dtype=bool)
            in_language = np.array([c.language == language for c in self.chunks], dtype=bool)
            np.logical_or.at(has, self.unit, in_language)
            self._lacking[language] = ~has[self.unit]
        return self._lacking[language]

    def versions(self, row: int) -> list[int]:
        """Rows of the passages that are versions of ``row`` (itself included), in chunk order."""
        return [int(r) for r in np.flatnonzero(self.unit == self.unit[row])]


def _root(parent: np.ndarray, i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = int(parent[i])
    return int(i)
