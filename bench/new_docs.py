"""Quality on documents kb does not ship: eval/new-docs/ (tuning half beside the held-out half).

The corpus plus the eight evaluation documents is indexed aside (index/.scratch/, sharing the
embedding cache), and both halves are asked through ``ask()``: hit@1, hit@5, answer correctness
(answer_keys), same- vs cross-language, and near-domain abstention. The held-out half is reported
here, never tuned on. Run alone: .venv/bin/python bench/new_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit

NEW_DOCS = REPO / "eval" / "new-docs"
HALVES = {"tuning": NEW_DOCS / "tune.jsonl", "held-out": NEW_DOCS / "heldout.jsonl"}


def measure(embedder) -> dict:
    from kb.index.reader import load_index
    from kb.index.scratch import build_with_extra_documents
    from kb.qa import evaluation
    from kb.qa.answer import ask

    scratch, _ = build_with_extra_documents(REPO / "corpus", NEW_DOCS / "docs", REPO / "index", embedder)
    index = load_index(scratch, embedder.model_id)

    def gold_languages(gold: list[str]) -> set[str]:
        return {c.language for c in index.chunks if evaluation.holds_gold(c.text, gold)}

    figures = {}
    for half, path in HALVES.items():
        items = evaluation.read_eval_file(path)
        outcomes = evaluation.run(items, lambda q: ask(index, embedder, q), gold_languages=gold_languages)
        result = evaluation.report(outcomes)
        figures[half] = {"overall": result["overall"], **result.get("by_source", {})}
    return figures


if __name__ == "__main__":
    from kb.index.embedders import load_embedder

    emit(measure(load_embedder("e5")))
