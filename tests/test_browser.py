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


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {proc.stdout.read().decode(errors='replace')[-2000:]}")
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
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(server)
    tab.get_by_label("Your question").wait_for(timeout=60_000)
    yield tab
    context.close()


def ask(page, question: str, heading: str) -> str:
    box = page.get_by_label(re_label())
    box.fill(question)
    box.press("Enter")
    page.get_by_role("heading", name=heading).wait_for(timeout=60_000)
    return page.locator('[data-testid="stMarkdownContainer"]').filter(has_text="[1]").first.inner_text()


def re_label():
    import re

    return re.compile(r"^(Your question|Ihre Frage|Pertanyaan Anda)$")


def test_german_and_indonesian_questions_get_answers_in_their_language_with_citations(page):
    answer = ask(page, "Welche Aufgaben übernimmt ein BPO-Anbieter?", "Antwort")
    assert "[1]" in answer and "Kundenservice" in answer
    page.get_by_role("heading", name="Quellen").wait_for()  # the page's labels follow the language
    second = page.locator("summary").filter(has_text="[2]").first
    second.click()
    expanders = page.locator('[data-testid="stExpander"]')
    expanders.nth(1).locator('[data-testid="stMarkdownContainer"]').first.wait_for()
    answer = ask(page, "Apa yang dilakukan penyedia BPO?", "Jawaban")
    assert "[1]" in answer and "layanan pelanggan" in answer


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


def test_admin_uploads_reindexes_and_staff_can_ask_about_it(page, server, tmp_path):
    page.goto(f"{server}/documents")
    page.get_by_label("Admin password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Re-index now").wait_for(timeout=30_000)
    upload = tmp_path / "nearshoring.md"
    upload.write_text(NEW_DOC, encoding="utf-8")
    page.locator('input[type="file"]').set_input_files(str(upload))
    page.get_by_text("Detected language: en").wait_for(timeout=30_000)
    page.get_by_role("button", name="Add to the corpus").click()
    page.get_by_text("Added nearshoring.md").wait_for(timeout=30_000)
    page.get_by_role("button", name="Re-index now").click()
    page.get_by_text("live for everyone").wait_for(timeout=120_000)

    page.goto(server)
    answer = ask(page, "What is nearshoring?", "Answer")
    assert "nearby country" in answer
    page.locator("summary").filter(has_text="Nearshoring notes").first.wait_for(timeout=30_000)


def test_script_in_a_question_or_a_document_is_shown_never_run(page):
    ask_box = page.get_by_label(re_label())
    ask_box.fill("<script>alert('q')</script><img src=x onerror=alert('img')> offshore data centres in Iceland?")
    ask_box.press("Enter")
    page.get_by_role("heading", name="Answer").wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    assert page.dialogs == [] and page.evaluate("window.__pwned") is None
    assert page.locator("script", has_text="alert").count() == 0
    # The question stays in the box as the text that was typed, markup and all.
    assert ask_box.input_value().startswith("<script>alert('q')</script><img src=x onerror=alert('img')>")
    summary = page.locator("summary").filter(has_text="Script test").first
    if summary.locator("xpath=..").get_attribute("open") is None:  # the first citation opens by itself
        summary.click()
    page.wait_for_timeout(500)
    body = page.locator("body").inner_text()
    assert "<script>window.__pwned = 1; alert('doc')</script>" in body  # the document's markup, as text
    assert page.dialogs == [] and page.evaluate("window.__pwned") is None


def test_markdown_in_a_title_is_shown_as_text_and_fetches_nothing(page, trap):
    _, requests = trap
    ask(page, "Who cools the outsourced data halls in Greenland with seawater?", "Answer")
    summary = page.locator("summary").filter(has_text="Coloured title").first
    summary.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    label = summary.inner_text()
    assert "![t](http://127.0.0.1:" in label and ":red[Coloured title]" in label  # the characters, as typed
    assert summary.locator("img").count() == 0
    assert requests == []  # no reader's browser fetched the title's or the section's image
