"""WARC and RSS/Atom readers: articles and metadata, damaged input, hostile XML.

Every input is built here at test time (warcio's writer for WARCs, inline
strings for feeds), so no binary fixtures are committed.
"""

from __future__ import annotations

import gzip
import io
import time
import tracemalloc
from pathlib import Path

import pytest

import parallax.ingest.feed  # noqa: F401  registers the readers even before __init__ imports them
import parallax.ingest.warc  # noqa: F401
from parallax.errors import InputError
from parallax.ingest import load_paths
from parallax.ingest.feed import feed_time, html_to_text, safe_id
from parallax.ingest.warc import url_id
from tests.conftest import cli_process

ROOT = Path(__file__).resolve().parents[1]

PARAS_A = [
    "The energy ministers of five Baltic states signed a pact on Tuesday to protect undersea cables and pipelines.",
    '"We will watch every metre of this cable," Estonian Energy Minister Karl Tamm said in Tallinn on Tuesday.',
    "The agreement commits 40 patrol vessels to the Baltic Sea and takes effect in June, officials said.",
]
PARAS_B = [
    "Dockworkers in Rotterdam ended a three-day strike on Friday after the port authority raised wages by 6 percent.",
    "The union said the deal covers 8,000 workers and runs until the end of 2027, according to a statement.",
    "Shipping lines had diverted at least 30 vessels to Antwerp and Hamburg during the walkout, the authority said.",
]


def page(title: str, paras: list[str], published: str | None = None, outlet: str = "Harbor Times") -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!doctype html><html lang="en"><head><title>{title} | {outlet}</title>'
        f'<meta property="og:site_name" content="{outlet}">{meta}</head><body>'
        f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>© 2026 {outlet}. All rights reserved.</footer></body></html>"
    ).encode()


# ------------------------------------------------------------------ WARC


def build_warc(gzip_records: bool = False) -> bytes:
    """Two article pages, an image, a 404, a request and a warcinfo record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

    def response(url: str, status: str, ctype: str, body: bytes, date: str) -> None:
        http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        rec.rec_headers.replace_header("WARC-Date", date)
        writer.write_record(rec)

    req = StatusAndHeaders("GET /world/cable-pact HTTP/1.1", [("Host", "harbor.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record("https://harbor.example/world/cable-pact", "request", payload=io.BytesIO(b""), http_headers=req)
    )
    response(
        "https://www.harbor.example/world/2026/03/cable-pact.html",
        "200 OK",
        "text/html; charset=utf-8",
        page("Ministers sign cable pact", PARAS_A, published="2026-03-04T06:30:00+00:00"),
        "2026-03-05T10:00:00Z",
    )
    response("https://harbor.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "2026-03-05T10:00:01Z")
    response("https://harbor.example/missing", "404 Not Found", "text/html", page("Not found", PARAS_A), "2026-03-05T10:00:02Z")
    response(
        "https://port.example/news/strike-ends?id=7",
        "200 OK",
        "text/html",
        page("Rotterdam strike ends", PARAS_B, outlet="Port News"),  # no date in the page
        "2026-03-06T09:15:00Z",
    )
    return buf.getvalue()


def test_warc_articles_and_metadata(tmp_path):
    p = tmp_path / "crawl.warc"
    p.write_bytes(build_warc())
    arts = list(load_paths([p]))
    assert [a.title for a in arts] == ["Ministers sign cable pact", "Rotterdam strike ends"]
    a, b = arts
    assert a.url == "https://www.harbor.example/world/2026/03/cable-pact.html"
    assert a.id == "harbor.example-world-2026-03-cable-pact"
    assert a.published.startswith("2026-03-04T06:30")  # the page's own date wins over WARC-Date
    assert a.outlet == "Harbor Times" and "40 patrol vessels" in a.text and "Home" not in a.text
    assert a.source.startswith(f"{p}:record ")
    assert b.published == "2026-03-06T09:15:00+00:00"  # no date in the page: WARC-Date
    assert b.id.startswith("port.example-news-strike-ends-") and len(b.id) <= 80  # query string -> hashed suffix
    assert b.outlet == "Port News" and "8,000 workers" in b.text
    assert [x.id for x in load_paths([p])] == [a.id, b.id]  # ids are stable across runs


def test_warc_published_option_beats_warc_date(tmp_path):
    p = tmp_path / "crawl.warc"
    p.write_bytes(build_warc())
    arts = list(load_paths([p], default_published="2026-03-01"))
    assert [a.published[:10] for a in arts] == ["2026-03-04", "2026-03-01"]


@pytest.mark.parametrize("gzip_records", [True, False], ids=["per-record-gzip", "whole-file-gzip"])
def test_warc_gz(tmp_path, gzip_records):
    raw = build_warc(gzip_records=gzip_records)
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(raw if gzip_records else gzip.compress(raw))
    arts = list(load_paths([p]))
    assert [a.title for a in arts] == ["Ministers sign cable pact", "Rotterdam strike ends"]
    assert arts[0].id == "harbor.example-world-2026-03-cable-pact"


def test_gzipped_warc_without_gz_suffix(tmp_path):
    p = tmp_path / "crawl.warc"
    p.write_bytes(build_warc(gzip_records=True))
    assert len(list(load_paths([p]))) == 2


def test_not_a_warc_names_the_file(tmp_path):
    p = tmp_path / "junk.warc"
    p.write_bytes(b"this is not a web archive\n" * 10)
    with pytest.raises(InputError) as exc:
        list(load_paths([p]))
    assert str(p) in str(exc.value) and "not a WARC" in str(exc.value)


def _damage_second_article(data: bytes) -> bytes:
    """Shrink the Content-Length of the record holding the strike page."""
    at = data.index(b"WARC-Target-URI: https://port.example/news/strike-ends")
    start = data.rindex(b"WARC/1", 0, at)
    head_end = data.index(b"\r\n\r\n", start)
    head = data[start:head_end]
    old = head[head.index(b"Content-Length: ") :].split(b"\r\n")[0]
    new = b"Content-Length: " + str(int(old.split(b": ")[1]) - 50).encode()
    return data[:start] + head.replace(old, new) + data[head_end:]


def test_malformed_record_is_an_input_error_naming_record(tmp_path):
    p = tmp_path / "bad.warc"
    p.write_bytes(_damage_second_article(build_warc()))
    with pytest.raises(InputError) as exc:
        list(load_paths([p]))
    msg = str(exc.value)
    assert f"{p}:record 6 (offset " in msg and "Content-Length" in msg and "\n" not in msg


def test_malformed_record_skipped_and_rest_read(tmp_path):
    data = build_warc()
    bad = _damage_second_article(data) + data[data.index(b"WARC/1", 10) :]  # damage, then the records again
    p = tmp_path / "bad.warc"
    p.write_bytes(bad)
    skipped: list[InputError] = []
    arts = list(load_paths([p], skip_bad=True, on_skip=skipped.append))
    assert len(skipped) == 1 and ":record 6 " in str(skipped[0])
    # first page, then (after resync) the repeated page and strike page, numbered by load_paths
    assert [a.title for a in arts] == ["Ministers sign cable pact", "Ministers sign cable pact", "Rotterdam strike ends"]
    assert arts[1].id.endswith("~2")


def test_truncated_warc(tmp_path):
    data = build_warc()
    p = tmp_path / "cut.warc"
    p.write_bytes(data[: len(data) - 300])
    with pytest.raises(InputError, match=r"record 6 \(offset \d+\): truncated"):
        list(load_paths([p]))
    skipped: list[InputError] = []
    assert len(list(load_paths([p], skip_bad=True, on_skip=skipped.append))) == 1 and len(skipped) == 1


def test_garbage_http_status_line(tmp_path):
    data = build_warc().replace(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", b"XXXX/1.1 200 OK\r\nContent-Type: text/html\r\n", 1)
    p = tmp_path / "h.warc"
    p.write_bytes(data)
    with pytest.raises(InputError, match="malformed HTTP status line"):
        list(load_paths([p]))


def single_page_warc(body: bytes, headers: list[tuple[str, str]]) -> bytes:
    """A WARC with one 200 response whose HTTP body is stored exactly as given."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://a.example/p", "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def test_chunked_gzip_page(tmp_path):
    packed = gzip.compress(page("Ministers sign cable pact", PARAS_A))
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i : i + 100]), packed[i : i + 100]) for i in range(0, len(packed), 100)) + b"0\r\n\r\n"
    p = tmp_path / "c.warc"
    p.write_bytes(single_page_warc(chunked, [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]))
    [a] = load_paths([p])
    assert a.title == "Ministers sign cable pact" and "40 patrol vessels" in a.text


def test_compressed_page_bomb_and_corruption(tmp_path):
    bomb = gzip.compress(b"<html><body><p>" + b"a " * 2_000_000 + b"</p></body></html>")  # 4 MB from ~4 KB
    p = tmp_path / "bomb.warc"
    p.write_bytes(single_page_warc(bomb, [("Content-Encoding", "gzip")]))
    with pytest.raises(InputError, match=r"record 1 \(offset 0\): payload decompresses to more than the limit"):
        list(load_paths([p], max_file_bytes=1_000_000))
    corrupt = gzip.compress(page("Ministers sign cable pact", PARAS_A))
    corrupt = corrupt[:40] + bytes(200) + corrupt[240:]
    p.write_bytes(single_page_warc(corrupt, [("Content-Encoding", "gzip")]))
    with pytest.raises(InputError, match="corrupt gzip Content-Encoding"):
        list(load_paths([p]))


def test_warc_without_articles(tmp_path):
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "test"}))
    p = tmp_path / "empty.warc"
    p.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="no article pages"):
        list(load_paths([p]))


def test_url_ids():
    assert url_id("https://www.example.com/a/b-c.html") == "example.com-a-b-c"
    assert url_id("https://example.com/") == "example.com"
    assert url_id("not a url") is None
    long = url_id("https://example.com/" + "word-" * 40)
    assert len(long) <= 80 and long == url_id("https://example.com/" + "word-" * 40)
    assert url_id("https://e.com/p?id=1") != url_id("https://e.com/p?id=2")


# ------------------------------------------------------------------ feeds

LONG_HTML = "".join(f"<p>{p}</p>" for p in PARAS_A)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbor Times &amp; Co</title>
  <link>https://harbor.example/</link>
  <description>News</description>
  <item>
    <title>Ministers sign cable pact</title>
    <link>https://harbor.example/world/cable-pact</link>
    <guid isPermaLink="false">tag:harbor.example,2026:cable/1</guid>
    <pubDate>Wed, 04 Mar 2026 08:30:00 +0200</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[{LONG_HTML}<script>alert('pwned')</script>]]></content:encoded>
  </item>
  <item>
    <title>Rotterdam strike ends</title>
    <link>https://harbor.example/news/strike</link>
    <pubDate>Fri, 06 Mar 2026 12:00:00 GMT</pubDate>
    <description>&lt;p&gt;{PARAS_B[0]}&lt;/p&gt;&lt;script&gt;document.cookie&lt;/script&gt;&lt;p&gt;{PARAS_B[1]}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Nothing here</title>
    <link>https://harbor.example/empty</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Port News</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2026-03-06T18:30:02Z</updated>
  <entry>
    <title type="html">Rotterdam &lt;em&gt;strike&lt;/em&gt; ends</title>
    <link href="https://port.example/news/strike-ends"/>
    <id>https://port.example/news/strike-ends</id>
    <published>2026-03-06T09:15:00+01:00</published>
    <updated>2026-03-06T18:30:02Z</updated>
    <content type="html">{"".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAS_B)}</content>
  </entry>
  <entry>
    <title>Updated only</title>
    <id>tag:port.example,2026:2</id>
    <updated>2026-03-07T07:00:00Z</updated>
    <summary type="text">Plain summary text about the port reopening after the strike ended on Friday.</summary>
  </entry>
</feed>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_rss_items(tmp_path):
    p = write(tmp_path, "harbor.rss", RSS)
    skipped: list[InputError] = []
    a, b = load_paths([p], skip_bad=True, on_skip=skipped.append)
    assert a.title == "Ministers sign cable pact" and a.url == "https://harbor.example/world/cable-pact"
    assert a.outlet == "Harbor Times & Co" and a.id == "tag-harbor.example-2026-cable-1"
    assert a.published == "2026-03-04T08:30:00+02:00"  # the outlet's offset is kept
    assert "40 patrol vessels" in a.text and "Short teaser" not in a.text  # content:encoded wins
    assert b.published == "2026-03-06T12:00:00+00:00" and b.id == "harbor.example-news-strike"
    assert "8,000 workers" in b.text
    for art in (a, b):  # scripts are dropped with their content, never kept as markup
        assert "<" not in art.text and "alert" not in art.text and "document.cookie" not in art.text
    assert len(skipped) == 1 and str(skipped[0]).startswith(f"{p}:item 3: item has no text")


def test_rss_item_without_text_is_an_error(tmp_path):
    p = write(tmp_path, "harbor.xml", RSS)
    with pytest.raises(InputError, match=r"harbor\.xml:item 3: item has no text"):
        list(load_paths([p]))


def test_atom_entries(tmp_path):
    p = write(tmp_path, "port.atom", ATOM)
    a, b = load_paths([p])
    assert a.title == "Rotterdam strike ends" and a.outlet == "Port News"  # HTML title flattened
    assert a.published == "2026-03-06T09:15:00+01:00" and a.url == "https://port.example/news/strike-ends"
    assert a.id == "port.example-news-strike-ends" and "Antwerp and Hamburg" in a.text
    assert b.published == "2026-03-07T07:00:00+00:00"  # updated when there is no published
    assert b.id == "tag-port.example-2026-2" and b.text.startswith("Plain summary text")
    assert b.url is None  # feedparser offers the tag: id as a link; it is not a URL


def test_long_html_item_extracted_without_markup(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAS_A + PARAS_B)
    body += "<script>alert('pwned')</script><style>p {color: red}</style>"
    body += "<p>The post <a href='https://harbor.example/x'>Ministers sign</a> appeared first on Harbor Times.</p>"
    rss = RSS.replace(LONG_HTML, body, 1)
    p = write(tmp_path, "long.rss", rss)
    a, _ = load_paths([p], skip_bad=True, on_skip=lambda e: None)
    assert "Antwerp and Hamburg" in a.text and "40 patrol vessels" in a.text
    assert "<" not in a.text and "alert" not in a.text and "color" not in a.text
    assert "appeared first on" not in a.text and any("appeared first on" in r for r in a.boilerplate_removed)


def test_feed_default_published(tmp_path):
    rss = RSS.replace("<pubDate>Wed, 04 Mar 2026 08:30:00 +0200</pubDate>", "")
    p = write(tmp_path, "h.rss", rss)
    a, _ = load_paths([p], skip_bad=True, on_skip=lambda e: None, default_published="2026-03-01")
    assert a.published == "2026-03-01"


def test_rss1_rdf_latin1(tmp_path):
    rdf = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://z.example/"><title>Zeitung Süd</title><link>https://z.example/</link><description>d</description></channel>
<item rdf:about="https://z.example/a"><title>Minister tritt zurück</title><link>https://z.example/a</link>
<dc:date>2026-03-04T09:00:00+01:00</dc:date>
<description>Der Minister ist am Dienstag in München zurückgetreten, teilte die Regierung mit.</description></item>
</rdf:RDF>"""
    p = tmp_path / "z.rdf.xml"
    p.write_bytes(rdf.encode("latin-1"))
    [a] = load_paths([p])
    assert (a.outlet, a.title, a.published, a.id) == ("Zeitung Süd", "Minister tritt zurück", "2026-03-04T09:00:00+01:00", "z.example-a")
    assert "München" in a.text and a.language == "de"


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Bomb</title>
<item><title>Boom</title><description>&lol9;</description></item>
</channel></rss>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Leak</title>
<item><title>Leak</title><description>Here it comes: &xxe; and more text to make this an article.</description></item>
</channel></rss>
"""


def test_billion_laughs_refused_fast_and_small(tmp_path):
    p = write(tmp_path, "bomb.rss", BOMB)
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        with pytest.raises(InputError, match="XML entity declarations are not allowed") as exc:
            # a small read cap so that the file read buffer does not dominate the measurement
            list(load_paths([p], max_file_bytes=64 * 1024))
        elapsed = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(p) in str(exc.value)
    assert elapsed < 2 and peak < 2 * 1024 * 1024  # expanded, the bomb would be 3 GB


def test_external_entity_refused_without_leaking(tmp_path):
    p = write(tmp_path, "xxe.rss", XXE)
    skipped: list[InputError] = []
    arts = list(load_paths([p], skip_bad=True, on_skip=skipped.append))
    assert arts == [] and len(skipped) == 1
    msg = str(skipped[0])
    assert "entity declarations are not allowed" in msg and "root:" not in msg


def test_bare_doctype_refused(tmp_path):
    rss = RSS.replace('<rss version="2.0"', '<!DOCTYPE rss SYSTEM "http://attacker.example/x.dtd">\n<rss version="2.0"', 1)
    p = write(tmp_path, "d.rss", rss)
    with pytest.raises(InputError, match="document type declarations"):
        list(load_paths([p]))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>', "not an RSS or Atom feed"),
        ("<rss><channel><title>x</title>", "not well-formed XML"),
        ("", "empty input"),
        ('<rss version="2.0"><channel><title>Empty</title></channel></rss>', "feed has no items"),
    ],
)
def test_bad_feeds(tmp_path, content, reason):
    p = write(tmp_path, "f.xml", content)
    with pytest.raises(InputError, match=reason) as exc:
        list(load_paths([p]))
    assert str(p) in str(exc.value)


def test_helpers():
    assert html_to_text("<p>One <b>two</b></p><script>x()</script><p>Three<br>four</p>") == "One two\n\nThree four"
    assert feed_time("Tue, 03 Mar 2026 23:30:00 -0500") == "2026-03-03T23:30:00-05:00"
    assert feed_time("2026-03-03") == "2026-03-03" and feed_time("soon") is None
    assert safe_id("  ") is None and safe_id("12345") == "12345" and len(safe_id("x" * 500)) <= 80


# ------------------------------------------------------------------ CLI


@pytest.mark.slow
def test_cli_feed_and_bomb(tmp_path):
    good = write(tmp_path, "port.atom", ATOM)
    out = cli_process("ingest", str(good))
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.strip().splitlines()) == 2
    bomb = write(tmp_path, "bomb.rss", BOMB)
    out = cli_process("ingest", str(bomb))
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "entity declarations are not allowed" in lines[0]


@pytest.mark.slow
def test_cli_warc(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(build_warc(gzip_records=True))
    out = cli_process("ingest", str(p))
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.strip().splitlines()) == 2


def test_an_aggregator_feed_item_keeps_its_own_outlet(tmp_path):
    from parallax.config import Options
    from parallax.ingest import load_paths

    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Roundup</title>'
        '<item><title>Bridge shut</title><link>https://alpha.example/a</link><source url="https://alpha.example/rss">Alpha Daily</source>'
        "<description>The Drovna bridge was shut on Monday after inspectors found cracks in two piers.</description></item>"
        "<item><title>Bridge shut again</title><link>https://wire.example/b</link>"
        "<description>Inspectors closed the Drovna bridge on Monday after finding cracks in two of its piers.</description></item>"
        "</channel></rss>"
    )
    path = tmp_path / "wire.rss"
    path.write_text(rss, encoding="utf-8")
    assert [a.outlet for a in load_paths([str(path)], Options())] == ["Alpha Daily", "Wire Roundup"]
