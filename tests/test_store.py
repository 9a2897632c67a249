"""The SQLite store: migrations, idempotence, WAL, integrity, transactions, durability."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from parallax.errors import InputError
from parallax.ingest import content_hash
from parallax.ingest.timeparse import published_ts
from parallax.records import Article, Entity
from parallax.store import StoreError, open_store
from parallax.store.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parents[1]


def art(ident: str, text: str, published: str | None = "2025-03-04", **kw) -> Article:
    return Article(id=ident, text=text, published=published, content_hash=content_hash(text), language="en", **kw)


def test_new_store_is_migrated_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.integrity_check() == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "stories", "story_articles", "comparisons", "cluster_state", "article_vectors"} <= tables


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add_articles([art("a", "Some text here.")])
        assert store.migrate() == len(MIGRATIONS)  # again: nothing to do
    with open_store(path) as store:  # reopen: nothing re-applied, data kept
        assert store.schema_version() == len(MIGRATIONS)
        assert store.count_articles() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)


def test_partially_migrated_store_is_brought_up_to_date(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM schema_version WHERE version = ?", (len(MIGRATIONS),))
    conn.commit()
    conn.close()
    with open_store(path) as store:  # re-applies the last migration harmlessly
        assert store.schema_version() == len(MIGRATIONS)
        assert store.integrity_check() == []


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (999, 'future')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_not_a_database_and_unknown_urls(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="not a Parallax store"):
        open_store(bogus)
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as err:
        open_store("postgresql://user:secret@127.0.0.1:9/db")  # nothing listens on port 9
    assert "secret" not in str(err.value)  # passwords never reach messages
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://x")
    with open_store(f"sqlite:///{tmp_path / 'url.db'}") as store:
        assert store.schema_version() == len(MIGRATIONS)


def test_add_articles_ignores_known_texts_and_keeps_the_full_record(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        a = art("a", "First text.", outlet="Wire", title="T", entities=[Entity("Elba", "LOC", 0, 4)])
        b = art("b", "Second text.")
        assert [x.id for x in store.add_articles([a, b])] == ["a", "b"]
        copy = art("a-copy", "First text.")
        assert store.add_articles([copy, b]) == []
        assert store.has_hash(a.content_hash) and not store.has_hash("nope")
        back = store.get_article("a")
        assert back.to_dict() == a.to_dict()  # analysis layers included
        assert store.get_article("missing") is None


def test_same_id_with_new_text_is_kept_under_a_derived_id(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add_articles([art("a", "Version one.")])
        [v2] = store.add_articles([art("a", "Version two, corrected.")])
        assert v2.id.startswith("a@") and store.get_article("a").text == "Version one."


def test_iter_articles_orders_by_publication_time_undated_last(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add_articles([
            art("late", "c", "2025-03-05T10:00:00+00:00"),
            art("undated", "d", None),
            art("early-tz", "b", "2025-03-05T09:00:00+02:00"),  # 07:00 UTC
            art("first", "a", "2025-03-04"),
        ])
        assert [a.id for a in store.iter_articles()] == ["first", "early-tz", "late", "undated"]
        assert [a.id for a in store.iter_articles("id")] == ["early-tz", "first", "late", "undated"]
        after = (published_ts("2025-03-05T09:00:00+02:00"), "early-tz")
        assert [a.id for a in store.iter_articles(after=after)] == ["late", "undated"]
        with pytest.raises(ValueError):
            list(store.iter_articles("random"))


def test_stories_comparisons_and_state_round_trip(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add_articles([art("a", "x"), art("b", "y"), art("c", "z")])
        stories = [
            {"id": "s-1", "title": "One", "articles": ["a", "b"], "closed": False, "first_published": "2025-03-04", "last_published": "2025-03-04"},
            {"id": "s-2", "title": "Two", "articles": ["c"], "closed": True, "first_published": None, "last_published": None},
        ]
        store.save_stories(stories, duplicate_of={"b": "a"})
        assert store.stories() == stories
        assert store.story_of("b") == "s-1"
        store.save_stories(stories[1:])  # replaces
        assert [s["id"] for s in store.stories()] == ["s-2"] and store.story_of("a") is None
        store.save_comparison("s-2", {"facts": [1]})
        store.save_comparison("s-2", {"facts": [1, 2]})
        assert store.comparison("s-2") == {"facts": [1, 2]} and store.comparison("s-9") is None
        rows = [("meta", "{}", None), ("story:s-2", '{"x": 1}', b"\x00\x01")]
        store.save_cluster_state(rows)
        assert store.cluster_state() == sorted(rows)
        assert store.integrity_check() == []


def test_foreign_keys_are_enforced(tmp_path):
    with open_store(tmp_path / "s.db") as store, pytest.raises(sqlite3.IntegrityError):
        store.save_stories([{"id": "s-1", "title": "x", "articles": ["no-such-article"]}])
    with open_store(tmp_path / "s.db") as store:
        assert store.stories() == []  # the failed write left nothing behind


def test_a_failed_transaction_leaves_nothing(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_articles([art("a", "x")])
            raise RuntimeError("crash in the middle")
        assert store.count_articles() == 0


@pytest.mark.slow
def test_committed_writes_survive_a_killed_process(tmp_path):
    path = tmp_path / "s.db"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from parallax.records import Article
        from parallax.store import open_store
        store = open_store({str(path)!r})
        store.add_articles([Article(id="a", text="kept", content_hash="h1")])
        store._conn.execute("BEGIN IMMEDIATE")
        store._conn.execute("INSERT INTO comparisons VALUES ('s', '{{}}', 'now')")
        os._exit(1)  # dies inside an open transaction, without closing
    """)
    subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    with open_store(path) as store:
        assert store.get_article("a").text == "kept"
        assert store.comparison("s") is None
        assert store.integrity_check() == []


def test_vectors_round_trip(tmp_path):
    import numpy as np

    with open_store(tmp_path / "s.db") as store:
        store.add_articles([art("a", "x"), art("b", "y")])
        v = np.arange(4, dtype=np.float32)
        store.save_vectors({"a": v, "b": v + 1}, "e5")
        assert set(store.vectors("e5")) == {"a", "b"}
        got = store.vectors("e5", ["b"])
        assert list(got) == ["b"] and np.array_equal(got["b"], v + 1)
        assert store.vectors("hashing") == {}


def test_analyses_made_by_other_code_are_found_and_replaced(tmp_path):
    """After an upgrade, the store says which stored analyses the new code would not make."""
    with open_store(tmp_path / "s.db") as store:
        store.add_articles([
            art("now", "One.", analyzed=True, analyzed_by="1.0+new"),
            art("old", "Two.", analyzed=True, analyzed_by="0.9+old"),
            art("never", "Three."),  # stored unanalysed (``parallax cluster``)
        ])
        assert sorted(store.stale_ids("1.0+new")) == ["never", "old"]
        fresh = store.get_article("old")
        fresh.analyzed_by = "1.0+new"
        fresh.entities = [Entity("Two", "MISC", 0, 3)]
        store.update_analyses([fresh])
        assert store.stale_ids("1.0+new") == ["never"]
        assert store.get_article("old").entities == [Entity("Two", "MISC", 0, 3)]
        assert store.count_articles() == 3 and store.integrity_check() == []


def test_a_store_from_before_analysis_stamps_counts_every_article_stale(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add_articles([art("a", "Some text.", analyzed=True, analyzed_by="0.1.0+x")])
    conn = sqlite3.connect(path)  # back to schema 3: no stamps table
    conn.execute("DROP TABLE article_analysis")
    conn.execute("DELETE FROM schema_version WHERE version >= 4")  # (and the copy index of version 5, after it)
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.stale_ids("0.1.0+x") == ["a"]
