"""The cross-language term table: the corpus's own words matched across languages by the model.

The hand-written glossary covers the words someone thought of; this table covers the rest,
with no hand work per document. At index time each language's vocabulary (words of four or
more letters, stop words left out, one surface form per stem) is embedded with the bundled
multilingual model, word by word, and two words of different languages are paired when each
is the other's nearest neighbour and their cosine similarity reaches ``min_similarity``
(mutual nearest neighbours, as in bilingual lexicon induction). A question's words then bring
their partners into the BM25 query of the other languages' passages, as the glossary's do.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kb.ingest.chunking import Chunk
from kb.languages import analyzer, stopwords

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


@dataclass(frozen=True)
class TermSettings:
    # Chosen by reading samples of pairs: above 0.93 most pairs are translations; below it, noise.
    min_similarity: float = 0.93
    max_words_per_language: int = 5000  # the most frequent; bounds index time on large corpora


@dataclass(frozen=True)
class TermTable:
    # language -> stem -> other language -> the partner word (a surface form, analysed again at query time)
    pairs: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def equivalents(self, question: str, language: str) -> dict[str, list[str]]:
        """For every other language, the partners of the question's words."""
        table = self.pairs.get(language)
        if not table:
            return {}
        found: dict[str, list[str]] = defaultdict(list)
        for stem in dict.fromkeys(analyzer(language).tokens(question)):
            for other, word in table.get(stem, {}).items():
                found[other].append(word)
        return dict(found)

    def __len__(self) -> int:
        return sum(len(p) for lang in self.pairs.values() for p in lang.values()) // 2

    def to_dict(self) -> dict[str, Any]:
        return {"pairs": self.pairs}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TermTable:
        return cls(pairs=data.get("pairs", {}))


def vocabulary(chunks: Sequence[Chunk], settings: TermSettings) -> dict[str, list[tuple[str, str]]]:
    """Per language, (stem, surface form) of its words, most frequent first; one form per stem."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for chunk in chunks:
        stop = stopwords(chunk.language)
        counts[chunk.language].update(w for w in (m.lower() for m in _WORD.findall(chunk.text)) if w not in stop)
    found: dict[str, list[tuple[str, str]]] = {}
    for language, counted in sorted(counts.items()):
        by_stem: dict[str, str] = {}
        for word, _ in counted.most_common():
            stems = analyzer(language).tokens(word)
            if len(stems) == 1 and stems[0] not in by_stem:
                by_stem[stems[0]] = word
            if len(by_stem) == settings.max_words_per_language:
                break
        found[language] = list(by_stem.items())
    return found


def build_term_table(
    words: dict[str, list[tuple[str, str]]],
    vectors: dict[str, np.ndarray],
    settings: TermSettings,
) -> TermTable:
    """Mutual nearest neighbours above the similarity floor, for every pair of languages."""
    pairs: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    languages = sorted(lang for lang in words if len(words[lang]))
    for i, a in enumerate(languages):
        for b in languages[i + 1 :]:
            for row, col in _mutual_neighbours(vectors[a], vectors[b], settings.min_similarity):
                (stem_a, word_a), (stem_b, word_b) = words[a][row], words[b][col]
                if word_a != word_b:  # the same word in both languages already matches in BM25
                    pairs[a][stem_a][b] = word_b
                    pairs[b][stem_b][a] = word_a
    return TermTable({lang: dict(table) for lang, table in pairs.items()})


def _mutual_neighbours(left: np.ndarray, right: np.ndarray, floor: float) -> list[tuple[int, int]]:
    similarity = left @ right.T
    best_right, best_left = similarity.argmax(axis=1), similarity.argmax(axis=0)
    return [
        (row, int(col)) for row, col in enumerate(best_right) if best_left[col] == row and similarity[row, col] >= floor
    ]


def term_texts(words: dict[str, list[tuple[str, str]]]) -> list[str]:
    """What to embed, in the order ``split_vectors`` expects."""
    return [word for lang in sorted(words) for _, word in words[lang]]


def split_vectors(words: dict[str, list[tuple[str, str]]], vectors: np.ndarray) -> dict[str, np.ndarray]:
    out, start = {}, 0
    for lang in sorted(words):
        out[lang] = vectors[start : start + len(words[lang])]
        start += len(words[lang])
    return out
