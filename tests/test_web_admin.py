"""The Documents page's admin side through AppTest: the login throttle and the background re-index."""

from __future__ import annotations

import time

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kb.index.build import build_index
from kb.index.publish import current_build_id
from kb.web import resources
from tests.fakes import FakeEmbedder

PASSWORD = "s3cret-throttle"
STRANGER, ADMIN = "203.0.113.9", "198.51.100.7"


@pytest.fixture
def admin_env(cli_env, small_corpus, monkeypatch):
    monkeypatch.setenv("KB_ADMIN_PASSWORD", PASSWORD)
    build_index(small_corpus, cli_env, FakeEmbedder())
    return cli_env


def _documents() -> AppTest:
    return AppTest.from_string("from kb.web.pages import documents\ndocuments.render()", default_timeout=60).run()


def _login(at: AppTest, password: str) -> AppTest:
    at.text_input[0].input(password)
    next(b for b in at.button if b.label == "Log in").click().run()
    assert not at.exception
    return at


def _errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def _logged_in(at: AppTest) -> bool:
    return any(b.label == "Log out" for b in at.button)


def test_wrong_passwords_say_how_many_tries_remain_then_lock(admin_env):
    at = _documents()
    for left in (4, 3, 2, 1):
        assert _errors(_login(at, "wrong")) == [f"Wrong password. Tries left before a pause: {left}."]
    assert "Too many wrong passwords" in _errors(_login(at, "wrong"))[0]
    assert "Too many wrong passwords" in _errors(_login(at, PASSWORD))[0]  # locked even when right
    assert not _logged_in(at)
    assert PASSWORD not in str(_errors(at) + [m.value for m in at.markdown])


def test_clearing_streamlits_caches_does_not_reset_the_lockout(admin_env):
    at = _documents()
    for _ in range(5):
        _login(at, "wrong")
    # What any client's "clear_cache" message does (AppSession._handle_clear_cache_request) ...
    st.cache_data.clear()
    st.cache_resource.clear()
    fresh = _documents()  # ... and it clears the session too: a new session
    assert "Too many wrong passwords" in _errors(_login(fresh, PASSWORD))[0]
    assert not _logged_in(fresh)


def test_a_strangers_wrong_tries_do_not_lock_out_the_admins_address(admin_env, monkeypatch):
    monkeypatch.setattr(resources, "client_address", lambda: STRANGER)
    at = _documents()
    for _ in range(12):
        _login(at, "wrong")
    assert "Too many wrong passwords" in _errors(at)[0]
    monkeypatch.setattr(resources, "client_address", lambda: ADMIN)
    assert _logged_in(_login(_documents(), PASSWORD))


def test_empty_submissions_do_not_count(admin_env):
    at = _documents()
    for _ in range(8):
        assert _errors(_login(at, "")) == ["Type the password first."]
    assert _errors(_login(at, "wrong")) == ["Wrong password. Tries left before a pause: 4."]


def _slow_document(corpus, passages: int) -> None:
    body = "\n\n".join(f"Paragraph {i} explains sourcing decision {i} in its own words." for i in range(passages))
    (corpus / "long.en.md").write_text(f"---\ntitle: Long\nlanguage: en\n---\n\n{body}\n", encoding="utf-8")


def test_a_long_reindex_runs_in_the_background_and_can_be_cancelled(admin_env, small_corpus, monkeypatch):
    live = current_build_id(admin_env)
    _slow_document(small_corpus, 300)  # about 40 embedding batches of 0.5 s each: 20 s if it ran to the end
    monkeypatch.setenv("KB_MODEL", "slowfake:0.5")
    at = _login(_documents(), PASSWORD)
    started = time.monotonic()
    next(b for b in at.button if b.label == "Re-index now").click().run()
    assert time.monotonic() - started < 10  # the page came back while the build goes on
    assert not at.exception and at.get("progress")
    at.run()
    assert "Re-index now" in [b.label for b in at.button if b.disabled]  # one at a time
    next(b for b in at.button if b.label == "Cancel re-index").click().run()
    for _ in range(40):
        if at.info and "cancelled" in at.info[0].value:
            break
        time.sleep(0.25)
        at.run()
    assert "Re-index cancelled. The live index is unchanged." in [i.value for i in at.info]
    assert time.monotonic() - started < 15
    assert current_build_id(admin_env) == live


def test_the_page_removes_a_link_it_finds_and_leaves_the_target(admin_env, small_corpus, tmp_path):
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/usr/sbin/nologin\n", encoding="utf-8")
    (small_corpus / "passwd.md").symlink_to(secret)
    at = _login(_documents(), PASSWORD)
    remove = at.selectbox[-1]
    assert "passwd" in remove.options
    remove.set_value("passwd")
    next(b for b in at.button if b.label == "Remove").click().run()
    assert not at.exception and not at.error
    assert "Removed passwd" in at.success[0].value
    assert not (small_corpus / "passwd.md").is_symlink() and secret.is_file()
