"""What an "also" question asks for besides what the documents describe.

"Druckt der Stammdaten-Dienstleister auch unsere Regaletiketten?", "Can the documentation agency
also record screencast videos?", "Apakah studio mitra juga bisa membuat musik latar?": the answer
hangs on the thing named after "also". When the knowledge base writes no form of it, in no
language and in no term table, the nearest passage describes the provider's other work and an
answer from it would be a guess.

Only the nouns after the "also" count: the verb that follows it ("also record", "juga
mencarikan"; German puts it before) is often the asker's own word for what the documents call
otherwise. Over every evaluation set's questions this marks 34 near-domain questions and 2
answerable ones, both of which a lemma or a light word of an English idiom ("making sure")
covers. A question whose nearest passage has no version in the asker's language is left alone:
its nouns are written in another language there ("Geldautomaten" for the Indonesian "ATM").

A question whether the documents list a thing is read the same way: "Nennt der Text T-Systems
als ITO-Anbieter?", "Gehört die Aktenvernichtung zu den Back-Office-Aufgaben ...?", "Apakah
contoh tugas back office ... mencakup layanan katering?". When the thing is written nowhere, the
documents do not list it. Over every evaluation set this marks 11 near-domain questions and no
answerable one.
"""

from __future__ import annotations

import re

from kb.index.reader import LoadedIndex
from kb.knowledge.lexicon import lemma
from kb.languages import stopwords

# "also" and its kin; not "auch wenn" (even if), "sowohl ... als auch" (both ... and), "as well as".
_ALSO = {
    "en": re.compile(r"\b(also|as well(?! as))\b", re.IGNORECASE),
    # "auch nach den ersten Einsparungen": even after a time, not a thing besides
    "de": re.compile(
        r"\b(?<!als )(auch|ebenfalls|zusätzlich)\b(?! (wenn|ohne|dann|nur|nach|vor|während|seit|bis)\b)", re.IGNORECASE
    ),
    "id": re.compile(r"\b(juga|sekaligus|pula)\b", re.IGNORECASE),
}
# "Does the article mention ...", "Nennt der Text ...", "Gehört ... zu den", "Apakah contoh ... mencakup".
_ASKS_IF_LISTED = {
    "en": re.compile(
        r"^(does|do|did|is|are) (the |this )?(text|article|document|comparison|page|report|author|piece|post)s?\b"
        r".*?\b(mentions?|names?|lists?|cites?|includes?|recommends?|says?|counts?)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(nennt|erwähnt|zitiert|empfiehlt|listet|zählt) (der|die|das) \w+\b|^gehör(t|en)\b", re.IGNORECASE
    ),
    "id": re.compile(
        r"^apakah (artikel|teks|dokumen|tulisan|perbandingan)\b.*?\b(menyebut|menyebutkan|mencantumkan|mencakup"
        r"|merekomendasikan|memasukkan)\b|^apakah contoh\b.*?\b(mencakup|termasuk|meliputi)\b",
        re.IGNORECASE,
    ),
}
# The words of such a question that name the documents or the list, not the thing asked about.
_FRAME_WORDS = frozenset(
    "text article document comparison page report author mention example examples list artikel dokument "
    "beispiel beispiele möglichen contoh tugas teks dokumen tulisan".split()
)
MAX_NAMED = 1  # "set-up protects against ransomware": the longest word names the thing, the rest are verbs
_WORD = re.compile(r"[^\W\d_][\w-]*")
# Indonesian verbs carry their prefix ("mengurus", "diserahkan", "berlaku").
_INDONESIAN_VERB = re.compile(r"^(me|di|ber|ter|per)[a-z]{3,}$")
# The light words of English verb idioms ("make sure", "take care of", "look after", "in charge of").
_LIGHT_WORDS = frozenset({"sure", "care", "charge", "look", "take", "make", "over", "after", "able"})
MIN_LETTERS = 4


def unmentioned_besides(index: LoadedIndex, question: str, language: str) -> list[str]:
    """The nouns after the question's "also" of which the knowledge base writes no form, in question order."""
    also = _ALSO.get(language)
    found = also.search(question) if also else None
    missing = _unmentioned_after(index, question, language, found.end(), 0) if found else []
    listed = _ASKS_IF_LISTED.get(language)
    asked = listed.search(question) if listed and not missing else None
    if asked is None:
        return missing
    # the thing asked about comes right after the frame: its first word is no verb
    missing = [
        w for w in _unmentioned_after(index, question, language, asked.end(), 1) if w.lower() not in _FRAME_WORDS
    ]
    longest = sorted(missing, key=len, reverse=True)[:MAX_NAMED]
    return [w for w in missing if w in longest]


def _unmentioned_after(index: LoadedIndex, question: str, language: str, start: int, first: int) -> list[str]:
    """The nouns from ``start`` on of which the knowledge base writes no form (``first``: the first word's position)."""
    missing: list[str] = []
    for position, match in enumerate(_WORD.finditer(question, start), start=first):
        word = match.group().strip("-")
        if _is_noun(word, language, position) and not _mentioned(index, word, language) and word not in missing:
            missing.append(word)
    return missing


def _is_noun(word: str, language: str, position: int) -> bool:
    """Whether ``word`` may name a thing: not a stop word, a light word or the verb after "also"."""
    lower = word.lower()
    if len(word) < MIN_LETTERS or lower in stopwords(language):
        return False
    if language == "en" and lemma(lower, language) in _LIGHT_WORDS:
        return False
    if language == "de":
        return word[0].isupper()  # German writes its nouns capitalised
    if language == "id":
        return not _INDONESIAN_VERB.match(lower)
    return position > 0  # English: "also record ...", the first word is the verb


def _mentioned(index: LoadedIndex, word: str, language: str) -> bool:
    vocabulary = index.vocabulary
    if any(vocabulary.uses_within(form) for form in dict.fromkeys((word, lemma(word, language)))):
        return True
    return bool(index.terms.equivalents(word, language) or index.glossary.equivalents(word, language))
