"""Defects from the surf33 audit, mended by surf33b: feed and WARC uploads in the
web app, ``--store`` under a missing folder, and API errors naming the record.

Each test names the input that failed, what Parallax did before, and what it does now."""

from __future__ import annotations

import gzip
import warnings
from pathlib import Path

import pytest

from parallax.config import Options
from tests.test_readers_warc_feed import PARAS_A, PARAS_B, build_warc

HOSTILE = Path(__file__).resolve().parent / "hostile"
ORIGIN = {"Origin": "http://127.0.0.1:8000"}


def _feed() -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>https://news.example/{n}</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in paras)}]]></description></item>"
        for n, (title, paras) in enumerate([("Baltic cable pact signed", PARAS_A), ("Rotterdam strike ends", PARAS_B)], 1)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title>{items}</channel></rss>'.encode()


@pytest.fixture()
def client(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.web.app import create_app
    from parallax.web.uploads import Limits

    app = create_app(
        tmp_path / "store.sqlite",
        options=Options(embedder="hashing"),
        limits=Limits(max_files=3, max_file_bytes=200_000, max_request_bytes=2_000_000, max_articles=5),
    )
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as c:
        yield c


def _stored(client) -> int:
    return sum(len(s["articles"]) for s in client.get("/api/stories", params={"limit": 1000}).json()["stories"])


# ------------------------------------------------------------------ 1. feeds and WARCs upload


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("news.rss", _feed),
        ("news.xml.gz", lambda: gzip.compress(_feed())),
        ("crawl.warc", build_warc),
        ("crawl.warc.gz", lambda: build_warc(gzip_records=True)),
    ],
)
def test_feed_and_warc_uploads_add_their_articles(client, name, data):
    """Before: 415 "unsupported file type" for .rss/.atom/.xml/.warc though the CLI reads them;
    now one upload of a feed or a WARC adds each of its articles."""
    r = client.post("/add", files=[("files", (name, data(), "application/octet-stream"))], headers=ORIGIN)
    assert r.status_code == 200, r.text[:800]
    assert _stored(client) == 2


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("xxe.rss", "entity declarations are not allowed"),
        ("billion-laughs.rss", "entity declarations are not allowed"),
        ("not-a-warc.warc", "not a WARC file"),
        ("not-a-feed.xml", "not an RSS or Atom feed"),
    ],
)
def test_hostile_feed_and_warc_uploads_are_400_naming_file_and_reason(client, name, reason):
    """Before: 415 (never read); now read by the same readers and refused with a 400 naming the file and why."""
    r = client.post("/add", files=[("files", (f"../{name}", (HOSTILE / name).read_bytes(), "application/xml"))], headers=ORIGIN)
    assert r.status_code == 400 and name in r.text and reason in r.text and "/tmp/" not in r.text, r.text[:800]
    assert _stored(client) == 0


def test_feed_gzip_bomb_is_413(client):
    """A gzipped feed inflating past the upload limit is refused like any other gzip bomb."""
    bomb = gzip.compress(_feed()[:-16] + b" " * 400_000 + _feed()[-16:])
    r = client.post("/add", files=[("files", ("bomb.rss.gz", bomb, "application/gzip"))], headers=ORIGIN)
    assert r.status_code == 413 and "bomb.rss" in r.text and "once decompressed" in r.text


def test_upload_suffixes_follow_the_reader_registry():
    """The accepted suffixes are the CLI's readers', not a copy that falls behind."""
    from parallax.ingest import READERS
    from parallax.web.uploads import Limits, UploadError, safe_name, suffixes

    assert set(suffixes()) == set(READERS) and {".rss", ".atom", ".xml", ".warc"} <= set(suffixes())
    assert safe_name("My Feed.ATOM", 1) == "My-Feed.atom" and safe_name("c.warc.gz", 2) == "c.warc.gz"
    assert ".warc" in Limits().accept().split(",") and ".gz" in Limits().accept().split(",")
    with pytest.raises(UploadError) as err:
        safe_name("report.pdf", 3)
    assert err.value.status == 415 and ".rss" in str(err.value)


# ------------------------------------------------------------------ 2. --store under a missing folder


@pytest.mark.parametrize("command", ["run", "cluster", "serve"])
@pytest.mark.parametrize("prefix", ["", "sqlite:///"])
@pytest.mark.slow
def test_store_under_a_missing_folder_is_refused(tmp_path, command, prefix):
    """Before: ``--store /no/such/dir/x.sqlite`` created /no/such/dir and an empty store, so a typo
    started a new store; now one error line naming the path, exit status 2, and no folder made."""
    from tests.test_cli import run

    text = tmp_path / "a.txt"
    text.write_text("Heavy rain flooded Ellery on Monday, officials said.\n\nThe mayor said more rain is due.\n")
    store = tmp_path / "typo" / "deeper" / "x.sqlite"
    out = ["--out", str(tmp_path / "out")] if command == "run" else []
    args = [command] + ([] if command == "serve" else [str(text)]) + ["--store", prefix + str(store), "--embedder", "hashing", *out]
    result = run(*args)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(store) in lines[0] and "does not exist" in lines[0], result.stderr
    assert not (tmp_path / "typo").exists() and not (tmp_path / "out").exists()  # refused before any output is made


def test_store_file_in_an_existing_folder_is_still_created(tmp_path):
    from parallax.store import open_store

    with open_store(tmp_path / "new.sqlite"):
        pass
    assert (tmp_path / "new.sqlite").exists()


# ------------------------------------------------------------------ 3. API errors name the record

GOOD = "Ministers met in Riga on Monday to sign a pact protecting undersea cables.\n\nThe agreement takes effect in June, officials said."


@pytest.mark.parametrize(
    ("articles", "named"),
    [
        ([{"id": "riga-1", "text": GOOD, "published": "0000-01-01"}], "record 1 (id 'riga-1')"),
        ([{"text": GOOD, "published": "yesterday"}], "record 1"),
        ([{"id": "ok", "text": GOOD}, {"id": "bad", "html": "<script>x()</script>"}], "record 2 (id 'bad')"),
    ],
    ids=["one record with id", "one record without id", "second of two"],
)
def test_api_errors_name_the_record(client, articles, named):
    """Before: a bad single record was "pasted text:1" (and one of several "records:2"); now the
    record's place in the request and the id it was sent with.  Since session 34 each record is read
    alone: a bad one beside a good one is refused by name in ``refused`` and the good one is stored."""
    r = client.post("/api/articles", json={"articles": articles})
    good = len(articles) - 1
    assert r.status_code == (201 if good else 400), r.text
    [refused] = r.json()["refused"]
    detail = refused["error"]
    assert refused["input"] == named and refused["status"] == 400, refused
    assert detail.startswith(named + ":") and "pasted text" not in detail and "records:" not in detail, detail
    if not good:
        assert r.json()["detail"] == detail
    assert _stored(client) == good


def test_api_too_long_record_is_named(client):
    """Before: "<its title or 'pasted text'>: longer than ..."; now the record (refused alone since session 34)."""
    r = client.post("/api/articles", json={"articles": [{"id": "a", "text": GOOD}, {"title": "Big", "text": "word " * 120_000}]})
    assert r.status_code == 201, r.text[:300]
    [refused] = r.json()["refused"]
    assert refused["status"] == 413 and refused["error"].startswith("record 2: longer than"), refused
    r = client.post("/api/articles", json={"articles": [{"title": "Big", "text": "word " * 120_000}]})
    assert r.status_code == 413 and r.json()["detail"].startswith("record 1: longer than"), r.text[:300]


def test_form_paste_is_still_pasted_text(client):
    r = client.post("/add", data={"text": GOOD, "published": "0000-01-01"}, headers=ORIGIN)
    assert r.status_code == 400 and "pasted text: " in r.text and "pasted text:1" not in r.text, r.text[:800]


def test_record_label():
    from parallax.web.uploads import record_label

    assert record_label(3, {"id": "x"}, False) == "record 3 (id 'x')"
    assert record_label(3, {}, False) == "record 3"
    assert record_label(1, {"id": "x"}, True) == "pasted text"


# ------------------------------------------------------------------ 1b. the JSON API takes files too


def test_api_files_takes_feeds_and_warcs(client):
    """Before: the API took JSON records only, so a feed or WARC could not be added through it;
    now ``POST /api/files`` reads them like the form, answering JSON."""
    r = client.post("/api/files", files=[("files", ("news.rss", _feed(), "application/rss+xml"))], headers=ORIGIN)
    assert r.status_code == 201 and len(r.json()["added"]) == 2, r.text[:500]
    r = client.post("/api/files", files=[("files", ("crawl.warc", build_warc(), "application/warc"))], headers=ORIGIN)
    assert r.status_code == 201 and len(r.json()["added"]) + len(r.json()["duplicates"]) == 2, r.text[:500]


@pytest.mark.parametrize(
    ("name", "status", "said"), [("xxe.rss", 400, "entity declarations are not allowed"), ("unsupported.pdf", 415, "unsupported file type")]
)
def test_api_files_refusals_are_json_naming_the_file(client, name, status, said):
    r = client.post("/api/files", files=[("files", (name, (HOSTILE / name).read_bytes(), "application/octet-stream"))], headers=ORIGIN)
    assert r.status_code == status and r.json()["detail"].startswith(name) and said in r.json()["detail"], r.text[:500]
    assert _stored(client) == 0


def test_api_files_cross_origin_refused(client):
    r = client.post(
        "/api/files", files=[("files", ("news.rss", _feed(), "application/rss+xml"))], headers={"Origin": "http://evil.example"}
    )
    assert r.status_code == 403 and _stored(client) == 0
