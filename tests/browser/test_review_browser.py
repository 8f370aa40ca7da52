"""The review session in a real browser: `streamlit run app.py` driven by Playwright.

Playwright drives Debian's Chromium (/usr/bin/chromium), not a browser of its own. Without it
the tests are skipped with a reason, except in CI (env CI set), where a missing browser fails.

Set CLAIMS_SCREENSHOT=docs/review-session.png to save a screenshot of the demo state.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
START_TIMEOUT = 60  # seconds for the server to answer /_stcore/health
RUN_TIMEOUT = 60_000  # milliseconds for the app to finish a run in the page

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: CI installs it (apt-get install chromium); browser tests cannot run",
                    pytrace=False)
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium): browser tests skipped",
                allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`streamlit run app.py` on a free port with a temporary review store; yields its URL."""
    store = tmp_path_factory.mktemp("store") / "reviews.sqlite3"
    port = free_port()
    env = dict(os.environ, CLAIMS_STORE=str(store), PYTHONPATH=str(ROOT))
    log = open(tmp_path_factory.mktemp("log") / "streamlit.log", "w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"streamlit did not start: {log.read()[-2000:]}")
            time.sleep(0.2)
        yield {"url": url, "store": store}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    yield pg
    context.close()


def wait_for_app(page: Page) -> None:
    """Wait until the script run is over (Streamlit's status widget gone) and fail on any
    exception shown on the page."""
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=RUN_TIMEOUT)
    page.wait_for_timeout(300)
    exceptions = page.locator("[data-testid=stException]")
    assert exceptions.count() == 0, exceptions.first.inner_text()


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("mark[data-verdict]", timeout=RUN_TIMEOUT)
    wait_for_app(page)


def test_demo_article_shows_its_highlights(page, server):
    open_app(page, server["url"])
    marks = page.locator(".claims-article mark")
    assert marks.count() > 10
    verdicts = set(marks.evaluate_all("els => els.map(e => e.dataset.verdict)"))
    assert verdicts <= {"supported", "contradicted", "needs_review", "unverifiable"}
    # the marks are coloured by their verdict's class
    colours = set(marks.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)"))
    assert len(colours) == len(verdicts) and "rgba(0, 0, 0, 0)" not in colours
    expect(page.locator(".claims-legend")).to_contain_text("contradicted")
    expect(page.get_by_text("Xi Heading to Samarkand to Boost Iran, Russia Ties").first).to_be_visible()
    shot = os.environ.get("CLAIMS_SCREENSHOT")
    if shot:
        page.screenshot(path=str(ROOT / shot))


def edit_verdict(page: Page, row: int, new: str) -> None:
    """Open the verdict cell of a table row (keyboard: the row's first cell, 5 right), pick."""
    tab = page.get_by_role("tab", name="Claims and evidence")
    if tab.get_attribute("aria-selected") != "true":
        tab.click()
    wait_for_app(page)
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.wait_for()
    page.wait_for_timeout(300)  # let the layout settle before reading where the grid is
    box = grid.bounding_box()
    option = page.get_by_role("option", name=new, exact=True)
    for _attempt in range(3):  # the grid takes keys only once it has focus: try again if it had not
        page.mouse.click(box["x"] + 40, box["y"] + 35 + 17 + 35 * row)
        page.wait_for_timeout(300)
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        try:
            option.wait_for(timeout=5000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    option.click()


def test_verdict_edits_survive_a_reload(page, server):
    open_app(page, server["url"])
    marks = page.locator(".claims-article mark")
    ids = [marks.nth(i).get_attribute("data-claim") for i in (0, 1)]
    before = [marks.nth(i).get_attribute("data-verdict") for i in (0, 1)]
    new = ["needs_review" if b != "needs_review" else "contradicted" for b in before]
    # two edits in a row: the second must not be lost when the table is redrawn after the first
    for row, verdict in enumerate(new):
        edit_verdict(page, row, verdict)
        mark = page.locator(f'.claims-article mark[data-claim="{ids[row]}"]')
        expect(mark).to_have_attribute("data-verdict", verdict, timeout=RUN_TIMEOUT)
        expect(mark).to_have_class("v-" + verdict + " reviewed")
    wait_for_app(page)
    page.reload()
    page.wait_for_selector("mark[data-verdict]", timeout=RUN_TIMEOUT)
    wait_for_app(page)
    for cid, verdict in zip(ids, new):
        expect(page.locator(f'.claims-article mark[data-claim="{cid}"]')).to_have_attribute("data-verdict", verdict)
    expect(page.locator("[data-testid=stMetric]").filter(has_text="reviewed")).to_contain_text("2 /")


def test_uploaded_file_gets_checked(page, server, tmp_path):
    open_app(page, server["url"])
    html_file = tmp_path / "upload_story.html"
    html_file.write_text(
        "<html><head><meta name='date' content='2022-09-12'><script>var x = 99;</script></head><body>"
        "<p>Trade soared by nearly a third between Russia and China in the first 7 months of 2022.</p>"
        "<p>The two 69-year-old leaders, Xi Jinping and Vladimir Putin, met.</p>"
        "<p>Shown as typed: $x$ and :red[y] and &lt;b&gt;z&lt;/b&gt;</p></body></html>", encoding="utf-8")
    page.get_by_text("Upload a file", exact=True).click()
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(html_file))
    page.wait_for_selector(".claims-article mark[data-claim]", timeout=RUN_TIMEOUT)
    expect(page.locator(".claims-article")).to_contain_text("nearly a third", timeout=RUN_TIMEOUT)
    wait_for_app(page)
    article = page.locator(".claims-article")
    assert "Shown as typed: $x$ and :red[y] and <b>z</b>" in article.inner_text()
    assert article.locator("b").count() == 0
    texts = article.locator("mark").all_inner_texts()
    assert "nearly a third" in texts and "69-year-old" in texts
    expect(page.get_by_text("upload_story.html").first).to_be_visible()
