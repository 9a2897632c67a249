"""batch52: a new user's sweep over the command line, the engines, the report and the web app.

1. ``/?page=0`` and ``/?page=-1`` answered 400: a page number out of range shows the nearest page instead.
2. ``--skip-bad`` on a feed with one item over the article limit ran the whole feed, that item included, through
   feedparser's HTML sanitiser before skipping it: the item's body is dropped before feedparser reads the feed.
3. A line separator (U+2028, U+2029) or NEL (U+0085) in a JSONL headline or outlet is kept in the JSON as given
   (tests/test_xss.py expects the app to carry it as data), and shown as a space in the HTML report and the web
   pages, where it broke a one-line field (a browser draws U+2028 as a line break, NEL as a control), while a form
   field still echoes it exactly.
4. Records in a notebook: a short repr (an Article's was its whole text and every analysis layer).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from parallax.config import Options

_STORY = (
    "TALLINN -- Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea "
    "cables.\n\nThe fund is worth 240 million euros, the Estonian minister Kaarel Tamm said."
)


def _client(tmp_path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.web.app import create_app

    app = create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing"))
    return TestClient(app, base_url="http://127.0.0.1:8000")


# ------------------------------------------------------------------ 1. a page number out of range


def test_a_page_number_below_one_shows_the_first_page(tmp_path: Path) -> None:
    record = {"id": "pact", "outlet": "Wire", "title": "Baltic pact signed", "published": "2026-11-30T10:00:00+00:00", "text": _STORY}
    with _client(tmp_path) as client:
        assert client.post("/api/articles", json={"articles": [record]}).status_code == 201
        first = client.get("/")
        for page in ("0", "-1", "-1000"):
            r = client.get("/", params={"page": page})
            assert r.status_code == 200, (page, r.status_code)
            assert "Baltic pact signed" in r.text and r.text == first.text, page
        r = client.get("/", params={"page": "99"})  # past the last page: the last page, not an empty list
        assert r.status_code == 200 and "Baltic pact signed" in r.text
        assert client.get("/", params={"page": "two"}).status_code == 400  # not a number stays a bad request


# ------------------------------------------------------------------ 2. --skip-bad and a feed item over the limit


def _feed(*bodies: str) -> bytes:
    items = "".join(
        f"<item><title>Talks {n}</title><link>https://example.com/news/{n}</link>"
        f"<description><![CDATA[{body}]]></description></item>"
        for n, body in enumerate(bodies)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


def _body(paragraphs: int) -> str:
    return "".join(f"<p>The minister said on Monday that the talks would resume in June after a pause {n}.</p>" for n in range(paragraphs))


def test_skip_bad_drops_an_oversized_feed_item_before_feedparser_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The item over the limit never reaches feedparser (its sanitiser spent seconds on a 19 MB item only for the
    item to be skipped); the items around it read as before, numbered as before, and the skipped one is named."""
    import feedparser

    import parallax

    parse = feedparser.parse
    seen: list[int] = []

    def measured(source, *args, **kwargs):
        import io

        data = source.read()
        seen.append(len(data))
        return parse(io.BytesIO(data), *args, **kwargs)

    monkeypatch.setattr(feedparser, "parse", measured)
    path = tmp_path / "wire.rss"
    path.write_bytes(_feed(_body(3), _body(2000), _body(4)))
    with caplog.at_level("WARNING"):
        articles = parallax.load(path, max_text_chars=50_000, skip_bad=True)
    assert [a.title for a in articles] == ["Talks 0", "Talks 2"]
    assert "wire.rss:item 2: article text longer than the limit of 50,000 characters" in caplog.text, caplog.text
    assert seen and max(seen) < 5_000, seen  # the 170,000-character body was not handed to feedparser


# ------------------------------------------------------------------ 3. line separators in one-line fields


_SEPARATED = [
    {"id": "a", "outlet": "Wire\u2028News", "title": "Harbour\u2028bridge\u0085to close", "published": "2026-11-30T10:00:00+00:00",
     "text": "The harbour bridge will close on Monday for repairs, the city council said on Friday. Repairs cost 12 million euros."},
    {"id": "b", "outlet": "Daily\u2029Post", "title": "Bridge to close", "published": "2026-11-30T11:00:00+00:00",
     "text": "The harbour bridge closes on Monday for repairs, the council said on Friday. Repairs will cost 14 million euros."},
]
_BREAKS = ("\u2028", "\u2029", "\u0085")


def test_line_separators_in_headlines_stay_in_the_json_and_are_spaces_in_the_html_report(tmp_path: Path) -> None:
    from tests.conftest import cli

    path = tmp_path / "sep.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _SEPARATED), encoding="utf-8")
    args = ("--published", "2026-11-30", "--embedder", "hashing")
    code, _, err = cli("compare", path, "-o", tmp_path / "c.json", *args)
    assert code == 0, err
    data = json.loads((tmp_path / "c.json").read_text("utf-8"))
    shown = {a["id"]: (a["title"], a["outlet"]) for a in data["articles"]}
    assert shown["a"] == ("Harbour\u2028bridge\u0085to close", "Wire\u2028News")  # faithful: the record as given
    code, _, err = cli("compare", path, "--format", "html", "-o", tmp_path / "c.html", *args)
    assert code == 0, err
    html = (tmp_path / "c.html").read_text("utf-8")
    assert not any(ch in html for ch in _BREAKS), [ch for ch in _BREAKS if ch in html]
    assert "Harbour bridge to close" in html and "Wire News" in html and "Daily Post" in html


def test_line_separators_are_spaces_on_the_web_pages_and_data_in_the_api(tmp_path: Path) -> None:
    import lxml.html

    with _client(tmp_path) as client:
        r = client.post("/api/articles", json={"articles": _SEPARATED})
        assert r.status_code == 201, r.text
        api = client.get("/api/articles/a").json()
        assert (api["title"], api["outlet"]) == ("Harbour\u2028bridge\u0085to close", "Wire\u2028News")
        pages = [client.get("/"), client.get("/articles/a")]
        pages += [client.get(f"/stories/{s['id']}") for s in client.get("/api/stories").json()["stories"]]
        for page in pages:
            assert page.status_code == 200
            assert not any(ch in page.text for ch in _BREAKS), (page.url, [ch for ch in _BREAKS if ch in page.text])
        assert "Harbour bridge to close" in pages[1].text
        typed = "line\u2028sep\u2029x"  # a search field still echoes what was typed, exactly
        r = client.get("/", params={"q": typed})
        assert lxml.html.document_fromstring(r.text).xpath('//input[@name="q"]/@value') == [typed]
        r = client.get("/", params={"q": "line\u0085x"})  # NEL has no character reference in HTML: a space
        assert lxml.html.document_fromstring(r.text).xpath('//input[@name="q"]/@value') == ["line x"]
        assert "\u2028" not in r.text


# ------------------------------------------------------------------ 4. records in a notebook


def test_records_have_a_short_repr() -> None:
    import parallax
    from parallax.stories.story import Story

    text = "The harbour bridge will close on Monday for repairs, the city council said on Friday. " * 40
    article = parallax.Article(id="harbour-1", text=text, outlet="Wire", title="Harbour bridge to close", published="2026-11-30", language="en")
    other = parallax.Article(id="harbour-2", text=text.replace("Friday", "Thursday"), outlet="Daily", title="Bridge shuts", published="2026-11-30", language="en")
    comparison = parallax.compare([article, other], Options(embedder="hashing"))
    for record in (article, comparison, Story(id="s1", title="Harbour bridge to close", articles=["harbour-1", "harbour-2"])):
        shown = repr(record)
        assert len(shown) <= 300 and "\n" not in shown, shown
    assert repr(article).startswith("Article(") and "'harbour-1'" in repr(article) and "Wire" in repr(article)
    assert "chars" in repr(article) and "sentences" in repr(article)  # analysed: its layers counted
    assert repr(comparison).startswith("Comparison(") and "2 articles" in repr(comparison) and " fact" in repr(comparison) and "shared" in repr(comparison)
    assert "'s1'" in repr(Story(id="s1", title="t", articles=["x"])) and "1 article" in repr(Story(id="s1", title="t", articles=["x"]))
