"""Documents whose title names what the question asks about.

A title says in a few words what a whole document is about ("Kreditorenbuchhaltung auslagern",
"Captive centre or third-party provider?"). A question that uses a title's rarer words, or their
equivalents in another language (the glossary and the term table), leans towards that document's
passages: a small lift (``RetrievalWeights.title``) that settles near ties between documents.
Words that many titles share ("outsourcing") count little. Nothing here depends on a document.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from kb.index.reader import LoadedIndex
from kb.languages import analyzer
from kb.qa.per_build import PerBuild


@dataclass(frozen=True)
class TitleWords:
    stems: dict[str, frozenset[str]]  # document -> the stems of its title
    weights: dict[str, float]  # stem -> inverse document frequency over the titles
    documents: list[str]  # the document of each passage


def title_bonus(
    index: LoadedIndex, question: str, language: str, equivalents: Mapping[str, list[str]], weight: float
) -> np.ndarray | float:
    """Each passage's lift for its document's title sharing the question's words (the best title gets ``weight``)."""
    if not weight or not index.chunks:
        return 0.0
    titles = _title_words(index)
    asked = set(analyzer(language).tokens(question))
    for other, words in equivalents.items():
        asked.update(analyzer(other).tokens(" ".join(words)))
    shared = {doc: sum(titles.weights[s] for s in asked & stems) for doc, stems in titles.stems.items()}
    best = max(shared.values(), default=0.0)
    if best <= 0:
        return 0.0
    return weight * np.array([shared[doc] / best for doc in titles.documents])


def _titles(index: LoadedIndex) -> TitleWords:
    titles = {c.doc_id: (c.doc_title, c.language) for c in index.chunks}
    stems = {doc: frozenset(analyzer(lang).tokens(title)) for doc, (title, lang) in titles.items()}
    counts = Counter(s for doc_stems in stems.values() for s in doc_stems)
    weights = {s: math.log(1 + len(stems) / n) for s, n in counts.items()}
    return TitleWords(stems, weights, [c.doc_id for c in index.chunks])


_title_words = PerBuild(_titles)
