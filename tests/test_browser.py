"""The report and the web app in a real browser (Debian's Chromium through Playwright).

Checks what only a browser can: the fact linking script runs under the
Content-Security-Policy, selecting a fact highlights its counterparts, the
search form, filters and upload work end to end, and hostile article text is
shown literally without any script running (``page.on("dialog")`` must never
fire).  Screenshots go to ``$PARALLAX_SCREENSHOTS`` when set (the ones in
``docs/screenshots/`` were made with ``PARALLAX_SCREENSHOTS=docs/screenshots``),
else to a temporary folder.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.test_report_html import articles as report_articles

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2);window.__pwned=1">',
    '<a href="javascript:alert(3)">click me</a>',
    "<svg onload=alert(4)><circle r=9 /></svg>",
    '<iframe src="javascript:alert(5)"></iframe>',
    "javascript:alert(6)",
]
# The real screenshots use the default (e5) embeddings; plain test runs use the faster hashing ones.
EMBEDDER = "e5" if os.environ.get("PARALLAX_SCREENSHOTS") else "hashing"


@dataclass
class Tab:
    """A page plus everything it must never do."""

    page: object
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def clean(self) -> None:
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        assert self.errors == [], f"script errors or CSP violations: {self.errors}"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


def open_tab(browser, width=1360, height=900) -> Tab:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    tab = Tab(page)

    def on_dialog(dialog):
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda err: tab.errors.append(str(err)))
    page.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: tab.requests.append(req.url))
    return tab


@pytest.fixture
def tab(browser):
    t = open_tab(browser)
    yield t
    t.page.context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("PARALLAX_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ------------------------------------------------------------------ the report


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    """The report of the small hostile pair (for the checks) and of the demo's Baltic story (for the pictures)."""
    import parallax
    from parallax.report import render

    folder = tmp_path_factory.mktemp("report")
    small = folder / "small.html"
    small.write_text(render(parallax.compare(report_articles(), parallax.Options(embedder="hashing")).to_dict(), "html"), "utf-8")
    demo = folder / "baltic.html"
    baltic = parallax.compare(parallax.load([DEMO / "baltic-cable", DEMO / "wire.jsonl"]), parallax.Options(embedder=EMBEDDER))
    wanted = [a for a in baltic.articles if "baltic" in a.id or "cable" in a.id or "unterseekabel" in a.id]
    if len(wanted) != len(baltic.articles):  # the wire feed holds other stories: compare the Baltic reports only
        baltic = parallax.compare(wanted, parallax.Options(embedder=EMBEDDER))
    demo.write_text(render(baltic.to_dict(), "html"), "utf-8")
    return small, demo


def test_report_links_facts_across_articles(tab, report_files):
    small, _ = report_files
    page = tab.page
    page.goto(small.as_uri())
    first = page.locator('.col[data-article="alpha"] .s.al').first
    fid = first.get_attribute("data-fact")
    counterpart = page.locator(f'.col[data-article="beta"] .s[data-fact="{fid}"]')
    assert counterpart.count() == 1

    first.hover()  # hover highlights
    assert "hl" in counterpart.get_attribute("class")
    page.mouse.move(5, 5)
    assert "hl" not in counterpart.get_attribute("class")

    first.click()  # a click pins the selection
    assert "pin" in counterpart.get_attribute("class") and "hl" in counterpart.get_attribute("class")
    assert "hl" in page.locator(f'.matrix tr[data-fact="{fid}"]').get_attribute("class")
    assert fid in page.locator("#fact-status").inner_text()
    page.keyboard.press("Escape")
    assert page.locator(".hl").count() == 0

    first.focus()  # and so do Tab + Enter
    page.keyboard.press("Enter")
    assert "pin" in counterpart.get_attribute("class")
    page.keyboard.press("Escape")

    page.locator(f'.matrix button.factref[data-fact="{fid}"]').click()  # from the coverage matrix
    assert "pin" in first.get_attribute("class")
    page.locator('.filters input[data-status="unique"]').uncheck()  # the matrix filter
    assert page.locator('.matrix tr[data-status="unique"]').first.is_hidden()
    tab.clean()
    assert all(url.startswith("file://") for url in tab.requests), tab.requests


def test_report_shows_hostile_text_literally(tab, report_files):
    small, _ = report_files
    page = tab.page
    page.goto(small.as_uri())
    text = page.locator('.col[data-article="beta"] .body').inner_text()
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "javascript:alert(1)"):
        assert payload in text
    assert "<script>alert(2)</script>" in page.locator('.col[data-article="beta"] h3').inner_text()
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a[href^=\"javascript:\"]').length") == 0
    tab.clean()


def test_report_pictures(browser, report_files, shots):
    _, demo = report_files
    tab = open_tab(browser)
    page = tab.page
    page.goto(demo.as_uri())
    page.screenshot(path=str(shots / "report-top.png"))
    aligned = page.locator(".col .s.st-conflict.al").first
    if aligned.count():
        aligned.scroll_into_view_if_needed()
        aligned.click()
        page.locator("#articles").scroll_into_view_if_needed()
        page.evaluate("document.getElementById('articles').scrollIntoView()")
        page.screenshot(path=str(shots / "report-linked-fact.png"))
    for section in ("matrix", "conflicts", "quotes", "timeline"):
        page.evaluate(f"document.getElementById('{section}').scrollIntoView()")
        page.screenshot(path=str(shots / f"report-{section}.png"))
    page.emulate_media(media="print")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "report-print.png"))
    tab.clean()
    assert all(url.startswith("file://") for url in tab.requests), tab.requests
    page.context.close()
    phone = open_tab(browser, width=390, height=844)
    phone.page.goto(demo.as_uri())
    phone.page.screenshot(path=str(shots / "report-phone-top.png"))
    phone.page.evaluate("document.getElementById('articles').scrollIntoView()")
    phone.page.screenshot(path=str(shots / "report-phone.png"))
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # no sideways scrolling on a phone
    phone.clean()
    phone.page.context.close()


# ------------------------------------------------------------------ the app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hostile_records() -> list[dict]:
    body = "\n\n".join(f"Officials in Drovna said the bridge reopened on Monday. {p}" for p in HOSTILE)
    return [
        {"id": "xss-one", "outlet": '"><script>alert(7)</script>', "url": "javascript:alert(8)", "language": "en",
         "published": "2026-05-05T09:00:00+00:00", "title": "<img src=x onerror=alert(9)> Drovna bridge reopens",
         "text": "The Drovna river bridge reopened to traffic on Monday after repairs.\n\n" + body},
        {"id": "xss-two", "outlet": "Plain Outlet", "url": "https://plain.example/drovna", "language": "en",
         "published": "2026-05-05T11:00:00+00:00", "title": "Drovna bridge reopens after repairs",
         "text": 'The Drovna river bridge reopened to traffic on Monday after three months of repairs.\n\n'
                 '"<script>alert(10)</script> We are glad," said Mayor Ilse Varga.'},
    ]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    import parallax
    from parallax.config import Options
    from parallax.web.uploads import load_uploads
    from tests.test_web import make_app

    options = Options(embedder=EMBEDDER)
    app = make_app(tmp_path_factory.mktemp("app"), options=options)
    catalog = app.state.web.catalog
    catalog.add(parallax.load([DEMO]) + load_uploads([], hostile_records(), options, app.state.web.limits).articles)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", catalog
    srv.should_exit = True
    thread.join(10)


def test_search_and_filters(tab, server, shots):
    base, _ = server
    page = tab.page
    page.goto(base + "/")
    assert page.locator(".chart svg").count() == 3
    page.screenshot(path=str(shots / "app-stories.png"), full_page=True)
    page.fill('input[name="q"]', "Tallinn")
    page.click('form.search button[type="submit"]')
    titles = page.locator(".story h3").all_inner_texts()
    assert titles and any("Baltic" in t or "Ostsee" in t or "cable" in t.lower() for t in titles)
    assert not any("Kessel" in t for t in titles)
    page.goto(base + "/")
    page.check('input[name="conflicts"]')
    page.click('form.search button[type="submit"]')
    assert "conflicts=1" in page.url
    stories = page.locator(".story")
    assert stories.count() >= 1
    for i in range(stories.count()):
        assert "conflict" in stories.nth(i).locator(".badges").inner_text()
    page.goto(base + "/")
    page.check('input[name="lang"][value="de"]')
    page.click('form.search button[type="submit"]')
    metas = page.locator(".story .meta").all_inner_texts()
    assert metas and all(m.split("·")[-2].strip() == "de" for m in metas)  # "… · by <byline> · de · <date>"
    page.screenshot(path=str(shots / "app-search.png"))
    tab.clean()
    assert all(url.startswith(base) for url in tab.requests), tab.requests


def test_upload_a_file(tab, server, shots, tmp_path):
    base, _ = server
    page = tab.page
    upload = tmp_path / "Lakeview Herald.txt"
    upload.write_text("Drovna bridge reopens to cheers\n\nThe Drovna river bridge reopened on Monday, "
                      "and Mayor Ilse Varga said: \"This is a good day for Drovna.\"", "utf-8")
    page.goto(base + "/add")
    page.set_input_files('input[name="files"]', str(upload))
    page.click('form.upload button[type="submit"]')
    assert "1 article added" in page.locator(".result").inner_text()
    page.screenshot(path=str(shots / "app-upload.png"))
    page.click(".result a[href^='/articles/']")
    assert page.locator(".overlay").count() == 1 and "Lakeview-Herald" in page.inner_text("main")
    page.goto(base + "/add")
    bad = tmp_path / "evil.sh"
    bad.write_text("rm -rf /", "utf-8")
    page.set_input_files('input[name="files"]', str(bad))
    page.click('form.upload button[type="submit"]')
    assert "unsupported file type" in page.locator(".error").inner_text()
    tab.errors = [e for e in tab.errors if "status of 415" not in e]  # Chromium logs the refusal we asked for
    tab.clean()


def test_hostile_story_is_inert(tab, server, shots):
    base, catalog = server
    page = tab.page
    story = next(s for s in catalog.stories() if "xss-one" in s.articles)
    page.goto(f"{base}/stories/{story.id}")
    body = page.locator('.col[data-article="xss-one"] .body').inner_text()
    for payload in HOSTILE:
        assert payload in body, payload
    assert "<img src=x onerror=alert(9)> Drovna" in page.locator('.col[data-article="xss-one"] header').inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a[href^=\"javascript:\"]').length") == 0
    page.locator(".col .s.al").first.click() if page.locator(".col .s.al").count() else None
    page.goto(f"{base}/articles/xss-one")
    for payload in HOSTILE:
        assert payload in article_text(page), payload
    assert page.evaluate("window.__pwned") is None
    page.goto(f"{base}/articles/xss-two")
    assert "<script>alert(10)</script>" in article_text(page)
    tab.clean()


def article_text(page) -> str:
    """The article text of the analysis page without the badges the overlay adds (labels, speakers, resolved dates)."""
    return page.evaluate("""() => { const c = document.querySelector('.overlay').cloneNode(true);
        c.querySelectorAll('.lab, .spk, .tv').forEach(e => e.remove()); return c.textContent; }""")


def test_app_pictures(tab, server, shots):
    base, catalog = server
    page = tab.page
    story = max(catalog.stories(), key=lambda s: (s.conflicts, len(s.articles)))
    page.goto(f"{base}/stories/{story.id}")
    page.screenshot(path=str(shots / "app-story.png"))
    article = next(i for i in story.articles if catalog.article(i).quotes)
    page.goto(f"{base}/articles/{article}")
    page.screenshot(path=str(shots / "app-article.png"))
    tab.clean()
    phone = open_tab(tab.page.context.browser, width=390, height=844)
    phone.page.goto(base + "/")
    phone.page.screenshot(path=str(shots / "app-stories-phone.png"))
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    phone.clean()
    phone.page.context.close()
