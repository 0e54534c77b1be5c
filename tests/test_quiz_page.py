"""The Quiz page through Streamlit's AppTest: build, drop, replace and reword questions, download, errors."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kb.index.build import build_index
from kb.quiz.model import BLANK
from kb.web.render import escape_md
from tests.fakes import FakeEmbedder

TIMEOUT = 60


@pytest.fixture
def quiz_env(real_corpus, tmp_path, monkeypatch):
    build_index(real_corpus, tmp_path / "index", FakeEmbedder())
    monkeypatch.setenv("KB_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("KB_MODEL", "fake:64")


def _built(count: int = 6, language: str = "en", types: list[str] | None = None) -> AppTest:
    at = AppTest.from_string("from kb.web.pages import quiz\nquiz.render()", default_timeout=TIMEOUT).run()
    at.selectbox[0].set_value(language)
    if types is not None:
        at.multiselect[0].set_value(types)
    at.number_input[0].set_value(count)
    at.button[0].click().run()
    assert not at.exception
    return at


def _shown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _quiz(at: AppTest):
    return at.session_state["quiz"]


def test_preview_hides_then_shows_the_key_as_text_and_offers_every_format(quiz_env):
    at = _built(6, "de")
    for number in range(1, 7):
        assert f"**{number}.**" in _shown(at)
    assert "— **correct**" not in _shown(at) and "✅" not in _shown(at)
    downloads = at.get("download_button")
    assert [d.proto.label for d in downloads] == ["GIFT (Moodle)", "Moodle XML", "CSV", "JSON", "Markdown"]
    at.toggle(key="quiz_key").set_value(True).run()
    marked = [line for line in _shown(at).splitlines() if "— **correct**" in line]
    choice = [q for q in _quiz(at).questions if q.type != "match"]
    assert len(marked) == len(choice) >= 1  # one right option marked per question, in words


def test_a_question_can_be_dropped_and_the_rest_are_renumbered(quiz_env):
    at = _built(6)
    before = _quiz(at).questions
    next(b for b in at.button if b.key and b.key.endswith("-2") and b.key.startswith("drop")).click().run()
    after = _quiz(at).questions
    assert [q.stem for q in after] == [q.stem for q in before if q is not before[1]]
    assert [q.id for q in after] == [f"q{i:02d}" for i in range(1, 6)]
    assert after[1].name.endswith(" 02")


def test_a_question_can_be_replaced_by_one_on_an_unused_fact(quiz_env):
    at = _built(6)
    before = _quiz(at).questions
    next(b for b in at.button if b.key and b.key.startswith("again") and b.key.endswith("-3")).click().run()
    after = _quiz(at).questions
    assert not at.exception and len(after) == 6
    assert after[2].stem != before[2].stem and [q.stem for q in after[:2]] == [q.stem for q in before[:2]]
    others = {u for i, q in enumerate(after) if i != 2 for u in q.units}
    assert others.isdisjoint(after[2].units)


def test_wording_can_be_edited_before_download(quiz_env):
    at = _built(4, "en", ["mcq"])
    version = at.session_state["quiz_version"]
    at.text_area(key=f"stem-{version}-1").set_value("Which of these is right, in the trainer's words?")
    at.text_input(key=f"opt-{version}-1-0").set_value("Edited option")
    next(b for b in at.button if b.label == "Save").click().run()
    q = _quiz(at).questions[0]
    assert q.stem == "Which of these is right, in the trainer's words?" and q.options[0].text == "Edited option"
    assert "Edited option" in _shown(at)


def test_errors_are_in_the_pages_language(quiz_env):
    at = AppTest.from_string("from kb.web.pages import quiz\nquiz.render()", default_timeout=TIMEOUT)
    at.session_state["ui"] = "de"
    at.run()
    at.multiselect[0].set_value([])
    at.button[0].click().run()
    # Shown as plain text: the page escapes Markdown in every error line.
    assert at.error[0].value == escape_md("Wählen Sie mindestens einen Fragetyp.")


def test_a_cloze_edit_without_its_blank_is_refused(quiz_env):
    # (labels of choices are matched in the test's own language, so this one runs in English)
    at = _built(2, "en", ["cloze"])
    version = at.session_state["quiz_version"]
    stem = _quiz(at).questions[0].stem
    at.text_area(key=f"stem-{version}-1").set_value(stem.replace(BLANK, "gap"))
    next(b for b in at.button if b.label == "Save").click().run()
    assert any("exactly one blank" in e.value for e in at.error)
    assert _quiz(at).questions[0].stem == stem


def test_the_page_says_when_fewer_questions_could_be_made(quiz_env):
    at = _built(100)
    assert "of 100 questions" in at.warning[0].value
