"""The store: articles, stories, comparisons and clustering state, in one
SQLite file by default or in a shared PostgreSQL database.

Why a database and not a folder of JSON: a feed is clustered a batch at a
time, and each batch must see what earlier ones stored (which texts are
known, the open stories) and must land completely or not at all.  SQLite in
WAL mode gives that in one file with readers never blocked; every write
method runs in one transaction, so a crash loses nothing already committed.
The SQL is written once and kept portable (see :mod:`parallax.store.dialect`):
``postgresql://`` URLs open the same schema, migrations and methods on a
PostgreSQL server, for desks where several people or machines share a store.

Usage::

    with open_store("news.db") as store:
        new = store.add_articles(articles)
        ...
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from parallax.errors import InputError, ParallaxError
from parallax.ingest.timeparse import published_ts
from parallax.records import Article
from parallax.store.dialect import POSTGRES, SQLITE, Dialect
from parallax.store.schema import MIGRATIONS, SCHEMA_VERSION_TABLE, statements

__all__ = ["Store", "StoreError", "open_store", "redact"]

log = logging.getLogger("parallax.store")

_ORDERS = {
    "published": "published_ts IS NULL, published_ts, id{collate}",  # undated last, as the clusterer sees them
    "added": "added_at, id{collate}",
    "id": "id{collate}",
}


class StoreError(ParallaxError):
    """A store that cannot be opened or used (unknown URL, newer schema, not a store)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One open store.  Not shared between threads; open one per worker."""

    def __init__(self, conn: Any, dialect: Dialect, location: str) -> None:
        self._conn = conn
        self.dialect = dialect
        self.location = location
        self._depth = 0
        for stmt in dialect.setup:
            conn.execute(stmt)
        self.migrate()

    # ------------------------------------------------------------ plumbing

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _execute(self, query: str, params: Iterable[Any] = ()):
        return self._conn.execute(self.dialect.sql(query), tuple(params))

    def _executemany(self, query: str, rows: Iterable[Iterable[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            self._conn.cursor().executemany(self.dialect.sql(query), rows)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside commit together or not at all (nesting joins the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        for stmt in self.dialect.begin:
            self._conn.execute(stmt)
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    # ------------------------------------------------------------ schema

    def schema_version(self) -> int:
        row = self._execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> int:
        """Apply the migrations this store lacks, each in its own transaction;
        returns the version reached."""
        if self._execute(self.dialect.table_exists, ("schema_version",)).fetchone() is not None:
            current = self.schema_version()
            if current == len(MIGRATIONS):
                return current  # up to date: no write lock taken, so readers never wait for a writer
        with self.transaction():
            self._execute(SCHEMA_VERSION_TABLE)
        current = self.schema_version()
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.location}: store schema version {current} is newer than this Parallax understands ({len(MIGRATIONS)})")
        for version, migration in enumerate(MIGRATIONS, 1):
            if version <= current:
                continue
            with self.transaction():
                for stmt in statements(migration, self.dialect.types):
                    self._execute(stmt)
                self._execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING", (version, _now()))
        return self.schema_version()

    def integrity_check(self) -> list[str]:
        """Problems found by the database's own checks (empty when healthy)."""
        return self.dialect.integrity(self._conn) if self.dialect.integrity else []

    # ------------------------------------------------------------ articles

    def has_hash(self, content_hash: str) -> bool:
        return self._execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def add_articles(self, articles: Iterable[Article]) -> list[Article]:
        """Store the articles whose text is new (by ``content_hash``) in one
        transaction and return them.  An id already used by a different text
        (an edited article) gets the hash appended, so both versions stay."""
        added: list[Article] = []
        with self.transaction():
            for article in articles:
                if not article.content_hash:
                    from parallax.ingest import content_hash

                    article = replace(article, content_hash=content_hash(article.text))
                if self.has_hash(article.content_hash):
                    continue
                if self._execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    new_id = f"{article.id}@{article.content_hash[:8]}"
                    log.warning("article id %s already stored with another text; storing this version as %s", article.id, new_id)
                    article = replace(article, id=new_id)
                self._execute(
                    "INSERT INTO articles (id, content_hash, outlet, url, title, published, published_ts, language, text, record_json, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.id, article.content_hash, article.outlet, article.url, article.title, article.published,
                     published_ts(article.published), article.language, article.text,
                     json.dumps(article.to_dict(), ensure_ascii=False), _now()),
                )
                self._stamp(article)
                added.append(article)
        return added

    def _stamp(self, article: Article) -> None:
        if article.analyzed and article.analyzed_by:
            self._execute(
                "INSERT INTO article_analysis (article_id, analyzed_by) VALUES (?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET analyzed_by = excluded.analyzed_by",
                (article.id, article.analyzed_by),
            )

    def stale_ids(self, stamp: str) -> list[str]:
        """Ids of the stored articles whose analysis was not made under ``stamp``
        (by older code or models, or not analysed at all), oldest added first."""
        rows = self._execute(
            "SELECT a.id FROM articles a LEFT JOIN article_analysis s ON s.article_id = a.id"
            " WHERE s.analyzed_by IS NULL OR s.analyzed_by <> ? ORDER BY a.added_at, a.id",
            (stamp,),
        ).fetchall()
        return [r[0] for r in rows]

    def update_analyses(self, articles: Iterable[Article]) -> None:
        """Replace the stored analysis of these (already stored) articles, in one transaction."""
        with self.transaction():
            for article in articles:
                self._execute("UPDATE articles SET record_json = ? WHERE id = ?", (json.dumps(article.to_dict(), ensure_ascii=False), article.id))
                self._stamp(article)

    def get_article(self, article_id: str) -> Article | None:
        row = self._execute("SELECT record_json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def iter_articles(self, order: str = "published", unclustered: bool = False, after: tuple[float, str] | None = None) -> Iterator[Article]:
        """Stored articles, streamed; ``order`` is ``published`` (undated last,
        ties by id), ``added`` or ``id``; ``unclustered`` keeps those in no story;
        ``after`` keeps the dated ones later than ``(published_ts, id)`` in
        publication order, and every undated one."""
        if order not in _ORDERS:
            raise ValueError(f"order must be one of {', '.join(_ORDERS)}")
        conditions, params = [], []
        if unclustered:
            conditions.append("NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = articles.id)")
        if after is not None:
            collate = self.dialect.binary_collate
            conditions.append(f"(published_ts IS NULL OR published_ts > ? OR (published_ts = ? AND id{collate} > ?{collate}))")
            params += [after[0], after[0], after[1]]
        where = " WHERE " + " AND ".join(conditions) if conditions else ""
        order_by = _ORDERS[order].format(collate=self.dialect.binary_collate)
        cursor = self._execute(f"SELECT record_json FROM articles{where} ORDER BY {order_by}", params)
        while rows := cursor.fetchmany(256):
            for (record,) in rows:
                yield Article.from_dict(json.loads(record))

    def count_articles(self) -> int:
        return int(self._execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # ------------------------------------------------------------ embeddings

    def vectors(self, model: str, ids: Iterable[str] | None = None) -> dict[str, np.ndarray]:
        """Cached embeddings under ``model`` by article id (all, or those of ``ids``)."""
        query = "SELECT article_id, vector FROM article_vectors WHERE model = ?"
        if ids is None:
            rows = self._execute(query, (model,)).fetchall()
        else:
            wanted, rows = list(ids), []
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows += self._execute(f"{query} AND article_id IN ({', '.join('?' * len(chunk))})", (model, *chunk)).fetchall()
        return {aid: np.frombuffer(blob, dtype=np.float32).copy() for aid, blob in rows}

    def save_vectors(self, vectors: dict[str, np.ndarray], model: str) -> None:
        with self.transaction():
            self._executemany(
                "INSERT INTO article_vectors (article_id, model, vector) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id, model) DO UPDATE SET vector = excluded.vector",
                ((aid, model, np.asarray(v, dtype=np.float32).tobytes()) for aid, v in sorted(vectors.items())),
            )

    # ------------------------------------------------------------ stories

    def save_stories(self, stories: list[dict[str, Any]], duplicate_of: dict[str, str] | None = None) -> None:
        """Replace the stored stories with ``stories`` (the ``stories`` list of a
        stories result); ``duplicate_of`` maps each near-duplicate to its original."""
        duplicate_of = duplicate_of or {}
        with self.transaction():
            self._execute("DELETE FROM stories")
            for pos, story in enumerate(stories):
                self._execute(
                    "INSERT INTO stories (id, position, title, first_published, last_published, closed, summary_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (story["id"], pos, story.get("title"), story.get("first_published"), story.get("last_published"),
                     int(bool(story.get("closed"))), json.dumps(story, ensure_ascii=False)),
                )
                self._executemany(
                    "INSERT INTO story_articles (story_id, article_id, position, is_duplicate, duplicate_of) VALUES (?, ?, ?, ?, ?)",
                    ((story["id"], aid, i, int(aid in duplicate_of), duplicate_of.get(aid)) for i, aid in enumerate(story["articles"])),
                )

    def stories(self) -> list[dict[str, Any]]:
        """The stored stories in their saved order, as saved."""
        rows = self._execute("SELECT summary_json FROM stories ORDER BY position").fetchall()
        return [json.loads(r[0]) for r in rows]

    def story_of(self, article_id: str) -> str | None:
        row = self._execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ comparisons

    def save_comparison(self, story_id: str, comparison: dict[str, Any]) -> None:
        with self.transaction():
            self._execute(
                "INSERT INTO comparisons (story_id, json, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (story_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at",
                (story_id, json.dumps(comparison, ensure_ascii=False), _now()),
            )

    def comparison(self, story_id: str) -> dict[str, Any] | None:
        row = self._execute("SELECT json FROM comparisons WHERE story_id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    # ------------------------------------------------------------ clustering state

    def cluster_state(self) -> list[tuple[str, str, bytes | None]]:
        """The clusterer's saved ``(key, json, blob)`` rows (empty if none)."""
        rows = self._execute("SELECT key, json, data FROM cluster_state ORDER BY key").fetchall()
        return [(k, j, bytes(b) if b is not None else None) for k, j, b in rows]

    def save_cluster_state(self, rows: list[tuple[str, str, bytes | None]]) -> None:
        with self.transaction():
            self._execute("DELETE FROM cluster_state")
            self._executemany("INSERT INTO cluster_state (key, json, data) VALUES (?, ?, ?)", rows)

    def snapshots(self) -> list[tuple[float, str]]:
        """Watermarks of the saved clusterer snapshots, oldest first."""
        rows = self._execute("SELECT DISTINCT watermark_ts, watermark_id FROM cluster_snapshots").fetchall()
        return sorted((float(ts), wid) for ts, wid in rows)  # Python's order, as the clusterer's

    def snapshot(self, watermark: tuple[float, str]) -> list[tuple[str, str, bytes | None]]:
        """The clusterer state rows saved at ``watermark``."""
        rows = self._execute(
            "SELECT key, json, data FROM cluster_snapshots WHERE watermark_ts = ? AND watermark_id = ? ORDER BY key", watermark
        ).fetchall()
        return [(k, j, bytes(b) if b is not None else None) for k, j, b in rows]

    def save_snapshot(self, watermark: tuple[float, str] | None, rows: list[tuple[str, str, bytes | None]], drop: list[tuple[float, str]] = ()) -> None:
        """Keep ``rows`` as the state at ``watermark`` (``None``: none) and remove the snapshots in ``drop``."""
        with self.transaction():
            for ts, wid in [*drop, *([watermark] if watermark else [])]:
                self._execute("DELETE FROM cluster_snapshots WHERE watermark_ts = ? AND watermark_id = ?", (ts, wid))
            if watermark is None:
                return
            self._executemany(
                "INSERT INTO cluster_snapshots (watermark_ts, watermark_id, key, json, data) VALUES (?, ?, ?, ?, ?)",
                ((watermark[0], watermark[1], k, j, b) for k, j, b in rows),
            )


def _connect_sqlite(path: str) -> sqlite3.Connection:
    if path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
        if path != ":memory:":
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                log.warning("%s: could not switch to WAL journal (got %s)", path, mode)
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"not a Parallax store ({exc})") from None
    return conn


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _open_postgres(url: str) -> Store:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency, but keep the message clear
        raise StoreError(f"{redact(url)}: the PostgreSQL store needs the psycopg package") from None
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StoreError(f"{redact(url)}: cannot connect to PostgreSQL ({str(exc).strip().splitlines()[0]})") from None
    try:
        return Store(conn, POSTGRES, redact(url))
    except BaseException:
        conn.close()
        raise


def open_store(path_or_url: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at a file path, a
    ``sqlite:///path`` URL or a ``postgresql://user:pass@host:port/db`` URL
    (the database must exist; Parallax creates its tables in it)."""
    location = str(path_or_url)
    if location.startswith(("postgresql://", "postgres://")):
        return _open_postgres(location)
    if location.startswith("sqlite:///"):  # sqlite:///relative.db, sqlite:////absolute.db
        location = location[len("sqlite:///"):]
    elif "://" in location:
        raise StoreError(f"{location}: unsupported store URL (use a file path or sqlite:///path)")
    conn = _connect_sqlite(location)
    try:
        return Store(conn, SQLITE, location)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise InputError(location, f"not a Parallax store ({exc})") from None
    except BaseException:
        conn.close()
        raise
