"""`make bench`: every benchmark in one run, written to docs/benchmarks.md, .json and .png.

Order matters on a 2-core machine: the light, latency-sensitive measurements run first, the
scale run (minutes of HNSW building, gigabytes of vectors) last.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import indexing
import latency
import new_docs
import quality
import report
import scale
import stores
from common import REPO, machine

DOCS = REPO / "docs"


def step(name: str):
    print(f"[{time.strftime('%H:%M:%S')}] {name}", file=sys.stderr, flush=True)


def browser(index_root: Path) -> dict | None:
    """Enter -> answer in headless Chromium, if Debian's chromium is installed."""
    if not Path("/usr/bin/chromium").exists():
        return None
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "browser_latency.py"), "--index", str(index_root), "--rounds", "1"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=900,
    )
    if done.returncode != 0:
        print(f"browser benchmark skipped: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


def browser_concurrent(index_root: Path) -> dict | None:
    """1, 5 and 10 browser sessions asking at once (Enter -> answer, answers per second)."""
    if not Path("/usr/bin/chromium").exists():
        return None
    command = [sys.executable, str(REPO / "bench" / "browser_latency.py"), "--index", str(index_root)]
    done = subprocess.run([*command, "--sessions", "1,5,10"], capture_output=True, text=True, cwd=REPO, timeout=1800)
    if done.returncode != 0:
        print(f"concurrent browser benchmark skipped: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


def write(figures: dict) -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "benchmarks.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report.plot(figures, DOCS / "benchmarks.png")
    (DOCS / "benchmarks.md").write_text(report.render(figures), encoding="utf-8")


def main() -> None:
    if sys.argv[1:] == ["--report-only"]:  # re-render docs/ from the last run's figures
        write(json.loads((DOCS / "benchmarks.json").read_text(encoding="utf-8")))
        return
    from kb.index.build import build_index
    from kb.index.embedders import load_embedder
    from kb.index.reader import load_index

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.perf_counter()
    index_root = REPO / "index"
    model = load_embedder("e5")
    build_index(REPO / "corpus", index_root, model)  # incremental: nothing to do when the index is current
    index = load_index(index_root, model.model_id)
    figures: dict = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "model": model.model_id,
    }
    step("quality: kb, dense-only over paragraphs, BM25-only")
    figures["quality"] = quality.measure(index, model)
    step("quality on new documents: tuning half beside the held-out half")
    figures["new_documents"] = new_docs.measure(model)
    step("latency: warm ask vs embedding, cold kb ask")
    figures["latency"] = {"warm": latency.warm(index, model), "cold": latency.cold(index_root)}
    step("latency: web page in headless Chromium")
    figures["browser"] = browser(index_root)
    step("latency: 1, 5 and 10 browser sessions at once")
    figures["browser_concurrent"] = browser_concurrent(index_root)
    step("indexing: cold, incremental, backends")
    figures["indexing"] = {
        "build": indexing.cold_and_incremental(model),
        "backends": indexing.backends(model, [c.embed_text for c in index.chunks]),
    }
    step("scale: 10k, 100k, 1M vectors; lexical at 100k (the longest part)")
    figures["scale"] = scale.measure(index)
    step("stores: local files beside Milvus Lite at 100k (Lite searches in Python: 1M is not run)")
    figures["stores"] = stores.measure(index, stores.BENCH_SIZES)
    figures["total_s"] = round(time.perf_counter() - started, 1)
    write(figures)
    step(f"done in {figures['total_s'] / 60:.1f} min: docs/benchmarks.md, docs/benchmarks.png")
    for name, value, ok in report.targets(figures):
        print(f"{'ok ' if ok else 'NOT'}  {name}: {value}")


if __name__ == "__main__":
    main()
