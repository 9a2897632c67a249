"""batch47: bylines read from every source that names them, re-read metadata, WARC skip counts, wire trailers.

Invented inputs only."""

from __future__ import annotations

import json
import sqlite3

import pytest

from parallax.config import Options
from parallax.ingest import content_hash
from parallax.ingest.authors import byline_names
from parallax.ingest.feed import read_feed
from parallax.ingest.html import article_from_html
from parallax.ingest.jsonl import article_from_record
from parallax.records import Article
from parallax.report import schema as report_schema
from parallax.store import open_store
from parallax.store.schema import MIGRATIONS, statements

BODY = "The dam opened on Monday after ten years of work, officials said at a ceremony in the capital."

RSS = b"""<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Harbour Wire</title><link>https://wire.example/</link>
<item><title>Dam opens</title><link>https://wire.example/a</link><dc:creator>Jane Doe</dc:creator>
<dc:creator>John Roe</dc:creator><description>%s</description></item>
<item><title>Dam two</title><link>https://wire.example/b</link><author>jd@wire.example (Jane Doe)</author>
<description>%s</description></item>
</channel></rss>""" % (BODY.encode(), BODY.encode())

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
<entry><title>T</title><id>urn:1</id><link href="https://at.example/1"/><updated>2026-01-01T00:00:00Z</updated>
<author><name>Anna &lt;b&gt;Roth\u202e</name></author><author><name>Paul Lenz</name></author><summary>%s</summary></entry>
</feed>""".encode() % BODY.encode()

PAGE = """<html><head><meta name="author" content="Meta Name">
<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ld One"},
{"@type": "Person", "name": "Ld Two"}]}</script></head><body><article><h1>Dam opens</h1><p>{BODY}</p>
<p>It cost three billion dollars and will power a million homes, the ministry said in a statement.</p>
<a rel="author" href="/staff/x">Link Name</a></article></body></html>""".replace("{BODY}", BODY)


def test_byline_from_rss_creators_and_rss_author_email():
    a, b = read_feed(RSS, "w.rss", "w", Options())
    assert a.byline == ["Jane Doe", "John Roe"]
    assert b.byline == ["Jane Doe"]  # not feedparser's "ple (Jane Doe" split of the e-mail form


def test_byline_from_atom_authors_is_cleaned_of_controls():
    [a] = read_feed(ATOM, "w.atom", "w", Options())
    assert a.byline == ["Anna <b>Roth", "Paul Lenz"]  # text as written (escaped by the reports), no bidi override


def test_byline_from_page_json_ld_then_meta_then_rel_author():
    assert article_from_html(PAGE, "p", "p.html").byline == ["Ld One", "Ld Two"]
    no_ld = PAGE.replace("application/ld+json", "text/plain")
    assert article_from_html(no_ld, "p", "p.html").byline == ["Meta Name"]
    assert article_from_html(no_ld.replace('name="author"', 'name="x"'), "p", "p.html").byline == ["Link Name"]


def test_byline_from_jsonl_string_list_and_aliases():
    rec = {"text": BODY, "byline": "By Jane Doe and John Roe"}
    assert article_from_record(rec, "s", "d").byline == ["Jane Doe", "John Roe"]
    assert article_from_record({"text": BODY, "authors": ["Jane Doe", "https://x.example/jd"]}, "s", "d").byline == ["Jane Doe"]
    assert article_from_record({"text": BODY, "author": {"name": "Ana Gil"}}, "s", "d").byline == ["Ana Gil"]
    assert article_from_record({"text": BODY}, "s", "d").byline == []
    assert article_from_record({"text": BODY, "byline": 5}, "s", "d").byline == []


def test_byline_names_keeps_particles_and_drops_addresses():
    assert byline_names("Di Maio") == ["Di Maio"]
    assert byline_names("Von Anna Roth") == ["Anna Roth"]
    assert byline_names("jdoe@example.com") == []
    assert byline_names("", None, ["Jane Doe; John Roe"]) == ["Jane Doe", "John Roe"]


def test_byline_in_meta_schema_and_round_trip():
    art = Article(id="a", text=BODY, byline=["Jane Doe"])
    assert art.meta()["byline"] == ["Jane Doe"] and "byline" not in Article(id="b", text=BODY).meta()
    assert Article.from_dict(json.loads(json.dumps(art.to_dict()))).byline == ["Jane Doe"]
    schema = report_schema()  # the shared article fields inlined (schemas/article.schema.json)
    assert schema["properties"]["articles"]["items"]["properties"]["byline"]["type"] == "array"


def test_store_migrates_an_older_file_keeping_rows_and_stores_the_byline(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for version, migration in enumerate(MIGRATIONS[:5], 1):
        for stmt in statements(migration, {"blob": "BLOB", "real": "REAL"}):
            conn.execute(stmt)
        conn.execute("INSERT INTO schema_version VALUES (?, 'then')", (version,))
    old = Article(id="old", text="An old text.", content_hash=content_hash("An old text."))
    conn.execute(
        "INSERT INTO articles (id, content_hash, text, record_json, added_at) VALUES (?, ?, ?, ?, 'then')",
        (old.id, old.content_hash, old.text, json.dumps(old.to_dict())),
    )
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.get_article("old").text == "An old text."
        store.add_articles([Article(id="new", text=BODY, byline=["Jane Doe", "John Roe"])])
        assert store.get_article("new").byline == ["Jane Doe", "John Roe"]
    conn = sqlite3.connect(path)
    assert dict(conn.execute("SELECT id, byline FROM articles").fetchall()) == {"old": None, "new": "Jane Doe; John Roe"}
    conn.execute("DELETE FROM schema_version WHERE version = ?", (len(MIGRATIONS),))  # the last migration again
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() == len(MIGRATIONS) and store.count_articles() == 2


def test_byline_shown_escaped_in_the_html_report():
    from parallax.report.html import render_report

    arts = [
        {"id": i, "outlet": o, "title": "T", "url": None, "published": None, "language": "en", "dateline": None,
         "text": BODY, "boilerplate_removed": [], "byline": ["<script>alert(1)</script> Doe"]}
        for i, o in (("a", "One"), ("b", "Two"))
    ]
    comparison = {"schema": "parallax.comparison/2", "articles": arts, "facts": [], "quotes": [], "entities": [], "times": [], "summary": {}}
    page = render_report(comparison)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Doe" in page and "<script>alert(1)" not in page


# ------------------------------------------------------------------ c. WARC records that hold no article

WARC_PAGE = "<html><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{b}</p><p>{b}</p></article></body></html>"


def _warc_with_skips() -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

    def response(url: str, status: str, ctype: str, body: bytes, extra=()) -> None:
        http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body))), *extra], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

    page = WARC_PAGE.format(t="Dam opens", b=BODY).encode()
    response("https://d.example/dam", "200 OK", "text/html", page)
    response("https://d.example/gone", "404 Not Found", "text/html", page)
    response("https://d.example/old", "301 Moved Permanently", "text/html", b"moved", [("Location", "https://d.example/dam")])
    response("https://d.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    writer.write_record(
        writer.create_warc_record("https://d.example/dam", "revisit", payload=io.BytesIO(b""), warc_headers_dict={
            "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"})
    )
    return buf.getvalue()


def test_warc_skipped_records_reported_in_one_line(tmp_path, caplog):
    import logging

    from parallax.ingest import load_paths

    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_with_skips())
    with caplog.at_level(logging.WARNING, logger="parallax.ingest.warc"):
        arts = list(load_paths([path]))
    assert [a.title for a in arts] == ["Dam opens"]
    [line] = [r.getMessage() for r in caplog.records if r.name == "parallax.ingest.warc"]
    assert line.startswith(f"{path}: 5 of 6 records held no article (")
    for reason in ("warcinfo record: 1", "HTTP 404: 1", "redirect: 1", "not HTML or text: 1", "revisit record: 1"):
        assert reason in line


def test_warc_skips_change_no_exit_status(tmp_path):
    from typer.testing import CliRunner

    from parallax.cli import (
        app,
        commands,  # noqa: F401
    )

    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_with_skips())
    result = CliRunner().invoke(app, ["ingest", str(path), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------ d. wire trailers

TWO = "The dam opened on Monday after ten years of work, officials said.\n\nIt cost three billion dollars, the ministry said."


@pytest.mark.parametrize(
    "trailer",
    [
        "(Reporting by Jane Doe; Editing by John Roe)",
        "(Reporting by Jane Doe in Kyiv; Writing by Ann Lee; Editing by John Roe and Tim Fox)",
        "(Berichterstattung: Jane Doe, redigiert von John Roe)",
        "(Reportage Jane Doe; Édité par John Roe)",
        "(Rédaction Jean Roy, édité par Anne Roux)",
        "(Reportaje de Ana Gil; Editado en español por Juan Roe)",
        "(Reportagem de Ana Gil)",
    ],
)
@pytest.mark.parametrize("joint", ["\n\n", "\n", " "])
def test_wire_trailer_dropped_on_its_line_or_run_on(trailer, joint):
    from parallax.ingest.text import article_from_text

    art = article_from_text(TWO + joint + trailer, "x", "x.txt", title="Dam opens")
    assert art.text.endswith("It cost three billion dollars, the ministry said."), art.text
    assert trailer in art.boilerplate_removed


def test_wire_trailer_dropped_from_a_jsonl_text():
    rec = {"text": TWO + " (Reporting by Jane Doe; Editing by John Roe)", "title": "Dam opens"}
    assert "Reporting" not in article_from_record(rec, "s", "d").text


@pytest.mark.parametrize(
    "kept",
    [
        "(Reporting by Reuters showed a drop in output.)",
        "(The ministry did not say how many homes.)",
        "(Editing the budget took by far the longest, officials said)",
    ],
)
def test_bracketed_sentences_are_no_trailer(kept):
    from parallax.ingest.text import article_from_text

    assert kept in article_from_text(TWO + " " + kept, "x", "x.txt", title="Dam opens").text


# ------------------------------------------------------------------ b. a stored text read again with corrected metadata


def test_reread_with_corrected_title_and_time_updates_the_record(tmp_path):
    first = Article(id="w-1", text=BODY, url="https://w.example/1", outlet="Wire", title="Dam opns", published="2026-01-05",
                    content_hash=content_hash(BODY), analyzed=True, analyzed_by="stamp")
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([first])
        assert store.stale_ids("stamp") == []
        again = Article(id="w-1", text=BODY, url="https://w.example/1", outlet="Wire", title="Dam opens",
                        published="2026-01-05T09:30:00+01:00", byline=["Jane Doe"], content_hash=content_hash(BODY))
        assert store.add_articles([again]) == []  # no second copy ...
        held = store.get_article("w-1")
        assert (held.title, held.published, held.byline) == ("Dam opens", "2026-01-05T09:30:00+01:00", ["Jane Doe"])
        assert held.text == BODY and store.count_articles() == 1
        assert store.stale_ids("stamp") == ["w-1"]  # ... its dates are resolved again against the new time
        # a re-read that gives less (no title) erases nothing, and the same values change nothing
        assert store.correct_metadata(Article(id="w-1", text=BODY, url="https://w.example/1", outlet="Wire")) == []
        assert store.get_article("w-1").title == "Dam opens"


def test_another_source_is_no_correction(tmp_path):
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([Article(id="a", text=BODY, outlet="Wire", title="One", content_hash=content_hash(BODY))])
        other = Article(id="b", text=BODY, outlet="Other Paper", title="Two", content_hash=content_hash(BODY))
        assert store.correct_metadata(other) == []
        assert store.get_article("a").title == "One"


def test_title_loses_bidi_overrides_as_the_text_does():
    rec = {"text": BODY, "title": "Korvel dam \u202eopens\u202c & co\u200b", "byline": "Ann \u202eLee"}
    art = article_from_record(rec, "s", "d")
    assert art.title == "Korvel dam opens & co" and art.byline == ["Ann Lee"]
    [atom] = read_feed(ATOM.replace(b"<title>T</title>", "<title>T\u202eX</title>".encode()), "w.atom", "w", Options())
    assert atom.title == "TX"
