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


def test_search_page_shows_passages(app_env, small_corpus):
    build_index(small_corpus, app_env, FakeEmbedder())
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=30).run()
    at.text_input[0].input("Kundenservice Buchhaltung").run()
    assert not at.exception
    assert "Auslagerung" in at.markdown[0].value
    assert "Kundenservice" in at.text[0].value


def test_search_page_explains_a_missing_index(app_env):
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=30).run()
    at.text_input[0].input("anything").run()
    assert not at.exception
    assert "kb index" in at.error[0].value
