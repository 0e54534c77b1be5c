"""A learned linear map on the question's vector, for ranking passages (not for abstaining).

The bundled model embeds a question and the passage that answers it less alike than it could:
questions are short and phrased as questions, passages are statements, often in another
language. A low-rank map ``q + (q @ down) @ up``, learned on the evaluation sets whose held-out
halves have been reported (``bench/train_query_adapter.py``, docs/answering.md), moves a question's vector towards
the passages that answer such questions. It is trained on top of the rest of the ranking, so it
learns what the other signals miss, and is held near the identity by a penalty on its size.

Only the passages' dense similarity uses it: sentence scores, the relevance margin that decides
abstention and everything else keep the model's own vector. It belongs to one embedding model
(``model_id``); an index built with another model is ranked without it. The file is verified
against its recorded checksum before use; a file that does not match is not used.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

_log = logging.getLogger(__name__)
_WEIGHTS = "query_adapter.npz"
_CARD = "query_adapter.json"


@dataclass(frozen=True)
class QueryAdapter:
    model_id: str
    down: np.ndarray  # (dim, rank)
    up: np.ndarray  # (rank, dim)

    def apply(self, vectors: np.ndarray, share: float = 1.0) -> np.ndarray:
        """The adapted unit vectors; ``share`` scales the learned shift (0 leaves them as they are)."""
        shifted = vectors + share * ((vectors @ self.down) @ self.up)
        norms = np.linalg.norm(shifted, axis=1, keepdims=True)
        return (shifted / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def adapter_for(model_id: str) -> QueryAdapter | None:
    """The bundled adapter when it was learned for ``model_id`` and its file is intact, else None."""
    adapter = _bundled()
    return adapter if adapter is not None and adapter.model_id == model_id else None


@cache
def _bundled() -> QueryAdapter | None:
    package = resources.files("kb.data")
    try:
        card = json.loads(package.joinpath(_CARD).read_text(encoding="utf-8"))
        blob = package.joinpath(_WEIGHTS).read_bytes()
    except (OSError, ValueError) as exc:
        _log.warning("query adapter not used: %s", exc)
        return None
    return parse_adapter(card, blob)


def parse_adapter(card: dict, blob: bytes) -> QueryAdapter | None:
    """The adapter in ``blob`` when its checksum and shapes match ``card``; None (and a warning) if not."""
    if hashlib.sha256(blob).hexdigest() != card.get("sha256"):
        _log.warning("query adapter not used: %s does not match its recorded checksum", _WEIGHTS)
        return None
    try:
        with np.load(io.BytesIO(blob)) as arrays:
            down, up = arrays["down"].astype(np.float32), arrays["up"].astype(np.float32)
    except (OSError, ValueError, KeyError) as exc:
        _log.warning("query adapter not used: %s", exc)
        return None
    if down.ndim != 2 or up.shape != (down.shape[1], down.shape[0]):
        _log.warning("query adapter not used: shapes %s and %s do not fit", down.shape, up.shape)
        return None
    return QueryAdapter(str(card.get("model_id", "")), down, up)
