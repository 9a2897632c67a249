"""An XSS corpus pushed through every view: the HTML report, the text report,
every page of the web app (lists, searches and filters, story and article
pages, the upload form's error echoes, 404 pages) and the JSON API.

Each payload is put into article titles, outlets, URLs, ids, languages, texts
and quotations of small two-article stories, stored through ``POST
/api/articles``, and every rendering is parsed with a real HTML parser
(lxml.html).  A view passes when:

* the only ``<script>``/``<style>`` elements are our own files (byte for byte),
  and nothing carries an ``on*`` or ``style`` attribute or ``srcdoc``;
* no ``href``/``src``/``action``/``formaction``/... starts (control characters
  and spaces removed, any case) with ``javascript:``, ``vbscript:`` or ``data:``
  (bar the ``data:,`` favicon stub);
* no ``iframe``/``object``/``embed``/``base``/``math``/``img``/refresh ``meta``,
  no HTML comment, no ``<svg>`` other than our charts;
* a payload holding ``< > " '`` never appears raw in the source, and every
  payload the view was given is shown literally as text (so ``{{7*7}}`` is
  still ``{{7*7}}``, never ``49``); input values echo it exactly;
* every HTML response carries the Content-Security-Policy header, every API
  response is ``application/json`` holding the text as data.

:data:`PAYLOAD_VIEW_CHECKS` is ``len(PAYLOADS) * len(VIEWS)``;
``pytest -s tests/test_xss.py`` prints it, and :func:`test_count` checks that
every (payload, view) pair was really exercised.  The browser test
(``-m browser``) loads the hostile pages in Chromium and fails on any dialog,
script error or CSP report.
"""

from __future__ import annotations

import io
import json
import re
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

lxml_html = pytest.importorskip("lxml.html")
pytest.importorskip("fastapi")
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient  # noqa: E402

from parallax.config import Options  # noqa: E402

BASE = "http://127.0.0.1:8000"

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    '<a href="jav&#x09;ascript:alert(1)">tab</a>',
    '<a href="javascript:alert(1)">click</a>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="width:expression(alert(1))">css</div>',
    "</textarea><script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'-alert(1)-'",
    "';alert(1);//",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)//",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "{{7*7}}",
    "{% raw %}{{7*7}}{% endraw %}",
    "${7*7} #{7*7} {{ 1337*1000 }}",
    "<!--",
    "--><script>alert(1)</script>",
    "line\u2028sep\u2029alert(1)",
    "＜script＞alert(1)＜/script＞",
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "x onmouseover=alert(1) y=",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "[link=javascript:alert(1)]click[/link]",
    "[/]",
]
URL_PAYLOADS = [  # article ``url`` values
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " JaVaScRiPt:alert(1)",
    "jav\tascript:alert(1)",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    'https://ok.example/"><script>alert(1)</script>',
    "https://ok.example/?q=<img src=x onerror=alert(1)>",
]
SEARCH_PARAMS = ("q", "entity", "outlet", "from", "to", "lang")
VIEWS = [
    "report.html", "report.text",
    "page /", *[f"page /?{p}=" for p in SEARCH_PARAMS], "page /stories/{id}", "page /articles/{id}",
    "page POST /add (form echo + file name)", "page POST /add (file content)", "page 404 /stories/", "page 404 /articles/",
    "api /api/stories", "api /api/stories?q=", "api /api/stories/{id}", "api /api/articles/{id}", "api 404 /api/articles/",
]
PAYLOAD_VIEW_CHECKS = len(PAYLOADS) * len(VIEWS)
CHECKED: set[tuple[str, str]] = set()

# ------------------------------------------------------------------ the corpus

STORIES = [
    ("Tallinn", "2026-03-04T06:30:00+00:00",
     "Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea cables.",
     "The fund is worth {n} million euros.", (240, 300)),
    ("Drovna", "2026-05-05T09:00:00+00:00",
     "The Drovna river bridge reopened to traffic on Monday after months of repairs by the regional road agency.",
     "The repairs cost {n} million crowns.", (12, 15)),
    ("Karvelia", "2026-01-13T07:00:00+00:00",
     "An earthquake of magnitude 6.2 struck the province of Karvelia on Tuesday and rescuers searched the town of Selenka.",
     "At least {n} people were injured.", (41, 57)),
    ("Selvik", "2026-09-21T12:00:00+00:00",
     "Dock workers in the port of Selvik began a strike on Monday over pay and shift rules at the container terminal.",
     "About {n} ships were waiting outside the harbour.", (30, 18)),
]
N_ARTICLES = 2 * len(STORIES)
HOSTILE_ID = 'x"><img src=x onerror=alert(1)>'


def payloads_of_story(k: int) -> list[str]:
    return PAYLOADS[k :: len(STORIES)]


def payloads_of_article(j: int) -> list[str]:
    return PAYLOADS[j::N_ARTICLES]


def records() -> list[dict]:
    out = []
    for k, (place, published, lead, number, values) in enumerate(STORIES):
        mine = payloads_of_story(k)
        for side in (0, 1):
            j = 2 * k + side
            extra = payloads_of_article(j)
            quotes = "\n\n".join(f'"{p} We will keep working," said Jane Doe in {place}.' for p in mine)
            plain = "\n\n".join(f"A banner near the site in {place} read {p} for the cameras." for p in mine) if side == 0 else ""
            text = "\n\n".join(x for x in [lead, number.format(n=values[side]), quotes, plain,
                                           f"Officials in {place} said more details would follow later this week."] if x)
            outlet = f"Outlet {j} " + " ".join(extra)
            assert len(outlet) <= 300, outlet
            rec = {
                "id": HOSTILE_ID if j == 3 else f"xss-{j}",
                "outlet": outlet,
                "url": URL_PAYLOADS[j % len(URL_PAYLOADS)],
                "language": "en",
                "published": published,
                "title": f"{place} report {side}: " + " ".join(extra),
                "text": text,
            }
            if j == 5:
                rec["language"] = 'x" onmouseover=a'
            out.append(rec)
    # one article given as HTML (the page extractor's path); kept out of the literal checks
    out.append({"id": "xss-html", "outlet": "Markup Daily", "url": "https://markup.example/drovna", "published": STORIES[1][1],
                "html": "<html><head><title>Drovna <script>alert(1)</script></title><base href='javascript:alert(1)//'></head><body><article>"
                        f"<h1>Drovna bridge reopens</h1><p>{STORIES[1][2]} &lt;script&gt;alert(1)&lt;/script&gt;</p>"
                        "<p><img src=x onerror=alert(1)><a href='javascript:alert(1)'>read more</a> <svg onload=alert(1)></svg></p>"
                        "<script>alert(2)</script><iframe src='javascript:alert(3)'></iframe></article></body></html>"})
    return out


# ------------------------------------------------------------------ checks

URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "lowsrc", "dynsrc",
             "codebase", "cite", "ping", "manifest", "longdesc", "usemap", "icon"}
BANNED_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "math", "img", "image", "template", "noscript",
               "xmp", "plaintext", "portal", "video", "audio", "source", "marquee", "isindex", "meta-refresh", "param"}
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u2028\u2029\u200b-\u200f\u2060\ufeff]")
_SPACE = re.compile(r"\s+")
RISKY_CHARS = set("<>\"'")  # ("&lt;..." payloads are left out: their own escaped form is in the page)


def squeeze(value: str) -> str:
    """An attribute value as a browser's URL parser sees its scheme: no controls or spaces, lower case."""
    return _INVISIBLE.sub("", value).lower()


def flat(text: str) -> str:
    return _SPACE.sub("", text or "")


def own_assets() -> dict[str, set[str]]:
    from parallax.report.assets import asset, report_csp

    return {"script": {asset("report.js")}, "style": {asset("report.css"), asset("app.css", "parallax.web")}, "csp": {report_csp()}}


def parse(html: str):
    return lxml_html.document_fromstring(html)


def assert_inert(html: str, where: str, given: list[str] = (), literal: list[str] = ()) -> None:
    """The structural checks on one rendered page; ``given`` payloads went into it, ``literal`` must be shown as text."""
    from lxml import etree

    own = own_assets()
    for p in given:
        if RISKY_CHARS & set(p):
            assert p not in html, f"{where}: payload appears unescaped: {p!r}"
    doc = parse(html)
    for el in doc.iter():
        if el.tag is etree.Comment:
            raise AssertionError(f"{where}: an HTML comment in the page: {el.text!r}")
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        attrs = {k.lower(): v for k, v in el.attrib.items()}
        ctx = f"{where}: <{tag} {attrs}>"
        assert tag not in BANNED_TAGS, ctx
        assert not [k for k in attrs if k.startswith("on")], f"event handler attribute: {ctx}"
        assert "style" not in attrs and "srcdoc" not in attrs, ctx
        for k, v in attrs.items():
            if k in URL_ATTRS or k.endswith(":href"):
                s = squeeze(v)
                if tag == "link" and attrs.get("rel") == "icon" and v == "data:,":
                    continue
                assert not s.startswith(("javascript:", "vbscript:", "data:", "livescript:")), f"dangerous URL: {ctx}"
                assert not s.startswith("//") or tag != "a", f"scheme-relative link: {ctx}"
        if tag == "script":
            assert not attrs and (el.text or "") in own["script"], f"a script that is not ours: {ctx} {el.text[:200]!r}"
        if tag == "style":
            assert not attrs and (el.text or "") in own["style"], f"a style element that is not ours: {ctx} {(el.text or '')[:200]!r}"
        if tag == "meta":
            if "http-equiv" in attrs:
                assert attrs["http-equiv"].lower() == "content-security-policy" and attrs.get("content") in own["csp"], ctx
            else:
                assert set(attrs) <= {"charset", "name", "content"} and attrs.get("name", "charset") in {"viewport", "referrer", "generator", "charset"}, ctx
        if tag == "form":
            assert attrs.get("action") in ("/", "/add"), ctx
        if tag == "svg":
            assert "viewbox" in attrs and (attrs.get("class") in ("tl", "key") or attrs.get("role") == "img"), f"an svg that is not ours: {ctx}"
        if tag == "a" and "href" in attrs:
            href = attrs["href"].strip()
            assert href.startswith(("/", "#", "http://", "https://")), ctx
            if href.startswith("http"):
                assert attrs.get("rel") == "noopener noreferrer", ctx
        if tag in ("input", "textarea", "select"):  # form fields only in our forms (and our filter checkboxes)
            in_form = any(a.tag == "form" for a in el.iterancestors())
            assert in_form or (tag == "input" and attrs.get("type") == "checkbox"), ctx
    text = shown_text(doc)
    for p in literal:
        assert flat(p) in text, f"{where}: payload not shown literally: {p!r}"  # so "{{7*7}}" is not "49"
    for p in given:
        if "{{ 1337*1000 }}" in p:
            assert "1337000" not in text, f"{where}: a template expression was evaluated"


def shown_text(doc) -> str:
    """Visible text without the markers the pages add inside sentences (fact numbers, labels, speakers, resolved dates)."""
    doc = parse(lxml_html.tostring(doc, encoding="unicode"))
    for el in doc.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " fm ") or contains(concat(" ", @class, " "), " lab ")'
                        ' or contains(concat(" ", @class, " "), " spk ") or contains(concat(" ", @class, " "), " tv ")]'):
        el.drop_tree()
    return flat(doc.text_content())


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings(v)]
    return []


def carried(payloads, *sources) -> list[str]:
    """The payloads that occur (whitespace aside) in any string of ``sources``."""
    blob = "\x00".join(flat(s) for src in sources for s in strings(src))
    return [p for p in payloads if flat(p) in blob]


def assert_page(r, where: str, given=(), literal=(), status: int = 200) -> None:
    assert r.status_code == status, f"{where}: {r.status_code} {r.text[:300]}"
    assert r.headers["content-type"].startswith("text/html"), where
    csp = r.headers.get("content-security-policy", "")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
    assert r.headers.get("x-content-type-options") == "nosniff", where
    assert_inert(r.text, where, given, literal)


def assert_json(r, where: str, status: int = 200):
    assert r.status_code == status, f"{where}: {r.status_code} {r.text[:300]}"
    assert r.headers["content-type"].split(";")[0].strip() == "application/json", where
    assert r.headers.get("x-content-type-options") == "nosniff" and r.headers.get("content-security-policy"), where
    return json.loads(r.text)


def mark(view: str, payloads) -> None:
    assert view in VIEWS, view
    CHECKED.update((view, p) for p in payloads)


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from parallax.web.uploads import Limits
    from tests.test_web import make_app

    return make_app(tmp_path_factory.mktemp("xss"), options=Options(embedder="hashing"), limits=Limits(max_file_bytes=200_000))


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, base_url=BASE) as c:
        r = c.post("/api/articles", json={"articles": records()})
        assert r.status_code == 201, r.text
        assert HOSTILE_ID in r.json()["added"], r.json()
        yield c


@pytest.fixture(scope="module")
def stories(client) -> list[dict]:
    found = client.get("/api/stories").json()["stories"]
    assert sum(1 for s in found if len(s["articles"]) >= 2 and s["compared"]) >= 2, found
    return found


@pytest.fixture(scope="module")
def comparisons(client, stories) -> dict[str, dict]:
    out = {}
    for s in stories:
        body = assert_json(client.get(f"/api/stories/{quote(s['id'], safe='')}"), "api story")
        out[s["id"]] = body["comparison"]
    return out


def shown_sources(comparison: dict) -> list:
    """What the report shows of its articles: texts, titles, outlets, ids, URLs, languages."""
    return [[{k: a.get(k) for k in ("text", "title", "outlet", "url", "id", "language")} for a in comparison["articles"] if a["id"] != "xss-html"]]


# ------------------------------------------------------------------ the report


def test_html_report(comparisons):
    from parallax.report import render

    for sid, comparison in comparisons.items():
        html = render(comparison, "html")
        given = carried(PAYLOADS, *shown_sources(comparison))
        assert_inert(html, f"report of {sid}", given=given, literal=given)
        mark("report.html", given)


def test_text_report(comparisons):
    from parallax.report import render
    from parallax.report.text import print_text

    for sid, comparison in comparisons.items():
        buf = io.StringIO()
        print_text(comparison, file=buf)  # a markup-like outlet ("[/]") must neither crash nor style the output
        out = buf.getvalue()
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), f"{sid}: control characters / terminal escapes in the text report"
        given = carried(PAYLOADS, *shown_sources(comparison))
        for p in ("[/]", "[link=javascript:alert(1)]"):
            if any(p in g for g in given):
                assert p in out or p[:6] in out, f"{sid}: rich markup in article data was interpreted: {p!r}"
        json.loads(render(comparison, "json"))
        mark("report.text", given)


# ------------------------------------------------------------------ the pages


def test_story_list(client, stories):
    r = client.get("/")
    given = carried(PAYLOADS, [(s["title"], s["outlets"]) for s in stories])
    assert_page(r, "/", given, given)
    assert set(given) == set(PAYLOADS), set(PAYLOADS) - set(given)  # every payload is in some outlet
    mark("page /", given)
    assert_page(client.get("/add"), "/add")


@pytest.mark.parametrize("param", SEARCH_PARAMS)
def test_search_and_filters_echo(client, param):
    for p in PAYLOADS:
        r = client.get("/", params={param: p})
        where = f"/?{param}={p!r}"
        if param in ("from", "to"):
            literal = [p[:40]] if p.strip() else []
        else:
            literal = []  # echoed in the field's value (checked below), not as text
        assert_page(r, where, [p], literal)
        if param != "lang":
            value = parse(r.text).xpath(f'//form[@class="search"]//input[@name="{param}"]/@value')
            assert value == [p], f"{where}: the search field does not echo the value exactly: {value!r}"
        mark(f"page /?{param}=", [p])
        api = assert_json(client.get("/api/stories", params={"q": p}), f"api ?q={p!r}")
        assert isinstance(api["stories"], list)
        mark("api /api/stories?q=", [p])


def test_story_pages(client, stories, comparisons):
    for s in stories:
        r = client.get(f"/stories/{quote(s['id'], safe='')}")
        given = carried(PAYLOADS, *shown_sources(comparisons[s["id"]]))
        assert_page(r, f"/stories/{s['id']}", given, given)
        mark("page /stories/{id}", given)


def test_article_pages(client, stories):
    ids = sorted({i for s in stories for i in s["articles"]})
    assert HOSTILE_ID in ids and len(ids) == N_ARTICLES + 1
    for i in ids:
        r = client.get(f"/articles/{quote(i, safe='')}")
        art = assert_json(client.get(f"/api/articles/{quote(i, safe='')}"), f"api article {i}")
        shown = {k: art.get(k) for k in ("text", "title", "outlet", "url", "id", "language")}
        given = carried(PAYLOADS, shown) if i != "xss-html" else []
        assert_page(r, f"/articles/{i}", given, given)
        mark("page /articles/{id}", given)


def test_upload_form_echoes_inertly(client):
    """A bad upload re-shows the form: file name in the message, fields in their inputs.  Each input is read
    alone, so the pasted text carries a date that cannot be read and is refused too: nothing is added."""
    from parallax.web.uploads import display_name

    for p in PAYLOADS:
        data = {"text": p, "title": p, "outlet": p, "url": p, "published": "not a date"}
        r = client.post("/add", files=[("files", (f"{p}.exe", b"MZ\x90\x00", "application/octet-stream"))], data=data,
                        headers={"Origin": BASE})
        where = f"POST /add {p!r}"
        sent = (p + ".exe").replace('"', "%22")  # how the client (like a browser) encodes a file name in multipart
        shown_name = display_name(sent)
        assert_page(r, where, [p], [shown_name], status=415)
        doc = parse(r.text)
        for name in ("title", "outlet", "url"):
            assert doc.xpath(f'//form[@class="upload"]//input[@name="{name}"]/@value') == [p], f"{where}: {name}"
        assert [t.text or "" for t in doc.xpath('//textarea[@name="text"]')] == [p], where
        mark("page POST /add (form echo + file name)", [p])


def test_upload_bad_content(client):
    for p in PAYLOADS:
        record = json.dumps({"id": p, "title": p, "outlet": p, "text": p, "published": p})
        r = client.post("/add", files=[("files", ("evil.jsonl", (record + "\n" + p).encode(), "application/json"))], headers={"Origin": BASE})
        assert_page(r, f"POST /add content {p!r}", [p], status=400)
        assert "Not added" in r.text
        mark("page POST /add (file content)", [p])


def test_not_found_pages(client):
    for p in PAYLOADS:
        for kind in ("stories", "articles"):
            r = client.get(f"/{kind}/{quote(p, safe='')}")
            where = f"/{kind}/{p!r}"
            assert r.status_code == 404, where
            literal = [p] if kind == "articles" or "/" not in p else []  # a "/" in a story id misses the route: the generic 404
            assert_page(r, where, [p], literal, status=404)
            mark(f"page 404 /{kind}/", [p])
        body = assert_json(client.get(f"/api/articles/{quote(p, safe='')}"), f"api 404 {p!r}", status=404)
        assert repr(p) in body["detail"]  # echoed as data, inside JSON
        mark("api 404 /api/articles/", [p])
    assert_page(client.get("/no/such/page/" + quote(PAYLOADS[0])), "unknown path", [PAYLOADS[0]], status=404)


# ------------------------------------------------------------------ the API


def test_api_carries_text_as_data(client, stories):
    posted = {r["id"]: r for r in records()}
    listing = assert_json(client.get("/api/stories"), "api stories")
    mark("api /api/stories", carried(PAYLOADS, [(s["title"], s["outlets"]) for s in listing["stories"]]))
    assert {o for s in listing["stories"] for o in s["outlets"]} >= {r["outlet"] for r in posted.values()}
    for s in stories:
        detail = assert_json(client.get(f"/api/stories/{quote(s['id'], safe='')}"), f"api story {s['id']}")
        for a in detail["comparison"]["articles"]:
            if a["id"] in posted and a["id"] != "xss-html":
                assert a["title"] == posted[a["id"]]["title"] and a["outlet"] == posted[a["id"]]["outlet"]
        mark("api /api/stories/{id}", carried(PAYLOADS, *shown_sources(detail["comparison"])))
    for i, rec in posted.items():
        if i == "xss-html":
            continue
        art = assert_json(client.get(f"/api/articles/{quote(i, safe='')}"), f"api article {i!r}")
        assert art["id"] == i and art["title"] == rec["title"] and art["outlet"] == rec["outlet"] and art["url"] == rec["url"]
        for p in carried(PAYLOADS, rec["text"]):
            assert flat(p) in flat(art["text"]), (i, p)
        mark("api /api/articles/{id}", carried(PAYLOADS, rec))


def test_count(capsys):
    """Every payload went through every view (when the whole module ran)."""
    if {v for v, _ in CHECKED} != set(VIEWS):
        pytest.skip("run the whole module to count")
    missing = {v: [p for p in PAYLOADS if (v, p) not in CHECKED] for v in VIEWS}
    missing = {v: ps for v, ps in missing.items() if ps}
    assert not missing, missing
    with capsys.disabled():
        print(f"\n[xss] {len(PAYLOADS)} payloads x {len(VIEWS)} views = {PAYLOAD_VIEW_CHECKS} payload-view checks "
              f"({len(URL_PAYLOADS)} hostile URLs as article url; all passed)")
    assert PAYLOAD_VIEW_CHECKS >= 25 * 10


# ------------------------------------------------------------------ in a real browser

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
def test_corpus_is_inert_in_chromium(app, client, stories, comparisons, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import threading
    import time

    import uvicorn

    from parallax.report import render
    from tests.test_browser import ARGS, free_port

    reports = []
    for n, comparison in enumerate(comparisons.values()):
        f = tmp_path / f"report-{n}.html"
        f.write_text(render(comparison, "html"), "utf-8")
        reports.append(f.as_uri())
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    base = f"http://127.0.0.1:{port}"
    urls = [f"{base}/stories/{quote(s['id'], safe='')}" for s in stories]
    urls += [f"{base}/articles/{quote(i, safe='')}" for i in sorted({i for s in stories for i in s["articles"]})]
    missing = f"{base}/articles/{quote(PAYLOADS[1], safe='')}"  # a 404 page echoing a payload
    urls += [f"{base}/?q={quote(PAYLOADS[0])}", f"{base}/?outlet={quote(PAYLOADS[12])}", missing]
    dialogs, problems = [], []
    now = {"url": ""}
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda err: problems.append((now["url"], str(err))))
            page.on("console", lambda msg: problems.append((now["url"], msg.text)) if msg.type in ("error", "warning") else None)
            for url in urls + reports:
                now["url"] = url
                page.goto(url)
                page.wait_for_load_state("load")
                page.mouse.move(200, 300)  # hover handlers, if any had been injected
                page.keyboard.press("Tab")
                executed = page.evaluate("""() => ({
                    imgs: document.querySelectorAll('img, iframe, object, embed, base, math, [onerror], [onload], [ontoggle]').length,
                    scripts: document.scripts.length})""")
                assert executed["imgs"] == 0, (url, executed)
                assert executed["scripts"] <= 1, (url, executed)
            browser.close()
    finally:
        srv.should_exit = True
        thread.join(10)
    assert dialogs == [], f"a payload ran: {dialogs}"
    # Escaped text never reaches the CSP: any "Refused to execute/load" message means markup got through
    problems = [(u, m) for u, m in problems if not (u == missing and "status of 404" in m)]  # Chromium logs the 404 we asked for
    assert problems == [], f"script errors or CSP violations: {problems}"
