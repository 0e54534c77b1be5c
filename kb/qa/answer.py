"""Answers in the asker's language, every statement with a numbered citation.

The question is validated, its language identified, passages retrieved
(``retrieval``) and the answer's sentences written by an answer writer chosen by
name (``writers``; the default, ``extractive``, is in ``compose``). A question
that is closer to the off-topic reference texts than to the corpus is not answered.
"""

from __future__ import annotations

import re

import numpy as np

from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.ingest.chunking import Chunk
from kb.knowledge.place_names import language_and_country_names, words_of
from kb.languages import SUPPORTED, join_words
from kb.qa import messages
from kb.qa.besides import unmentioned_besides
from kb.qa.compose import QUOTES
from kb.qa.coverage import (
    name_around,
    spelled_out,
    uncovered_terms,
    unmentioned_topics,
    written_otherwise,
)
from kb.qa.figures import (
    asks_unstated_amount,
    asks_unstated_average,
    asks_unstated_count,
    asks_unstated_headcount,
    asks_unstated_share,
)
from kb.qa.langid import identify_language
from kb.qa.model import Answer, Citation
from kb.qa.query import validate_query
from kb.qa.retrieval import RetrievalWeights, Retrieved, retrieve
from kb.qa.sources import listed_sources
from kb.qa.spelling import mended
from kb.qa.translations import attach_originals
from kb.qa.writers import WRITERS

# Abstain when the question's relevance is below this. Relevance is how much closer the question is
# to the corpus than to the off-topic reference texts, by the best passage or, less the offset below,
# by the best sentence. Calibrated with `kb eval --calibrate` (docs/evaluation.md) once the corpus held
# every text in three languages: off-topic questions of eval/questions.jsonl and second-set.jsonl
# reach at most -0.0097, answerable ones of those and fresh-set.jsonl at least +0.0023; the cut sits
# between. The best sentence rescues list questions ("Sebutkan ...") that match one sentence far
# better than its passage. Sentences embedded under their heading path (index format 8) score
# lower against a question than bare ones did, so the offset fell from 0.016 to 0: over sets 1-17
# and the older sets, 6 answerable questions fall below the cut and 188 of 519 unanswerable ones
# (7 and 191 before, with bare sentences and 0.016).
ABSTAIN_MARGIN = -0.005
SENTENCE_OFFSET = 0.0
# Added to the relevance when the nearest passage has no version in the asker's language: the model
# scores a question and a passage of two languages lower than one language (as retrieval's
# ``other_language_only`` makes up for). Over every set, 0.02 to 0.045 answer the same 6 more
# answerable questions (13 -> 7 refused) and refuse the same unanswerable ones; 0.02 is the least.
CROSS_LANGUAGE_RELEVANCE = 0.02
# Sections named as nearby topics when a question's key term is not covered.
NEARBY_TOPICS = 3
# The passages that may write out an acronym a question uses.
NEAREST_PASSAGES = 3
# The passages that must state the amount or headcount a question asks for: the nearest one. Across
# every evaluation set, each answerable headcount question had its number there; the unanswerable
# ones answered had a number of some other people only in the second or third passage.
STATING_PASSAGES = 1
_WORD = re.compile(r"[^\W\d_]{2,}")


def ask(
    index: LoadedIndex,
    embedder: Embedder,
    question: str,
    language: str = "auto",
    k: int = 5,
    writer: str = "extractive",
    weights: RetrievalWeights | None = None,
) -> Answer:
    question = validate_query(question)
    guess = identify_language(question, None if language == "auto" else language)
    reply_in = guess.code if guess.supported else "en"
    looked_up = mended(index, question, reply_in)
    vector = embedder.embed_queries([looked_up])
    found = retrieve(
        index, embedder, looked_up, reply_in, k=k, weights=weights or RetrievalWeights(), query_vector=vector
    )
    concept_ids = [c.id for c in found.concepts]
    prefix = [] if guess.supported else [messages.text("unsupported_language", "en", code=guess.code)]
    # A question without a single word (emoji, digits, punctuation) asks nothing kb can look up.
    margin = relevance_margin(index, found, vector) if _WORD.search(question) else -1.0
    if margin < ABSTAIN_MARGIN:
        body = [messages.text("no_answer", reply_in), _topics(index, reply_in)]
        return Answer(question, guess.code, False, " ".join(prefix + body), concept_ids, [], margin)
    # a slip of the keyboard is no term the knowledge base lacks ("Einsparrungen" for "Einsparungen")
    missing = _not_mentioned(index, embedder, looked_up, found)
    if missing:
        body = _not_covered(missing, found)
        return Answer(question, guess.code, False, " ".join(prefix + body), concept_ids, [], margin)
    citations = [Citation.of(n, hit.chunk, hit.score) for n, hit in enumerate(found.hits, 1)]
    sentences = WRITERS.create(writer).compose(index, found, citations, reply_in)
    attach_originals(index, citations)
    sentences, listed = listed_sources(sentences, citations)
    text = " ".join(prefix + sentences)
    return Answer(question, guess.code, True, text, concept_ids, listed, margin, ranked=citations)


def relevance_margin(index: LoadedIndex, found: Retrieved, vector: np.ndarray) -> float:
    """How much closer the question is to the corpus than to the off-topic reference texts."""
    off_topic = float((index.background @ vector[0]).max()) if len(index.background) else 0.0
    margin = max(found.best_dense, found.best_sentence - SENTENCE_OFFSET) - off_topic
    if found.hits and index.translations.lacks_language(found.language)[found.hits[0].row]:
        margin += CROSS_LANGUAGE_RELEVANCE  # the model scores a pair of languages lower than one
    return margin


def _not_mentioned(index: LoadedIndex, embedder: Embedder, question: str, found: Retrieved) -> str:
    """What the question asks about that the knowledge base never mentions ("" when nothing)."""
    language = found.language
    nearest = [h.chunk.text for h in found.hits[:NEAREST_PASSAGES]]
    missing = [t for t in uncovered_terms(index, question, language) if not spelled_out(t, nearest)]
    foreign_only = bool(found.hits) and bool(index.translations.lacks_language(language)[found.hits[0].row])
    # When the best passage has no version in the asker's language, a name the corpus lacks may
    # just be named in that passage's language ("DSGVO" for GDPR, "Europäischer Gerichtshof" for
    # "European Court of Justice"). The model tells such a translation from a name written alike
    # in every language ("Equinix", "Huawei AppGallery"), which still counts as not mentioned.
    if missing and foreign_only:
        foreign = [h.chunk.text for h in found.hits[:NEAREST_PASSAGES] if h.chunk.language != language]
        names = [name_around(question, t, language) for t in missing]
        unique = list(dict.fromkeys(names))
        translated = dict(zip(unique, written_otherwise(embedder, unique, foreign), strict=True))
        missing = [t for t, name in zip(missing, names, strict=True) if not translated[name]]
    # "an Indonesian police clearance letter (SKCK)" about a document written in Indonesian, "in ganz
    # Deutschland" about one in German: a document is set where its language is spoken and need not
    # name the country.
    spoken = {h.chunk.language for h in found.hits[:NEAREST_PASSAGES]}
    missing = [t for t in missing if not any(words_of(t) in language_and_country_names(s) for s in spoken)]
    missing += [t for t in unmentioned_topics(index, question) if t not in missing]
    if not missing and found.hits and not foreign_only:
        missing = unmentioned_besides(index, question, language)
    if missing:
        quote_open, quote_close = QUOTES.get(language, QUOTES["en"])
        return join_words([f"{quote_open}{t}{quote_close}" for t in missing], language)
    stating = nearest[:STATING_PASSAGES]
    if asks_unstated_amount(question, language, stating):
        return messages.text("amounts", language)
    if asks_unstated_headcount(question, language, stating):
        return messages.text("headcounts", language)
    if asks_unstated_share(question, language, stating):
        return messages.text("shares", language)
    if asks_unstated_count(question, language, stating):
        return messages.text("counts", language)
    if asks_unstated_average(question, language, stating):
        return messages.text("averages", language)
    return ""


def _not_covered(terms: str, found: Retrieved) -> list[str]:
    """Names what is not covered, then the sections nearest to the question (in the asker's language)."""
    language = found.language
    nearby = list(dict.fromkeys(_topic_of(h.chunk) for h in found.hits[:NEARBY_TOPICS]))
    sentences = [messages.text("not_covered", language, terms=terms)]
    return sentences + [messages.text("nearby", language, topics="; ".join(nearby))] if nearby else sentences


def _topic_of(chunk: Chunk) -> str:
    return chunk.section if chunk.section == chunk.doc_title else f"{chunk.section} ({chunk.doc_title})"


def _topics(index: LoadedIndex, language: str) -> str:
    names = [c.name(language) for c in index.catalogue.concepts if not c.parent][:8]
    return messages.text("topics", language, topics=", ".join(names)) if names else ""


__all__ = ["ABSTAIN_MARGIN", "SUPPORTED", "Answer", "Citation", "ask", "relevance_margin"]
