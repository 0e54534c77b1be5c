"""Milvus as a server several processes share: kill trials on its publish, replicas, one lock.

The server is Milvus Lite's own gRPC server (``python -m milvus_lite server``), reached as
``milvus://127.0.0.1:PORT`` exactly as kb reaches a Milvus server or cluster.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from kb.index import publish, reader
from kb.index.build import build_index
from kb.index.milvus import MilvusStore
from kb.index.store import open_store
from tests.conftest import REPO
from tests.fakes import FakeEmbedder
from tests.test_reliability import KB, _batches_done_or_ended, _lock_is_held, _wait_for, versions_in, write_version

pytestmark = pytest.mark.slow
KILLS_EMBEDDING, KILLS_WRITING, KILLS_PUBLISHING = 4, 6, 4


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(tmp_path / "server.db"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise AssertionError("the Milvus Lite server did not start") from None
            time.sleep(0.1)
    spec = f"milvus://127.0.0.1:{port}"
    yield spec
    store(spec).close()
    proc.kill()
    proc.wait()


def store(spec: str) -> MilvusStore:
    found = open_store(spec)
    assert isinstance(found, MilvusStore)
    return found


def kb(*args: str, batch_log: Path | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KB_")}
    if batch_log is not None:
        env["KB_TEST_BATCH_LOG"] = str(batch_log)
    pipe = subprocess.PIPE
    return subprocess.Popen(KB + list(args), cwd=REPO, env=env, stdout=pipe, stderr=pipe, text=True)


def live_version(index_root: Path, spec: str, allowed: set[int]) -> int:
    seen = versions_in(reader.load_index(index_root, "fake:64", store=spec))
    assert len(seen) == 1 and seen <= allowed, f"live index mixes or skips versions: {seen}, allowed {allowed}"
    return seen.pop()


def leftovers(index_root: Path, spec: str) -> list[str]:
    milvus = store(spec)
    pointer = milvus.pointer()
    assert pointer is not None
    keep = {pointer["collection"], pointer["previous"]}
    found = [c for c in milvus.client().list_collections() if c not in keep]
    root = milvus.root(index_root)
    found += [p.name for p in root.glob(publish.TMP_PREFIX + "*")]
    kept = (pointer["build"], pointer["previous_build"])
    found += [b.name for b in (root / publish.BUILDS).iterdir() if b.name not in kept]
    return found


def _publishing_or_ended(root: Path, proc: subprocess.Popen) -> bool:
    return bool(list(root.glob(publish.TMP_PREFIX + "*/manifest.json"))) or proc.poll() is not None


def test_killed_milvus_builds_leave_the_old_or_the_new_collection_live(tmp_path, server):
    corpus, index_root, batch_log = tmp_path / "corpus", tmp_path / "index", tmp_path / "batches.log"
    write_version(corpus, 0)
    build_index(corpus, index_root, FakeEmbedder(), store=server)
    write_version(corpus, 1)
    args = ["index", "--corpus", str(corpus), "--index", str(index_root), "--store", server, "--model", "slowfake:0.05"]
    run = kb(*args, batch_log=batch_log)
    _, err = run.communicate(timeout=180)
    assert run.returncode == 0, err
    batches = len(batch_log.read_text(encoding="utf-8").splitlines())
    assert live_version(index_root, server, {1}) == 1
    rng = random.Random(19)
    kinds = ["embedding"] * KILLS_EMBEDDING + ["writing"] * KILLS_WRITING + ["publishing"] * KILLS_PUBLISHING
    outcomes = []
    for trial, kind in enumerate(kinds):
        old, new = trial + 1, trial + 2
        write_version(corpus, new)
        batch_log.unlink(missing_ok=True)
        proc = kb(*args, batch_log=batch_log)
        if kind == "embedding":
            _wait_for(partial(_batches_done_or_ended, batch_log, 1 + trial * (batches - 1) // KILLS_EMBEDDING, proc))
        elif kind == "writing":  # all embedded: creating and filling the collection
            _wait_for(partial(_batches_done_or_ended, batch_log, batches, proc))
            time.sleep(rng.uniform(0.0, 0.6))
        else:  # the manifest is written: checking, moving the folder, moving the alias
            _wait_for(partial(_publishing_or_ended, store(server).root(index_root), proc))
            time.sleep(rng.uniform(0.0, 0.08))
        held = _lock_is_held(index_root)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        live = live_version(index_root, server, {old, new})
        if kind == "embedding":
            assert held and live == old, f"trial {trial}: lock held {held}, live v{live}"
        outcomes.append((kind, live == new))
        report = build_index(corpus, index_root, FakeEmbedder(), store=server, lock_timeout=5)
        assert report.published or live == new
        assert live_version(index_root, server, {new}) == new
        assert leftovers(index_root, server) == []
    print("kills (kind, new build live):", outcomes)


def test_replicas_on_one_milvus_answer_alike_and_a_reindex_publishes_once(tmp_path, server):
    corpus, index_root = tmp_path / "corpus", tmp_path / "index"
    write_version(corpus, 0)
    build_index(corpus, index_root, FakeEmbedder(), store=server)
    ask = ["ask", "Which outsourcing partners handle part 3?", "--json", "--index", str(index_root), "--store", server]
    replicas = [kb(*ask, "--model", "fake:64") for _ in range(3)]
    replies = [json.loads(p.communicate(timeout=120)[0]) for p in replicas]
    assert all(r == replies[0] for r in replies) and replies[0]["citations"]
    write_version(corpus, 1)
    index = ["index", "--corpus", str(corpus), "--index", str(index_root), "--store", server]
    first = kb(*index, "--model", "slowfake:0.2")
    _wait_for(lambda: _lock_is_held(index_root) or first.poll() is not None)
    second = kb(*index, "--model", "fake:64")
    out1, err1 = first.communicate(timeout=180)
    out2, err2 = second.communicate(timeout=180)
    assert (first.returncode, second.returncode) == (0, 0), err1 + err2
    assert out1.startswith("indexed") and out2.startswith("up to date")
    assert live_version(index_root, server, {1}) == 1 and leftovers(index_root, server) == []
