"""Evaluation: retrieval quality, answer correctness, question language and abstention on a JSONL set.

Each line: {"question": str, "lang": "en|de|id", "gold": [substrings], "answerable": bool,
"answer_keys": [keys]} (``answer_keys`` optional). A citation is correct when its passage
contains any gold substring (case and whitespace ignored). hit@k and MRR count answerable
questions; an answerable question that was abstained on counts as a miss. An answer is
correct when it holds every key ("a|b" accepts either word). Questions whose gold passages
exist in their own language are "same-language", the others "cross-language".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import InputError
from kb.qa.langid import identify_language
from kb.qa.model import Answer
from kb.text import normalize_ws


@dataclass(frozen=True)
class EvalItem:
    question: str
    lang: str
    gold: list[str]
    answerable: bool
    answer_keys: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EvalOutcome:
    item: EvalItem
    answer: Answer
    rank: int | None  # 1-based rank of the first correct citation among the first k, None if none
    same_language: bool | None = None  # a gold passage exists in the question's language (None: unknown)


def read_eval_file(path: Path) -> list[EvalItem]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    items = [_item(line, f"{path}:{number}") for number, line in enumerate(lines, 1) if line.strip()]
    if not items:
        raise InputError(f"{path} holds no questions")
    return items


FIELDS = '{"question": text, "lang": "en|de|id", "gold": [text, ...], "answerable": true|false, "answer_keys": [...]}'


def _item(line: str, where: str) -> EvalItem:
    try:
        data = json.loads(line)
    except ValueError:
        raise InputError(f"{where}: not a JSON object; expected {FIELDS}") from None
    problem = _field_problem(data)
    if problem:
        raise InputError(f"{where}: {problem}; expected {FIELDS}")
    return EvalItem(
        data["question"],
        data.get("lang", ""),
        data.get("gold", []),
        data.get("answerable", True),
        data.get("answer_keys", []),
    )


def _field_problem(data: object) -> str:
    """What is wrong with one line, or "": kb eval used to take {"question": 5, "answerable": "yes"}."""
    if not isinstance(data, dict):
        return "a line must be a JSON object"
    question, lang = data.get("question"), data.get("lang", "")
    if not isinstance(question, str) or not question.strip():
        return f"'question' must be non-empty text, not {_shown(question)}"
    if not isinstance(lang, str) or (lang and not re.fullmatch(r"[a-z]{2,3}", lang)):
        return f"'lang' must be a language code such as en, de or id (or left out), not {_shown(lang)}"
    for name in ("gold", "answer_keys"):
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"'{name}' must be a list of texts, not {_shown(value)}"
    if not isinstance(data.get("answerable", True), bool):
        return f"'answerable' must be true or false, not {_shown(data.get('answerable'))}"
    return ""


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def first_correct_rank(answer: Answer, gold: list[str], k: int) -> int | None:
    """A translated passage is as correct as the original passage it was aligned with."""
    ranked = answer.ranked or answer.citations  # retrieval's order, before the answer chose its sources
    texts = [c.text + ("\n" + c.original.text if c.original else "") for c in ranked]
    return first_gold_rank(texts, gold, k)


def first_gold_rank(ranked_texts: list[str], gold: list[str], k: int) -> int | None:
    """1-based rank of the first of ``ranked_texts[:k]`` holding a gold substring (case and spacing ignored)."""
    for rank, text in enumerate(ranked_texts[:k], 1):
        if holds_gold(text, gold):
            return rank
    return None


def holds_gold(text: str, gold: list[str]) -> bool:
    flat = normalize_ws(text.lower())
    return any(normalize_ws(g.lower()) in flat for g in gold if g.strip())


def answer_holds_keys(answer: str, keys: list[str]) -> bool:
    """Every key is in the answer; a key "a|b" is satisfied by either (case and spacing ignored)."""
    flat = normalize_ws(answer.lower())
    return all(any(normalize_ws(alt.lower()) in flat for alt in key.split("|") if alt.strip()) for key in keys)


def run(
    items: Iterable[EvalItem],
    ask: Callable[[str], Answer],
    k: int = 5,
    gold_languages: Callable[[list[str]], set[str]] | None = None,
) -> list[EvalOutcome]:
    """Ask every question; ``gold_languages`` tells which languages a question's gold passages exist in."""
    outcomes = []
    for item in items:
        answer = ask(item.question)
        same = None
        if gold_languages is not None and item.answerable and item.gold:
            same = item.lang in gold_languages(item.gold)
        outcomes.append(EvalOutcome(item, answer, first_correct_rank(answer, item.gold, k), same))
    return outcomes


def metrics(outcomes: list[EvalOutcome]) -> dict[str, Any]:
    answerable = [o for o in outcomes if o.item.answerable]
    unanswerable = [o for o in outcomes if not o.item.answerable]
    abstained = [o for o in outcomes if not o.answer.answered]
    correct_abstentions = [o for o in abstained if not o.item.answerable]
    keyed = [o for o in answerable if o.item.answer_keys]
    replied = [o for o in outcomes if o.answer.answered and o.item.lang]
    return {
        "questions": len(outcomes),
        "answerable": len(answerable),
        "hit@1": _ratio(sum(o.rank == 1 for o in answerable), len(answerable)),
        "hit@5": _ratio(sum(o.rank is not None and o.rank <= 5 for o in answerable), len(answerable)),
        "mrr": _ratio(sum(1 / o.rank for o in answerable if o.rank), len(answerable)),
        "answer_correct": _ratio(
            sum(o.answer.answered and answer_holds_keys(o.answer.answer, o.item.answer_keys) for o in keyed),
            len(keyed),
        ),
        "language_accuracy": _ratio(
            sum(o.answer.language == o.item.lang for o in outcomes if o.item.lang),
            sum(1 for o in outcomes if o.item.lang),
        ),
        # The answer itself (its text, quotes included) reads as the question's language.
        "reply_language": _ratio(sum(_reply_in(o.answer, o.item.lang) for o in replied), len(replied)),
        "abstention_precision": _ratio(len(correct_abstentions), len(abstained)),
        "abstention_recall": _ratio(len(correct_abstentions), len(unanswerable)),
    }


def _reply_in(answer: Answer, language: str) -> bool:
    return identify_language(answer.answer).code == language


def _ratio(part: float, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def report(outcomes: list[EvalOutcome]) -> dict[str, Any]:
    languages = sorted({o.item.lang for o in outcomes if o.item.lang})
    result: dict[str, Any] = {
        "overall": metrics(outcomes),
        "by_language": {lang: metrics([o for o in outcomes if o.item.lang == lang]) for lang in languages},
    }
    if any(o.same_language is not None for o in outcomes):
        result["by_source"] = {
            "same-language": metrics([o for o in outcomes if o.same_language is True]),
            "cross-language": metrics([o for o in outcomes if o.same_language is False]),
        }
    return result


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
