"""Model and index, loaded once per server process and shared by all sessions.

The index is cached by its build id, so a newly published build is picked up on
the next page run without a restart.
"""

from __future__ import annotations

import threading

import streamlit as st

from kb import config
from kb.index.embedders import Embedder, load_embedder
from kb.index.reader import LoadedIndex, load_index
from kb.index.store import live_build_id


@st.cache_resource(show_spinner=False)
def embedder(spec: str) -> Embedder:
    model = load_embedder(spec)
    model.embed_queries(["warm-up"])
    return model


@st.cache_resource(show_spinner=False, max_entries=2)
def _index(index_root: str, store: str, build_id: str, model_id: str) -> LoadedIndex:
    from pathlib import Path

    return load_index(Path(index_root), model_id, store=store)


@st.cache_resource
def model_id(spec: str) -> str:
    """The configured model's id, without loading its weights (pages that never embed need only this)."""
    return load_embedder(spec).model_id


_loaded: set[tuple[str, ...]] = set()  # what this process has loaded: later calls show no spinner
_warming = threading.Lock()


def live_index() -> LoadedIndex:
    root, store = config.index_dir(), config.store_spec()
    key = (str(root), store, live_build_id(root, store) or "", model_id(config.model_spec()))
    if key in _loaded:
        return _index(*key)
    from kb.web.i18n import t

    with st.spinner(t("loading")):
        index = _index(*key)
    _loaded.add(key)
    return index


def model() -> Embedder:
    """The configured model; the first call of the process says that it loads (once, some seconds)."""
    spec = config.model_spec()
    if ("model", spec) in _loaded:
        return embedder(spec)
    from kb.web.i18n import t

    with st.spinner(t("loading_model")):
        loaded = embedder(spec)
    _loaded.add(("model", spec))
    return loaded


def warm_up_model() -> None:
    """Load the model in the background once per process, so the first question does not wait for it."""
    spec = config.model_spec()
    if ("model", spec) in _loaded or not _warming.acquire(blocking=False):
        return

    def load() -> None:
        try:
            embedder(spec)
            _loaded.add(("model", spec))
        except Exception:  # the first question loads it again and shows why it fails
            _warming.release()

    threading.Thread(target=load, name="kb-model-warm-up", daemon=True).start()


def live_index_or_message() -> LoadedIndex | None:
    """The live index, or None after showing why there is none (missing, damaged, other model)."""
    from kb.errors import KBError
    from kb.web.render import show_error

    try:
        return live_index()
    except KBError as exc:
        show_error(str(exc))
        return None


def admin_password() -> str:
    """KB_ADMIN_PASSWORD, else ``admin_password`` from Streamlit secrets, else '' (admin disabled)."""
    from kb.web.access import admin_password_from_env

    if password := admin_password_from_env():
        return password
    try:
        return str(st.secrets.get("admin_password", ""))
    except Exception:  # no secrets file: Streamlit raises rather than return the default
        return ""


def client_address() -> str:
    """The throttle key of this session's client: its IP address (IPv6 by /64), or 'local'.

    Streamlit gives None for loopback connections; behind a reverse proxy on this host it gives the
    address from X-Forwarded-For (uvicorn trusts that header from 127.0.0.1 only).
    """
    from kb.web.access import address_key

    try:
        return address_key(st.context.ip_address)
    except Exception:  # no session context (bare script run): one fixed key
        return address_key(None)


def admin_gate(password: str):
    """The gate over the attempt store in the index folder: no client can clear it, unlike st.cache_*."""
    from kb.web.access import AdminGate, login_store

    return AdminGate(password, login_store(config.index_dir()))
