"""Concepts page: the catalogue with names in three languages; one opened shows definition and sources."""

from __future__ import annotations

import streamlit as st

from kb import languages
from kb.web import resources
from kb.web.i18n import LANGUAGE_CHOICES, UI_LANGUAGES, t, ui_language
from kb.web.render import escape_md, highlighted_md, where_md


def render() -> None:
    st.title(t("concepts_title"))
    st.caption(t("concepts_caption"))
    index = resources.live_index_or_message()
    if index is None:
        return
    catalogue = index.catalogue
    st.dataframe(
        [
            {LANGUAGE_CHOICES[lang]: ", ".join(c.names.get(lang, [])[:2]) for lang in UI_LANGUAGES}
            for c in catalogue.concepts
        ],
        hide_index=True,
        use_container_width=True,
    )
    language = st.radio(
        t("language"),
        list(UI_LANGUAGES),
        index=UI_LANGUAGES.index(ui_language()),
        format_func=LANGUAGE_CHOICES.__getitem__,
        horizontal=True,
        key="concept_lang",
    )
    ids = [c.id for c in catalogue.concepts]
    chosen = st.selectbox(
        t("open_concept"), ids, format_func=lambda cid: catalogue.concept(cid).name(language), key="concept_open"
    )
    concept = catalogue.get(chosen)
    if concept is None:
        return
    st.subheader(escape_md(concept.name(language)))
    st.caption(escape_md(" · ".join(concept.names.get(language, [])[1:])))
    st.markdown(f"**{t('definition')}.** {escape_md(concept.definition[language])}")
    st.markdown(f"**{t('source_passages')}**")
    for quote in concept.quotes:
        row = index.row_of.get(quote.chunk_id)
        if row is None:
            continue
        chunk = index.chunks[row]
        where = where_md(chunk.doc_title, chunk.section)
        with st.expander(f"{where} · {languages.name(chunk.language, language)}"):
            st.markdown(highlighted_md(chunk.text, [(quote.start, quote.end)]))
