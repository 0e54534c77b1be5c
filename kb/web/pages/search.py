"""Search page: raw ranked passages for a query (what `kb search` shows)."""

from __future__ import annotations

import streamlit as st

from kb import config, languages
from kb.errors import KBError
from kb.qa.search import search
from kb.web import resources
from kb.web.i18n import EXAMPLES, t, ui_language
from kb.web.render import label_md, show_error, where_md


def render() -> None:
    st.title(t("search_title"))
    if (index := resources.live_index_or_message()) is None:
        return
    query = st.text_input(
        t("search_box"), max_chars=config.MAX_QUERY_CHARS, placeholder=EXAMPLES[ui_language()][0], key="search"
    )
    if not query:
        return
    try:
        hits = search(index, resources.model(), query, k=5)
    except KBError as exc:
        show_error(str(exc))
        return
    if not hits:
        st.info(t("search_none"))
    for i, hit in enumerate(hits, 1):
        with st.container(border=True):
            where = where_md(hit.chunk.doc_title, hit.chunk.section)
            language = languages.name(hit.chunk.language, ui_language())
            st.markdown(f"**\\[{i}\\] {where}** · {label_md(language)}")
            st.text(hit.chunk.text)
