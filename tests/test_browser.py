"""End to end in a real headless Chromium against `streamlit run app.py` on a loopback port.

Chromium is Debian's (`make test` installs it); Playwright drives it and never downloads a browser.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CORPUS, REPO

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "e2e-admin-password"
NEW_DOC = """---
title: Nearshoring notes
language: en
---

# Nearshoring

Nearshoring means moving IT services to a provider in a nearby country, for example a German company
that works with a development team in Poland. The shared time zone makes daily meetings easy.
"""
EVIL_DOC = """# Script test

Rogue markup <script>window.__pwned = 1; alert('doc')</script> and <img src=x onerror="window.__pwned = 2">
appear in this document about offshore data centres in Iceland.
"""

# A title and a heading with Markdown that would make every reader's browser fetch from the trap
# server (an image) or colour text; the port is filled in when the trap is listening.
MARKDOWN_TITLE_DOC = """---
title: "![t](http://127.0.0.1:{port}/title.png) :red[Coloured title]"
language: en
---

## ![s](http://127.0.0.1:{port}/section.png) Cooling

Seawater cools the outsourced data halls in Greenland that a Danish provider runs for its clients.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log_path: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log_path.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def trap():
    """A local HTTP server that records every request: a rendered Markdown image would reach it."""
    import http.server
    import threading

    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], requests
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory, e5, trap):
    from kb.index.build import build_index

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run 'make test' (it installs Debian's chromium)")
    root = tmp_path_factory.mktemp("e2e")
    corpus, index = root / "corpus", root / "index"
    shutil.copytree(CORPUS, corpus)
    (corpus / "script-test.md").write_text(EVIL_DOC, encoding="utf-8")
    (corpus / "markdown-title.md").write_text(MARKDOWN_TITLE_DOC.replace("{port}", str(trap[0])), encoding="utf-8")
    build_index(corpus, index, e5)
    port = _free_port()
    log_path = root / "streamlit.log"
    log = log_path.open("wb")
    env = {
        **os.environ,
        "KB_CORPUS_DIR": str(corpus),
        "KB_INDEX_DIR": str(index),
        "KB_ADMIN_PASSWORD": PASSWORD,
        "KB_MODEL": "e5",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(REPO / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=REPO,
        env=env,
        # A file, not a pipe: nobody reads the server's log while tests run, and a full pipe would
        # block the server's writes (and its shutdown).
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log_path)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 900}, locale="en-US")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def _open(context, url: str):
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(url)
    return tab


@pytest.fixture
def page(context, server):
    tab = _open(context, server)
    tab.locator(CHAT_BOX).wait_for(timeout=60_000)
    return tab


CHAT_BOX = '[data-testid="stChatInputTextArea"]'


def ask(page, question: str) -> str:
    """Type a question, press Enter, wait for its answer; returns the answer's text (sources included)."""
    turn = page.locator(".kb-turn").count() + 1
    box = page.locator(CHAT_BOX)
    box.fill(question)
    box.press("Enter")
    answer = page.locator(f'.kb-turn[data-turn="{turn}"]')
    answer.wait_for(timeout=60_000)
    return answer.locator(".kb-answer").inner_text()


def click_until(page, target, done: str, tries: int = 3) -> None:
    """Click until ``done`` (JavaScript) holds. Streamlit may still be re-running the page right after an
    answer appears, and a click that lands on an element it is replacing is lost (as for a person, who
    clicks again)."""
    for attempt in range(tries):
        target.click()
        try:
            page.wait_for_function(f"() => {done}", timeout=5_000)
            return
        except Exception:
            if attempt == tries - 1:
                raise


def test_two_questions_in_a_row_stay_on_the_page_each_with_its_sources(page):
    first = ask(page, "Welche Aufgaben übernimmt ein BPO-Anbieter?")
    assert "[1]" in first and "Kundenservice" in first
    second = ask(page, "Apa yang dilakukan penyedia BPO?")
    assert "[1]" in second and "layanan pelanggan" in second
    assert page.locator(".kb-turn").count() == 2 and page.locator(".kb-q").count() == 2
    assert page.locator("#kb-t1-s1").count() == 1 and page.locator("#kb-t2-s1").count() == 1
    assert page.locator(".kb-q").first.is_visible() and page.locator(".kb-turn").first.is_visible()
    # The interface stays English: the German question did not switch the page's words.
    assert page.locator(".kb-sources-h").first.inner_text() == "Sources"
    page.get_by_role("button", name="New conversation").click()
    page.locator(".kb-turn").first.wait_for(state="detached", timeout=30_000)


def test_clicking_a_citation_opens_and_shows_its_source_in_either_language(page):
    ask(page, "Welche Aufgaben übernimmt ein BPO-Anbieter?")
    source = page.locator("#kb-t1-s1")
    assert source.get_attribute("open") is None
    click_until(
        page, page.locator('.kb-turn[data-turn="1"] a.kb-cite').first, "document.getElementById('kb-t1-s1').open"
    )
    page.wait_for_timeout(700)  # the smooth scroll
    assert source.locator("mark").first.is_visible()  # the answering sentence, highlighted, in view
    assert "Deutsch" not in source.locator("summary").inner_text() and "German" in source.inner_text()
    passages = source.locator(".kb-passage")
    assert passages.nth(0).is_visible() and not passages.nth(1).is_visible()
    source.get_by_text("Indonesian", exact=True).click()  # the language switch: the translation
    indonesian = source.locator('.kb-passage[lang="id"]')
    assert indonesian.is_visible() and not passages.nth(0).is_visible()
    assert "penyedia" in indonesian.inner_text() and indonesian.locator("mark").count() >= 1
    assert "#" not in page.url  # the page's address is not changed by a citation


# What Streamlit does when it draws a turn anew: new elements from the turn's HTML, every source closed.
REDRAW = """(n) => { const turn = document.querySelector(`.kb-turn[data-turn="${n}"]`);
    turn.outerHTML = turn.outerHTML.replace(/ open=""/g, '');
    if (document.getElementById(`kb-t${n}-s1`).open) throw new Error('not drawn anew'); }"""


def test_one_click_on_a_citation_right_after_its_answer_appears_opens_the_source(page):
    ask(page, "What is knowledge process outsourcing?")
    box = page.locator(CHAT_BOX)
    box.fill("Welche Aufgaben übernimmt ein BPO-Anbieter?")
    box.press("Enter")
    # One click, as soon as the second answer is there: Streamlit is still drawing the page, and the page
    # is about to bring the new question up; neither may lose the click.
    page.locator('.kb-turn[data-turn="2"] a.kb-cite').first.click()
    page.wait_for_function("() => document.getElementById('kb-t2-s1').open", timeout=5_000)
    # Streamlit drawing the turn anew (a new element, sources closed) keeps the source the reader opened.
    page.evaluate(REDRAW, 2)
    page.wait_for_function("() => document.getElementById('kb-t2-s1').open", timeout=5_000)
    source = page.locator("#kb-t2-s1")
    # Closed by the reader, and the turn drawn anew in the same moment (before the browser's 'toggle'
    # event for the closing arrives): it stays closed.
    page.evaluate("(n) => { document.querySelector('#kb-t2-s1 > summary').click(); (" + REDRAW + ")(n); }", 2)
    page.wait_for_timeout(300)
    assert source.get_attribute("open") is None


def test_copy_puts_the_answer_and_its_numbered_sources_on_the_clipboard(page):
    answer = ask(page, "What is knowledge process outsourcing?")
    copy = page.locator('.kb-turn[data-turn="1"] button.kb-copy')
    click_until(page, copy, "[...document.querySelectorAll('button.kb-copy')].some(b => b.textContent === 'Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(answer.strip()) and "\nSources:\n[1] " in copied and "(English)" in copied


def test_feedback_is_stored_and_listed_for_maintainers(page, server):
    question = "What does an ITO provider charge per month?"
    ask(page, question)
    page.locator('[data-testid="stFeedback"] button').nth(1).click()  # thumbs down
    comment = page.get_by_label("Thank you. What was missing or wrong? (optional)")
    comment.fill("Prices are missing.")
    page.get_by_role("button", name="Send comment").click()
    page.get_by_text("Comment saved.").wait_for(timeout=30_000)
    page.goto(f"{server}/documents")
    page.get_by_text("What the knowledge base is missing").wait_for(timeout=60_000)
    gaps = page.locator('[data-testid="stDataFrame"]').last.locator("table")
    gaps.wait_for(state="attached", timeout=30_000)
    text = gaps.evaluate("e => e.textContent")
    assert question in text and "Prices are missing." in text


def test_a_permalink_reproduces_the_answer_and_a_reload_keeps_the_interface_language(context, server):
    first = _open(context, server)
    first.locator(CHAT_BOX).wait_for(timeout=60_000)
    first.get_by_label("Interface language").click()  # the setting, in the sidebar
    first.get_by_role("option", name="Deutsch").click()
    first.get_by_role("heading", name="Wissensbasis IT-Sourcing").wait_for(timeout=30_000)
    answer = ask(first, "Was ist Insourcing?")
    link = first.locator('.kb-turn[data-turn="1"] a.kb-link').get_attribute("href")
    assert link == "?q=Was+ist+Insourcing%3F&lang=de"
    first.reload()
    first.get_by_role("heading", name="Wissensbasis IT-Sourcing").wait_for(timeout=60_000)  # still German
    second = _open(context, f"{server}/{link}")
    second.locator('.kb-turn[data-turn="1"]').wait_for(timeout=60_000)
    assert second.locator(".kb-answer").first.inner_text() == answer


def test_on_a_phone_the_answer_is_in_view_and_nothing_covers_or_cuts_the_page(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = _open(context, server)
        page.locator(CHAT_BOX).wait_for(timeout=60_000)
        box = page.locator(CHAT_BOX)
        hint = box.evaluate("e => [e.scrollWidth <= e.clientWidth + 1]")
        assert hint == [True]  # the input's hint fits its box
        for n, question in enumerate(["Welche Aufgaben übernimmt ein BPO-Anbieter?", "Apa itu KPO?"], 1):
            ask(page, question)
            page.wait_for_timeout(1200)  # Streamlit's own scrolling, then the page's
            answer = page.locator(f'.kb-turn[data-turn="{n}"] .kb-answer').bounding_box()
            chat_box = box.bounding_box()
            assert answer is not None and chat_box is not None
            assert 40 <= answer["y"] < chat_box["y"], (n, answer, chat_box)  # its start is in view, under no header
        sidebar = page.locator('[data-testid="stSidebar"]')
        assert (
            sidebar.count() == 0
            or (sidebar.bounding_box() or {"x": -1, "width": 0})["x"]
            + (sidebar.bounding_box() or {"width": 0})["width"]
            <= 1
        )  # the navigation is folded away, not over the page
        too_long = "Outsourcing " * 300
        ask(page, too_long)
        assert "3,600 characters long; the limit is 2,000" in page.locator(".kb-turn").last.inner_text()
    finally:
        context.close()


def test_a_quiz_is_built_and_downloaded(page, server):
    page.goto(f"{server}/quiz")
    page.get_by_role("button", name="Build quiz").click()
    button = page.get_by_role("button", name="GIFT (Moodle)")
    button.wait_for(timeout=60_000)
    for label in ("GIFT (Moodle)", "Moodle XML", "CSV", "JSON", "Markdown"):  # no label is cut off
        text = page.get_by_role("button", name=label).locator("p").first
        assert text.evaluate("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight + 2"), label
    with page.expect_download() as download:
        button.click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert text.count("// source:") == 10 and "::q01::" not in text and " 01::" in text


def _documents_table(page) -> str:
    table = page.locator('[data-testid="stDataFrame"]').first.locator("table")
    table.wait_for(state="attached", timeout=30_000)
    return table.evaluate("e => e.textContent")


def _wait_for_table(page, text: str, present: bool = True, timeout: int = 60_000) -> None:
    page.wait_for_function(
        """([t, present]) => { const e = document.querySelector('[data-testid="stDataFrame"] table');
                 return e && e.textContent.includes(t) === present; }""",
        arg=[text, present],
        timeout=timeout,
    )


def test_admin_adds_reindexes_removes_and_the_page_shows_each_state_at_once(page, server, tmp_path):
    page.goto(f"{server}/documents")
    page.get_by_label("Admin password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Re-index now").wait_for(timeout=30_000)
    upload = tmp_path / "nearshoring.md"
    upload.write_text(NEW_DOC, encoding="utf-8")
    page.locator('input[type="file"]').set_input_files(str(upload))
    page.get_by_text("Detected language: English").wait_for(timeout=30_000)
    page.get_by_text("Title: Nearshoring notes · 1 passages").wait_for()  # the preview
    page.get_by_role("button", name="Add to the corpus").click()
    page.get_by_text("Added nearshoring.md").wait_for(timeout=30_000)
    assert page.locator('[data-testid="stFileUploaderFile"]').count() == 0  # the uploader is empty again
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0  # no "already exists"
    _wait_for_table(page, "not indexed yet")  # the table, at once
    page.get_by_role("button", name="Re-index now").click()
    page.get_by_text("live for everyone").wait_for(timeout=120_000)
    # Streamlit redraws element by element: the message may show a moment before the table does
    _wait_for_table(page, "nearshoringNearshoring notesEnglish1indexed", timeout=30_000)

    staff = _open(page.context, server)
    staff.locator(CHAT_BOX).wait_for(timeout=60_000)
    assert "nearby country" in ask(staff, "What is nearshoring?")
    assert "Nearshoring notes" in staff.locator('.kb-turn[data-turn="1"] .kb-sources').inner_text()

    page.get_by_label("Remove a document").click()
    page.get_by_role("option", name="nearshoring").click()
    page.get_by_role("button", name="Remove", exact=True).click()
    page.get_by_role("button", name="Yes, remove").click()
    page.get_by_text("Removed nearshoring").wait_for(timeout=30_000)
    _wait_for_table(page, "removed, re-index to apply")
    page.get_by_role("button", name="Re-index now").click()
    # The first re-index's "live for everyone" may still be on the page for a moment after this
    # click: wait for the table itself to drop the document (it is drawn with the same message).
    _wait_for_table(page, "nearshoring", present=False, timeout=120_000)
    page.get_by_text("live for everyone").wait_for(timeout=30_000)
    assert "nearshoring" not in _documents_table(page)


def test_script_in_a_question_or_a_document_is_shown_never_run(page):
    question = "<script>alert('q')</script><img src=x onerror=alert('img')> offshore data centres in Iceland?"
    ask(page, question)
    page.wait_for_timeout(1000)
    assert page.dialogs == [] and page.evaluate("window.__pwned") is None
    assert page.locator("script", has_text="alert").count() == 0
    assert page.locator(".kb-q").first.inner_text() == question  # the question, as the text that was typed
    summary = page.locator("details.kb-src summary").filter(has_text="Script test").first
    summary.click()
    page.wait_for_timeout(500)
    body = page.locator("body").inner_text()
    assert "<script>window.__pwned = 1; alert('doc')</script>" in body  # the document's markup, as text
    assert page.dialogs == [] and page.evaluate("window.__pwned") is None


def test_markdown_in_a_title_is_shown_as_text_and_fetches_nothing(page, trap):
    _, requests = trap
    ask(page, "Who cools the outsourced data halls in Greenland with seawater?")
    summary = page.locator("details.kb-src summary").filter(has_text="Coloured title").first
    summary.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    label = summary.inner_text()
    assert "![t](http://127.0.0.1:" in label and ":red[Coloured title]" in label  # the characters, as typed
    assert summary.locator("img").count() == 0
    assert requests == []  # no reader's browser fetched the title's or the section's image
