"""The Milvus store (through Milvus Lite): same answers as the local files, alias publishing, damage."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb.errors import IndexCorruptError
from kb.index import publish, reader
from kb.index.build import build_index
from kb.index.milvus import MilvusStore
from kb.index.store import STORES, LocalStore, open_store, scratch_spec
from kb.qa.answer import ask
from kb.qa.search import search
from tests.conftest import REPO, run_kb
from tests.fakes import FakeEmbedder

QUESTIONS = ["What is insourcing?", "Kundenservice und Buchhaltung", "multi-sourcing experts", "Kosteneinsparungen"]


@pytest.fixture
def lite(tmp_path: Path) -> Iterator[str]:
    """A Milvus Lite store in tmp_path, let go of after the test (so the file is free again)."""
    spec = f"milvus:{tmp_path / 'kb.db'}"
    yield spec
    store = open_store(spec)
    assert isinstance(store, MilvusStore)
    store.close()


def client_of(spec: str):
    store = open_store(spec)
    assert isinstance(store, MilvusStore)
    return store, store.client()


def test_store_names_choose_the_backend(tmp_path, monkeypatch):
    assert isinstance(open_store("local"), LocalStore)
    lite = open_store(f"milvus:{tmp_path}/kb.db#team")
    assert isinstance(lite, MilvusStore) and lite.lite and lite.alias == "team_live"
    server = open_store("milvus://db.example:19530")
    assert isinstance(server, MilvusStore) and server.uri == "http://db.example:19530" and not server.lite
    assert isinstance(open_store("https://x.example:443"), MilvusStore)
    monkeypatch.setenv("KB_STORE", "local")
    assert isinstance(open_store(), LocalStore)
    assert scratch_spec("milvus:a.db") == "milvus:a.db#kb_scratch" and scratch_spec("local") == "local"
    assert "milvus" in STORES.names()


def test_milvus_ranks_as_the_local_files_do(small_corpus, tmp_path, lite):
    embedder = FakeEmbedder()
    build_index(small_corpus, tmp_path / "index", embedder, store="local")
    report = build_index(small_corpus, tmp_path / "index", embedder, store=lite)
    assert report.published and report.embedded == 0  # the embedding cache is shared by the stores
    local = reader.load_index(tmp_path / "index", embedder.model_id, store="local")
    milvus = reader.load_index(tmp_path / "index", embedder.model_id, store=lite)
    assert [c.to_dict() for c in milvus.chunks] == [c.to_dict() for c in local.chunks]
    assert (milvus.sentence_rows == local.sentence_rows).all()
    rows = [3, 0, 2]  # several rows in one call, in the order asked (the answer writer's exact scores)
    assert milvus.sentence_vectors.vectors(rows) == pytest.approx(local.sentence_vectors.vectors(rows), abs=1e-6)
    assert local.sentence_vectors.vectors(rows)[1] == pytest.approx(local.sentence_vectors.vector(0))
    for question in QUESTIONS:
        assert [h.row for h in search(milvus, embedder, question, k=3)] == [
            h.row for h in search(local, embedder, question, k=3)
        ]
        assert ask(milvus, embedder, question).citations == ask(local, embedder, question).citations
    store = milvus.manifest.store
    assert store["kind"] == "milvus" and store["collection"] == f"kb_{report.build_id.replace('-', '_')}"


def test_publish_moves_the_alias_keeps_one_previous_and_drops_orphans(small_corpus, tmp_path, lite):
    index_root, embedder = tmp_path / "index", FakeEmbedder()
    store, client = client_of(lite)
    builds = []
    for word in ("first", "second", "third"):
        (small_corpus / "extra.en.md").write_text(f"# Extra\n\nA {word} passage on outsourcing.", encoding="utf-8")
        builds.append(build_index(small_corpus, index_root, embedder, store=lite).build_id)
    live = client.describe_alias(store.alias)["collection_name"]
    assert live == store.collection(builds[2])
    assert sorted(client.list_collections()) == sorted(store.collection(b) for b in builds[1:])
    assert sorted(p.name for p in (store.root(index_root) / publish.BUILDS).iterdir()) == sorted(builds[1:])
    assert not (index_root / publish.CURRENT).exists()  # the alias is the live pointer, not CURRENT
    # What a killed build leaves: a collection and a build folder nobody points at, a temporary folder.
    orphan = "20990101T000000000000Z-abcdef"
    client.create_collection(store.collection(orphan), dimension=8)
    (store.root(index_root) / publish.BUILDS / orphan).mkdir()
    (store.root(index_root) / f"{publish.TMP_PREFIX}{orphan}").mkdir()
    again = build_index(small_corpus, index_root, embedder, store=lite)
    assert not again.published
    assert store.collection(orphan) not in client.list_collections()
    assert sorted(p.name for p in store.root(index_root).iterdir()) == [publish.BUILDS]
    assert reader.load_index(index_root, embedder.model_id, store=lite).build_id == builds[2]


def test_cli_takes_the_store_option(cli_env, tmp_path, lite):
    assert run_kb("index", "--store", lite).output.startswith("indexed")
    status = json.loads(run_kb("status", "--store", lite, "--json").output)
    assert status["store"]["kind"] == "milvus"
    reply = json.loads(run_kb("ask", "--store", lite, "What is insourcing?", "--json").output)
    assert reply["question"] == "What is insourcing?"
    hits = json.loads(run_kb("search", "--store", lite, "insourcing in house", "--json").output)
    assert hits[0]["section"] == "Insourcing"
    assert run_kb("status").exit_code == 1  # nothing was built in the local files


def test_damage_gets_one_line_and_a_plain_index_repairs_it(cli_env, lite, monkeypatch):
    monkeypatch.setenv("KB_STORE", lite)
    assert run_kb("index").exit_code == 0
    store, client = client_of(lite)
    build = store.root(cli_env) / publish.BUILDS / store.live_build_id(cli_env)
    manifest = build / "manifest.json"
    original = manifest.read_bytes()
    manifest.write_bytes(original.replace(b'"chunks"', b'"chunkz"', 1))
    line = run_kb("ask", "What is insourcing?").output.strip()
    assert "manifest.json" in line and "Milvus collection" in line and "kb index --rebuild" in line
    manifest.write_bytes(original)
    client.drop_collection(client.describe_alias(store.alias)["collection_name"])
    result = run_kb("ask", "What is insourcing?")
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    # Milvus Lite drops the alias with its collection ("no index"); a server refuses the drop.
    assert ("is missing" in result.output or "no index in Milvus" in result.output) and "'kb index" in result.output
    assert run_kb("index").output.startswith("indexed")
    assert run_kb("ask", "What is insourcing?").exit_code == 0


def test_a_lite_file_open_in_another_process_is_one_line(tmp_path, cli_env):
    spec = f"milvus:{tmp_path / 'held.db'}"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from pymilvus import MilvusClient; MilvusClient({str(tmp_path / 'held.db')!r}); "
            "print('open', flush=True); import time; time.sleep(60)",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        result = run_kb("index", "--store", spec)
        assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
        assert "another process" in result.output and "milvus://HOST:PORT" in result.output
    finally:
        holder.kill()
        holder.wait()
        open_store(spec).close()  # type: ignore[attr-defined]


def test_a_broken_pointer_is_a_damaged_index(small_corpus, tmp_path, lite):
    build_index(small_corpus, tmp_path / "index", FakeEmbedder(), store=lite)
    store, client = client_of(lite)
    client.alter_collection_properties(
        client.describe_alias(store.alias)["collection_name"], properties={"kb.pointer": "{"}
    )
    with pytest.raises(IndexCorruptError, match="no build pointer"):
        reader.load_index(tmp_path / "index", "fake:64", store=lite)
    assert build_index(small_corpus, tmp_path / "index", FakeEmbedder(), store=lite).published


@pytest.mark.integration
def test_the_evaluation_set_scores_alike_on_both_stores(real_index, e5, lite):
    from kb.qa import evaluation

    build_index(REPO / "corpus", real_index, e5, store=lite)
    items = evaluation.read_eval_file(REPO / "eval" / "questions.jsonl")
    figures = {}
    for spec in ("local", lite):
        loaded = reader.load_index(real_index, e5.model_id, store=spec)
        figures[spec] = evaluation.report(evaluation.run(items, lambda q, index=loaded: ask(index, e5, q)))["overall"]
    for metric in ("hit@1", "hit@5"):
        assert abs(figures["local"][metric] - figures[lite][metric]) <= 0.02, figures
