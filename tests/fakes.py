"""Test doubles: a deterministic fake embedder, and its registration as model backends.

``register()`` makes ``fake:DIM`` and ``slowfake:PAUSE`` usable as ``--model``; the
``fake_backends`` fixture in conftest registers them for each test and removes them
after. Subprocesses that run the real CLI call ``register()`` themselves.
"""

from __future__ import annotations

import hashlib
import os
import re
import time

import numpy as np

from kb.index.embedders import EMBEDDERS


class FakeEmbedder:
    """Bag of hashed words -> unit vector. Same text, same vector; shared words, closer vectors."""

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.model_id = f"fake:{dim}"
        self.passages_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
            vec[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        norm = np.linalg.norm(vec)
        if norm == 0:
            vec[0], norm = 1.0, 1.0
        return vec / norm

    def embed_passages(self, texts):
        self.passages_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts):
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


class TranslatingFakeEmbedder(FakeEmbedder):
    """The fake embedder that reads each given phrase as its translation, as a multilingual model would."""

    def __init__(self, same: dict[str, str], dim: int = 64) -> None:
        super().__init__(dim)
        self.same = {k.lower(): v.lower() for k, v in same.items()}

    def _vector(self, text: str) -> np.ndarray:
        text = text.lower()
        for phrase, translation in self.same.items():
            text = text.replace(phrase, translation)
        return super()._vector(text)


class SlowFakeEmbedder(FakeEmbedder):
    """The fake embedder with a pause per batch, so a build lasts long enough to be killed part-way.

    With ``KB_TEST_BATCH_LOG`` set it appends a line to that file after each batch, so a test
    can stop a build after a given number of batches, however fast the machine is.
    """

    def __init__(self, dim: int = 64, pause: float = 0.02) -> None:
        super().__init__(dim)
        self.pause = pause
        self.batch_log = os.environ.get("KB_TEST_BATCH_LOG")

    def embed_passages(self, texts):
        time.sleep(self.pause)
        vectors = super().embed_passages(texts)
        if self.batch_log:
            with open(self.batch_log, "a", encoding="utf-8") as fh:
                fh.write(f"{len(texts)}\n")
        return vectors


def register() -> None:
    EMBEDDERS.register("fake", lambda arg: FakeEmbedder(int(arg or 64)))
    # Same model id as "fake:64", so builds of either load with either.
    EMBEDDERS.register("slowfake", lambda arg: SlowFakeEmbedder(64, float(arg or 0.02)))


def unregister() -> None:
    EMBEDDERS.unregister("fake")
    EMBEDDERS.unregister("slowfake")
