"""Documents page (maintainers): what is indexed; with the admin password, add, remove, re-index."""

from __future__ import annotations

import streamlit as st

from kb import config, languages
from kb.errors import KBError, describe_os_error
from kb.index.manifest import Manifest
from kb.ingest.uploads import MAX_UPLOAD_BYTES, add_document, prepare_upload, removable_paths, remove_document
from kb.web import resources
from kb.web.i18n import t, ui_language
from kb.web.pages.reindexing import reindex_section
from kb.web.render import escape_md, show_error


def render() -> None:
    st.title(t("docs_title"))
    # Shows why when there is no usable index (missing, damaged, other model); re-indexing below repairs it.
    live = resources.live_index_or_message()
    manifest = live.manifest if live is not None else None
    if manifest is not None:
        _indexed(manifest)
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
    _upload()
    if docs := _removable(manifest):
        _remove(docs)
    reindex_section()


def _indexed(manifest: Manifest) -> None:
    st.subheader(t("docs_indexed"))
    rows = [
        {
            t("col_doc"): d.doc_id,
            t("col_title"): d.title,
            t("col_language"): languages.name(d.language, ui_language()),
            t("col_chunks"): d.chunks,
            t("col_indexed"): (d.indexed_at or manifest.built_at).replace("T", " ")[:19],
        }
        for d in manifest.documents
    ]
    st.dataframe(rows, hide_index=True, use_container_width=True)
    st.caption(t("docs_chart"))
    st.bar_chart(rows, x=t("col_doc"), y=t("col_chunks"), color=t("col_language"), horizontal=True)


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


def _upload() -> None:
    corpus = config.corpus_dir()
    upload = st.file_uploader(
        t("upload"), type=["md", "markdown", "txt"], key="upload", help=f"≤ {MAX_UPLOAD_BYTES // 1024} KB"
    )
    if upload is None:
        return
    try:
        detected = prepare_upload(corpus, upload.name, upload.getvalue())
    except KBError as exc:
        show_error(str(exc))
        return
    st.caption(t("detected", language=escape_md(detected.detected_language)))
    options = list(dict.fromkeys([detected.detected_language, *languages.SUPPORTED]))
    language = st.selectbox(t("doc_language"), options, key="upload_lang")
    if st.button(t("add"), type="primary"):
        try:
            path = add_document(corpus, prepare_upload(corpus, upload.name, upload.getvalue(), language))
        except KBError as exc:
            show_error(str(exc))
            return
        except OSError as exc:  # the corpus folder cannot be written: say which and why, no traceback
            show_error(describe_os_error(exc))
            return
        st.success(t("added", name=escape_md(path.name)))


def _removable(manifest: Manifest | None) -> list[str]:
    """Indexed documents and whatever removal can take away now (links kb skipped included)."""
    indexed = {d.doc_id for d in manifest.documents} if manifest is not None else set()
    try:
        present = set(removable_paths(config.corpus_dir()))
    except KBError:
        present = set()
    return sorted(indexed | present)


def _remove(docs: list[str]) -> None:
    with st.form("remove"):
        doc_id = st.selectbox(t("remove"), docs)
        if st.form_submit_button(t("remove_button")):
            try:
                remove_document(config.corpus_dir(), doc_id)
                st.success(t("removed", name=escape_md(doc_id)))
            except KBError as exc:
                show_error(str(exc))
            except OSError as exc:
                show_error(describe_os_error(exc))
