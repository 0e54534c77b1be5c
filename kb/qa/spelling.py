"""A question's slips of the keyboard, mended from the corpus's own words before it is looked up.

"Was regelt die Vertraggslaufzeit?" or "can the archvie replace a backup?" match no passage's
words, and the model moves such a question away from the passages that answer it. A word of the
question that the corpus does not write, that no dictionary lists, and that is one slip away from
exactly one corpus word ("vertragslaufzeit", "archive") is read as that word. The asker's own
wording is kept for everything shown; only what is looked up is mended.
"""

from __future__ import annotations

import re

from kb.index.reader import LoadedIndex
from kb.knowledge.lexicon import is_compound, is_listed

_WORD = re.compile(r"[^\W\d_]+")


def mended(index: LoadedIndex, question: str, language: str) -> str:
    """``question`` with each misspelt word replaced by the corpus word it was meant to be."""
    return _WORD.sub(lambda match: _meant(index, match.group(), language), question)


def _meant(index: LoadedIndex, word: str, language: str) -> str:
    vocabulary = index.vocabulary
    lower = word.lower()
    if lower in vocabulary.lower:
        return word
    candidates = vocabulary.one_slip_from(lower)  # none for short words, one slip from too many others
    # the dictionary is asked last: most words have no corpus word one slip away
    if len(candidates) != 1 or vocabulary.uses(lower) or is_listed(word, language) or is_compound(word, language):
        return word
    (meant,) = candidates
    return meant[:1].upper() + meant[1:] if word[:1].isupper() else meant
