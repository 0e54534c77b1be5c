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
    remove = at.selectbox(key="remove_doc")
    assert "passwd" in remove.options and remove.value is None  # nothing preselected
    remove.set_value("passwd").run()
    next(b for b in at.button if b.label == "Remove").click().run()
    assert (small_corpus / "passwd.md").is_symlink()  # not yet: the page asks first
    assert "Remove passwd?" in at.warning[0].value
    next(b for b in at.button if b.label == "Yes, remove").click().run()
    assert not at.exception and not at.error
    assert "Removed passwd" in at.success[0].value
    assert not (small_corpus / "passwd.md").is_symlink() and secret.is_file()


def _status(at: AppTest) -> dict[str, str]:
    table = at.dataframe[0].value
    return dict(zip(table["Document"], table["Status"], strict=True))


def test_a_removal_is_confirmed_shown_at_once_and_can_be_undone(admin_env, small_corpus):
    at = _login(_documents(), PASSWORD)
    at.selectbox(key="remove_doc").set_value("basics.en").run()
    next(b for b in at.button if b.label == "Remove").click().run()
    next(b for b in at.button if b.label == "Cancel").click().run()
    assert (small_corpus / "basics.en.md").is_file() and _status(at)["basics.en"] == "indexed"
    at.selectbox(key="remove_doc").set_value("basics.en").run()
    next(b for b in at.button if b.label == "Remove").click().run()
    next(b for b in at.button if b.label == "Yes, remove").click().run()
    assert not (small_corpus / "basics.en.md").exists()
    assert _status(at)["basics.en"] == "removed, re-index to apply"  # the table, in the same drawing
    next(b for b in at.button if b.label == "Undo").click().run()
    assert not at.exception and "Restored basics.en.md" in at.success[0].value.replace("\\", "")
    assert (small_corpus / "basics.en.md").is_file() and _status(at)["basics.en"] == "indexed"


def test_a_reindex_shows_the_new_state_at_once_and_says_when_nothing_changed(admin_env, small_corpus):
    at = _login(_documents(), PASSWORD)
    next(b for b in at.button if b.label == "Re-index now").click().run()
    assert "Nothing changed: the index is up to date" in at.info[0].value
    (small_corpus / "neu.de.md").write_text("---\ntitle: Neu\nlanguage: de\n---\n\nCloud-Migration.\n", "utf-8")
    at.run()
    assert _status(at)["neu.de"] == "not indexed yet, re-index"
    next(b for b in at.button if b.label == "Re-index now").click().run()
    assert "live for everyone" in at.success[0].value and _status(at)["neu.de"] == "indexed"


def test_reindex_progress_names_the_phase_with_counts_and_time():
    from pathlib import Path

    from kb.web import reindex
    from kb.web.pages.reindexing import phase_line

    job = reindex.ReindexJob(Path("c"), Path("i"))
    job.on_phase("chunking", 2, 4)
    fraction, line = phase_line(job)
    assert line.startswith("Splitting into passages: 2 of 4 · ") and line.endswith(" s") and 0.2 < fraction < 0.4
    job.progress(30, 120)
    fraction, line = phase_line(job)
    assert line.startswith("Embedding texts: 30 of 120") and 0.4 < fraction < 0.6
    job.on_phase("publishing", 0, 0)
    assert phase_line(job)[1].startswith("Publishing · ")
