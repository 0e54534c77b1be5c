"""Streamlit router: each page is a module under kb/web/pages that calls the kb API."""

import streamlit as st

from kb.web.pages import ask, search

st.set_page_config(page_title="kb · IT sourcing", page_icon="📚", layout="wide")
st.navigation([
    st.Page(ask.render, title="Ask", url_path="ask", default=True),
    st.Page(search.render, title="Search passages", url_path="search"),
]).run()
