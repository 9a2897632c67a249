"""batch48: a newsroom's batch end to end: re-read metadata kept at its best source and regrouped, one intake path
for both engines, plain-text bylines, byline search in the web app, invisible characters inside words.

Invented inputs only."""

from __future__ import annotations

import json

import pytest

from parallax.config import Options
from parallax.ingest import content_hash
from parallax.records import Article
from parallax.store import open_store

BODY = "The Korvel dam opened on Monday after ten years of work, officials said at a ceremony in the capital."
FIRE = "A fire destroyed a warehouse in Port Ellery on Tuesday, the fire service said, and nobody was hurt."
HASHING = Options(embedder="hashing")

WARC_PAGE = """<html><head><title>Dam opens</title>{meta}</head><body><article><h1>Dam opens</h1>
<p>{body}</p><p>It cost three billion dollars and will power a million homes, the ministry said in a statement.</p>
</article></body></html>"""


def _warc(page: str, url: str, date: str) -> bytes:
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page).encode()
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


# ------------------------------------------------------------------ a. a weaker time read again keeps the better one


def test_capture_time_does_not_replace_the_page_own_time(tmp_path):
    from parallax.ingest import load_paths

    own = WARC_PAGE.format(meta='<meta property="article:published_time" content="2026-01-05T08:00:00+00:00">', body=BODY)
    moved = WARC_PAGE.format(meta="", body=BODY)  # the re-crawl's page lost its date markup
    (tmp_path / "a.warc").write_bytes(_warc(own, "https://w.example/dam", "2026-01-05T20:00:00Z"))
    (tmp_path / "b.warc").write_bytes(_warc(moved, "https://w.example/dam", "2026-01-09T11:00:00Z"))
    [first] = list(load_paths([str(tmp_path / "a.warc")]))
    [again] = list(load_paths([str(tmp_path / "b.warc")]))
    assert (first.published, first.published_from) == ("2026-01-05T08:00:00+00:00", None)
    assert (again.published_from, again.text) == ("capture", first.text)
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([first])
        assert store.correct_metadata(again) == []
        assert store.get_article(first.id).published == "2026-01-05T08:00:00+00:00"
        again.published = None  # no time at all erases nothing
        assert store.correct_metadata(again) == []
        # the page's own time, read again and corrected, does replace it
        fixed = Article(**{**first.to_dict(), "published": "2026-01-05T07:30:00+00:00"})
        assert store.correct_metadata(fixed) and store.get_article(first.id).published == "2026-01-05T07:30:00+00:00"


def test_own_time_replaces_a_stored_capture_time(tmp_path):
    stored = Article(id="d", text=BODY, url="https://w.example/d", published="2026-01-09T11:00:00Z", published_from="capture",
                     content_hash=content_hash(BODY))
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([stored])
        given = Article(id="d", text=BODY, url="https://w.example/d", published="2026-01-01", published_from="given")
        assert store.correct_metadata(given)  # as weak as a capture time: the later read counts
        own = Article(id="d", text=BODY, url="https://w.example/d", published="2026-01-05T08:00:00+00:00")
        assert store.correct_metadata(own)
        held = store.get_article("d")
        assert (held.published, held.published_from) == ("2026-01-05T08:00:00+00:00", None)
        assert store.correct_metadata(given) == []  # and now a given time no longer replaces it


# ------------------------------------------------------------------ b. a corrected time regroups the stories


def _art(aid: str, text: str, published: str, outlet: str) -> Article:
    return Article(id=aid, text=text, outlet=outlet, url=f"https://{outlet}.example/{aid}", published=published,
                   language="en", title=text[:30], content_hash=content_hash(text))


@pytest.mark.parametrize("which", ["f2", "a1"])  # f2: back to the snapshot after a1; a1: no snapshot that early, all again
def test_corrected_time_regroups_its_story(tmp_path, which):
    from parallax.stories.persist import update_store

    arts = [
        _art("a1", BODY, "2026-01-05T08:00:00", "one"),
        _art("f1", FIRE, "2026-01-06T08:00:00", "two"),
        _art("f2", FIRE.replace("nobody", "no one"), "2026-01-06T09:00:00", "three"),
    ]
    with open_store(tmp_path / "s.sqlite") as store:
        update_store(store, arts[:1], HASHING)
        update_store(store, arts[1:], HASHING)  # a second run: a snapshot after a1
        assert store.snapshots()
        if which == "a1":
            assert store.correct_metadata(Article(**{**arts[0].to_dict(), "published": "2026-01-04T08:00:00"}))
            stories = update_store(store, [], HASHING).stories
            dam = next(s for s in stories if "a1" in s["articles"])
            assert dam["first_published"].startswith("2026-01-04T08:00")
        else:
            fixed = Article(**{**arts[2].to_dict(), "published": "2026-01-06T06:00:00"})
            assert store.correct_metadata(fixed)
            stories = update_store(store, [], HASHING).stories
            fire = next(s for s in stories if "f2" in s["articles"])
            assert fire["first_published"].startswith("2026-01-06T06:00") and fire["articles"][0] == "f2"
        assert sorted(a for s in store.stories() for a in s["articles"]) == ["a1", "f1", "f2"]


# ------------------------------------------------------------------ c. the Dask engine takes the corrections too


def test_dask_engine_applies_corrections_as_the_local_engine(tmp_path):
    from distributed import Client

    from parallax.engine import get_engine

    rec = {"id": "r1", "outlet": "Wire", "url": "https://wire.example/r1", "title": "Dam opns", "published": "2026-01-05", "text": BODY}
    fixed = {**rec, "title": "Dam opens", "published": "2026-01-05T09:30:00+01:00", "byline": "Jane Doe"}
    results = {}
    for name in ("local", "dask"):
        first, second = tmp_path / name / "1.jsonl", tmp_path / name / "2" / "1.jsonl"
        second.parent.mkdir(parents=True)
        first.write_text(json.dumps(rec) + "\n", encoding="utf-8")
        second.write_text(json.dumps(fixed) + "\n", encoding="utf-8")
        settings = {"work": tmp_path / name / "work", "partition_files": 1} if name == "dask" else {}
        with open_store(tmp_path / name / "s.sqlite") as db, get_engine(name, **settings) as eng:
            if name == "dask":
                eng._client = Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None)
            eng.ingest([first], HASHING, db, 4)
            stats = eng.ingest([second], HASHING, db, 4)
            held = db.get_article("r1")
            results[name] = (stats.read, stats.new, stats.corrected, held.title, held.published, held.byline)
    assert results["dask"] == results["local"] == (1, 0, 1, "Dam opens", "2026-01-05T09:30:00+01:00", ["Jane Doe"])


# ------------------------------------------------------------------ d. "By Jane Doe" under a plain text's title


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Von Max Muster, dpa", ["Max Muster"]),
        ("Por Ana Ruiz | Madrid", ["Ana Ruiz"]),
        ("By Jane Doe and John Roe, Science Correspondents", ["Jane Doe", "John Roe"]),
    ],
)
def test_plain_text_byline_line_is_the_byline_and_leaves_the_text(line, names):
    from parallax.ingest.text import read_text

    raw = f"Dam opens in Korvel\n\n{line}\n\n{BODY}\n\nIt cost three billion dollars, the ministry said."
    [art] = read_text(raw.encode(), "d.txt", "d", Options())
    assert art.title == "Dam opens in Korvel" and art.byline == names
    assert line not in art.text and art.text.startswith("The Korvel dam")
    [bare] = read_text(raw.split("\n\n", 1)[1].encode(), "d.txt", "d", Options())  # no headline: the line is no title
    assert bare.title != line and bare.byline == names


@pytest.mark.parametrize("line", ["By Monday, the dam will be full", "By contrast, the old dam held", "by jane doe"])
def test_a_sentence_opening_with_by_is_no_byline(line):
    from parallax.ingest.text_byline import byline_line_names

    assert byline_line_names(line) == []


# ------------------------------------------------------------------ e. search the web app by byline


def test_web_app_searches_and_filters_by_byline(tmp_path):
    import warnings

    fastapi = pytest.importorskip("fastapi")
    assert fastapi
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    hostile = 'Ann <script>alert(1)</script> Lee'
    recs = [
        {"id": "d1", "outlet": "Alpha", "language": "en", "published": "2026-01-05", "title": "Dam opens", "text": BODY,
         "byline": f"Jane Doe and {hostile}"},
        {"id": "f1", "outlet": "Beta", "language": "en", "published": "2026-01-06", "title": "Warehouse fire", "text": FIRE,
         "byline": "Max Muster"},
    ]
    app = create_app(tmp_path / "store.sqlite", options=HASHING)
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.post("/api/articles", json={"articles": recs}).status_code == 201
        found = c.get("/api/stories", params={"byline": "jane"}).json()["stories"]
        assert [s["articles"] for s in found] == [["d1"]] and "Jane Doe" in found[0]["bylines"]
        assert c.get("/api/stories", params={"byline": "nobody"}).json()["total"] == 0
        assert c.get("/api/stories", params={"q": "muster"}).json()["stories"][0]["articles"] == ["f1"]
        page = c.get("/", params={"byline": "<script>"}).text
        assert 'name="byline"' in page and "Dam opens" in page and "Warehouse fire" not in page
        assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


# ------------------------------------------------------------------ f. soft hyphens and other invisible characters


def test_soft_hyphens_leave_words_whole_and_offsets_consistent():
    from parallax.ingest.jsonl import article_from_record

    rec = {"id": "s", "title": "Kanz\u00adler Scholz", "text": "Bundes\u00adkanzler Olaf Scholz sagte am Mon\u00adtag in Ber\u00adlin, "
           "die Re\u180eform komme.\n\nDie Opposition kritisierte die Pläne scharf und forderte Neuwahlen."}
    art = article_from_record(rec, "s.jsonl", "s")
    assert art.title == "Kanzler Scholz"
    assert "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Reform komme." in art.text
    assert "\u00ad" not in art.text and "\u180e" not in art.text
    from parallax.analyze import Analyzer

    Analyzer(Options()).analyze(art)
    for e in art.entities:
        assert art.text[e.start:e.end] == e.text  # offsets index the cleaned text
    assert any(e.text == "Berlin" for e in art.entities)


# ------------------------------------------------------------------ a page that prints its byline only in its text


def _page(head: str, tail: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in (BODY, "It cost three billion dollars and will power a million homes, the ministry said in a statement.",
                                            "Environmental groups said four thousand people had been moved from the valley."))
    return (f"<html><head><title>Dam opens | Site</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
            f"<div class=wrap><article><h1>Dam opens</h1>{head}{body}{tail}</article><aside><p>By Other Writer</p></aside></div>"
            "<footer>© 2026 Site. All rights reserved.</footer></body></html>")


def test_html_byline_printed_above_the_story_is_read():
    from parallax.ingest.html import article_from_html

    art = article_from_html(_page('<div class="meta"><p class="byline">By Kim \u00adPark</p></div>'), "p", "p.html")
    assert art.byline == ["Kim Park"] and "By Kim Park" not in art.text
    assert article_from_html(_page("", "<p>By Late Name</p>"), "p", "p.html").byline == []  # below the story: not read
    assert article_from_html(_page("<p>By Monday, the dam will be full</p>"), "p", "p.html").byline == []


# ------------------------------------------------------------------ a regrouped story's old output files go


def test_old_story_outputs_are_removed_and_other_files_kept(tmp_path):
    from parallax.engine import drop_stale_outputs

    def comparison(story: str) -> str:
        return json.dumps({"schema": "parallax.comparison/2", "settings": {"story": story}})

    (tmp_path / "s-old.json").write_text(comparison("s-old"))
    (tmp_path / "s-old.html").write_text("<html>")
    (tmp_path / "s-old.txt").write_text("old")
    (tmp_path / "s-new.json").write_text(comparison("s-new"))
    (tmp_path / "notes.json").write_text(json.dumps({"schema": "mine"}))
    (tmp_path / "s-other.json").write_text(comparison("s-elsewhere"))  # names another story: not ours to judge
    assert drop_stale_outputs(tmp_path, {"s-new"}) == ["s-old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json", "s-new.json", "s-other.json"]


def test_a_text_read_twice_in_a_run_is_counted_once_as_new(tmp_path):
    from parallax.engine import get_engine

    rec = {"id": "r1", "outlet": "Wire", "url": "https://wire.example/r1", "title": "Dam opens", "published": "2026-01-05", "text": BODY}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n", encoding="utf-8")
    with open_store(tmp_path / "s.sqlite") as db, get_engine("local") as eng:
        stats = eng.ingest([tmp_path / "a.jsonl"], HASHING, db, 4)
        assert (stats.read, stats.new, stats.repeated, db.count_articles()) == (2, 1, 1, 1)
    undated = {k: v for k, v in rec.items() if k != "published"}
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "r3", "url": "https://wire.example/r2", "published": "2026-01-06", "text": FIRE})
                                      + "\n" + json.dumps({**undated, "url": "https://wire.example/r2", "text": FIRE}) + "\n",
                                      encoding="utf-8")
    with open_store(tmp_path / "s2.sqlite") as db, get_engine("local") as eng:
        assert eng.ingest([tmp_path / "b.jsonl"], HASHING, db, 4).undated == []  # the undated second reading is folded in


def test_web_upload_of_a_corrected_record_corrects_the_stored_one(tmp_path):
    import warnings

    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    rec = {"id": "f1", "outlet": "Beta", "url": "https://beta.example/f1", "language": "en", "published": "2026-01-06T09:00:00Z",
           "title": "Warehouse fir", "text": FIRE}
    other = {"id": "f2", "outlet": "Gamma", "url": "https://gamma.example/f2", "language": "en", "published": "2026-01-06T08:00:00Z",
             "title": "Warehouse fire", "text": FIRE.replace("nobody", "no one")}
    with TestClient(create_app(tmp_path / "store.sqlite", options=HASHING), base_url="http://127.0.0.1:8000") as c:
        assert c.post("/api/articles", json={"articles": [rec, other]}).status_code == 201
        fixed = {**rec, "title": "Warehouse fire", "published": "2026-01-06T06:00:00Z", "byline": "Lena Fox"}
        r = c.post("/api/articles", json={"articles": [fixed]}).json()
        assert r["added"] == [] and r["duplicates"] == ["f1"] and r["corrected"] == ["f1"]
        art = c.get("/api/articles/f1").json()
        assert json.dumps(art).count("2026-01-06T06:00:00") and "Lena Fox" in json.dumps(art)
        story = next(s for s in c.get("/api/stories").json()["stories"] if "f1" in s["articles"])
        assert story["first_published"].startswith("2026-01-06T06:00") and story["bylines"] == ["Lena Fox"]


def test_compare_command_compares_a_text_read_twice_once(tmp_path, capsys):
    from parallax.cli.compare_cmd import read_once
    from parallax.ingest import load_paths

    rec = {"id": "c1", "outlet": "Coastal", "url": "https://coastal.example/c1", "published": "2026-01-06", "text": FIRE}
    other = {**rec, "id": "c2", "outlet": "Other Paper", "url": "https://other.example/c2"}  # a second publication: kept
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in (rec, rec, other)), encoding="utf-8")
    kept = read_once(list(load_paths([str(tmp_path / "a.jsonl")])))
    assert [a.id for a in kept] == ["c1", "c2"]
    assert "compared once" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "names", "agencies"),
    [("Von Max Muster, dpa", ["Max Muster"], ["dpa"]), ("Por Ana Ruiz (EFE)", ["Ana Ruiz"], ["EFE"]),
     ("By Ruth Kane, Energy Correspondent", ["Ruth Kane"], [])],
)
def test_plain_text_byline_keeps_the_agency_it_credits(line, names, agencies):
    from parallax.ingest.text import article_from_text

    art = article_from_text(f"Dam opens in Korvel\n\n{line}\n\n{BODY}\n\nIt cost three billion dollars.", "d", "d.txt")
    assert (art.byline, art.agencies) == (names, agencies) and line not in art.text
