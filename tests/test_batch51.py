"""batch51: a new user's sweep over the command line, the JSON outputs, the store and the web app.

1. A page, feed item or WARC record over the article length limit in many paragraphs is refused before the
   extraction walks its tree (a 19 MB item of 250,000 paragraphs ran for over five minutes before it was refused).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import warc_response

# ------------------------------------------------------------------ 1. a page over the limit, refused before extraction

_PARAGRAPH = "The minister said on Monday that the talks would resume in June after a pause."


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>{_PARAGRAPH} {n}</p>" for n in range(paragraphs))
    return f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1>{body}</article></body></html>"


def _rss(html: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title>'
        f"<link>https://example.com/news/talks</link><description><![CDATA[{html}]]></description></item></channel></rss>"
    ).encode()


def _inputs(paragraphs: int) -> dict[str, bytes]:
    page = _page(paragraphs)
    inner = page.split("<article>", 1)[1].split("</article>", 1)[0]
    return {
        "long.html": page.encode(),
        "long-html.jsonl": (json.dumps({"id": "h", "html": page}) + "\n").encode(),
        "long.warc": warc_response(page),
        "long.rss": _rss(inner),
    }


_NAMES = ["long.html", "long-html.jsonl", "long.warc", "long.rss"]


@pytest.mark.parametrize("name", _NAMES)
def test_a_page_of_many_paragraphs_over_the_limit_is_refused_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    import parallax
    import parallax.ingest.extract as extract
    from parallax.errors import InputError

    def walked(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the page's tree was walked before its length was checked")

    monkeypatch.setattr(extract, "main_text", walked)
    path = tmp_path / name
    path.write_bytes(_inputs(400)[name])  # about 33,000 characters of text in 400 paragraphs
    with pytest.raises(InputError, match="longer than the limit of 10,000 characters"):
        parallax.load(path, max_text_chars=10_000)


@pytest.mark.parametrize("name", _NAMES)
def test_a_page_under_the_limit_still_reads(tmp_path: Path, name: str) -> None:
    import parallax

    path = tmp_path / name
    path.write_bytes(_inputs(60)[name])  # about 5,000 characters of text
    (article,) = parallax.load(path, max_text_chars=10_000)
    assert "talks would resume in June" in article.text


# ------------------------------------------------------------------ 2. a store another writer holds locked

_STORY = (
    "Energy ministers of five Baltic states signed a pact in Tallinn on Tuesday to protect undersea cables.\n\n"
    '"We cannot protect what we cannot see," said Anna Lindqvist, the Swedish minister.\n'
)


def test_a_store_locked_by_another_writer_is_one_clear_line(tmp_path: Path) -> None:
    """Another program (a second run, a database browser) holds the store's write lock past the wait (10 s): the run
    stops with exit status 2 and one line saying the store is locked, not a sqlite3 traceback, and the store reads
    afterwards with nothing half-written."""
    import sqlite3

    from parallax.store import open_store
    from tests.conftest import cli

    (tmp_path / "pact.txt").write_text(_STORY, encoding="utf-8")
    store = tmp_path / "s.sqlite"
    args = ("--store", store, "--out", tmp_path / "out", "--published", "2026-11-30", "--embedder", "hashing", "--no-html")
    with open_store(store):
        pass  # a migrated, empty store
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = cli("run", tmp_path / "pact.txt", *args)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2, err
    assert "Traceback" not in err and "locked" in err and len(err.strip().splitlines()) <= 2, err
    with open_store(store) as db:
        assert db.integrity_check() == [] and db.count_articles() == 0
    code, _, err = cli("run", tmp_path / "pact.txt", *args)  # once the other writer is done, the run completes
    assert code == 0, err
    with open_store(store) as db:
        assert db.count_articles() == 1


# ------------------------------------------------------------------ 3. a run interrupted with Ctrl-C


def test_an_interrupted_run_says_so_and_a_rerun_completes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (SIGINT) in the middle of the batches: exit status 130 with a line saying the run was interrupted and
    that what was committed stays (typer turned the interrupt into a silent exit 130: the user saw nothing), the
    store reads, and the same command run again completes with every article stored once."""
    from parallax.store import open_store
    from parallax.store.articles import ArticleTables
    from tests.conftest import cli

    folder = tmp_path / "in"
    folder.mkdir()
    for n, place in enumerate(["Tallinn", "Riga", "Vilnius", "Helsinki"]):
        (folder / f"{n}.txt").write_text(_STORY.replace("Tallinn", place), encoding="utf-8")
    store = tmp_path / "s.sqlite"
    args = ("--store", store, "--out", tmp_path / "out", "--published", "2026-11-30", "--embedder", "hashing", "--no-html", "--batch", "1")
    add = ArticleTables.add_articles
    calls = []

    def interrupted(self, *a, **k):  # the second batch is where the user presses Ctrl-C
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return add(self, *a, **k)

    monkeypatch.setattr(ArticleTables, "add_articles", interrupted)
    code, _, err = cli("run", folder, *args)
    assert code == 130, err
    assert "interrupted" in err and "Traceback" not in err, err
    with open_store(store) as db:
        assert db.integrity_check() == [] and db.count_articles() == 1
    monkeypatch.setattr(ArticleTables, "add_articles", add)
    code, _, err = cli("run", folder, *args)
    assert code == 0, err
    with open_store(store) as db:
        ids = [a.id for a in db.iter_articles()]
    assert sorted(ids) == ["0", "1", "2", "3"]


# ------------------------------------------------------------------ 4. the web app over a locked store


def test_the_web_app_answers_503_while_another_writer_holds_the_store(tmp_path: Path) -> None:
    """An upload while a `parallax run` (or a database tool) holds the store's write lock past the wait: 503 with the
    reason, on the API (JSON) and the form (a page), not a bare 500; pages that only read keep answering."""
    import sqlite3
    import warnings

    from parallax.config import Options
    from parallax.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    store = tmp_path / "store.sqlite"
    app = create_app(store, options=Options(embedder="hashing"))
    record = {"id": "pact", "outlet": "Wire", "published": "2026-11-30T10:00:00+00:00", "text": _STORY}
    with TestClient(app, base_url="http://127.0.0.1:8000", raise_server_exceptions=False) as client:
        holder = sqlite3.connect(store, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            api = client.post("/api/articles", json={"articles": [record]})
            assert client.get("/").status_code == 200
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert api.status_code == 503 and "locked" in api.json()["detail"], api.text
        assert client.post("/api/articles", json={"articles": [record]}).status_code == 201


# ------------------------------------------------------------------ 5. a feed item over the limit, refused before feedparser


def _feed(*bodies: str, atom: bool = False) -> bytes:
    if atom:
        entries = "".join(
            f"<entry><id>tag:wire,2026:{n}</id><title>Talks {n}</title><updated>2026-11-30T10:00:00Z</updated>"
            f'<content type="html"><![CDATA[{body}]]></content></entry>'
            for n, body in enumerate(bodies)
        )
        return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>{entries}</feed>'.encode()
    items = "".join(
        f"<item><title>Talks {n}</title><link>https://example.com/news/{n}</link><description>Talks resume.</description>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        for n, body in enumerate(bodies)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Wire</title>{items}</channel></rss>"
    ).encode()


def _body(paragraphs: int) -> str:
    return "".join(f"<p>{_PARAGRAPH} {n}</p>" for n in range(paragraphs))


@pytest.mark.parametrize("atom", [False, True])
def test_a_feed_item_over_the_limit_is_refused_before_the_feed_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atom: bool
) -> None:
    """feedparser's HTML sanitiser took 20 s of a 19 MB item's 28 (on a loaded machine) before the item's length
    was checked: the item is measured in the safety pass's terms (lxml, in C) first, and named by its number."""
    import feedparser

    import parallax
    from parallax.errors import InputError

    def parsed(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the feed went to feedparser before its items' lengths were checked")

    monkeypatch.setattr(feedparser, "parse", parsed)
    path = tmp_path / "wire.rss"
    path.write_bytes(_feed(_body(5), _body(400), atom=atom))
    with pytest.raises(InputError, match=r"wire\.rss:item 2: article text longer than the limit of 10,000 characters"):
        parallax.load(path, max_text_chars=10_000)


def test_with_skip_bad_the_other_items_of_the_feed_still_read(tmp_path: Path) -> None:
    import parallax

    path = tmp_path / "wire.rss"
    path.write_bytes(_feed(_body(5), _body(400)))
    (article,) = parallax.load(path, max_text_chars=10_000, skip_bad=True)
    assert article.title == "Talks 0"
    assert len(parallax.load(path, max_text_chars=50_000)) == 2
