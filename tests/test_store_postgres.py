"""The PostgreSQL store against a real server: the same contract as SQLite,
several writers at once, and ``parallax run`` giving the same stories.

The session fixture starts a throwaway cluster (``initdb`` in a temporary
folder, loopback only); the tests skip where the server is not installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import psycopg
import pytest

from parallax.ingest import content_hash
from parallax.ingest.timeparse import published_ts
from parallax.records import Article, Entity
from parallax.store import open_store
from parallax.store.schema import MIGRATIONS

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[1]


def art(ident: str, text: str, published: str | None = "2025-03-04", **kw) -> Article:
    return Article(id=ident, text=text, published=published, content_hash=content_hash(text), language="en", **kw)


def test_migrations_run_once_and_are_idempotent(postgres_url):
    with open_store(postgres_url) as store:
        assert store.dialect.name == "postgresql"
        assert store.schema_version() == len(MIGRATIONS)
        store.add_articles([art("a", "Some text.")])
        assert store.migrate() == len(MIGRATIONS)
    with open_store(postgres_url) as store:
        assert store.count_articles() == 1 and store.integrity_check() == []
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
        types = dict(conn.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'article_vectors'").fetchall())
        assert types["vector"] == "bytea"


def test_articles_round_trip_dedup_and_order(postgres_url):
    with open_store(postgres_url) as store:
        a = art("a", "First text.", outlet="Wire", title="T", entities=[Entity("Elba", "LOC", 0, 4)])
        assert [x.id for x in store.add_articles([a, art("b", "Second.")])] == ["a", "b"]
        assert store.add_articles([art("a-copy", "First text.")]) == []
        [v2] = store.add_articles([art("a", "Edited first text.")])
        assert v2.id.startswith("a@")
        assert store.get_article("a").to_dict() == a.to_dict()
        store.add_articles([art("Zed", "z", "2025-03-05T09:00:00+02:00"), art("undated", "u", None)])
        # byte order for ties and ids, whatever the server's locale: as SQLite and Python sort
        assert [x.id for x in store.iter_articles("id")] == sorted(["a", "b", v2.id, "Zed", "undated"])
        assert [x.id for x in store.iter_articles()][-1] == "undated"
        # dated ones later than a (published_ts, id) watermark, and the undated ones
        assert [x.id for x in store.iter_articles(after=(published_ts("2025-03-04"), "a@"))] == [v2.id, "b", "Zed", "undated"]


def test_stale_analyses_are_found_and_replaced(postgres_url):
    with open_store(postgres_url) as store:
        store.add_articles([art("p1", "One.", analyzed=True, analyzed_by="new"), art("p2", "Two.", analyzed=True, analyzed_by="old")])
        assert set(store.stale_ids("new")) >= {"p2"} and "p1" not in store.stale_ids("new")
        fresh = store.get_article("p2")
        fresh.analyzed_by = "new"
        store.update_analyses([fresh])
        assert not {"p1", "p2"} & set(store.stale_ids("new"))


def test_stories_comparisons_state_and_vectors_round_trip(postgres_url):
    with open_store(postgres_url) as store:
        store.add_articles([art("a", "x"), art("b", "y"), art("c", "z")])
        stories = [
            {"id": "s-1", "title": "One", "articles": ["a", "b"], "closed": False},
            {"id": "s-2", "title": "Two", "articles": ["c"], "closed": True},
        ]
        store.save_stories(stories, duplicate_of={"b": "a"})
        assert store.stories() == stories and store.story_of("b") == "s-1"
        store.save_stories(stories[1:])
        assert store.story_of("a") is None
        store.save_comparison("s-2", {"facts": [1]})
        store.save_comparison("s-2", {"facts": [1, 2]})
        assert store.comparison("s-2") == {"facts": [1, 2]}
        rows = [("meta", "{}", None), ("story:s-2", '{"x": 1}', b"\x00\x01\xff")]
        store.save_cluster_state(rows)
        assert store.cluster_state() == sorted(rows)
        v = np.arange(4, dtype=np.float32)
        store.save_vectors({"a": v, "b": v + 1}, "e5")
        assert np.array_equal(store.vectors("e5", ["b"])["b"], v + 1)
        assert store.integrity_check() == []


def test_foreign_keys_and_failed_transactions_leave_nothing(postgres_url):
    with open_store(postgres_url) as store:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            store.save_stories([{"id": "s-1", "title": "x", "articles": ["no-such-article"]}])
        assert store.stories() == []
        with pytest.raises(RuntimeError), store.transaction():
            store.add_articles([art("a", "x")])
            raise RuntimeError("crash in the middle")
        assert store.count_articles() == 0
        store.add_articles([art("b", "y")])  # the connection is usable afterwards
        assert store.count_articles() == 1


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from parallax.ingest import content_hash
    from parallax.records import Article
    from parallax.store import open_store
    worker = int(sys.argv[1])
    with open_store({url!r}) as store:
        for batch in range(10):
            # every writer offers the same texts (ids differ): each text must be stored once
            texts = [f"shared text {{batch}}-{{i}}" for i in range(5)] + [f"own text {{worker}}-{{batch}}"]
            store.add_articles([Article(id=f"w{{worker}}-{{batch}}-{{i}}", text=t, content_hash=content_hash(t)) for i, t in enumerate(texts)])
""")


def test_several_writers_at_once_store_each_text_once(postgres_url):
    script = WRITER.format(root=str(ROOT), url=postgres_url)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(w)], stderr=subprocess.PIPE, text=True) for w in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with open_store(postgres_url) as store:
        assert store.count_articles() == 10 * 5 + 4 * 10
        hashes = [a.content_hash for a in store.iter_articles()]
        assert len(hashes) == len(set(hashes))
        assert store.integrity_check() == []


def _stories(out: Path) -> list[dict]:
    return [{k: s[k] for k in ("id", "title", "articles")} for s in json.loads((out / "stories.json").read_text())["stories"]]


@pytest.mark.slow
def test_run_on_postgres_gives_the_same_stories_as_sqlite(postgres_url, tmp_path):
    common = [sys.executable, "-m", "parallax", "run", str(ROOT / "examples" / "demo"), "--embedder", "hashing", "--no-html"]
    for name, store in (("sqlite", str(tmp_path / "s.sqlite")), ("pg", postgres_url)):
        done = subprocess.run([*common, "--store", store, "--out", str(tmp_path / name)], capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr
    assert _stories(tmp_path / "pg") == _stories(tmp_path / "sqlite")
    for path in sorted((tmp_path / "sqlite" / "stories").glob("*.json")):
        assert json.loads((tmp_path / "pg" / "stories" / path.name).read_text())["facts"] == json.loads(path.read_text())["facts"]
