"""The little that differs between SQL databases, in one place.

Queries are written once with ``?`` placeholders and portable SQL
(``INSERT ... ON CONFLICT``, no ``INSERT OR IGNORE``); a :class:`Dialect`
rewrites the placeholders and supplies column types and connection set-up.
SQLite is the one implemented; PostgreSQL (psycopg, ``%s`` placeholders,
``BYTEA``) will be a second instance of the same class.
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
    begin: str = "BEGIN"  # statement that opens a write transaction
    setup: tuple[str, ...] = ()  # run once per connection
    integrity: Callable[[object], list[str]] | None = None

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
    begin="BEGIN IMMEDIATE",
    setup=("PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"),
    integrity=_sqlite_integrity,
)
