"""Streamlit router: each page is a module under kb/web/pages that calls the kb API."""

import streamlit as st

from kb.web.pages import search

st.set_page_config(page_title="kb · IT sourcing", page_icon="📚", layout="wide")
st.navigation([st.Page(search.render, title="Search", url_path="search", default=True)]).run()
