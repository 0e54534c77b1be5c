"""A sentence a source labels as a myth ("Myth: outsourcing always saves money.") states what is not so.

Being a restatement of a common belief, it is often the sentence nearest to a question about
that belief, so an answer led by it alone would assert the myth. The fact the source sets
against it (usually the next sentence) comes along, and a yes/no question it settles is
answered "No." (kb/qa/verdicts.py).
"""

from __future__ import annotations

import re

# "Myth:", "Myth 2:", "**Mythos 1 –**", "Mitos:", "Misconception:", "Irrtum:"
_MYTH = re.compile(r"^\W*(myth|misconception|mythos|irrtum|mitos)( (no\. ?|nr\. ?)?\d+)?\s*[:–—-]", re.IGNORECASE)
# The label of the answer to a myth: "Fact:", "Reality:", "Fakt:", "Tatsache:", "Fakta:", "Kenyataan:"
_FACT = re.compile(
    r"^\W*(fact|facts|reality|truth|fakt|fakten|tatsache|wahrheit|realität|fakta|faktanya|kenyataan|realitas)\b",
    re.IGNORECASE,
)
# The fact is looked for among this many sentences after the myth.
FACT_WITHIN = 3


def is_myth(sentence: str) -> bool:
    return bool(_MYTH.match(sentence))


def fact_after(sentences: list[str]) -> int | None:
    """Which of the sentences after a myth answers it: the first labelled as a fact, else the first."""
    for i, sentence in enumerate(sentences[:FACT_WITHIN]):
        if _FACT.match(sentence):
            return i
        if is_myth(sentence):
            break  # the next myth: this one had no labelled fact
    return 0 if sentences and not is_myth(sentences[0]) else None
