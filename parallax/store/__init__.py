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

The tables are read and written by mixins, each in its own module:
:mod:`parallax.store.articles` (articles, analysis stamps, embeddings), :mod:`parallax.store.corrections`
(a stored text read again with corrected metadata) and
:mod:`parallax.store.results` (stories, comparisons, clustering state); the
SQL dialects are in :mod:`parallax.store.dialect`, the schema in
:mod:`parallax.store.schema`.  This module opens stores and holds the
plumbing (transactions, migrations).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from parallax.errors import InputError, ParallaxError
from parallax.store.articles import _ORDERS as _ORDERS
from parallax.store.articles import ArticleTables
from parallax.store.clock import _now as _now
from parallax.store.corrections import Corrections
from parallax.store.dialect import POSTGRES, SQLITE, Dialect
from parallax.store.results import ResultTables
from parallax.store.schema import COPY_INDEX_VERSION, MIGRATIONS, SCHEMA_VERSION_TABLE, statements

__all__ = ["Store", "StoreError", "open_store", "redact"]

log = logging.getLogger("parallax.store")
_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (IF NOT EXISTS )(\w+)", re.I)


class StoreError(ParallaxError):
    """A store that cannot be opened or used (unknown URL, newer schema, not a store)."""


class Store(ArticleTables, Corrections, ResultTables):
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
        try:
            for stmt in self.dialect.begin:
                self._conn.execute(stmt)
        except sqlite3.OperationalError as exc:  # another writer held the lock past the busy timeout (dialect.SQLITE)
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise StoreError(
                f"{self.location}: the store is locked: another program (a second parallax run, a database tool with a"
                " transaction open) has held its write lock for over 10 seconds; what is stored is kept, run again when it is done"
            ) from None
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
                    if (stmt := self._new_column(stmt)) is not None:
                        self._execute(stmt)
                if version == COPY_INDEX_VERSION:
                    self.fill_copy_index()
                self._execute(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING", (version, _now())
                )
        return self.schema_version()

    def _new_column(self, stmt: str) -> str | None:
        """``stmt``, or for an ``ALTER TABLE t ADD COLUMN IF NOT EXISTS c`` that SQLite cannot run as written, the
        statement without ``IF NOT EXISTS``, or ``None`` where the column is there already (a repeated migration)."""
        found = _ADD_COLUMN.match(stmt)
        if found is None or self.dialect.name != "sqlite":
            return stmt
        table, column = found.group(1), found.group(3)
        if any(row[1] == column for row in self._execute(f"PRAGMA table_info({table})").fetchall()):
            return None
        return stmt[: found.start(2)] + stmt[found.end(2) :]

    def integrity_check(self) -> list[str]:
        """Problems found by the database's own checks (empty when healthy)."""
        return self.dialect.integrity(self._conn) if self.dialect.integrity else []


def check_location(path_or_url: str | Path) -> None:
    """Raise :class:`InputError` for a SQLite store whose folder does not exist.  Never
    create the folders: a mistyped --store would silently start a new, empty store.
    Commands call this before any work, so a typo costs no ingest and writes no output."""
    location = str(path_or_url)
    if location.startswith("sqlite:///"):
        location = location[len("sqlite:///") :]
    if "://" in location or location == ":memory:":
        return
    if not Path(location).parent.is_dir():
        raise InputError(
            location, f"the folder {str(Path(location).parent)!r} does not exist (create it first; the store file itself is created)"
        )
    if Path(location).is_dir():  # SQLite says only "unable to open database file"
        raise InputError(location, "a folder, not a store file (give a file name inside it, e.g. news.sqlite)")
    if Path(location).is_file() and Path(location).stat().st_size:
        _refuse_foreign(location)


def _refuse_foreign(path: str) -> None:
    """Raise :class:`InputError` for a file that is no Parallax store (another program's database, or no database),
    read without writing: found before any work, not after the inputs were read."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            foreign = _foreign_tables(conn)
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return  # busy or locked by a writer, or its journal unreadable here: opening the store says what is wrong
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"not a Parallax store ({exc})") from None
    if foreign:
        raise InputError(path, _foreign_reason(foreign))


def _foreign_reason(foreign: list[str]) -> str:
    shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
    return f"not a Parallax store (a SQLite database of another program, with the tables {shown})"


def _foreign_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of a SQLite database that some other program made (no ``schema_version`` among them): a
    ``--store`` pointed at it by mistake must leave it as it was, where migrating would add Parallax's tables
    to it (and switching to WAL would change its journal).  Empty for a new file or a Parallax store."""
    names = [
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    ]
    return [] if "schema_version" in names else sorted(names)


def _connect_sqlite(path: str) -> sqlite3.Connection:
    check_location(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
        if foreign := _foreign_tables(conn):
            conn.close()
            raise InputError(path, _foreign_reason(foreign))
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
        location = location[len("sqlite:///") :]
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
