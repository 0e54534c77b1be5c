"""Ask page: a question in en/de/id, the answer in that language, numbered citations."""

from __future__ import annotations

import streamlit as st

from kb import config, languages
from kb.errors import KBError
from kb.qa.answer import Answer, ask
from kb.qa.translations import translated_passages
from kb.web import resources
from kb.web.i18n import EXAMPLES, LANGUAGE_CHOICES, set_ui_language, t, ui_language
from kb.web.render import escape_md, highlighted_md, where_md


def render() -> None:
    st.title(t("ask_title"))
    st.caption(t("ask_caption"))
    if resources.live_index_or_message() is None:
        return  # missing or damaged index: the message says how to fix it, a question could not be answered
    st.radio(
        t("language"),
        list(LANGUAGE_CHOICES),
        format_func=LANGUAGE_CHOICES.get,
        horizontal=True,
        key="ask_lang",
        on_change=_follow_chosen_language,
    )
    with st.form("ask_form", border=False):
        st.text_input(
            t("question"), key="question", max_chars=config.MAX_QUERY_CHARS, placeholder=EXAMPLES[ui_language()][0]
        )
        st.form_submit_button(t("ask_button"), type="primary", on_click=_ask_current)
    _examples()
    if error := st.session_state.get("ask_error"):
        st.error(error)
    elif answer := st.session_state.get("answer"):
        _show_answer(answer)


def _follow_chosen_language() -> None:
    set_ui_language(st.session_state.get("ask_lang", "auto"))


def _examples() -> None:
    st.caption(t("examples"))
    columns = st.columns(len(EXAMPLES[ui_language()]))
    for column, example in zip(columns, EXAMPLES[ui_language()]):
        column.button(example, on_click=_ask_example, args=(example,), use_container_width=True)


def _ask_example(example: str) -> None:
    st.session_state["question"] = example
    _ask_current()


def _ask_current() -> None:
    """Runs before the page is drawn, so the page's labels already follow the answer's language."""
    question = st.session_state.get("question", "")
    st.session_state.pop("answer", None)
    st.session_state.pop("ask_error", None)
    if not question.strip():
        st.session_state["ask_error"] = t("empty_question")
        return
    try:
        answer = ask(
            resources.live_index(),
            resources.embedder(config.model_spec()),
            question,
            language=st.session_state.get("ask_lang", "auto"),
        )
    except KBError as exc:
        st.session_state["ask_error"] = escape_md(str(exc))  # it may quote the question: shown as text
        return
    st.session_state["answer"] = answer
    set_ui_language(answer.language)


def _show_answer(answer: Answer) -> None:
    st.subheader(t("answer"))
    if not answer.answered:
        st.info(escape_md(answer.answer))
        return
    # Answers and passages are escaped Markdown: markup inside a document or question shows as text.
    st.markdown(escape_md(answer.answer))
    if not answer.citations:
        return
    st.subheader(t("sources"))
    st.caption(t("used_sentences"))
    for citation in answer.citations:
        # Titles and sections come from documents: escaped, so a title cannot be an image, link or colour.
        where = where_md(citation.title, citation.section)
        language = languages.name(citation.language, ui_language())
        with st.expander(f"[{citation.n}] {where} · {language}", expanded=citation.n == 1):
            st.markdown(highlighted_md(citation.text, citation.highlights))
            _translations(citation.chunk_id, citation.n)


def _translations(chunk_id: str, n: int) -> None:
    try:
        others = translated_passages(resources.live_index(), chunk_id)
    except KBError:
        return
    for other in others:
        language = languages.name(other.language, ui_language())
        if st.toggle(t("show_translation", language=language), key=f"tr-{n}-{chunk_id}-{other.language}"):
            st.markdown(escape_md(other.text))
