"""The web page through Streamlit's AppTest: each page's behaviour, with a fake or the real model."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kb.index.build import build_index
from kb.index.publish import current_build_id
from tests.conftest import REPO
from tests.fakes import FakeEmbedder

TIMEOUT = 60


@pytest.fixture
def fake_env(cli_env, monkeypatch):
    monkeypatch.delenv("KB_ADMIN_PASSWORD", raising=False)
    return cli_env


@pytest.fixture
def real_env(real_index, monkeypatch):
    monkeypatch.setenv("KB_INDEX_DIR", str(real_index))
    monkeypatch.delenv("KB_MODEL", raising=False)
    return real_index


def _app() -> AppTest:
    return AppTest.from_file(str(REPO / "app.py"), default_timeout=TIMEOUT).run()


def _page(name: str) -> AppTest:
    return AppTest.from_string(f"from kb.web.pages import {name}\n{name}.render()", default_timeout=TIMEOUT).run()


def _ask(at: AppTest, question: str, language: str | None = None) -> AppTest:
    if language:
        at.radio(key="ask_lang").set_value(language).run()
    at.text_input(key="question").input(question)
    next(b for b in at.button if b.label in ("Ask", "Fragen", "Tanya")).click().run()
    assert not at.exception
    return at


def _shown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.integration
@pytest.mark.parametrize(
    "question, heading, words",
    [
        ("What is knowledge process outsourcing?", "Answer", "skillset"),
        ("Welche Aufgaben übernimmt ein BPO-Anbieter?", "Antwort", "Kundenservice"),
        ("Apa yang dilakukan penyedia BPO?", "Jawaban", "layanan pelanggan"),
    ],
)
def test_ask_answers_in_the_question_language_with_citations(real_env, question, heading, words):
    at = _ask(_app(), question)
    assert [s.value for s in at.subheader][:1] == [heading]  # the page's own labels follow the language
    answer = at.markdown[0].value
    assert "\\[1\\]" in answer and words in answer.replace("\\", "")
    assert at.expander and at.expander[0].label.startswith("[1] ")
    assert ":orange-background[" in _shown(at)  # the sentences the answer used are highlighted


@pytest.mark.integration
def test_ask_abstains_with_a_message_and_topics_in_the_question_language(real_env):
    at = _ask(_app(), "Wie wird das Wetter morgen in Berlin?")
    assert not at.expander
    message = at.info[0].value.replace("\\", "")
    assert "keine Antwort" in message and "Insourcing" in message


@pytest.mark.integration
def test_a_german_passage_can_be_shown_in_indonesian(real_env):
    at = _ask(_app(), "Welche Aufgaben übernimmt ein BPO-Anbieter?")
    toggles = [t for t in at.toggle if "Indonesisch" in t.label]
    assert toggles
    before = len(at.markdown)
    toggles[0].set_value(True).run()
    assert len(at.markdown) == before + 1 and "penyedia" in _shown(at)


@pytest.mark.integration
def test_example_question_is_asked_on_click(real_env):
    at = _app()
    at.radio(key="ask_lang").set_value("de").run()
    next(b for b in at.button if b.label == "Was ist Insourcing?").click().run()
    assert not at.exception
    assert at.text_input(key="question").value == "Was ist Insourcing?"
    assert "Insourcing" in at.markdown[0].value and at.subheader[0].value == "Antwort"


def test_language_choice_switches_the_labels(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _app()
    assert at.title[0].value == "IT sourcing knowledge base"
    at.radio(key="ask_lang").set_value("id").run()
    assert at.title[0].value == "Basis pengetahuan IT sourcing"


def test_html_in_a_question_is_shown_as_text(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _ask(_app(), "<script>alert(1)</script> Kundenservice <img src=x onerror=alert(2)>")
    for element in [*at.markdown, *at.info, *at.error]:
        assert "<script>" not in element.value and "<img" not in element.value


def test_empty_question_gets_a_message(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _ask(_app(), "   ")
    assert at.error[0].value == "Please type a question."


def test_missing_index_is_explained_at_once_not_a_traceback(fake_env):
    at = _app()
    assert not at.exception
    assert "kb index" in at.error[0].value
    assert not at.text_input  # no question box when no question could be answered


@pytest.mark.integration
def test_concepts_page_lists_names_and_opens_a_definition(real_env):
    at = _page("concepts")
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 10 and "Pengalihdayaan proses pengetahuan, alih daya proses pengetahuan" in set(
        table["Bahasa Indonesia"]
    )
    at.radio(key="concept_lang").set_value("de").run()
    at.selectbox(key="concept_open").set_value("kpo").run()
    assert at.subheader[0].value == "Knowledge Process Outsourcing"
    assert "Fachkenntnisse" in _shown(at)
    assert at.expander and "Englisch" in at.expander[0].label


def test_documents_page_without_password_disables_changes(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _page("documents")
    assert not at.exception
    assert len(at.dataframe[0].value) == 2
    assert "KB_ADMIN_PASSWORD" in at.info[0].value
    assert not at.text_input and not [b for b in at.button if "index" in b.label.lower()]


def _login(at: AppTest, password: str) -> AppTest:
    at.text_input[0].input(password)
    at.button[0].click().run()
    return at


def test_documents_page_admin_can_reindex_and_the_result_is_live(fake_env, small_corpus, monkeypatch):
    monkeypatch.setenv("KB_ADMIN_PASSWORD", "s3cret-reindex")
    build_index(small_corpus, fake_env, FakeEmbedder())
    before = current_build_id(fake_env)
    (small_corpus / "neu.de.md").write_text(
        "---\ntitle: Neu\nlanguage: de\n---\n\nDas Dokument über Cloud-Migration erklärt die Schritte der Migration.\n",
        encoding="utf-8",
    )
    at = _login(_page("documents"), "s3cret-reindex")
    assert not at.error
    next(b for b in at.button if b.label == "Re-index now").click().run()
    assert not at.exception and "live for everyone" in at.success[0].value
    assert current_build_id(fake_env) != before
    assert "neu.de" in set(_page("documents").dataframe[0].value["Document"])
