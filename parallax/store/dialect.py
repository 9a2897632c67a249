"""The little that differs between SQL databases, in one place.

Queries are written once with ``?`` placeholders and portable SQL
(``INSERT ... ON CONFLICT``, no ``INSERT OR IGNORE``); a :class:`Dialect`
rewrites the placeholders and supplies column types and connection set-up.
:data:`SQLITE` and :data:`POSTGRES` are the two instances.

Writers are serialised the same way on both: SQLite's ``BEGIN IMMEDIATE``
takes the database write lock, PostgreSQL takes one transaction-scoped
advisory lock.  Parallax writes in short batches, so one writer at a time
costs little, and it keeps "is this text new?" checks and story rewrites
race-free for several ``parallax run`` processes sharing one store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dialect:
    name: str
    placeholder: str  # what replaces each ``?``
    types: dict[str, str] = field(default_factory=dict)
    begin: tuple[str, ...] = ("BEGIN",)  # statements that open a write transaction
    setup: tuple[str, ...] = ()  # run once per connection
    integrity: Callable[[object], list[str]] | None = None
    table_exists: str = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    binary_collate: str = ""  # appended to ORDER BY text columns: byte order on every server, as in Python

    def sql(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)


def _sqlite_integrity(conn: sqlite3.Connection) -> list[str]:
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key: {row[0]} row {row[1]} -> {row[2]}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


SQLITE = Dialect(
    name="sqlite",
    placeholder="?",
    types={"blob": "BLOB", "real": "REAL"},
    # IMMEDIATE takes the write lock at the start, so two writers queue
    # instead of one failing half-way with "database is locked".
    begin=("BEGIN IMMEDIATE",),
    setup=("PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"),
    integrity=_sqlite_integrity,
)


# Any fixed 64-bit key works; this one spells "parallax" in ASCII.
WRITE_LOCK_KEY = 0x706172616C6C6178


def _postgres_integrity(conn) -> list[str]:
    """PostgreSQL keeps its own pages consistent (WAL, checksums if enabled);
    what can go wrong at Parallax's level is rows pointing nowhere."""
    checks = {
        "story_articles without article": "SELECT COUNT(*) FROM story_articles sa LEFT JOIN articles a ON a.id = sa.article_id WHERE a.id IS NULL",
        "story_articles without story": "SELECT COUNT(*) FROM story_articles sa LEFT JOIN stories s ON s.id = sa.story_id WHERE s.id IS NULL",
        "vectors without article": "SELECT COUNT(*) FROM article_vectors v LEFT JOIN articles a ON a.id = v.article_id WHERE a.id IS NULL",
    }
    problems = []
    for name, query in checks.items():
        count = conn.execute(query).fetchone()[0]
        if count:
            problems.append(f"{name}: {count} rows")
    return problems


POSTGRES = Dialect(
    name="postgresql",
    placeholder="%s",
    types={"blob": "BYTEA", "real": "DOUBLE PRECISION"},
    begin=("BEGIN", f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"),
    setup=("SET client_min_messages = warning",),
    binary_collate=' COLLATE "C"',
    table_exists="SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?",
    integrity=_postgres_integrity,
)
