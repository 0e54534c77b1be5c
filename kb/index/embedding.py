"""Vectors for a build's texts: from the cache where it holds a sound vector, else embedded once per text.

A document that repeats itself ("Outsourcing is good." 24,000 times) has thousands of
sentences but three distinct texts: each distinct text is embedded once per build,
whatever number of passages and sentences share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kb.errors import KBError
from kb.index.embedders import Embedder
from kb.index.embedding_cache import EmbeddingCache, cache_key

Progress = Callable[[int, int], None]
EMBED_BATCH = 16


@dataclass(frozen=True)
class Embedded:
    vectors: np.ndarray  # one row per text, in order
    missing: list[int]  # positions whose vector was not in the cache (or failed its checksum)
    distinct_embedded: int  # texts the model actually embedded
    repaired: int  # cached vectors that failed their checksum and were embedded again


def embed_texts(
    texts: list[str], embedder: Embedder, cache_file: Path, rebuild: bool = False, progress: Progress | None = None
) -> Embedded:
    """Vectors for ``texts``: cache first, then each distinct missing text embedded once (in batches)."""
    cache = EmbeddingCache(cache_file)
    try:
        keys = [cache_key(embedder.model_id, t) for t in texts]
        known = {} if rebuild else cache.get_many(keys)
        missing = [i for i, k in enumerate(keys) if k not in known]
        first: dict[str, int] = {}
        for i in missing:
            first.setdefault(keys[i], i)
        todo = list(first.items())  # each distinct missing text once, with its first position
        if progress:
            progress(0, len(todo))
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start : start + EMBED_BATCH]
            fresh = embedder.embed_passages([texts[i] for _, i in batch])
            new = {key: fresh[j] for j, (key, _) in enumerate(batch)}
            cache.put_many(new)
            known.update(new)
            if progress:
                progress(min(start + EMBED_BATCH, len(todo)), len(todo))
        if len({known[k].shape[0] for k in keys}) > 1:
            raise KBError("cached embeddings disagree in dimension; run 'kb index --rebuild'")
        vectors = np.stack([known[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, 0), np.float32)
        return Embedded(vectors, missing, len(todo), cache.rejected)
    finally:
        cache.close()
