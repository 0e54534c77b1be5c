"""Which of a question's key terms the knowledge base never mentions, in any language.

A key term is a name the question hangs on: an acronym or code ("NIS2", "BaFin", "RFP") in
any language, or a capitalised word inside an English or Indonesian sentence ("Infosys",
"Kanban"); German capitalises every noun, so there a capitalised word counts only when no
dictionary lists it ("Personio", kb/knowledge/lexicon.py). A key term
is covered when the corpus uses it (kb/index/vocabulary.py), when the hand glossary or the
cross-language term table pairs it with a corpus word, or when it is part of a place or
language name whose name in another language the corpus uses ("Jerman" ~ "Germany").
A question with an uncovered key term is not answered from the nearest passage: nothing
there is about it. Common words are never key terms: a paraphrase may use words the
documents do not, and the passages still answer it.
"""

from __future__ import annotations

import re
from functools import cache

from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.index.vocabulary import MAX_NAME_ENDING
from kb.knowledge.lexicon import looks_like_name
from kb.knowledge.place_names import is_country_at, names_at, words_of
from kb.knowledge.specific_topics import specific_topics
from kb.languages import stopwords
from kb.qa.quantities import is_calendar_word

_TOKEN = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"^(19|20)\d\d$")
_SOURCING_MODEL = re.compile(
    r"(?i:\b(?:[^\W\d_]+-)*[^\W\d_]*(?:sourcing|shoring)\b)"  # crowdsourcing, Co-Sourcing, rightshoring
    r"|\b[A-Z][a-z]+ Sourcing\b"  # Impact Sourcing
)
# The words for sourcing as such, never a model of their own.
_GENERIC_MODELS = frozenset({"sourcing", "shoring", "outsourcing", "it-sourcing", "it-outsourcing"})
# Capitalised words in a row, joined by at most one small word: "European Court of Justice".
_NAME_PHRASE = re.compile(r"\b[A-Z][^\W_]*(?:[ -](?:[a-z]{1,4}[ -])?[A-Z][^\W_]*)+")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# Languages that capitalise only names (and the sentence's first word).
_NAME_CASE_LANGUAGES = frozenset({"en", "id"})
# A name and its translation: cosine of the two alone, as for the term table's pairs (kb/index/terms.py).
# Measured on the names of every evaluation set's questions whose nearest passage is in another
# language: translations 0.945-0.951, names of products, firms, bodies and standards at most 0.919.
NAMESAKE_SIMILARITY = 0.93
NAMESAKE_WORDS = 3  # "Europäischer Gerichtshof", "Bundesamt für Sicherheit"
MAX_NAMESAKE_CANDIDATES = 300  # bounds the embedding work of one question


def uncovered_terms(index: LoadedIndex, question: str, language: str) -> list[str]:
    """The question's key terms the knowledge base does not mention, in question order."""
    words = words_of(question)
    situation = _situation_end(question)
    spans: list[list[int]] = []
    for position, match in enumerate(_TOKEN.finditer(question)):
        term = match.group()
        kind = _key_kind(term, language, _starts_sentence(question, match.start()))
        if kind is None and term[:1].isupper() and is_country_at(words, position):
            kind = "name"  # a country is a name in German too, where every noun is capitalised
        if kind is None and _unlisted_noun(index, term, language, _starts_sentence(question, match.start())):
            kind = "unlisted"
        if kind and match.start() < situation:
            continue  # "Our branch in Papua ...", "Our CIO says ...": the asker's setting, not what is asked
        if kind == "acronym" and _glossed(question, match.start(), match.end()):
            continue  # "the experts of the old team (SME)": the question says what it stands for
        if kind and not _covered(index, term, kind, language, words, position):
            if spans and question[spans[-1][1] : match.start()] == "-":
                spans[-1][1] = match.end()  # "Sarbanes-Oxley" is one term
            else:
                spans.append([match.start(), match.end()])
    found = list(dict.fromkeys(question[start:end] for start, end in spans))
    models = [m for m in _sourcing_models(question) if not _model_covered(index, m)]
    return found + [m for m in models if m not in found]


def unmentioned_topics(index: LoadedIndex, question: str) -> list[str]:
    """The question's words for a specific topic (insurance, tax, ...) of which the corpus uses no word."""
    words = _TOKEN.findall(question)
    found: list[str] = []
    for topic in specific_topics():
        named = topic.named_in(words)
        if named and not index.vocabulary.uses_matching(topic.pattern):
            found += [w for w in named if w not in found]
    return found


def spelled_out(term: str, passages: list[str]) -> bool:
    """An acronym whose words a nearby passage writes out in full ("QA": "quality assurance").

    Only the nearest passages are searched, and only words of three letters or more that are no
    stop words ("Amazon Web Services", not "risks for the data"): over a whole corpus most short
    letter sequences are somebody's initials.
    """
    if not term.isalpha() or not term.isupper() or len(term) > 6:
        return False
    letters = term.lower()
    common = _stopwords_of_all()
    for text in passages:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
        for start in range(len(words) - len(letters) + 1):
            window = words[start : start + len(letters)]
            if all(len(w) >= 3 and w not in common and w[0] == c for w, c in zip(window, letters, strict=True)):
                return True
    return False


@cache
def _stopwords_of_all() -> frozenset[str]:
    return stopwords("en") | stopwords("de") | stopwords("id")


def name_around(question: str, term: str, language: str) -> str:
    """The name of several words a key term belongs to ("European Court of Justice" for "Court"), else the term.

    German capitalises every noun, so there a term is its own name.
    """
    if language in _NAME_CASE_LANGUAGES:
        for phrase in _NAME_PHRASE.finditer(question):
            words = re.findall(r"[^\W_]+", phrase.group())
            # "Which Kubernetes distribution ...": a sentence's first word is capitalised, not a name
            if _starts_sentence(question, phrase.start()):
                words = words[1:]
            if term in words and len(words) > 1:
                return " ".join(words)
    return term


def namesake_candidates(passages: list[str]) -> list[str]:
    """What may be a name in the passages: each capitalised word or acronym with up to two words after it."""
    found: dict[str, None] = {}
    for text in passages:
        tokens = _TOKEN.findall(text)
        for start, token in enumerate(tokens):
            if token[0].isupper():
                for end in range(start + 1, min(start + NAMESAKE_WORDS, len(tokens)) + 1):
                    found[" ".join(tokens[start:end])] = None
    return list(found)[:MAX_NAMESAKE_CANDIDATES]


def written_otherwise(embedder: Embedder, names: list[str], passages: list[str]) -> list[bool]:
    """For each name, whether a passage names it in other words ("GDPR": "DSGVO").

    The model pairs a name with its translation as it pairs words for the term table
    (kb/index/terms.py); a company's or product's name has no such partner ("Huawei AppGallery").
    """
    candidates = namesake_candidates(passages)
    if not names or not candidates:
        return [False] * len(names)
    vectors = embedder.embed_passages([*names, *candidates])
    similarity = vectors[: len(names)] @ vectors[len(names) :].T
    return [bool(best >= NAMESAKE_SIMILARITY) for best in similarity.max(axis=1)]


def _model_covered(index: LoadedIndex, model: str) -> bool:
    """A model the corpus names, or a generic one qualified by words it uses ("Front-Office-Outsourcing")."""
    vocabulary = index.vocabulary
    if vocabulary.uses_compound(model.replace(" ", "-")):
        return True
    *qualifiers, head = re.split(r"[- ]", model.lower())
    return head in _GENERIC_MODELS and all(len(q) >= 3 and vocabulary.uses(q) for q in qualifiers)


def _sourcing_models(question: str) -> list[str]:
    """Names of sourcing models in the question ("crowdsourcing", "Co-Sourcing", "Rightshoring").

    The knowledge base is about sourcing: a model of it that no document names is its key term
    whatever its case ("What is co-sourcing?" asks about something kb has nothing on).
    """
    return [m.group() for m in _SOURCING_MODEL.finditer(question) if m.group().lower() not in _GENERIC_MODELS]


def _situation_end(question: str) -> int:
    """Where the sentences end in which askers describe themselves before they ask (0: none).

    "Kami perangkat desa di Jawa Tengah ... . Bagaimana cara memilih vendor?": the names there
    say who and where the asker is; the question's own sentence holds what is asked.
    """
    sentences = list(_STATEMENT.finditer(question))
    end = 0
    for statement in sentences:
        if statement.end() < len(question.rstrip()) and _FIRST_PERSON.search(statement.group()):
            end = statement.end()
    return end


# A statement: a run of text closed by a full stop (not one inside a number or an abbreviation).
_STATEMENT = re.compile(r"[^.?!]+(?:\.(?=\s+[A-ZÄÖÜ])|!)")
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us|i|my|me|wir|unser\w*|uns|ich|mein\w*|mir|mich|kami|kita|saya|aku)\b")


def _key_kind(term: str, language: str, sentence_start: bool) -> str | None:
    letters = [c for c in term if c.isalpha()]
    if not letters:
        # a standard's or a law's number ("ISO 37500"); years and small numbers are no names
        return "code" if len(term) >= 4 and term.isdigit() and not _YEAR.match(term) else None
    if len(letters) < 2:
        return None  # a letter ("I")
    if all(c.isupper() for c in letters):
        return "acronym"  # RFP, BSSN, NIS2
    if any(c.isdigit() for c in term) or sum(c.isupper() for c in letters) >= 2 or _camel(term):
        return "code"  # BaFin, PPh, ISO27001, iServ
    if language in _NAME_CASE_LANGUAGES and letters[0].isupper() and term[0].isupper() and not sentence_start:
        return None if is_calendar_word(term, language) else "name"  # Infosys, Kanban; not "Sundays"
    return None


def _camel(term: str) -> bool:
    """A word written in lower case with a capital inside ("iServ", "eBay"): a product's or firm's name."""
    return term[0].islower() and any(c.isupper() for c in term[1:])


def _unlisted_noun(index: LoadedIndex, term: str, language: str, sentence_start: bool) -> bool:
    """A German capitalised word that the corpus does not write and no dictionary lists: a name ("Personio").

    Only German: English and Indonesian capitalise names anyway (``_key_kind``). The corpus is
    asked first, so the dictionary is read only for a word the corpus lacks.
    """
    if language != "de" or sentence_start or not term[:1].isupper() or len(term) < 3 or not term.isalpha():
        return False
    # "Outsorcing": German capitalises every noun, so a misspelt one would pass for a name
    written = _written(index, term) or index.vocabulary.writes_misspelt(term)
    return not written and looks_like_name(term, language)


def _written(index: LoadedIndex, term: str) -> bool:
    """The corpus writes the name itself, maybe with an s ("Akeneos") or in a compound ("Akeneo-Daten")."""
    return any(index.vocabulary.writes(form) for form in dict.fromkeys((term, term.removesuffix("s"))))


def _capital_in_ending(term: str) -> bool:
    """A capital inside the letters an ending may take ("ServiceNow", "BaFin"): they are part of the name."""
    return any(c.isupper() for c in term[1:][-MAX_NAME_ENDING:])


def _glossed(question: str, start: int, end: int) -> bool:
    """An acronym in brackets right after two or more words: the asker's short form of them."""
    return (
        question[start - 1 : start] == "("
        and question[end : end + 1] == ")"
        and len(question[: start - 1].split()) >= 3
    )


def _starts_sentence(question: str, start: int) -> bool:
    before = question[:start].rstrip(" \"'“„(")
    return not before or bool(_SENTENCE_END.search(before))


def _covered(index: LoadedIndex, term: str, kind: str, language: str, words: tuple[str, ...], position: int) -> bool:
    vocabulary = index.vocabulary
    if kind == "unlisted":  # ``_unlisted_noun`` found the corpus does not write it
        known = False
    else:
        # a name is written as it is, maybe with an ending; another word may be inflected or compounded
        written = vocabulary.uses_name if kind in ("name", "code") else vocabulary.uses_within
        if _capital_in_ending(term):
            written = vocabulary.writes  # "ServiceNow" is no form of "service": its end is a name's part
        known = vocabulary.uses_as_written(term) or (kind != "acronym" and written(term))
    if known or index.glossary.equivalents(term, language) or index.terms.equivalents(term, language):
        return True
    if kind == "name" and vocabulary.writes_misspelt(term):
        return True  # "Corvane Frieght": a slip in a word the corpus writes ("Freight"), not another name
    return any(all(vocabulary.uses(w) for w in name) for group in names_at(words, position) for name in group)
