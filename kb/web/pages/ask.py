"""Ask page: a question in en/de/id, the answer in that language, numbered citations."""

from __future__ import annotations

import streamlit as st

from kb import config
from kb.answer import ask
from kb.errors import KBError
from kb.web import resources

LANGUAGES = {"Auto": "auto", "English": "en", "Deutsch": "de", "Bahasa Indonesia": "id"}


def render() -> None:
    st.title("IT sourcing knowledge base")
    st.caption("Ask in English, Deutsch or Bahasa Indonesia · every answer cites its sources")
    with st.form("ask"):
        question = st.text_input("Question", max_chars=config.MAX_QUERY_CHARS, placeholder="Was ist Insourcing?")
        choice = st.radio("Language", list(LANGUAGES), horizontal=True)
        submitted = st.form_submit_button("Ask")
    if not (submitted and question.strip()):
        return
    try:
        answer = ask(resources.live_index(), resources.embedder(config.model_spec()), question,
                     language=LANGUAGES[choice])
    except KBError as exc:
        st.error(str(exc))
        return
    # Answers and sources are shown as plain text: nothing in a document or question is rendered as HTML.
    st.text(answer.answer)
    for citation in answer.citations:
        where = citation.title if citation.section == citation.title else f"{citation.title} › {citation.section}"
        with st.expander(f"[{citation.n}] {where} ({citation.language})"):
            for start, end in citation.highlights:
                st.caption("Used in the answer:")
                st.text(citation.text[start:end])
            st.text(citation.text)
