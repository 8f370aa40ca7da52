"""Review app speed on the demo article: cold start to rendered verdicts, rerun after a verdict edit.

    python benchmarks/bench_app.py [--runs 3] [--edits 6]

1. Cold start (targets: under 3 s): a new ``streamlit run app.py`` process (empty review store,
   empty caches), timed from spawning it until the demo article's highlights are in a Chromium
   page (Debian's /usr/bin/chromium through Playwright; the browser is started beforehand, so its
   own start-up is not counted). Also split: process start to ``/_stcore/health``, and page load
   to highlights.
2. Rerun after a verdict edit (target: under 300 ms): in the same browser, the time from picking
   a verdict in the claims table until the article's highlight shows it (websocket round trip,
   script run, store write, drawing). Also the script run alone, headless with AppTest.

Figures are medians over the runs; the machine is shared, so expect some spread.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
VERDICTS = ("needs_review", "contradicted")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    env = dict(os.environ, CLAIMS_STORE=str(store), PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, f"http://127.0.0.1:{port}", t0


def wait_health(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.02)
    raise SystemExit("streamlit did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def browser_figures(runs: int, edits: int) -> dict:
    from playwright.sync_api import sync_playwright

    cold, health, page_load, rerun = [], [], [], []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for run in range(runs):
            store = Path(tmp) / f"run{run}.sqlite3"
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            proc, url, t0 = start_server(store)
            try:
                wait_health(url)
                t1 = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(".claims-article mark[data-verdict]", timeout=60_000)
                t2 = time.perf_counter()
                cold.append(t2 - t0)
                health.append(t1 - t0)
                page_load.append(t2 - t1)
                if run == 0:
                    rerun = edit_times(page, edits)
            finally:
                page.close()
                stop(proc)
        browser.close()
    return {"cold": cold, "health": health, "page": page_load, "rerun": rerun}


def edit_times(page, edits: int) -> list[float]:
    """Pick a verdict in the first table row, time until the highlight shows it."""
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
    first = page.locator(".claims-article mark").first
    claim_id = first.get_attribute("data-claim")
    page.get_by_role("tab", name="Claims and evidence").click()
    page.wait_for_timeout(500)  # let the layout settle before reading where the grid is
    times = []
    for i in range(edits):
        new = VERDICTS[i % 2]
        grid = page.locator("[data-testid=stDataFrame]").first
        grid.wait_for()
        box = grid.bounding_box()
        option = page.get_by_role("option", name=new, exact=True)
        for _attempt in range(3):  # the grid takes keys only once it has focus
            page.mouse.click(box["x"] + 40, box["y"] + 35 + 17)
            page.wait_for_timeout(300)
            for _ in range(5):
                page.keyboard.press("ArrowRight")
            page.keyboard.press("Enter")
            try:
                option.wait_for(timeout=5000)
                break
            except Exception:
                page.keyboard.press("Escape")
        t = time.perf_counter()
        option.click()
        page.wait_for_selector(f'.claims-article mark[data-claim="{claim_id}"][data-verdict="{new}"]',
                               state="attached", timeout=30_000)
        times.append(time.perf_counter() - t)
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
        page.wait_for_timeout(200)
    return times


def apptest_figures(edits: int) -> dict:
    """Script run times headless (AppTest): first run in this process, rerun after an edit."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLAIMS_STORE"] = str(Path(tmp) / "r.sqlite3")
        sys.path.insert(0, str(ROOT))
        from streamlit.testing.v1 import AppTest

        t = time.perf_counter()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        first = time.perf_counter() - t
        times = []
        for i in range(edits):
            ed = at.data_editor[0]
            at.session_state[ed.key] = {"edited_rows": {0: {"verdict": VERDICTS[i % 2]}},
                                        "added_rows": [], "deleted_rows": []}
            t = time.perf_counter()
            at.run()  # saves, then reruns the script with a fresh table (two script runs)
            times.append(time.perf_counter() - t)
            assert not at.exception
        t = time.perf_counter()
        at.run()
        plain = time.perf_counter() - t
    return {"first": first, "edit": times, "plain": plain}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="cold starts (default 3)")
    ap.add_argument("--edits", type=int, default=6, help="verdict edits timed (default 6)")
    args = ap.parse_args()
    med = statistics.median
    if Path(CHROMIUM).exists():
        b = browser_figures(args.runs, args.edits)
        print(f"cold start to rendered verdicts: {med(b['cold']):.2f} s median of {len(b['cold'])} "
              f"(runs: {', '.join(f'{x:.2f}' for x in b['cold'])}; target < 3 s)")
        print(f"  process start to /_stcore/health: {med(b['health']):.2f} s; page load to highlights: "
              f"{med(b['page']):.2f} s")
        print(f"rerun after a verdict edit, in the browser: {med(b['rerun']) * 1000:.0f} ms median of "
              f"{len(b['rerun'])} (max {max(b['rerun']) * 1000:.0f} ms; target < 300 ms)")
    else:
        print(f"{CHROMIUM} not found: browser figures skipped")
    a = apptest_figures(args.edits)
    print(f"script, headless (AppTest): first run {a['first'] * 1000:.0f} ms; rerun after an edit "
          f"{med(a['edit']) * 1000:.0f} ms median (save + redraw); plain rerun {a['plain'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
