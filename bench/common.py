"""Shared helpers of the benchmarks: percentiles, memory, machine facts, the evaluation set."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL_FILE = REPO / "eval" / "questions.jsonl"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def p50_p95(values_ms: list[float]) -> dict:
    return {
        "p50_ms": round(statistics.median(values_ms), 3),
        "p95_ms": round(percentile(values_ms, 0.95), 3),
        "n": len(values_ms),
    }


def rss_mb() -> float:
    """Resident memory of this process now (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextmanager
def stopwatch() -> Iterator[dict]:
    """``with stopwatch() as t: ...`` then ``t["s"]`` holds the seconds taken."""
    timing: dict = {}
    start = time.perf_counter()
    try:
        yield timing
    finally:
        timing["s"] = time.perf_counter() - start


def machine() -> dict:
    import faiss
    import numpy

    meminfo = Path("/proc/meminfo").read_text().split()
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "faiss": faiss.__version__,
        "numpy": numpy.__version__,
    }


def eval_items():
    from kb.qa.evaluation import read_eval_file

    return read_eval_file(EVAL_FILE)


def emit(data: dict) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))
