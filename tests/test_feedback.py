"""The feedback store (SQLite beside the index) and `kb feedback`: the list of what kb is missing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kb.cli import cli
from kb.feedback import HELPFUL, NOT_HELPFUL, UNANSWERED, feedback_store, question_key, read_gaps


def test_gaps_group_questions_by_wording_and_count_unanswered_and_not_helpful(tmp_path):
    store = feedback_store(tmp_path)
    store.record(UNANSWERED, "What does nearshoring cost?", "en")
    store.record(UNANSWERED, "  what does NEARSHORING cost ", "en")
    rated = store.record(HELPFUL, "Was ist ITO?", "de")
    store.change(rated, kind=NOT_HELPFUL)
    store.change(rated, comment="Es fehlt, was ITO kostet.")
    store.record(HELPFUL, "Apa itu KPO?", "id")  # only helpful: not a gap
    gaps = store.gaps()
    store.close()
    assert [(g.question, g.unanswered, g.not_helpful, g.count) for g in gaps] == [
        ("what does NEARSHORING cost", 2, 0, 2),
        ("Was ist ITO?", 0, 1, 1),
    ]
    assert gaps[1].comments == ["Es fehlt, was ITO kostet."] and gaps[1].languages == ["de"]


def test_a_rating_taken_back_is_deleted_but_an_unanswered_question_stays(tmp_path):
    store = feedback_store(tmp_path)
    unanswered = store.record(UNANSWERED, "Who won the match?", "en")
    rated = store.record(NOT_HELPFUL, "Who won the match?", "en")
    store.change(rated)  # the thumbs cleared
    store.change(unanswered)  # not a rating: kept
    assert [(g.unanswered, g.not_helpful) for g in store.gaps()] == [(1, 0)]
    store.close()


def test_nothing_personal_is_stored(tmp_path):
    store = feedback_store(tmp_path)
    store.record(NOT_HELPFUL, "What is BPO?", "en", comment="too short")
    store.close()
    columns = [
        r[1] for r in sqlite3.connect(tmp_path / "feedback" / "feedback.sqlite").execute("PRAGMA table_info(events)")
    ]
    assert columns == ["id", "day", "kind", "key", "question", "language", "comment"]


def test_reading_gaps_of_an_index_without_feedback_makes_no_file(tmp_path):
    assert read_gaps(tmp_path) == [] and not (tmp_path / "feedback").exists()


def test_unknown_kind_is_refused(tmp_path):
    store = feedback_store(tmp_path)
    with pytest.raises(ValueError):
        store.record("great", "q", "en")
    store.close()


def test_question_key_ignores_case_spacing_and_the_question_mark():
    assert question_key(" Was ist  ITO? ") == question_key("was ist ito") == "was ist ito"


def test_kb_feedback_prints_the_gaps_as_text_and_json(tmp_path):
    from click.testing import CliRunner

    store = feedback_store(tmp_path)
    store.record(UNANSWERED, "What does nearshoring cost?", "en")
    store.record(UNANSWERED, "What does nearshoring cost?", "en")
    rated = store.record(NOT_HELPFUL, "Was ist ITO?", "de")
    store.change(rated, comment="zu kurz")
    store.close()
    runner = CliRunner()
    text = runner.invoke(cli, ["feedback", "--index", str(tmp_path)])
    assert text.exit_code == 0, text.output
    lines = text.output.splitlines()
    assert "What does nearshoring cost?" in lines[1] and "Was ist ITO?" in lines[2] and "zu kurz" in lines[3]
    data = json.loads(runner.invoke(cli, ["feedback", "--index", str(tmp_path), "--json"]).output)
    assert [(d["question"], d["unanswered"], d["not_helpful"], d["count"]) for d in data] == [
        ("What does nearshoring cost?", 2, 0, 2),
        ("Was ist ITO?", 0, 1, 1),
    ]
    empty = runner.invoke(cli, ["feedback", "--index", str(tmp_path / "none")])
    assert empty.exit_code == 0 and "no unanswered" in empty.output
