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


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input(key="chat").set_value(question).run()
    assert not at.exception
    return at


def _turns(at: AppTest) -> list[str]:
    """The HTML of each answer (or refusal) in the conversation, oldest first."""
    return [h.proto.body for h in at.get("html") if h.proto.body.startswith('<div class="kb-turn')]


def _questions(at: AppTest) -> list[str]:
    """The questions asked, each shown at the start of its turn (one element per turn)."""
    return [turn for turn in _turns(at) if '<div class="kb-q"' in turn]


def _shown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.integration
@pytest.mark.parametrize(
    "question, words",
    [
        ("What is knowledge process outsourcing?", "skillset"),
        ("Welche Aufgaben übernimmt ein BPO-Anbieter?", "Kundenservice"),
        ("Apa yang dilakukan penyedia BPO?", "layanan pelanggan"),
    ],
)
def test_ask_answers_in_the_question_language_with_linked_citations(real_env, question, words):
    at = _ask(_app(), question)
    [turn] = _turns(at)
    assert words in turn
    assert '<a class="kb-cite" href="#kb-t1-s1" data-src="kb-t1-s1">[1]</a>' in turn  # a marker links its source
    assert '<details class="kb-src" id="kb-t1-s1">' in turn and "<mark>" in turn  # used sentences highlighted
    assert at.title[0].value == "IT sourcing knowledge base"  # the interface stays in its language
    assert ">Sources<" in turn and "Quellen" not in turn


@pytest.mark.integration
def test_ask_abstains_with_a_message_and_topics_and_records_the_gap(real_env):
    from kb.feedback import read_gaps

    at = _ask(_app(), "Wie wird das Wetter morgen in Berlin?")
    [turn] = _turns(at)
    assert "kb-unanswered" in turn and "keine Antwort" in turn and "Insourcing" in turn
    assert "kb-src" not in turn
    gaps = {g.question: g for g in read_gaps(real_env)}
    assert gaps["Wie wird das Wetter morgen in Berlin?"].unanswered >= 1


@pytest.mark.integration
def test_a_german_passage_and_its_indonesian_translation_are_one_source_with_a_switch(real_env):
    at = _ask(_app(), "Welche Aufgaben übernimmt ein BPO-Anbieter?")
    [turn] = _turns(at)
    first = turn[turn.index('id="kb-t1-s1"') : turn.index("</details>")]
    assert '<label for="kb-t1-s1-v0">German</label>' in first
    assert ">English</label>" in first and ">Indonesian</label>" in first  # all three versions, one source
    assert 'lang="id"' in first and "penyedia" in first and "<mark>Penyedia BPO" in first  # aligned sentence marked


@pytest.mark.integration
def test_two_questions_stay_each_with_its_own_sources_until_a_new_conversation(real_env):
    at = _ask(_app(), "Was ist Insourcing?")
    at = _ask(at, "Apa itu KPO?")
    assert len(_questions(at)) == 2
    first, second = _turns(at)
    assert 'id="kb-t1-s1"' in first and 'id="kb-t2-s1"' in second and "kb-t1-" not in second
    assert dict(at.query_params) == {"q": "Apa itu KPO?", "lang": "id"}
    next(b for b in at.button if b.label == "New conversation").click().run()
    assert not _turns(at) and "q" not in at.query_params


@pytest.mark.integration
def test_feedback_and_its_comment_are_stored(real_env):
    from kb.feedback import read_gaps

    at = _ask(_app(), "What should an ITO provider deliver?")
    at.feedback(key="fb-1").set_value(0).run()  # thumbs down
    at.text_input(key="fbc-text-1").input("It does not say what it costs.")
    next(b for b in at.button if b.label == "Send comment").click().run()
    assert not at.exception and "Comment saved." in [c.value for c in at.caption]
    gap = {g.question: g for g in read_gaps(real_env)}["What should an ITO provider deliver?"]
    assert gap.not_helpful == 1 and gap.comments == ["It does not say what it costs."]


@pytest.mark.integration
def test_a_permalink_asks_its_question_in_its_language(real_env):
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=TIMEOUT)
    at.query_params["q"] = "Was ist Insourcing?"
    at.query_params["lang"] = "de"
    at.run()
    assert not at.exception
    [turn] = _turns(at)
    assert "Insourcing" in turn and 'href="?q=Was+ist+Insourcing%3F&amp;lang=de"' in turn


@pytest.mark.integration
def test_example_question_is_asked_on_click(real_env):
    at = _app()
    next(b for b in at.button if b.label == "What is knowledge process outsourcing?").click().run()
    assert not at.exception
    assert "knowledge process outsourcing" in _questions(at)[0] and "skillset" in _turns(at)[0]


def test_the_interface_language_is_a_setting_not_the_questions_language(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _app()
    assert at.title[0].value == "IT sourcing knowledge base"
    at.selectbox(key="ui").set_value("id").run()
    assert at.title[0].value == "Basis pengetahuan IT sourcing"
    _ask(at, "Was ist Insourcing?")
    assert at.title[0].value == "Basis pengetahuan IT sourcing"
    assert at.selectbox(key="ui").format_func(at.selectbox(key="ui").value) == "Bahasa Indonesia"  # names, not codes


def test_html_in_a_question_is_shown_as_text(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _ask(_app(), "<script>alert(1)</script> Kundenservice <img src=x onerror=alert(2)>")
    for element in [*_questions(at), *_turns(at), *(m.value for m in [*at.markdown, *at.info, *at.error])]:
        assert "<script>" not in element and "<img" not in element
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _questions(at)[0]


def test_empty_and_overlong_questions_are_refused_with_the_reason(fake_env, small_corpus):
    build_index(small_corpus, fake_env, FakeEmbedder())
    at = _ask(_app(), "   ")
    at = _ask(at, "x" * 2500)
    empty, long = _turns(at)
    assert "Please type a question." in empty and "kb-error" in empty
    assert "2,500 characters long; the limit is 2,000" in long  # refused with the limit named, never cut


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
