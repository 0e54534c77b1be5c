"""Learn the query adapter (kb/qa/query_adapter.py) from evaluation questions and their gold passages.

    .venv/bin/python bench/train_query_adapter.py eval/questions.jsonl=index \\
        eval/set-9/new-docs-9/tune.jsonl=/tmp/ix-nd9 ... [--out kb/data]

Each argument pairs a question file with the index its questions are asked of (a set of new
documents needs an index of the corpus plus those documents: ``KB_CORPUS_DIR=... KB_INDEX_DIR=...
kb index``). A held-out half trained on is no longer held out: the newest set (its documents too)
stays out until its held-out figure is reported; older sets, both halves, may go in (``trained_on``
in the card says which did).

For every answerable question with a gold passage, the score each passage gets from everything
but its dense similarity is computed once (``retrieval.scores_besides_dense``); the map
``q + (q @ down) @ up`` is then learned so that dense similarity plus that score puts a gold
passage (or one of its translations) first: a softmax over the index's passages, a penalty on the
size of the learned shift, full-batch Adam. ``--leave-out INDEX`` trains without that index's
questions and reports hit@1 on them before and after, the check that the map helps documents it
never saw. The weights go to ``OUT/query_adapter.npz`` with a card (model, checksum, settings).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def collect(pairs: list[tuple[Path, Path]], embedder) -> tuple[list[dict], dict[str, dict]]:
    from kb.index.reader import load_index
    from kb.qa.evaluation import holds_gold, read_eval_file
    from kb.qa.retrieval import RetrievalWeights, scores_besides_dense

    weights = RetrievalWeights(query_adapter=0.0)
    items: list[dict] = []
    indexes: dict[str, dict] = {}
    for questions, index_dir in pairs:
        index = load_index(index_dir, embedder.model_id)
        key = str(index_dir)
        if key not in indexes:
            rows = list(range(len(index.chunks)))
            indexes[key] = {"passages": index.vectors.vectors(rows), "unit": np.asarray(index.translations.unit)}
        unit = indexes[key]["unit"]
        for item in read_eval_file(questions):
            gold = [r for r, c in enumerate(index.chunks) if holds_gold(c.text, item.gold)]
            if not item.answerable or not gold:
                continue
            vector = embedder.embed_queries([item.question])
            rest = scores_besides_dense(index, item.question, item.lang or "en", vector, weights).score
            units = set(unit[gold].tolist())
            correct = [r for r in range(len(unit)) if unit[r] in units]
            items.append({"index": key, "query": vector[0], "rest": rest, "correct": correct})
    return items, indexes


def train(items: list[dict], indexes: dict[str, dict], args: argparse.Namespace) -> tuple[np.ndarray, np.ndarray]:
    import torch

    torch.manual_seed(args.seed)
    dim = next(iter(indexes.values()))["passages"].shape[1]
    up_t = (0.01 * torch.randn(dim, args.rank, dtype=torch.float64)).requires_grad_()
    down = (0.01 * torch.randn(dim, args.rank, dtype=torch.float64)).requires_grad_()
    optimiser = torch.optim.Adam([up_t, down], lr=args.learning_rate)
    batches = _batches_by_index(items, indexes)
    for _ in range(args.epochs):
        optimiser.zero_grad()
        loss = torch.zeros((), dtype=torch.float64)
        for passages, queries, rest, correct in batches:
            moved = queries + (queries @ down) @ up_t.T
            logits = ((moved / moved.norm(dim=1, keepdim=True)) @ passages.T + rest) / args.temperature
            right = logits.masked_fill(~correct, float("-inf"))
            loss = loss + (torch.logsumexp(logits, 1) - torch.logsumexp(right, 1)).sum()
        loss = loss / len(items) + args.penalty * (down @ up_t.T).pow(2).sum()
        loss.backward()
        optimiser.step()
    return down.detach().numpy().astype(np.float32), up_t.detach().numpy().T.astype(np.float32)


def _batches_by_index(items: list[dict], indexes: dict[str, dict]) -> list[tuple]:
    """One batch per index: its passages, its questions' vectors and other scores, and which passages are right."""
    import torch

    batches = []
    for key in dict.fromkeys(i["index"] for i in items):
        group = [i for i in items if i["index"] == key]
        correct = torch.zeros((len(group), len(group[0]["rest"])), dtype=torch.bool)
        for row, item in enumerate(group):
            correct[row, item["correct"]] = True
        batches.append(
            (
                torch.tensor(indexes[key]["passages"], dtype=torch.float64),
                torch.tensor(np.stack([i["query"] for i in group]), dtype=torch.float64),
                torch.tensor(np.stack([i["rest"] for i in group]), dtype=torch.float64),
                correct,
            )
        )
    return batches


def hit_at_1(items: list[dict], indexes: dict[str, dict], down: np.ndarray, up: np.ndarray, share: float) -> float:
    from kb.qa.query_adapter import QueryAdapter

    adapter = QueryAdapter("", down, up)
    hits = 0
    for item in items:
        query = adapter.apply(item["query"].reshape(1, -1), share)[0]
        score = indexes[item["index"]]["passages"] @ query + item["rest"]
        hits += int(np.argmax(score)) in item["correct"]
    return hits / max(len(items), 1)


def save(out: Path, down: np.ndarray, up: np.ndarray, model_id: str, args: argparse.Namespace) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, down=down, up=up)
    blob = buffer.getvalue()
    settings = f"rank {args.rank}, penalty {args.penalty}, temperature {args.temperature}"
    card = {
        "model_id": model_id,
        "sha256": hashlib.sha256(blob).hexdigest(),
        "rank": args.rank,
        "trained_with": f"bench/train_query_adapter.py ({settings}, learning rate {args.learning_rate}, "
        f"{args.epochs} epochs, seed {args.seed})",
        "trained_on": [f"{q}={i}" for q, i in args.pairs],
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "query_adapter.npz").write_bytes(blob)
    (out / "query_adapter.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", nargs="+", type=lambda s: tuple(map(Path, s.split("=", 1))), help="QUESTIONS=INDEX")
    parser.add_argument("--out", type=Path, default=None, help="folder for the weights and card (none: do not save)")
    parser.add_argument("--leave-out", type=str, default=None, help="an INDEX whose questions are only evaluated")
    parser.add_argument("--rank", type=int, default=128)
    parser.add_argument("--penalty", type=float, default=0.003)
    parser.add_argument("--temperature", type=float, default=0.02)
    parser.add_argument("--learning-rate", type=float, default=3e-3)
    parser.add_argument("--epochs", type=int, default=80)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from kb.index.embedders import load_embedder

    embedder = load_embedder("e5")
    items, indexes = collect(args.pairs, embedder)
    held = [i for i in items if args.leave_out and i["index"] == args.leave_out]
    down, up = train([i for i in items if i["index"] != args.leave_out], indexes, args)
    print(f"trained on {len(items) - len(held)} questions")
    if held:
        print(
            f"left out {args.leave_out}: hit@1 {hit_at_1(held, indexes, down, up, 0.0):.3f} -> "
            f"{hit_at_1(held, indexes, down, up, 1.0):.3f} ({len(held)} questions)"
        )
    if args.out:
        save(args.out, down, up, embedder.model_id, args)


if __name__ == "__main__":
    main()
