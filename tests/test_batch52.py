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
        f"<item><title>Talks {n}</title><link>https://example.com/news/{n}</link><description><![CDATA[{body}]]></description></item>"
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
    {
        "id": "a",
        "outlet": "Wire\u2028News",
        "title": "Harbour\u2028bridge\u0085to close",
        "published": "2026-11-30T10:00:00+00:00",
        "text": "The harbour bridge will close on Monday for repairs, the city council said on Friday. Repairs cost 12 million euros.",
    },
    {
        "id": "b",
        "outlet": "Daily\u2029Post",
        "title": "Bridge to close",
        "published": "2026-11-30T11:00:00+00:00",
        "text": "The harbour bridge closes on Monday for repairs, the council said on Friday. Repairs will cost 14 million euros.",
    },
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
    code, out, err = cli("compare", path, "--format", "text", *args)  # and in the terminal: a space, not glued words
    assert code == 0, err
    assert not any(ch in out for ch in _BREAKS) and "Harbour bridge to close" in " ".join(out.split()), out


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
    article = parallax.Article(
        id="harbour-1", text=text, outlet="Wire", title="Harbour bridge to close", published="2026-11-30", language="en"
    )
    other = parallax.Article(
        id="harbour-2", text=text.replace("Friday", "Thursday"), outlet="Daily", title="Bridge shuts", published="2026-11-30", language="en"
    )
    comparison = parallax.compare([article, other], Options(embedder="hashing"))
    for record in (article, comparison, Story(id="s1", title="Harbour bridge to close", articles=["harbour-1", "harbour-2"])):
        shown = repr(record)
        assert len(shown) <= 300 and "\n" not in shown, shown
    assert repr(article).startswith("Article(") and "'harbour-1'" in repr(article) and "Wire" in repr(article)
    assert "chars" in repr(article) and "sentences" in repr(article)  # analysed: its layers counted
    assert (
        repr(comparison).startswith("Comparison(")
        and "2 articles" in repr(comparison)
        and " fact" in repr(comparison)
        and "shared" in repr(comparison)
    )
    assert "'s1'" in repr(Story(id="s1", title="t", articles=["x"])) and "1 article" in repr(Story(id="s1", title="t", articles=["x"]))


# ------------------------------------------------------------------ 5. a usage error is one line too


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("cluster", "x.txt", "--window-days", "-1"), "--window-days"),
        (("run",), "INPUTS"),
        (("compare", "x.txt", "--bogus"), "--bogus"),
        (("nocmd",), "nocmd"),
        (("compare", "x.txt", "--format", "pdf"), "--format"),
    ],
)
def test_a_usage_error_is_one_line_with_status_2(args: tuple[str, ...], named: str) -> None:
    """README's bad-input table: `--window-days -1` is refused before any work, like every bad input, with exit status 2
    and one line; typer drew a six-line box around it (and around a missing argument or an unknown option)."""
    from tests.conftest import cli

    code, out, err = cli(*args)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert lines[0].startswith("parallax: error: ") and named in lines[0] and "--help" in lines[0], err
    assert "╭" not in err and "Traceback" not in err


def test_help_version_and_no_arguments_still_print_as_before() -> None:
    from tests.conftest import cli

    code, out, _ = cli("--help")
    assert code == 0 and "run" in out and "compare" in out
    code, out, _ = cli("--version")
    assert code == 0 and out.strip()
    code, out, err = cli()  # no command: the help, as before
    assert "Usage" in out + err and "compare" in out + err
    code, out, _ = cli("compare", "--help")
    assert code == 0 and "--format" in out


# ------------------------------------------------------------------ 6. one article's analysis fails mid-run


def _crash_on(monkeypatch: pytest.MonkeyPatch, bad_id: str) -> None:
    from parallax.analyze import Analyzer

    analyze = Analyzer.analyze

    def failing(self, article, *args, **kwargs):
        if article.id == bad_id:
            raise RuntimeError("index out of range in a rule")
        return analyze(self, article, *args, **kwargs)

    monkeypatch.setattr(Analyzer, "analyze", failing)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    records = [
        {"id": f"r{n}", "outlet": "Wire", "published": "2026-11-30T10:00:00+00:00", "text": _STORY.replace("Tallinn", place)}
        for n, place in enumerate(["Tallinn", "Riga", "Vilnius", "Helsinki"])
    ]
    (folder / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


def test_an_article_whose_analysis_fails_is_named_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error while one article is analysed (a bug a text sets off) ended the run with a traceback
    that named no article: it is one line naming the article and its input, the batches before it stay stored."""
    from parallax.store import open_store
    from tests.conftest import cli

    _crash_on(monkeypatch, "r2")
    store = tmp_path / "s.sqlite"
    args = ("--store", store, "--out", tmp_path / "out", "--embedder", "hashing", "--no-html", "--batch", "1")
    code, _, err = cli("run", _corpus(tmp_path / "in"), *args)
    lines = err.strip().splitlines()
    assert code == 2 and "Traceback" not in err, err
    assert "parallax: error:" in lines[-1] and "r2" in lines[-1] and "wire.jsonl:3" in lines[-1], err
    assert "RuntimeError: index out of range in a rule" in lines[-1], err
    with open_store(store) as db:
        assert sorted(a.id for a in db.iter_articles()) == ["r0", "r1"]


def test_the_dask_worker_reports_the_failing_article_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same failure on a Dask worker comes back as the partition's error, naming the article (the driver prints
    it as one line, as it prints a bad input), instead of a remote traceback."""
    from parallax.engine.dask import analyse_partition
    from parallax.engine.dask_worker import _ANALYZERS
    from parallax.engine.parquet import plan_partitions

    _ANALYZERS.clear()
    _crash_on(monkeypatch, "r1")
    options = Options(embedder="hashing")
    (partition,) = plan_partitions([str(_corpus(tmp_path / "in"))], options, files_per_partition=1)
    report = analyse_partition(partition, options, str(tmp_path / "parquet"))
    assert report.error is not None, report
    source, reason = report.error
    assert source.endswith("wire.jsonl:2") and "r1" in reason and "RuntimeError" in reason, report.error


# ------------------------------------------------------------------ 7. the report of a large story stays small


def test_word_choices_of_a_story_of_many_reports_are_a_list_not_a_sparse_table() -> None:
    """A story of 51 reports made a 2.9 MB report, 1.8 MB of it the word-choice table: 882 rows (each naming two
    reports) × 51 columns of "none".  Past a few reports each word choice is one line naming its reports."""
    import copy

    import lxml.html

    import parallax
    from parallax.report import render

    text = "The harbour bridge will close on Monday for repairs, the city council said on Friday."
    pair = [
        parallax.Article(id=f"a{n}", text=text, outlet=f"Outlet {n}", title="Bridge to close", published="2026-11-30", language="en")
        for n in range(2)
    ]
    base = parallax.compare(pair, Options(embedder="hashing")).to_dict()
    wide = copy.deepcopy(base)
    for n in range(2, 40):
        wide["articles"].append({**base["articles"][0], "id": f"a{n}", "outlet": f"Outlet {n}"})
    fact = base["facts"][0]["id"]
    wide["word_choices"] = [
        {"fact": fact, "values": {f"a{n}": f"closes {n}", f"a{n + 1}": f"shuts {n}"}} for n in range(0, 38) for _ in range(5)
    ]
    html = render(wide, "html")
    doc = lxml.html.document_fromstring(html)
    section = lxml.html.tostring(doc.get_element_by_id("wording").getparent(), encoding="unicode")
    assert len(section) < 190 * 400, len(section)  # was about 190 × 1,600 characters
    shown = lxml.html.fragment_fromstring(section).text_content()
    assert "Outlet 7 “closes 7” / Outlet 8 “shuts 7”" in shown, shown[:300]
    narrow = copy.deepcopy(base)  # a story of a few reports keeps its table
    narrow["word_choices"] = [{"fact": fact, "values": {"a0": "closes", "a1": "shuts"}}]
    assert '<table class="wording">' in render(narrow, "html")


# ------------------------------------------------------------------ 8. compare on one article


def test_compare_on_one_article_says_there_is_nothing_to_compare_it_with(tmp_path: Path) -> None:
    """`parallax compare a.txt` (one report) wrote a comparison whose every fact is "unique" with no word why; it
    still writes it (a single report's analysis is useful) and warns in one line; no article at all stays an error."""
    from tests.conftest import cli

    (tmp_path / "a.txt").write_text("Pact signed\n\n" + _STORY, encoding="utf-8")
    code, _, err = cli("compare", tmp_path / "a.txt", "-o", tmp_path / "c.json", "--published", "2026-11-30", "--embedder", "hashing")
    assert code == 0, err
    assert "only one article" in err and "a.txt" in err, err
    assert json.loads((tmp_path / "c.json").read_text("utf-8"))["summary"]["shared"] == 0
