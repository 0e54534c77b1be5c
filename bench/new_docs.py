"""Quality on documents kb does not ship: eval/new-docs*/ and eval/set-*/new-docs-*/, tuning beside held-out.

The corpus plus each set's evaluation documents is indexed aside (index/.scratch/, sharing the
embedding cache), and both halves are asked through ``ask()``: hit@1, hit@5, answer correctness
(answer_keys), same- vs cross-language, and near-domain abstention. The held-out half is reported
here, never tuned on. Run alone: .venv/bin/python bench/new_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, emit

# Every blind set's documents, oldest first: a new eval/set-N/new-docs-N/ joins without an edit here.
SETS = [REPO / "eval" / "new-docs", REPO / "eval" / "new-docs-2"] + sorted(
    (REPO / "eval").glob("set-*/new-docs-*"), key=lambda path: int(path.name.rsplit("-", 1)[1])
)


def measure(embedder) -> dict:
    from kb.index.reader import load_index
    from kb.index.scratch import build_with_extra_documents
    from kb.qa import evaluation
    from kb.qa.answer import ask

    figures = {}
    for folder in SETS:
        scratch, _ = build_with_extra_documents(REPO / "corpus", folder / "docs", REPO / "index", embedder)
        index = load_index(scratch, embedder.model_id)

        def gold_languages(gold: list[str], index=index) -> set[str]:
            return {c.language for c in index.chunks if evaluation.holds_gold(c.text, gold)}

        for half, name in (("tuning", "tune.jsonl"), ("held-out", "heldout.jsonl")):
            items = evaluation.read_eval_file(folder / name)
            outcomes = evaluation.run(
                items, lambda q, index=index: ask(index, embedder, q), gold_languages=gold_languages
            )
            result = evaluation.report(outcomes)
            figures[f"{folder.name} {half}"] = {"overall": result["overall"], **result.get("by_source", {})}
    return figures


if __name__ == "__main__":
    from kb.index.embedders import load_embedder

    emit(measure(load_embedder("e5")))
