"""Retrieval for answering: hybrid search steered by concepts and the asker's language.

Each passage gets one score, the sum of:
- its dense similarity with the question (multilingual e5, cosine);
- its BM25 score, scaled to [0, 1] by the best one for the question, times ``lexical``;
  the passages of other languages are also searched for the glossary's
  equivalents of the question's words (kb/knowledge/glossary.py);
- for a "what is X?" question about a catalogued concept, ``concept_definition``
  when it holds one of the concept's grounding quotes: the definition leads;
- otherwise ``concept_mention`` times the share of the question's concepts the
  passage names (a question about BPO and ITO wants passages that name both);
- ``same_language`` when it is in the asker's language: among passages that
  answer equally well, the asker's own language comes first, but an English-only
  section still wins a German question about it;
- ``other_language_only`` when no version of it is in the asker's language;
- minus ``overview`` for an introduction that leads into subsections;
- ``list_passage`` for a passage holding a list when the question asks for a list,
  ``numbered_list`` for one whose numbered list reaches the position a question asks for, and
  ``item_count`` for one whose list has as many items as the question names;
- ``title`` for the passages of the document whose title shares the question's words;
- ``answer_date`` / ``answer_number`` for a passage stating a date or number the question asks for,
  ``answer_table`` for one holding a table when the question names one, ``answer_quote`` for one quoting
  someone when the question asks what a quoted person said.
The dense similarity uses the question's vector moved by a learned linear map
(``query_adapter``, kb/qa/query_adapter.py) when one exists for the index's model.
The weights were set on the project's evaluation set (docs/evaluation.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from kb.errors import InputError
from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.knowledge.concepts import Concept, normalize_name
from kb.qa.answer_types import answer_type_bonus
from kb.qa.positions import item_count_bonus, list_position_bonus, numbered_list_bonus
from kb.qa.query_adapter import adapter_for
from kb.qa.separable import separable_verb_words
from kb.qa.shapes import ordinal, shape_of
from kb.qa.signals import (
    Hit,
    dense_scores,
    lexical_scores,
    sentence_evidence,
    sentence_scores,
)
from kb.qa.titles import title_bonus

_QUESTION_FRAMES = {
    "en": r"^(what('s| is| are)( an?| the)?|what does|define|definition of|meaning of|explain|tell me about)\b"
    r"|\b(mean|means|stand for)$",
    "de": r"^(was (ist|sind|bedeutet|heißt|heisst) (ein |eine |der |die |das )?|was versteht man unter|"
    r"definiere|definition von|erkläre|erklären sie|wofür steht( die abkürzung)?)\b|\b(bedeutet|gemeint)$",
    "id": r"^(apa (itu|yang dimaksud dengan|yang dimaksud|arti|definisi|pengertian|kepanjangan|singkatan)( dari)?|"
    r"apakah (itu|yang dimaksud)|pengertian|definisi|jelaskan( tentang)?|arti|(kepanjangan|singkatan)( dari)?)\b"
    r"|\b(artinya|(kepanjangannya|singkatannya)( apa)?|itu apa|adalah apa)$",
}


# Words that may stand beside the concept names in "what is X and Y?" ("Was ist KPO eigentlich?") without
# making it another question.
_FILLER_WORDS = frozenset("and the und von dan dari actually exactly eigentlich genau überhaupt sebenarnya sih".split())


@dataclass(frozen=True)
class RetrievalWeights:
    sentence: float = 0.3
    lexical: float = 0.07
    concept_definition: float = 1.0
    concept_mention: float = 0.05
    same_language: float = 0.01
    # A passage no version of which is in the asker's language: the model scores a question and a
    # passage of another language lower than the same pair in one language; this makes up for it.
    other_language_only: float = 0.04
    # A passage no version of which is in the asker's language also gains this times its similarity
    # to the question with each language's mean vector taken out (topic, not language); not an introduction.
    other_language_topic: float = 0.05
    # Subtracted from a passage that leads into subsections (an introduction): it sums them all up, so
    # it came first for questions one of its subsections answers.
    overview: float = 0.015
    # Added to a passage that holds a list when the question asks for one ("Which steps ...",
    # "Welche Phasen ...", "Sebutkan ..."): the list beats the introduction that sums it up.
    list_passage: float = 0.03
    # A question for a list position ("the third step") is answered by the subsection numbered so
    # ("### 3. Rollout") when its run of subsections holds a passage within this of the best one.
    numbered_heading: float = 0.03
    # Added to a passage whose numbered list reaches the list position asked for ("the third step":
    # a list with a "3."), from the second position on (kb/qa/positions.py).
    numbered_list: float = 0.05
    # Added to a passage with a list of as many items as the question names ("Which four ...").
    item_count: float = 0.03
    # Added to the passages of the document whose title best shares the question's words (kb/qa/titles.py).
    title: float = 0.01
    # Added to a passage that states a date when the question asks for one ("Bis wann ...?", "kapan"),
    # and to one that states a number when it asks "how many" (kb/qa/answer_types.py).
    answer_date: float = 0.03
    answer_number: float = 0.015
    # Added to a passage holding a table when the question names one ("laut der Tabelle", "tabel").
    answer_table: float = 0.03
    # Added to a passage that quotes someone when the question asks what a quoted person said ("the
    # consultant quoted", "die zitierte Beraterin", "yang dikutip").
    answer_quote: float = 0.08
    # Share of the learned shift of the question's vector (kb/qa/query_adapter.py) used for the
    # passages' dense similarity; 0 ranks with the model's own vector.
    query_adapter: float = 1.0


def read_weights(path: Path) -> RetrievalWeights:
    """Weights from a JSON object of field -> number; fields left out keep their defaults."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"cannot read weights from {path}: {exc}") from None
    known = {f.name for f in fields(RetrievalWeights)}
    if not isinstance(data, dict) or set(data) - known:
        raise InputError(f"{path}: expected a JSON object with some of {', '.join(sorted(known))}")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in data.values()):
        raise InputError(f"{path}: every weight must be a number")
    return RetrievalWeights(**{k: float(v) for k, v in data.items()})


@dataclass(frozen=True)
class Retrieved:
    hits: list[Hit]
    concepts: list[Concept]
    definitional: bool
    best_dense: float  # highest cosine similarity of the question with any passage
    best_lexical: float  # highest BM25 score of any passage in any language
    best_sentence: float  # highest cosine similarity of the question with any sentence
    sentence_score: np.ndarray  # similarity of the question with each sentence (-inf: not retrieved)
    question: str = ""
    language: str = "en"  # the asker's language
    query_vector: np.ndarray | None = None  # the question's embedding (one row)


def is_definition_question(question: str, language: str, concepts: list[Concept]) -> bool:
    """True for "what is X?" where X is a catalogued concept and (almost) nothing else."""
    if not concepts:
        return False
    text = normalize_name(re.sub(r"[?!.,:;¿¡\"“”„]", " ", question))
    for lang in {language, "en"}:
        text = re.sub(_QUESTION_FRAMES.get(lang, _QUESTION_FRAMES["en"]), " ", text).strip()
    for alias in sorted({normalize_name(a) for c in concepts for a in c.aliases()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(alias)}(?!\w)", " ", text)
    leftover = [w for w in text.split() if len(w) > 2 and w not in _FILLER_WORDS]
    return len(leftover) == 0


def retrieve(
    index: LoadedIndex,
    embedder: Embedder,
    question: str,
    language: str,
    k: int = 5,
    weights: RetrievalWeights = RetrievalWeights(),
    query_vector: np.ndarray | None = None,
) -> Retrieved:
    vector = embedder.embed_queries([question]) if query_vector is None else query_vector
    adapted_vector = _adapted(index, vector, weights.query_adapter)
    dense = dense_scores(index, vector if adapted_vector is None else adapted_vector)
    rest = scores_besides_dense(index, question, language, vector, weights)
    score = np.where(np.isfinite(dense), dense, 0.0) + rest.score
    score += list_position_bonus(index, question, language, score, weights.numbered_heading)
    lexical, sentence_score = rest.lexical, rest.sentence_score

    # A passage and its translations are one unit, ranked by its best version and shown in the
    # asker's language when it has a version in it.
    hits = [
        Hit(r, index.chunks[r], unit_score, float(dense[r]) if np.isfinite(dense[r]) else None, float(lexical[r]))
        for r, unit_score in index.translations.best_versions(score, language, k)
    ]
    # How close the question is to the corpus (abstention) is the model's own similarity.
    raw_dense = dense if adapted_vector is None else dense_scores(index, vector, k=1)
    best_dense = float(raw_dense[np.isfinite(raw_dense)].max(initial=0.0))
    retrieved_sentences = sentence_score[np.isfinite(sentence_score)]
    top_sentence = float(retrieved_sentences.max(initial=0.0))
    best_lexical = float(lexical.max(initial=0.0))
    return Retrieved(
        hits,
        rest.concepts,
        rest.definitional,
        best_dense,
        best_lexical,
        top_sentence,
        sentence_score,
        question,
        language,
        vector,
    )


@dataclass(frozen=True)
class Signals:
    """Every part of a passage's score but its dense similarity, and the signals it came from."""

    score: np.ndarray
    lexical: np.ndarray  # BM25 in each passage's language
    sentence_score: np.ndarray  # similarity of the question with each sentence (-inf: not retrieved)
    concepts: list[Concept]
    definitional: bool


def scores_besides_dense(
    index: LoadedIndex, question: str, language: str, vector: np.ndarray, weights: RetrievalWeights
) -> Signals:
    """The score each passage gets from everything but its dense similarity (the query adapter learns on top of it)."""
    # A sentence is as close to the question as the closest of its translations (aligned sentences).
    sentence_score = index.translations.spread_sentence_scores(sentence_scores(index, vector))
    equivalents = cross_language_terms(index, question, language)
    lexical = lexical_scores(index, question, extra_terms=equivalents)
    best_lexical = float(lexical.max(initial=0.0))
    score = np.zeros(len(index.chunks), dtype=np.float64)
    if weights.sentence:
        score += weights.sentence * sentence_evidence(index, sentence_score)
    # BM25 scaled by the best score of any language. Scaling each language by its own best was
    # measured and dropped: hit@1 0.893 -> 0.840 on eval/questions.jsonl, 0.525 -> 0.500 on the
    # new-documents tuning half (a passage matching one glossary word got full lexical credit).
    if best_lexical > 0:
        score += weights.lexical * lexical / best_lexical
    concepts = index.catalogue.match(question)
    definitional = is_definition_question(question, language, concepts)
    score += _concept_bonus(index, concepts, definitional, weights)
    score += weights.same_language * (index.chunk_languages == language)
    if weights.overview:
        score -= weights.overview * index.overview_rows
    # a list question, or one for a list position ("the third step"), is answered from a list
    if weights.list_passage and (shape_of(question, language).kind == "list" or ordinal(question, language)):
        score += weights.list_passage * index.list_rows
    score += numbered_list_bonus(index, question, language, weights.numbered_list)
    score += item_count_bonus(index, question, language, weights.item_count)
    score += title_bonus(index, question, language, equivalents, weights.title)
    score += answer_type_bonus(
        index,
        question,
        language,
        weights.answer_date,
        weights.answer_number,
        weights.answer_table,
        weights.answer_quote,
    )
    if weights.other_language_only or weights.other_language_topic:
        lacking = index.translations.lacks_language(language)
        score += weights.other_language_only * lacking
        if weights.other_language_topic and lacking.any():
            topical = lacking & ~index.overview_rows.astype(bool)
            score += weights.other_language_topic * topical * index.topic_vectors.similarity(vector, language)
    return Signals(score, lexical, sentence_score, concepts, definitional)


def _adapted(index: LoadedIndex, vector: np.ndarray, share: float) -> np.ndarray | None:
    """The question's vector for ranking passages, when an adapter for the index's model exists."""
    adapter = adapter_for(index.manifest.model_id) if share else None
    return None if adapter is None else adapter.apply(vector, share)


def _concept_bonus(
    index: LoadedIndex, concepts: list[Concept], definitional: bool, weights: RetrievalWeights
) -> np.ndarray:
    bonus = np.zeros(len(index.chunks))
    if not concepts:
        return bonus
    if definitional:
        rows = [index.row_of[q.chunk_id] for c in concepts for q in c.quotes if q.chunk_id in index.row_of]
        bonus[rows] = weights.concept_definition
        return bonus
    wanted = {c.id for c in concepts}
    for chunk_id, named in index.catalogue.mentions.items():
        if chunk_id in index.row_of:
            bonus[index.row_of[chunk_id]] = weights.concept_mention * len(wanted.intersection(named)) / len(wanted)
    return bonus


def with_equivalents(index: LoadedIndex, question: str, language: str, target: str) -> str:
    """The question's words, with their equivalents in ``target`` when that is another language."""
    if target == language:
        return question
    return " ".join([question, *cross_language_terms(index, question, language).get(target, [])])


def cross_language_terms(index: LoadedIndex, question: str, language: str) -> dict[str, list[str]]:
    """Words for the other languages' BM25 queries: the hand glossary's, then the term table's."""
    found = index.glossary.equivalents(question, language)
    for other, words in index.terms.equivalents(question, language).items():
        found.setdefault(other, []).extend(words)
    if language == "de":  # "Wie lagert man ... aus?": the documents say "auslagern", "Auslagerung"
        found.setdefault("de", []).extend(separable_verb_words(question, index.vocabulary))
    return found
