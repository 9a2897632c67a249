"""The time the store writes into its rows (``added_at``, ``applied_at``, ``updated_at``).

One helper for every table, so all stamps read alike: UTC to the second in
ISO 8601, which sorts as text in SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import UTC, datetime


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
