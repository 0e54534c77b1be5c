"""The Documents page's changes to the corpus: add (after a preview), remove (confirmed, undoable), restore.

Each change runs in its button's callback, before the page is drawn, so the table above shows the
new state at once; what it did is kept as a one-time message (``flash``) for the next drawing.
"""

from __future__ import annotations

import streamlit as st

from kb import config, languages
from kb.errors import KBError, describe_os_error
from kb.ingest.uploads import MAX_UPLOAD_BYTES
from kb.web.i18n import t, ui_language
from kb.web.render import escape_md, show_error

FLASH, UPLOADS, CONFIRM, UNDO = "docs_flash", "upload_round", "remove_confirm", "remove_undo"
PREVIEW_PASSAGES = 3


def flash() -> None:
    """The outcome of the last change, shown once: success (with Undo after a removal) or the error."""
    kind, text = st.session_state.pop(FLASH, ("", ""))
    if kind == "success":
        st.success(text)
    elif kind == "error":
        show_error(text)
    if kind and (stored := st.session_state.get(UNDO)):
        st.button(t("undo"), key="undo_remove", on_click=_restore, args=(stored,))


def _say(kind: str, text: str) -> None:
    st.session_state[FLASH] = (kind, text)
    st.session_state.pop("reindex_job", None)  # an earlier re-index's result no longer describes the corpus


def _attempt(change) -> bool:
    """Run a change of the corpus; a refusal or a file system error becomes the flash message."""
    try:
        change()
    except KBError as exc:
        _say("error", str(exc))
        return False
    except OSError as exc:  # the corpus folder cannot be written: say which and why, no traceback
        _say("error", describe_os_error(exc))
        return False
    return True


def _uploader_key() -> str:
    return f"upload-{st.session_state.get(UPLOADS, 0)}"


def upload_section() -> None:
    from kb.ingest.restore import preview_passages
    from kb.ingest.uploads import prepare_upload

    corpus = config.corpus_dir()
    upload = st.file_uploader(
        t("upload"), type=["md", "markdown", "txt"], key=_uploader_key(), help=f"≤ {MAX_UPLOAD_BYTES // 1024} KB"
    )
    if upload is None:
        return
    try:
        prepared = prepare_upload(corpus, upload.name, upload.getvalue())
        passages = preview_passages(prepared)
    except KBError as exc:
        show_error(str(exc))
        return
    detected = prepared.detected_language
    st.caption(t("detected", language=escape_md(languages.name(detected, ui_language()))))
    options = list(dict.fromkeys([detected, *languages.SUPPORTED]))
    st.selectbox(
        t("doc_language"), options, key="upload_lang", format_func=lambda code: languages.name(code, ui_language())
    )
    _translation_fields(corpus, prepared.doc_id)
    with st.container(border=True):
        summary = t("preview_summary", title=prepared.title, passages=str(len(passages)))
        st.markdown(f"**{escape_md(t('preview'))}** · {escape_md(summary)}")
        for passage in passages[:PREVIEW_PASSAGES]:
            st.text(passage.text if len(passage.text) < 600 else passage.text[:599] + "…")
        if len(passages) > PREVIEW_PASSAGES:
            st.caption(t("preview_more", more=str(len(passages) - PREVIEW_PASSAGES)))
    st.button(t("add"), type="primary", key="add_doc", on_click=_add)


def _translation_fields(corpus, doc_id: str) -> None:
    """Optionally mark the upload as a translation of a document already in the corpus."""
    from kb.ingest.uploads import removable_paths

    try:
        others = sorted(d for d in removable_paths(corpus) if d != doc_id)
    except KBError:
        others = []
    choice = st.selectbox(
        t("translation_of"), ["", *others], key="upload_original", format_func=lambda d: d or t("not_translation")
    )
    if choice:
        st.text_input(t("translator"), key="upload_translator", placeholder=t("translator_hint"))


def _add() -> None:
    from kb.ingest.uploads import Translation, add_document, prepare_upload

    upload = st.session_state.get(_uploader_key())
    if upload is None:
        return
    corpus = config.corpus_dir()
    language = st.session_state.get("upload_lang")
    original = st.session_state.get("upload_original") or ""
    translation = Translation(original, st.session_state.get("upload_translator") or "") if original else None
    added = []
    if _attempt(
        lambda: added.append(
            add_document(corpus, prepare_upload(corpus, upload.name, upload.getvalue(), language, False, translation))
        )
    ):
        _say("success", t("added", name=escape_md(added[0].name)))
        st.session_state[UPLOADS] = st.session_state.get(UPLOADS, 0) + 1  # a new, empty uploader
        st.session_state.pop(UNDO, None)


def remove_section(docs: list[str]) -> None:
    pending = st.session_state.get(CONFIRM)
    if pending:
        st.warning(t("remove_confirm", name=escape_md(pending)))
        left, right = st.columns(2)
        left.button(t("confirm_remove"), type="primary", key="remove_yes", on_click=_remove, args=(pending,))
        right.button(t("cancel"), key="remove_no", on_click=st.session_state.pop, args=(CONFIRM, None))
        return
    choice = st.selectbox(t("remove"), docs, index=None, placeholder=t("remove_pick"), key="remove_doc")
    st.button(t("remove_button"), key="remove_ask", disabled=choice is None, on_click=_ask_to_remove)


def _ask_to_remove() -> None:
    if doc_id := st.session_state.get("remove_doc"):
        st.session_state[CONFIRM] = doc_id


def _remove(doc_id: str) -> None:
    from kb.ingest.uploads import remove_document

    st.session_state.pop(CONFIRM, None)
    st.session_state.pop("remove_doc", None)
    moved = []
    if _attempt(lambda: moved.append(remove_document(config.corpus_dir(), doc_id))):
        _say("success", t("removed", name=escape_md(doc_id)))
        st.session_state[UNDO] = moved[0].name


def removed_section() -> None:
    from kb.ingest.restore import removed_documents

    try:
        removed = removed_documents(config.corpus_dir())
    except OSError:
        return
    if not removed:
        return
    with st.expander(t("removed_docs")):
        for i, item in enumerate(removed[:50]):
            left, right = st.columns([4, 1])
            left.text(f"{item.name} · {item.removed_at} UTC")
            right.button(t("restore"), key=f"restore-{i}", on_click=_restore, args=(item.stored,))


def _restore(stored: str) -> None:
    from kb.ingest.restore import restore_document

    st.session_state.pop(UNDO, None)
    restored = []
    if _attempt(lambda: restored.append(restore_document(config.corpus_dir(), stored))):
        _say("success", t("restored", name=escape_md(restored[0].name)))
