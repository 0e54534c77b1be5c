"""Paths, model choice and limits, with environment-variable defaults.

Values are read when a function asks for them, never at import time, so tests
and callers can set the environment first.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_MODEL = "e5"
# A question longer than this is refused rather than embedded: the bundled model
# embeds all of whatever it is given, and 65,000 characters take ~30 s.
MAX_QUERY_CHARS = 2000
# Passages and queries are cut to this many characters before embedding; e5-small
# sees at most 512 tokens (about 2,000 characters) anyway.
MAX_EMBED_CHARS = 2000


def corpus_dir(value: str | os.PathLike | None = None) -> Path:
    return Path(value or os.environ.get("KB_CORPUS_DIR") or "corpus")


def index_dir(value: str | os.PathLike | None = None) -> Path:
    return Path(value or os.environ.get("KB_INDEX_DIR") or "index")


def model_spec(value: str | None = None) -> str:
    return value or os.environ.get("KB_MODEL") or DEFAULT_MODEL


DEFAULT_STORE = "local"


def store_spec(value: str | None = None) -> str:
    """Where the searchable index lives: ``local``, ``milvus:PATH.db``, ``milvus://HOST:PORT`` or ``https://...``."""
    return value or os.environ.get("KB_STORE") or DEFAULT_STORE


def milvus_analyzer() -> str:
    """Who analyses text for BM25 in Milvus: ``kb`` (kb's stemmers, the default) or ``milvus`` (its analyzers)."""
    return os.environ.get("KB_MILVUS_ANALYZER") or "kb"


def milvus_token() -> str:
    """The token (``user:password`` or an API key) for a Milvus server; never written to the index."""
    return os.environ.get("KB_MILVUS_TOKEN", "")
