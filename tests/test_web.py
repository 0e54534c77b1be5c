"""The web page through Streamlit's AppTest (fake embedder, tmp index)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kb.indexer import build_index
from tests.conftest import REPO, FakeEmbedder


@pytest.fixture
def app_env(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("KB_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("KB_MODEL", "fake:64")
    return tmp_path / "index"


def _app() -> AppTest:
    return AppTest.from_file(str(REPO / "app.py"), default_timeout=30).run()


def test_ask_page_answers_with_citations(app_env, small_corpus):
    build_index(small_corpus, app_env, FakeEmbedder())
    at = _app()
    at.text_input[0].input("Welche Anbieter führen Kundenservice und Buchhaltung durch?")
    at.button[0].click().run()
    assert not at.exception
    assert "[1]" in at.text[0].value
    assert at.expander and "Auslagerung" in at.expander[0].label


def test_ask_page_shows_html_as_text(app_env, small_corpus):
    build_index(small_corpus, app_env, FakeEmbedder())
    at = _app()
    at.text_input[0].input("<script>alert(1)</script> Kundenservice")
    at.button[0].click().run()
    assert not at.exception
    assert not at.markdown or all("<script>" not in m.value for m in at.markdown)


def test_ask_page_explains_a_missing_index(app_env):
    at = _app()
    at.text_input[0].input("anything")
    at.button[0].click().run()
    assert not at.exception
    assert "kb index" in at.error[0].value


def test_search_page_shows_passages(app_env, small_corpus):
    build_index(small_corpus, app_env, FakeEmbedder())
    at = AppTest.from_string("from kb.web.pages import search\nsearch.render()", default_timeout=30).run()
    at.text_input[0].input("Kundenservice Buchhaltung").run()
    assert not at.exception
    assert "Kundenservice" in at.text[0].value
