"""Search page: raw ranked passages for a query (what `kb search` shows)."""

from __future__ import annotations

import streamlit as st

from kb import config
from kb.errors import KBError
from kb.qa.search import search
from kb.web import resources
from kb.web.render import label_md, show_error, where_md


def render() -> None:
    st.title("Search passages")
    if (index := resources.live_index_or_message()) is None:
        return
    query = st.text_input("Search the sources", max_chars=config.MAX_QUERY_CHARS, placeholder="Was ist Insourcing?")
    if not query:
        return
    try:
        hits = search(index, resources.embedder(config.model_spec()), query, k=5)
    except KBError as exc:
        show_error(str(exc))
        return
    for i, hit in enumerate(hits, 1):
        with st.container(border=True):
            where = where_md(hit.chunk.doc_title, hit.chunk.section)
            st.markdown(f"**\\[{i}\\] {where}** · {label_md(hit.chunk.language)}")
            st.text(hit.chunk.text)
