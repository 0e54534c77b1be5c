"""Question latency: warm `ask` against the bare cost of embedding the same question, and cold `kb ask`.

Both warm figures are taken in one loop, question by question, so their ratio holds on a noisy machine.
Run alone: .venv/bin/python bench/latency.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit, eval_items, p50_p95

COLD_QUESTION = "Was ist ITO?"


def warm(index, embedder, rounds: int = 3) -> dict:
    from kb.qa.answer import ask

    questions = [i.question for i in eval_items()]
    for question in questions[:5]:
        ask(index, embedder, question)
    embed_ms, ask_ms = [], []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            embedder.embed_queries([question])
            embed_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            ask(index, embedder, question)
            ask_ms.append((time.perf_counter() - start) * 1000)
    return {
        "embed_question": p50_p95(embed_ms),
        "warm_ask": p50_p95(ask_ms),
        "ratio_p50": round(statistics.median(ask_ms) / statistics.median(embed_ms), 3),
        "questions": len(questions),
        "rounds": rounds,
    }


def cold(index_root: Path, runs: int = 5) -> dict:
    """Process start to printed answer, `kb ask` as a user runs it (file cache warm after the first run)."""
    kb = Path(sys.executable).with_name("kb")
    seconds = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(
            [str(kb), "ask", COLD_QUESTION, "--index", str(index_root)], capture_output=True, text=True, cwd=REPO
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        seconds.append(time.perf_counter() - start)
    return {
        "question": COLD_QUESTION,
        "median_s": round(statistics.median(seconds[1:]), 3),
        "first_run_s": round(seconds[0], 3),
        "runs": runs,
    }


if __name__ == "__main__":
    from kb.index.embedders import load_embedder
    from kb.index.reader import load_index

    model = load_embedder("e5")
    emit({"warm": warm(load_index(REPO / "index", model.model_id), model), "cold": cold(REPO / "index")})
