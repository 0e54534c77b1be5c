"""Retrieval quality on the project's evaluation set: kb against two baselines, in one run.

- kb: the answer's citations (hybrid dense + sentences + BM25 + concepts + language);
- dense-only: the same model over plain paragraphs of the corpus (no chunking, no headings);
- BM25-only: kb's lexical indexes (per-language stemming) over kb's passages.
hit@1, hit@5 and MRR (over the first 5) on the answerable questions, overall and per language.
Run alone: .venv/bin/python bench/quality.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit, eval_items

K = 5


def plain_paragraphs(corpus_root: Path) -> list[str]:
    """Each blank-line-separated paragraph of each document, headings dropped."""
    from kb.ingest.documents import load_corpus

    paragraphs = []
    for doc in load_corpus(corpus_root):
        for block in re.split(r"\n\s*\n", doc.body):
            lines = [line for line in block.strip().splitlines() if not line.lstrip().startswith("#")]
            if text := " ".join(lines).strip():
                paragraphs.append(text)
    return paragraphs


def scores(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {
        "hit@1": round(sum(r == 1 for r in ranks) / n, 3),
        "hit@5": round(sum(r is not None and r <= K for r in ranks) / n, 3),
        "mrr": round(sum(1 / r for r in ranks if r) / n, 3),
        "questions": n,
    }


def measure(index, embedder, corpus_root: Path = REPO / "corpus") -> dict:
    from kb.qa.answer import ask
    from kb.qa.evaluation import first_correct_rank, first_gold_rank
    from kb.qa.signals import lexical_scores

    items = [i for i in eval_items() if i.answerable]
    paragraphs = plain_paragraphs(corpus_root)
    paragraph_vectors = embedder.embed_passages(paragraphs)
    chunk_texts = [c.text for c in index.chunks]
    ranks: dict[str, dict[str, list]] = {"kb": {}, "dense_paragraphs": {}, "bm25": {}}
    for item in items:
        answer = ask(index, embedder, item.question, k=K)
        dense = paragraph_vectors @ embedder.embed_queries([item.question])[0]
        dense_texts = [paragraphs[i] for i in np.argsort(-dense, kind="stable")[:K]]
        lexical = lexical_scores(index, item.question)
        matched = np.flatnonzero(lexical > 0)
        bm25_texts = [chunk_texts[i] for i in matched[np.argsort(-lexical[matched], kind="stable")][:K]]
        found = {
            "kb": first_correct_rank(answer, item.gold, K),
            "dense_paragraphs": first_gold_rank(dense_texts, item.gold, K),
            "bm25": first_gold_rank(bm25_texts, item.gold, K),
        }
        for system, rank in found.items():
            for group in ("all", item.lang):
                ranks[system].setdefault(group, []).append(rank)
    return {
        "paragraphs": len(paragraphs),
        "passages": len(chunk_texts),
        "systems": {
            system: {group: scores(r) for group, r in sorted(by_group.items())} for system, by_group in ranks.items()
        },
    }


if __name__ == "__main__":
    from kb.index.embedders import load_embedder
    from kb.index.reader import load_index

    model = load_embedder("e5")
    emit(measure(load_index(REPO / "index", model.model_id), model))
