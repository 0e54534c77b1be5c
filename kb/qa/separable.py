"""German separable verbs: "Wie lagert man ... aus?" asks about "auslagern" / "Auslagerung".

A German question splits such a verb ("führt ... ein", "gibt ... ab") and BM25 then matches
neither half with the documents' "Einführung" or "Auslagerung". When a question ends a clause
with a verb particle, the particle is joined to each of the question's lower-case words and
its first word (the verbs are among them; German capitalises its nouns) with its ending taken
off, and the corpus words that begin so join the German query. Only words the corpus uses can
join.
"""

from __future__ import annotations

import re

from kb.index.vocabulary import CorpusVocabulary
from kb.languages import stopwords

_PARTICLES = frozenset(
    "ab an auf aus bei ein fest her hin los mit nach vor weg weiter zu zurück zusammen um durch".split()
)
# the particle that ends a clause: "... aus?", "... ein, wenn ..."
_CLAUSE_END = re.compile(r"\b([^\W\d_]+)\s*(?:[?!.,;:]|$)")
_LOWER_WORD = re.compile(r"\b[a-zäöüß]{3,}\b")
_ENDINGS = ("est", "et", "st", "en", "t", "e", "n")
MIN_PREFIX = 6  # "einfüh", "auslag": shorter joined stems begin too many unrelated words
WORDS_PER_VERB = 5


def separable_verb_words(question: str, vocabulary: CorpusVocabulary) -> list[str]:
    """Corpus words for the question's split verbs ("führt ... ein" -> "einführung", "einführen")."""
    particles = [m.group(1) for m in _CLAUSE_END.finditer(question) if m.group(1) in _PARTICLES]
    if not particles:
        return []
    common = stopwords("de")
    # a yes/no question starts with its verb, capitalised: "Lagert man die IT aus?"
    candidates = [*question.lower().split()[:1], *_LOWER_WORD.findall(question)]
    verbs = [w for w in dict.fromkeys(candidates) if len(w) >= 3 and w not in common and w not in _PARTICLES]
    found: list[str] = []
    for particle in dict.fromkeys(particles):
        for verb in verbs:
            stem = next((verb[: -len(e)] for e in _ENDINGS if verb.endswith(e) and len(verb) - len(e) >= 3), verb)
            if len(particle + stem) >= MIN_PREFIX:
                found += [w for w in vocabulary.starting_with(particle + stem, WORDS_PER_VERB) if w not in found]
    return found
