"""The Documents page's re-index section: start, watch (progress, once a second), cancel, result."""

from __future__ import annotations

import streamlit as st

from kb import config
from kb.web import reindex, resources
from kb.web.i18n import t
from kb.web.render import escape_md, show_error, show_warning

# A small build finishes within this; the page then shows its result at once instead of a progress bar.
QUICK_SECONDS = 2.0
POLL_SECONDS = 1.0


def reindex_section() -> None:
    index_root = config.index_dir()
    job = reindex.latest(index_root)
    running = job is not None and not job.finished
    if st.button(t("reindex"), type="primary", disabled=running, key="reindex_start"):
        job = reindex.start(config.corpus_dir(), index_root, resources.embedder(config.model_spec()))
        st.session_state["reindex_job"] = job.id  # this session started it: it will see the result
        job.wait(QUICK_SECONDS)
    if job is None:
        return
    if not job.finished:
        st.session_state["reindex_job"] = job.id  # watching it counts too
        _watch()
    elif st.session_state.get("reindex_job") == job.id:
        _result(job)


@st.fragment(run_every=POLL_SECONDS)
def _watch() -> None:
    job = reindex.latest(config.index_dir())
    if job is None:
        return
    if job.finished:
        st.rerun()  # the whole page again: the result shows, and this polling stops
    if job.waiting:
        st.info(t("reindex_waiting"))
    fraction = job.done / job.total if job.total else 0.0
    st.progress(fraction, text=t("reindex_progress", done=f"{job.done:,}", total=f"{job.total:,}"))
    if job.cancelling:
        st.caption(t("reindex_cancelling"))
    elif st.button(t("reindex_cancel"), key="reindex_cancel"):
        job.cancel()
        st.caption(t("reindex_cancelling"))


def _result(job: reindex.ReindexJob) -> None:
    if job.cancelled:
        st.info(t("reindex_cancelled"))
    elif job.error:
        show_error(job.error)
    elif job.report is not None:
        st.success(t("reindexed", summary=escape_md(job.report.summary())))
        for warning in job.report.warnings:
            show_warning(warning)
