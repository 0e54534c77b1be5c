"""Time from pressing Enter to the answer appearing, warm, in a real headless Chromium.

Run: .venv/bin/python bench/browser_latency.py [--index index] [--rounds 2] [--screenshot docs/ask-page.png]
Starts `streamlit run app.py` on a free loopback port with the given index, asks the answerable
questions of eval/questions.jsonl (after a warm-up), and prints p50/p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
# Streamlit marks its root with the script's state; a run has ended when it went running -> notRunning.
WATCH_RUN_JS = """() => {
  window.__kbRunDone = false;
  const app = document.querySelector('[data-testid="stApp"]');
  let running = false;
  const observer = new MutationObserver(() => {
    const state = app.getAttribute('data-test-script-state');
    if (state === 'running') running = true;
    else if (running && state === 'notRunning') { window.__kbRunDone = true; observer.disconnect(); }
  });
  observer.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


ANSWER_HEADINGS = re.compile("^(Answer|Antwort|Jawaban)$")


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


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser()
    parser.add_argument("--index", default=str(REPO / "index"))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--screenshot", default="")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (REPO / "eval" / "questions.jsonl").open(encoding="utf-8")]
    questions = [r["question"] for r in rows if r.get("answerable")]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = serve(Path(args.index), port)
    timings: list[float] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1100})
            page.goto(f"http://127.0.0.1:{port}")
            for round_ in range(args.rounds + 1):  # round 0 warms the model, index and page
                for question in questions if round_ else questions[:3]:
                    box = page.locator("input[type=text]").first
                    box.fill(question)
                    page.evaluate(WATCH_RUN_JS)
                    start = time.perf_counter()
                    box.press("Enter")
                    page.wait_for_function("() => window.__kbRunDone", timeout=60_000, polling="raf")
                    page.get_by_role("heading", name=ANSWER_HEADINGS).first.wait_for(timeout=60_000)
                    elapsed = (time.perf_counter() - start) * 1000
                    if round_:
                        timings.append(elapsed)
            if args.screenshot:
                page.screenshot(path=args.screenshot, full_page=True)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(
        json.dumps(
            {
                "questions": len(timings),
                "enter_to_answer_ms_p50": round(statistics.median(timings)),
                "enter_to_answer_ms_p95": round(percentile(timings, 0.95)),
                "cores": os.cpu_count(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
