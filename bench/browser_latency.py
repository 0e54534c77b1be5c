"""Time from pressing Enter to the answer appearing, warm, in a real headless Chromium.

Run: .venv/bin/python bench/browser_latency.py [--index index] [--rounds 2] [--screenshot docs/ask-page.png]
     .venv/bin/python bench/browser_latency.py --sessions 1,5,10 [--per-session 20]
Enter to answer is timed inside the page (keydown of Enter to the first frame drawn with the
answer), not by Playwright's polling, whose back-off reached 500 ms steps. Starts
`streamlit run app.py` on a free loopback port with the given index and asks the answerable
questions of eval/questions.jsonl (after a warm-up). Without --sessions, one session asks them all
(``--rounds`` times) and p50/p95 in milliseconds are printed. With --sessions, each level runs that
many browser sessions at once (one Chromium, a context each, on the same cores as the server); each
session asks ``--per-session`` questions one after the other, starting a new conversation every
``--conversation`` questions (people ask a few questions, then start over), and the level's p50/p95
and answers per second in all are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO, percentile

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CHAT_BOX = '[data-testid="stChatInputTextArea"]'
# Timed in the page, not by polling from Playwright: its wait_for_selector polls at 0, 20, 70, 170,
# 270 ms and then every 500 ms, which added up to half a second to every answer slower than 270 ms
# (and kept concurrent sessions idle meanwhile). The clock starts at the Enter keydown and stops at
# the first frame drawn with the answer in the page (a MutationObserver sees it, no polling).
ARM_ENTER = """() => { window.__kbEnter = 0; document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') window.__kbEnter = performance.now(); }, {capture: true, once: true}); }"""
SHOWN_AFTER_ENTER = """(selector) => new Promise((resolve, reject) => {
  const observer = new MutationObserver(() => found());
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no answer: ' + selector)); }, 120000);
  const found = () => {
    if (!document.querySelector(selector)) return false;
    observer.disconnect(); clearTimeout(timer);
    requestAnimationFrame(() => resolve(performance.now() - window.__kbEnter));
    return true;
  };
  if (!found()) observer.observe(document.body, {childList: true, subtree: true});
})"""
GONE = """(selector) => new Promise((resolve, reject) => {
  const observer = new MutationObserver(() => gone());
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('still there: ' + selector)); }, 20000);
  const gone = () => {
    if (document.querySelector(selector)) return false;
    observer.disconnect(); clearTimeout(timer); resolve(true); return true;
  };
  if (!gone()) observer.observe(document.body, {childList: true, subtree: true});
})"""


def serve(index: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "KB_INDEX_DIR": str(index)}
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
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            return proc
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("streamlit did not start")


class Session:
    """One browser session on the Ask page: asks, times Enter -> answer shown, starts over when told."""

    def __init__(self, page, url: str) -> None:
        self.page, self.url, self.turns = page, url, 0

    async def open(self) -> None:
        await self.page.goto(self.url)
        await self.page.wait_for_selector(CHAT_BOX, timeout=120_000)

    async def ask(self, question: str) -> float:
        self.turns += 1
        box = self.page.locator(CHAT_BOX)
        await box.fill(question)
        await self.page.evaluate(ARM_ENTER)
        await box.press("Enter")
        return await self.page.evaluate(SHOWN_AFTER_ENTER, f'.kb-turn[data-turn="{self.turns}"]')

    async def start_over(self) -> None:
        # A click that lands while the page is still re-running the last answer can be dropped by
        # Streamlit: click again until the conversation is gone.
        for attempt in range(4):
            await self.page.get_by_role("button", name="New conversation").click()
            try:
                await self.page.evaluate(GONE, ".kb-turn")
                return
            except Exception:
                if attempt == 3:
                    raise


async def run_level(browser, url: str, sessions: int, questions: list[str], per_session: int, conversation: int):
    contexts = [await browser.new_context(viewport={"width": 1366, "height": 900}) for _ in range(sessions)]
    people = [Session(await c.new_page(), url) for c in contexts]
    await asyncio.gather(*(p.open() for p in people))
    for person in people:  # warm-up: each session's first answer (page code, model, caches)
        await person.ask(questions[0])
        await person.start_over()

    async def work(i: int, person: Session) -> list[float]:
        timings = []
        for j in range(per_session):
            if j and j % conversation == 0:
                await person.start_over()
            timings.append(await person.ask(questions[(i * 7 + j) % len(questions)]))
        return timings

    started = time.perf_counter()
    results = await asyncio.gather(*(work(i, p) for i, p in enumerate(people)))
    wall = time.perf_counter() - started
    for c in contexts:
        await c.close()
    timings = [t for r in results for t in r]
    return {
        "sessions": sessions,
        "answers": len(timings),
        "enter_to_answer_ms_p50": round(statistics.median(timings)),
        "enter_to_answer_ms_p95": round(percentile(timings, 0.95)),
        "answers_per_s": round(len(timings) / wall, 2),
    }


async def single(browser, url: str, questions: list[str], rounds: int, screenshot: str) -> dict:
    page = await browser.new_page(viewport={"width": 1280, "height": 1100})
    person = Session(page, url)
    await person.open()
    timings: list[float] = []
    for round_ in range(rounds + 1):  # round 0 warms the model, index and page
        for n, question in enumerate(questions if round_ else questions[:3]):
            if person.turns and n % 5 == 0:
                await person.start_over()  # (turn numbers go on counting in the session)
            elapsed = await person.ask(question)
            if round_:
                timings.append(elapsed)
    if screenshot:
        await page.screenshot(path=screenshot, full_page=True)
    return {
        "questions": len(timings),
        "enter_to_answer_ms_p50": round(statistics.median(timings)),
        "enter_to_answer_ms_p95": round(percentile(timings, 0.95)),
        "cores": os.cpu_count(),
    }


async def main_async(args: argparse.Namespace, url: str, questions: list[str]) -> dict:
    from playwright.async_api import async_playwright

    load_before = os.getloadavg()[0]
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            if not args.sessions:
                return await single(browser, url, questions, args.rounds, args.screenshot)
            levels = [int(n) for n in args.sessions.split(",")]
            found = [await run_level(browser, url, n, questions, args.per_session, args.conversation) for n in levels]
            return {"concurrent": found, "cores": os.cpu_count(), "load_before": round(load_before, 2)}
        finally:
            await browser.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", default=str(REPO / "index"))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--screenshot", default="")
    parser.add_argument("--sessions", default="", help="e.g. 1,5,10: sessions at once per level")
    parser.add_argument("--per-session", type=int, default=20, help="questions each session asks per level")
    parser.add_argument("--conversation", type=int, default=5, help="questions per conversation")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (REPO / "eval" / "questions.jsonl").open(encoding="utf-8")]
    questions = [r["question"] for r in rows if r.get("answerable")]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = serve(Path(args.index), port)
    try:
        result = asyncio.run(main_async(args, f"http://127.0.0.1:{port}", questions))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
