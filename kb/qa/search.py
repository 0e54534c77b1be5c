"""Ranked passages for ``kb search`` and the Search page: the answer's own retrieval, shown raw.

There is one ranking in kb (``retrieval.retrieve``); this module only validates the query,
identifies its language as ``ask`` does, optionally keeps one language's passages, and
returns the hits with their signals, so that what a maintainer debugs is what answers use.
"""

from __future__ import annotations

from kb.errors import InputError
from kb.index.embedders import Embedder
from kb.index.reader import LoadedIndex
from kb.qa.langid import identify_language
from kb.qa.query import validate_query
from kb.qa.retrieval import RetrievalWeights, retrieve
from kb.qa.signals import Hit
from kb.qa.spelling import mended


def search(
    index: LoadedIndex,
    embedder: Embedder,
    query: str,
    k: int = 5,
    language: str | None = None,
    weights: RetrievalWeights | None = None,
) -> list[Hit]:
    """The ``k`` best passages for ``query`` (of ``language`` only, when given), best first."""
    query = validate_query(query)
    check_language(index, language)
    guess = identify_language(query)
    asker = guess.code if guess.supported else "en"
    depth = len(index.chunks) if language else k
    # A language filter asks for that language's version of each passage.
    shown_in = language or asker
    looked_up = mended(index, query, asker)
    found = retrieve(index, embedder, looked_up, shown_in, k=depth, weights=weights or RetrievalWeights())
    hits = [h for h in found.hits if language is None or h.chunk.language == language]
    return hits[:k]


def check_language(index: LoadedIndex, language: str | None) -> None:
    """A language filter that matches no passage is a mistake to report, not an empty result."""
    if language is not None and language not in index.manifest.languages:
        held = ", ".join(index.manifest.languages)
        raise InputError(f"the index holds no passages in {language[:20]!r}; its languages are {held}")
