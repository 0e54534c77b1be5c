"""Sentence-level lexical evidence: how many of the question's distinctive words a sentence uses.

Dense similarity picks sentences about the question's topic; the sentence that settles it
often repeats the question's one telling word ("superfluous", "overlap"). A word counts by
how rare it is among the candidate sentences (a local inverse document frequency), so the
words every candidate shares ("BPO", "provider") decide nothing.
"""

from __future__ import annotations

import math

from kb.languages import analyzer


def word_overlap(question: str, sentences: list[str], language: str) -> list[float]:
    """For each sentence, the idf-weighted share (0..1) of the question's words it uses."""
    words = analyzer(language)
    asked = set(words.tokens(question))
    if not asked or not sentences:
        return [0.0] * len(sentences)
    used = [asked.intersection(words.tokens(s)) for s in sentences]
    weight = {w: math.log(1 + len(sentences) / (1 + sum(w in u for u in used))) for w in asked}
    total = sum(weight.values())
    return [sum(weight[w] for w in u) / total for u in used]
