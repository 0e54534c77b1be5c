import json
import re

import pytest

from kb.errors import InputError
from kb.qa import evaluation
from kb.qa.answer import Answer, Citation


def _answer(texts, answered=True, language="en", relevance=0.0):
    citations = [
        Citation(n=i, chunk_id=str(i), doc="d", title="t", section="s", language="en", text=t)
        for i, t in enumerate(texts, 1)
    ]
    return Answer("q", language, answered, "a", [], citations, relevance)


def _item(answerable=True, gold=("needle",), lang="en"):
    return evaluation.EvalItem("q", lang, list(gold), answerable)


def test_first_correct_rank_ignores_case_and_whitespace():
    answer = _answer(["nothing here", "a NEEDLE\nin it", "needle again"])
    assert evaluation.first_correct_rank(answer, ["needle  in"], k=5) == 2
    assert evaluation.first_correct_rank(answer, ["needle"], k=1) is None


def test_metrics_count_hits_mrr_language_and_abstention():
    outcomes = [
        evaluation.EvalOutcome(_item(), _answer(["needle"]), 1),
        evaluation.EvalOutcome(_item(), _answer(["x", "x", "needle"]), 3),
        evaluation.EvalOutcome(_item(lang="de"), _answer([], answered=False), None),
        evaluation.EvalOutcome(_item(answerable=False), _answer([], answered=False), None),
        evaluation.EvalOutcome(_item(answerable=False), _answer(["x"]), None),
    ]
    m = evaluation.metrics(outcomes)
    assert (m["hit@1"], m["hit@5"], m["mrr"]) == (round(1 / 3, 4), round(2 / 3, 4), round((1 + 1 / 3) / 3, 4))
    assert m["language_accuracy"] == 0.8
    assert (m["abstention_precision"], m["abstention_recall"]) == (0.5, 0.5)


def test_calibration_takes_the_middle_of_the_gap_or_the_fewest_errors():
    def outcomes(on, off):
        return [evaluation.EvalOutcome(_item(), _answer([], relevance=r), None) for r in on] + [
            evaluation.EvalOutcome(_item(answerable=False), _answer([], relevance=r), None) for r in off
        ]

    assert evaluation.calibrate(outcomes([0.1, 0.2], [-0.1, 0.0]))["threshold"] == 0.05
    mixed = evaluation.calibrate(outcomes([0.1, 0.2, -0.2], [-0.1, 0.0]))
    assert not mixed["separable"] and mixed["threshold"] == 0.1
    with pytest.raises(InputError):
        evaluation.calibrate(outcomes([0.1], []))


def test_eval_file_errors_name_the_line(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"question": "ok"}) + "\nnot json\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape("e.jsonl:2")):
        evaluation.read_eval_file(path)
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no questions"):
        evaluation.read_eval_file(path)
