"""The Documents page's re-index section: start, watch (phases, counts, time; once a second), cancel, result."""

from __future__ import annotations

import streamlit as st

from kb import config
from kb.web import reindex, resources
from kb.web.i18n import t
from kb.web.render import escape_md, show_error, show_warning

# A small build finishes within this; the page then shows its result at once instead of a progress bar.
QUICK_SECONDS = 2.0
POLL_SECONDS = 1.0
PHASES = ("reading", "chunking", "embedding", "writing", "publishing")


def start_reindex() -> None:
    """The button's callback: runs before the page is drawn, so a quick build's new state shows at once."""
    job = reindex.start(config.corpus_dir(), config.index_dir(), resources.model())
    st.session_state["reindex_job"] = job.id  # this session started it: it will see the result
    job.wait(QUICK_SECONDS)


def reindex_section() -> None:
    job = reindex.latest(config.index_dir())
    running = job is not None and not job.finished
    st.button(t("reindex"), type="primary", disabled=running, key="reindex_start", on_click=start_reindex)
    if job is None:
        return
    if not job.finished:
        st.session_state["reindex_job"] = job.id  # watching it counts too
        _watch()
    elif st.session_state.get("reindex_job") == job.id:
        _result(job)


def phase_line(job: reindex.ReindexJob) -> tuple[float, str]:
    """The progress fraction (over all phases) and its line: phase, counts and elapsed time."""
    seconds = f"{job.seconds:.0f}"
    if job.waiting:
        return 0.0, t("phase_line_plain", phase=t("phase_waiting"), seconds=seconds)
    step = PHASES.index(job.phase) if job.phase in PHASES else 0
    within = job.done / job.total if job.total else 0.0
    fraction = min(1.0, (step + within) / len(PHASES))
    name = t(f"phase_{job.phase}") if job.phase in PHASES else job.phase
    if job.total:
        return fraction, t("phase_line", phase=name, done=f"{job.done:,}", total=f"{job.total:,}", seconds=seconds)
    return fraction, t("phase_line_plain", phase=name, seconds=seconds)


@st.fragment(run_every=POLL_SECONDS)
def _watch() -> None:
    job = reindex.latest(config.index_dir())
    if job is None:
        return
    if job.finished:
        st.rerun()  # the whole page again: the table, chart and result show the new state
    fraction, line = phase_line(job)
    st.progress(fraction, text=escape_md(line))
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
    elif job.report is not None and not job.report.published:
        st.info(t("nothing_changed", summary=escape_md(job.report.summary())))
    elif job.report is not None:
        st.success(t("reindexed", summary=escape_md(job.report.summary())))
    if job.report is not None:
        for warning in job.report.warnings:
            show_warning(warning)
