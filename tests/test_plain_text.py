"""Titles and section names are shown as text: never an image, a link or a colour (AppTest, fake model)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kb.index.build import build_index
from tests.fakes import FakeEmbedder

IMAGE = "![t](http://HOST.invalid/x.png)"
EVIL_DOC = f"""---
title: "{IMAGE} :red[Title]"
language: en
---

## ![s](http://HOST.invalid/s.png) :red[Section] [link](http://HOST.invalid/)

Insourcing keeps the payroll ledgers with an in-house crew of accountants.
"""
CATALOGUE = """concepts:
  - id: insourcing
    kind: sourcing-type
    names: {en: [Insourcing], de: [Insourcing], id: [Insourcing]}
    definition: {en: Work kept in house., de: Arbeit im Haus., id: Pekerjaan di dalam.}
    quotes:
      - doc: evil
        text: Insourcing keeps the payroll ledgers with an in-house crew of accountants.
"""
# Markdown that would make a reader's browser fetch a URL or would colour text, unescaped.
MARKUP = ("](http", ":red[", "![")


@pytest.fixture
def evil_env(cli_env, small_corpus):
    corpus = small_corpus
    (corpus / "evil.md").write_text(EVIL_DOC, encoding="utf-8")
    (corpus / "concepts.yaml").write_text(CATALOGUE, encoding="utf-8")
    build_index(corpus, cli_env, FakeEmbedder())
    return cli_env


def _markdown_bearing(at: AppTest) -> list[str]:
    """Every string Streamlit renders as Markdown: bodies, alerts, captions, headers and labels."""
    found = [e.value for kind in ("markdown", "caption", "error", "warning", "info", "success") for e in at.get(kind)]
    found += [e.value for e in [*at.title, *at.subheader, *at.header]]
    found += [e.label for e in [*at.expander, *at.button, *at.toggle, *at.text_input, *at.selectbox, *at.radio]]
    return found


def _assert_plain(at: AppTest) -> None:
    assert not at.exception
    shown = _markdown_bearing(at)
    assert any("HOST" in s for s in shown), "the title should be on the page, as text"
    for text in shown:
        for markup in MARKUP:
            assert markup not in text, text


def _page(name: str) -> AppTest:
    return AppTest.from_string(f"from kb.web.pages import {name}\n{name}.render()", default_timeout=60).run()


def test_citation_headers_on_the_ask_page_are_text(evil_env):
    at = _page("ask")
    at.chat_input(key="chat").set_value("Does insourcing keep the payroll ledgers with an in-house crew?").run()
    assert not at.exception
    turns = [h.proto.body for h in at.get("html") if h.proto.body.startswith('<div class="kb-turn')]
    assert turns and "kb-src" in turns[0], "the evil passage should be cited"
    # The title and section are HTML-escaped text inside the source's header: no image, link or colour.
    assert "![t](http://HOST.invalid/x.png) :red[Title]" in turns[0]
    assert "<img" not in turns[0] and 'href="http' not in turns[0]


def test_source_headers_on_the_concepts_page_are_text(evil_env):
    at = _page("concepts")
    at.selectbox(key="concept_open").set_value("insourcing").run()
    assert at.expander
    _assert_plain(at)


def test_search_results_are_text(evil_env):
    at = _page("search")
    at.text_input[0].input("insourcing external team").run()
    _assert_plain(at)


def test_an_unforeseen_failure_shows_one_line_not_a_traceback(evil_env, monkeypatch):
    from kb.web import resources
    from tests.conftest import REPO

    def fail():
        raise OSError(36, "File name too long", "/srv/kb/corpus/.upload-123-" + "n" * 250)

    monkeypatch.setattr(resources, "live_index_or_message", fail)
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [
        "Something went wrong (OSError); the details are in the server log."
    ]
    assert "/srv/kb" not in str([m.value for m in at.markdown])
