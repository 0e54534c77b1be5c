"""The learned query adapter: verified before use, only for its own model, only for ranking passages."""

from __future__ import annotations

import hashlib
import io
import json
from importlib import resources

import numpy as np
import pytest

import kb.qa.retrieval as retrieval
from kb.index.embedders import E5Embedder
from kb.qa.query_adapter import QueryAdapter, adapter_for, parse_adapter
from kb.qa.retrieval import RetrievalWeights, retrieve
from tests.conftest import damaged
from tests.fakes import FakeEmbedder


def _bundled_files() -> tuple[dict, bytes]:
    package = resources.files("kb.data")
    card = json.loads(package.joinpath("query_adapter.json").read_text(encoding="utf-8"))
    return card, package.joinpath("query_adapter.npz").read_bytes()


def test_the_bundled_adapter_is_intact_and_belongs_to_the_default_model():
    adapter = adapter_for(E5Embedder.model_id)
    assert adapter is not None
    dim, rank = adapter.down.shape
    assert (dim, adapter.up.shape) == (384, (rank, 384))
    assert adapter_for(FakeEmbedder().model_id) is None  # another model's vectors: not adapted


@pytest.mark.parametrize("how", ["truncate", "zero", "edit"])
def test_a_damaged_adapter_file_is_not_used(how, caplog):
    card, blob = _bundled_files()
    assert parse_adapter(card, blob) is not None
    assert parse_adapter(card, damaged(blob, how)) is None
    assert "checksum" in caplog.text


def test_arrays_that_do_not_fit_are_not_used():
    buffer = io.BytesIO()
    np.savez(buffer, down=np.ones((8, 2), np.float32), up=np.ones((3, 8), np.float32))
    blob = buffer.getvalue()
    assert parse_adapter({"model_id": "m", "sha256": hashlib.sha256(blob).hexdigest()}, blob) is None


def test_apply_returns_unit_vectors_and_share_zero_leaves_the_direction():
    rng = np.random.default_rng(0)
    adapter = QueryAdapter(
        "m", rng.normal(size=(16, 4)).astype(np.float32), rng.normal(size=(4, 16)).astype(np.float32)
    )
    vectors = rng.normal(size=(3, 16)).astype(np.float32)
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    assert np.allclose(adapter.apply(vectors, 0.0), unit, atol=1e-6)
    moved = adapter.apply(vectors, 1.0)
    assert np.allclose(np.linalg.norm(moved, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(moved, unit, atol=1e-3)


def test_the_adapter_ranks_passages_but_leaves_the_relevance_to_the_model(small_index, monkeypatch):
    index = small_index
    question = "Insourcing brings an external team on board?"
    embedder = FakeEmbedder()
    query = embedder.embed_queries([question])
    plain = retrieve(index, embedder, question, "en", k=3, weights=RetrievalWeights(query_adapter=0.0))
    target = plain.hits[-1].row  # the passage ranked last: the adapter pulls the question towards it
    toward = index.vectors.vector(target).reshape(1, -1) * 10
    adapter = QueryAdapter(index.manifest.model_id, query.reshape(-1, 1), toward)
    monkeypatch.setattr(retrieval, "adapter_for", lambda model_id: adapter)
    adapted = retrieve(index, embedder, question, "en", k=3, weights=RetrievalWeights(query_adapter=1.0))
    assert adapted.hits[0].row == target != plain.hits[0].row
    assert adapted.best_dense == pytest.approx(plain.best_dense)
    assert np.array_equal(adapted.sentence_score, plain.sentence_score)
    off = retrieve(index, embedder, question, "en", k=3, weights=RetrievalWeights(query_adapter=0.0))
    assert [h.row for h in off.hits] == [h.row for h in plain.hits]
