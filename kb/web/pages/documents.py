"""Documents page (maintainers): what is indexed and what changed since, what the knowledge base is missing;
with the admin password, add (with a preview), remove (confirmed, undoable), restore, re-index."""

from __future__ import annotations

import streamlit as st

from kb import config, languages
from kb.errors import KBError
from kb.index.manifest import Manifest
from kb.web import resources
from kb.web.i18n import t, ui_language
from kb.web.pages.doc_admin import flash, remove_section, removed_section, upload_section
from kb.web.pages.reindexing import reindex_section
from kb.web.render import show_error


def render() -> None:
    st.title(t("docs_title"))
    # Shows why when there is no usable index (missing, damaged, other model); re-indexing below repairs it.
    # Changes run in button callbacks, before this draws: the table and chart show the new state at once.
    live = resources.live_index_or_message()
    manifest = live.manifest if live is not None else None
    present = _present()
    if manifest is not None or present:
        _table(manifest, present)
    if manifest is not None:
        _coverage(manifest)
    _gaps()
    st.subheader(t("docs_admin"))
    password = resources.admin_password()
    if not password:
        st.info(t("admin_disabled"))
        return
    if not st.session_state.get("is_admin"):
        _login(password)
        return
    if st.button(t("admin_logout")):
        st.session_state["is_admin"] = False
        st.rerun()
    flash()
    upload_section()
    remove_section(sorted(present | ({d.doc_id for d in manifest.documents} if manifest else set())))
    removed_section()
    reindex_section()


def _present() -> set[str]:
    """Ids of what is in the corpus folder now (documents, and links kb skipped)."""
    from kb.ingest.uploads import removable_paths

    try:
        return set(removable_paths(config.corpus_dir()))
    except KBError:
        return set()


def _table(manifest: Manifest | None, present: set[str]) -> None:
    st.subheader(t("docs_indexed"))
    indexed = {d.doc_id: d for d in manifest.documents} if manifest is not None else {}
    rows = []
    for doc_id in sorted(set(indexed) | present):
        d = indexed.get(doc_id)
        status = "status_new" if d is None else ("status_indexed" if doc_id in present else "status_removed")
        rows.append(
            {
                t("col_doc"): doc_id,
                t("col_title"): d.title if d else "",
                t("col_language"): languages.name(d.language, ui_language()) if d else "",
                t("col_chunks"): d.chunks if d else 0,
                t("col_status"): t(status),
                t("col_indexed"): (d.indexed_at or manifest.built_at).replace("T", " ")[:19] if d and manifest else "",
            }
        )
    st.dataframe(rows, hide_index=True, width="stretch")
    live_rows = [r for r in rows if r[t("col_status")] == t("status_indexed")]
    if live_rows:
        st.caption(t("docs_chart"))
        st.bar_chart(live_rows, x=t("col_doc"), y=t("col_chunks"), color=t("col_language"), horizontal=True)


def _coverage(manifest: Manifest) -> None:
    """Text x language: original, translation or missing."""
    from kb.index.manifest import coverage_of

    st.subheader(t("coverage"))
    rows = coverage_of(manifest)
    ui = ui_language()
    table = [
        {t("col_text"): row.title}
        | {languages.name(lang, ui): t(f"cov_{kind}") for lang, (kind, _) in row.cells.items()}
        for row in rows
    ]
    st.dataframe(table, hide_index=True, width="stretch")
    if any(row.missing for row in rows):
        st.caption(t("coverage_gap"))


def _gaps() -> None:
    from kb.feedback import read_gaps

    st.subheader(t("gaps_title"))
    st.caption(t("gaps_caption"))
    try:
        gaps = read_gaps(config.index_dir())
    except KBError as exc:
        show_error(str(exc))
        return
    if not gaps:
        st.caption(t("gaps_none"))
        return
    rows = [
        {
            t("col_question"): g.question,
            t("col_count"): g.count,
            t("col_unanswered"): g.unanswered,
            t("col_not_helpful"): g.not_helpful,
            t("col_language"): ", ".join(languages.name(code, ui_language()) for code in g.languages),
            t("col_last"): g.last,
            t("col_comments"): " | ".join(g.comments),
        }
        for g in gaps
    ]
    st.dataframe(rows, hide_index=True, width="stretch")


def _login(password: str) -> None:
    address = resources.client_address()
    with st.form("login"):
        attempt = st.text_input(t("admin_password"), type="password")
        submitted = st.form_submit_button(t("admin_login"))
    try:
        gate = resources.admin_gate(password)
    except KBError as exc:  # the attempt store cannot be written: no login rather than no throttle
        show_error(str(exc))
        return
    try:
        if not submitted:
            if locked := gate.seconds_locked(address):
                st.warning(t("admin_locked", seconds=str(int(locked) + 1)))
            return
        verdict = gate.check(attempt, address)
    finally:
        gate.store.close()
    if verdict.ok:
        st.session_state["is_admin"] = True
        st.rerun()
    elif verdict.empty:
        st.error(t("admin_empty"))
    elif verdict.wait_seconds:
        st.error(t("admin_locked", seconds=str(int(verdict.wait_seconds) + 1)))
    else:
        st.error(t("admin_wrong", tries=str(verdict.tries_left)))
