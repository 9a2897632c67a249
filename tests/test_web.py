"""The local web app through FastAPI's TestClient: pages, search and filters,
uploads (good and bad), cross-origin refusal, security headers, OpenAPI.

One app is built per module over a store file and filled through the upload
API, so the whole path (ingest readers, analysis, story grouping, comparison)
runs once."""

from __future__ import annotations

import json
import re
import warnings

import pytest

fastapi = pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette asks for httpx2 instead of httpx; the client works the same
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient  # noqa: E402

from parallax.config import Options  # noqa: E402

BASE = "http://127.0.0.1:8000"
XSS = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> <svg onload=alert(1)>'


def make_app(folder, **kwargs):
    """The app over a fresh store file in ``folder``."""
    from parallax.web.app import create_app

    return create_app(folder / "store.sqlite", **kwargs)


def records() -> list[dict]:
    """Two small stories: a cable pact (with a date, number, quote and speaker conflict) and a quake."""
    return [
        {"id": "alpha-cable", "outlet": "Alpha News", "url": "https://alpha.example/cable", "language": "en",
         "published": "2026-03-04T06:30:00+00:00", "title": "Baltic states sign pact in Tallinn to protect undersea cables",
         "text": 'Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea cables '
                 'and pipelines after the Baltcon-2 power link between Finland and Estonia was damaged.\n\n'
                 '"We cannot protect what we cannot see," said Anna Lindqvist.\n\nThe fund is worth 240 million euros.'},
        {"id": "beta-cable", "outlet": "Beta Post", "url": "javascript:alert(1)", "language": "en",
         "published": "2026-03-03T20:10:00+00:00", "title": "Baltic states sign deal in Tallinn to protect undersea cables",
         "text": 'Energy ministers from eight Baltic Sea states signed an agreement in Tallinn on Monday to protect undersea cables '
                 'and pipelines after the Baltcon-2 power link between Finland and Estonia was severed.\n\n'
                 '"We cannot protect what we cannot monitor," said Kaarel Tamm.\n\nThe fund is worth 300 million euros.\n\n' + XSS},
        {"id": "gamma-quake", "outlet": "Gamma Zeitung", "language": "de", "published": "2026-03-10T09:00:00+01:00",
         "title": "Erdbeben erschüttert Karvelia",
         "text": "Ein Erdbeben der Stärke 6,2 hat am Dienstag die Provinz Karvelia erschüttert.\n\nRettungskräfte suchten in Selenka nach Verschütteten."},
    ]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from parallax.web.uploads import Limits

    app = make_app(tmp_path_factory.mktemp("web"), options=Options(embedder="hashing"),
                   limits=Limits(max_files=3, max_file_bytes=20_000, max_request_bytes=200_000))
    with TestClient(app, base_url=BASE) as c:
        r = c.post("/api/articles", json={"articles": records()})
        assert r.status_code == 201, r.text
        yield c


def story_with(client, article_id):
    stories = client.get("/api/stories").json()["stories"]
    return next(s for s in stories if article_id in s["articles"])


def test_api_add_groups_and_compares(client):
    body = client.get("/api/stories").json()
    assert body["total"] == len(body["stories"]) >= 2
    cable = story_with(client, "alpha-cable")
    assert set(cable["articles"]) == {"alpha-cable", "beta-cable"}
    assert cable["compared"] and cable["conflicts"] >= 1
    detail = client.get(f"/api/stories/{cable['id']}").json()
    assert detail["comparison"]["schema"] == "parallax.comparison/3"
    art = client.get("/api/articles/alpha-cable").json()
    assert art["outlet"] == "Alpha News" and art["analyzed"] and art["sentences"]
    assert client.get("/api/articles/nope").status_code == 404


def test_api_same_text_twice_is_a_duplicate(client):
    r = client.post("/api/articles", json={"articles": [records()[0]]})
    assert r.status_code == 201
    assert r.json()["added"] == [] and r.json()["duplicates"] == ["alpha-cable"]


def test_story_list_search_and_filters(client):
    page = client.get("/")
    assert page.status_code == 200 and "Baltic" in page.text and "Erdbeben" in page.text
    assert page.text.count("<svg") >= 3  # the server-drawn charts

    def titles(**params):
        return {s["title"] for s in client.get("/api/stories", params=params).json()["stories"]}

    assert any("Erdbeben" in t for t in titles(q="selenka"))
    assert any("Erdbeben" in t for t in titles(q="Verschutteten STARKE"))  # case and accents do not matter
    assert not any("Erdbeben" in t for t in titles(q="undersea cables"))
    assert all("Erdbeben" not in t for t in titles(conflicts="true"))
    assert titles(conflicts="true")
    assert titles(altered="true") == titles(conflicts="true")
    assert all("Erdbeben" in t for t in titles(lang="de"))
    assert titles(outlet="beta post") and not titles(outlet="no such outlet")
    assert titles(entity="lindqvist") and not titles(entity="zzz")
    assert not titles(**{"from": "2026-03-05", "to": "2026-03-06"})
    assert titles(**{"from": "2026-03-04", "to": "2026-03-04"})
    filtered = client.get("/", params={"q": "selenka", "lang": "de"})
    assert "Erdbeben" in filtered.text and "Baltic" not in filtered.text
    bad = client.get("/", params={"from": "not-a-date"})
    assert bad.status_code == 200 and "is not a date" in bad.text


def test_story_page_is_the_report_with_escaped_text(client):
    cable = story_with(client, "beta-cable")
    page = client.get(f"/stories/{cable['id']}")
    assert page.status_code == 200
    assert 'data-fact="' in page.text and "All stories" in page.text
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text and "<svg onload" not in page.text
    assert 'href="javascript:' not in page.text
    assert client.get("/stories/nope").status_code == 404


def test_article_page_overlay(client):
    page = client.get("/articles/beta-cable")
    assert page.status_code == 200
    assert 'class="quo"' in page.text and 'class="spk"' in page.text and 'class="tv"' in page.text
    assert "2026-03-02" in page.text  # "on Monday" resolved against the publication date
    assert "&lt;img src=x onerror=alert(" in page.text and "<img src=x" not in page.text  # the "1" is marked as a number
    assert 'href="javascript:' not in page.text
    assert client.get("/articles/missing").status_code == 404


def test_upload_form_files_and_paste(client):
    form = client.get("/add")
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    jsonl = json.dumps({"id": "delta-quake", "outlet": "Delta", "published": "2026-03-11T07:00:00+00:00",
                        "title": "Quake toll rises in Karvelia", "text": "The death toll from the earthquake in Karvelia rose to 41 on Wednesday."})
    files = [
        ("files", ("../../etc/passwd.jsonl", jsonl.encode(), "application/json")),
        ("files", ("Harbor Times Report.txt", b"Karvelia quake: rescuers dig on\n\nRescuers kept digging in Selenka on Wednesday.", "text/plain")),
    ]
    r = client.post("/add", files=files, data={"text": "A pasted note about the Karvelia earthquake and Selenka.", "outlet": "Paste Daily"},
                    headers={"Origin": BASE})
    assert r.status_code == 200, r.text
    assert "3 articles added" in r.text
    assert client.get("/api/articles/delta-quake").status_code == 200
    assert client.get("/api/articles/Harbor-Times-Report").json()["source"] == "Harbor Times Report.txt"


@pytest.mark.parametrize(
    ("name", "data", "status", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", 415, "unsupported file type"),
        ("empty.txt", b"   ", 400, "empty"),
        ("bad.jsonl", b'[1]\n{not json', 400, "bad.jsonl:2"),  # every line bad: a good line is stored (test_surf35)
        ("big.txt", b"x" * 30_000, 413, "larger than"),
        ("binary.txt", bytes(range(256)) * 8, 400, "binary.txt"),
    ],
)
def test_upload_bad_files(client, name, data, status, message):
    before = client.get("/api/stories").json()["total"]
    r = client.post("/add", files=[("files", (name, data, "application/octet-stream"))], headers={"Origin": BASE})
    assert r.status_code == status, r.text
    assert message in r.text and "Not added" in r.text
    assert "/tmp/" not in r.text  # our temporary paths never leak
    assert client.get("/api/stories").json()["total"] == before


def test_upload_limits(client):
    many = [("files", (f"f{i}.txt", b"Title\n\nSome text.", "text/plain")) for i in range(4)]
    assert client.post("/add", files=many, headers={"Origin": BASE}).status_code in (400, 413)
    huge = client.post("/add", files=[("files", ("a.txt", b"y" * 300_000, "text/plain"))], headers={"Origin": BASE})
    assert huge.status_code == 413
    assert client.post("/add", data={"text": ""}, headers={"Origin": BASE}).status_code == 400
    r = client.post("/api/articles", json={"articles": [{"id": "z", "text": ""}]})
    assert r.status_code == 400 and "non-empty" in r.json()["detail"]


def test_cross_origin_posts_are_refused(client):
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"}, {"Referer": "https://evil.example/page"},
                    {"Sec-Fetch-Site": "cross-site"}):
        r = client.post("/add", data={"text": "CSRF attempt text."}, headers=headers)
        assert r.status_code == 403, headers
        r = client.post("/api/articles", json={"articles": [{"text": "CSRF attempt."}]}, headers=headers)
        assert r.status_code == 403, headers
    ok = client.post("/api/articles", json={"articles": [records()[2]]}, headers={"Referer": BASE + "/add"})
    assert ok.status_code == 201


def test_unknown_host_is_refused(client):
    r = client.get("/", headers={"Host": "rebind.evil.example:8000"})
    assert r.status_code == 400


def test_security_headers_everywhere(client):
    for path in ("/", "/add", "/api/stories", "/openapi.json", "/nope", "/articles/alpha-cable", f"/stories/{story_with(client, 'alpha-cable')['id']}"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.post("/add", headers={"Origin": "https://evil.example"}).headers["content-security-policy"]


def test_pages_load_nothing_external(client):
    for path in ("/", "/add", "/articles/alpha-cable"):
        text = client.get(path).text
        assert 'src="http' not in text and "@import" not in text
        assert re.findall(r"<link[^>]*>", text) == ['<link rel="icon" href="data:,">']  # no favicon request either


def test_openapi(client):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/articles"):
        assert path in doc["paths"], path
    assert "post" in doc["paths"]["/api/articles"]
    assert "/add" not in doc["paths"]
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def test_safe_names():
    from parallax.web.uploads import UploadError, safe_name

    assert safe_name("../../etc/passwd.txt", 1) == "passwd.txt"
    assert safe_name("C:\\Users\\x\\My Report (1).HTML", 2) == "My-Report-1.html"
    assert safe_name("..jsonl", 3) == "upload-3.jsonl"
    assert safe_name("a.txt.gz", 4) == "a.txt.gz"
    with pytest.raises(UploadError):
        safe_name("script.sh", 5)


def test_api_story_summary_mirrors_the_internal_story_entry():
    """The API model (``web/api.py``) and the record the app keeps (``web/service.py``) are
    written out twice, for the OpenAPI document; this keeps them from drifting apart."""
    from dataclasses import fields

    from parallax.web.api import StorySummary
    from parallax.web.service import StoryEntry

    public = [f.name for f in fields(StoryEntry) if f.name not in ("blob", "entities", "copies")]
    assert list(StorySummary.model_fields) == public


def test_right_to_left_text_gets_a_direction(tmp_path):
    """Arabic titles, outlets and texts on the story list, the story report and the article
    page sit in elements with dir="auto" (or the article's dir="rtl"); a store of its own,
    so the shared one keeps its two stories."""
    from tests.test_report_html import DirCheck

    arabic = [
        {"id": "watan-flood", "outlet": "صحيفة الوطن", "language": "ar", "published": "2024-04-14T08:00:00+04:00", "title": "سيول صحار: 12 قتيلا",
         "text": "لقي 12 شخصا مصرعهم في سيول صحار يوم السبت.\n\nوقال المتحدث: «الوضع تحت السيطرة»."},
        {"id": "oman-flood", "outlet": "Oman Daily", "language": "ar", "published": "2024-04-14T09:30:00+04:00", "title": "14 قتيلا في سيول صحار",
         "text": "لقي 14 شخصا مصرعهم في سيول صحار يوم السبت.\n\nوقال المتحدث باسم الشرطة: «الوضع تحت السيطرة تماما»."},
    ]
    with TestClient(make_app(tmp_path, options=Options(embedder="hashing")), base_url=BASE) as c:
        assert c.post("/api/articles", json={"articles": arabic}).status_code == 201
        story = story_with(c, "watan-flood")
        assert set(story["articles"]) == {"watan-flood", "oman-flood"}
        pages = {path: c.get(path).text for path in ("/", f"/stories/{story['id']}", "/articles/watan-flood")}
    for path, text in pages.items():
        check = DirCheck()
        check.feed(text)
        assert check.texts, path
        assert check.undirected() == [], path
        assert '<html lang="en">' in text, path
    assert 'lang="ar" dir="rtl"' in pages["/articles/watan-flood"]
    assert '<p dir="auto">' in pages["/articles/watan-flood"]
