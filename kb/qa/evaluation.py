"""Evaluation: retrieval quality, question language and abstention on a JSONL set.

Each line: {"question": str, "lang": "en|de|id", "gold": [substrings], "answerable": bool}.
A citation is correct when its passage contains any gold substring (case and
whitespace ignored). hit@k and MRR count answerable questions; an answerable
question that was abstained on counts as a miss.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kb.errors import InputError
from kb.qa.answer import Answer
from kb.text import normalize_ws


@dataclass(frozen=True)
class EvalItem:
    question: str
    lang: str
    gold: list[str]
    answerable: bool


@dataclass(frozen=True)
class EvalOutcome:
    item: EvalItem
    answer: Answer
    rank: int | None  # 1-based rank of the first correct citation among the first k, None if none


def read_eval_file(path: Path) -> list[EvalItem]:
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            items.append(eval_item(json.loads(line)))
        except ValueError as exc:
            detail = str(exc) if isinstance(exc, FieldError) else "not a JSON object"
            raise InputError(f"{path}:{number}: {detail}; expected {FIELDS}") from None
    if not items:
        raise InputError(f"{path} holds no questions")
    return items


FIELDS = '{"question": text, "lang": "en|de|id", "gold": [text, ...], "answerable": true|false}'


class FieldError(ValueError):
    """A line of an evaluation set is JSON but a field has the wrong type or value."""


def eval_item(data: object) -> EvalItem:
    """One checked line: kb eval used to take {"question": 5, "answerable": "yes"} as a question."""
    if not isinstance(data, dict):
        raise FieldError("a line must be a JSON object")
    question, lang = data.get("question"), data.get("lang", "")
    gold, answerable = data.get("gold", []), data.get("answerable", True)
    if not isinstance(question, str) or not question.strip():
        raise FieldError(f"'question' must be non-empty text, not {_shown(question)}")
    if not isinstance(lang, str) or (lang and not re.fullmatch(r"[a-z]{2,3}", lang)):
        raise FieldError(f"'lang' must be a language code such as en, de or id (or left out), not {_shown(lang)}")
    if not isinstance(gold, list) or not all(isinstance(g, str) for g in gold):
        raise FieldError(f"'gold' must be a list of texts, not {_shown(gold)}")
    if not isinstance(answerable, bool):
        raise FieldError(f"'answerable' must be true or false, not {_shown(answerable)}")
    return EvalItem(question, lang, gold, answerable)


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def first_correct_rank(answer: Answer, gold: list[str], k: int) -> int | None:
    return first_gold_rank([c.text for c in answer.citations], gold, k)


def first_gold_rank(ranked_texts: list[str], gold: list[str], k: int) -> int | None:
    """1-based rank of the first of ``ranked_texts[:k]`` holding a gold substring (case and spacing ignored)."""
    wanted = [normalize_ws(g.lower()) for g in gold if g.strip()]
    for rank, text in enumerate(ranked_texts[:k], 1):
        text = normalize_ws(text.lower())
        if any(g in text for g in wanted):
            return rank
    return None


def run(items: Iterable[EvalItem], ask: Callable[[str], Answer], k: int = 5) -> list[EvalOutcome]:
    return [EvalOutcome(item, answer := ask(item.question), first_correct_rank(answer, item.gold, k)) for item in items]


def metrics(outcomes: list[EvalOutcome]) -> dict:
    answerable = [o for o in outcomes if o.item.answerable]
    unanswerable = [o for o in outcomes if not o.item.answerable]
    abstained = [o for o in outcomes if not o.answer.answered]
    correct_abstentions = [o for o in abstained if not o.item.answerable]
    ratio = lambda a, b: round(a / b, 4) if b else None
    return {
        "questions": len(outcomes),
        "answerable": len(answerable),
        "hit@1": ratio(sum(o.rank == 1 for o in answerable), len(answerable)),
        "hit@5": ratio(sum(o.rank is not None and o.rank <= 5 for o in answerable), len(answerable)),
        "mrr": ratio(sum(1 / o.rank for o in answerable if o.rank), len(answerable)),
        "language_accuracy": ratio(
            sum(o.answer.language == o.item.lang for o in outcomes if o.item.lang),
            sum(1 for o in outcomes if o.item.lang),
        ),
        "abstention_precision": ratio(len(correct_abstentions), len(abstained)),
        "abstention_recall": ratio(len(correct_abstentions), len(unanswerable)),
    }


def report(outcomes: list[EvalOutcome]) -> dict:
    languages = sorted({o.item.lang for o in outcomes if o.item.lang})
    return {
        "overall": metrics(outcomes),
        "by_language": {lang: metrics([o for o in outcomes if o.item.lang == lang]) for lang in languages},
    }


def calibrate(outcomes: list[EvalOutcome]) -> dict:
    """The abstention margin that best separates answerable from off-topic questions.

    If the two groups are separable, the midpoint of the gap; otherwise the cut
    with the fewest errors.
    """
    on = sorted(o.answer.relevance for o in outcomes if o.item.answerable)
    off = sorted(o.answer.relevance for o in outcomes if not o.item.answerable)
    if not on or not off:
        raise InputError("calibration needs both answerable and unanswerable questions")
    if off[-1] < on[0]:
        threshold = (off[-1] + on[0]) / 2
    else:
        cuts = sorted(set(on + off))
        threshold = min(cuts, key=lambda t: sum(x < t for x in on) + sum(x >= t for x in off))
    return {
        "threshold": round(threshold, 4),
        "max_off_topic": round(off[-1], 4),
        "min_answerable": round(on[0], 4),
        "separable": off[-1] < on[0],
    }
