"""Warm `ask` latency against the bare cost of embedding the same questions.

Run: .venv/bin/python bench/ask_latency.py [--index index]
Both are timed in one run, question by question, so their ratio holds on a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from kb.answer import ask
from kb.embedding import load_embedder
from kb.store import load_index

REPO = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", default=str(REPO / "index"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    embedder = load_embedder("e5")
    index = load_index(Path(args.index), embedder.model_id)
    questions = [json.loads(line)["question"] for line in (REPO / "eval" / "questions.jsonl").open(encoding="utf-8")]
    for q in questions[:5]:  # warm-up
        ask(index, embedder, q)
    embed_ms, ask_ms = [], []
    for _ in range(args.rounds):
        for q in questions:
            start = time.perf_counter()
            embedder.embed_queries([q])
            embed_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            ask(index, embedder, q)
            ask_ms.append((time.perf_counter() - start) * 1000)
    for name, values in (("embed question", embed_ms), ("warm ask", ask_ms)):
        print(f"{name:<15} p50 {statistics.median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms")
    print(f"ratio p50 {statistics.median(ask_ms) / statistics.median(embed_ms):.2f}x  "
          f"({len(questions)} questions x {args.rounds} rounds)")


if __name__ == "__main__":
    main()
