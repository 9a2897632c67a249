"""The store's result tables: stories, comparisons and the clusterer's state.

A mixin of :class:`parallax.store.Store`, apart from the article tables
because these rows are rewritten by each clustering or comparison run while
articles are only ever added; the SQL is portable like the rest (see
:mod:`parallax.store.dialect`).
"""

from __future__ import annotations

import json
from typing import Any

from parallax.comparison_records import upgrade_comparison
from parallax.store.clock import _now


class ResultTables:
    """Stories (``stories``, ``story_articles``), comparisons and clustering state (``cluster_state``, ``cluster_snapshots``)."""

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

    def near_duplicates(self) -> set[str]:
        """The articles stored as a near-duplicate copy of another member of their story."""
        rows = self._execute("SELECT article_id FROM story_articles WHERE is_duplicate = 1").fetchall()
        return {r[0] for r in rows}

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
        """The story's saved comparison, read as the current schema (one saved as /1 has its conflicts' units
        moved out of their values, :func:`~parallax.comparison_records.upgrade_comparison`), or ``None``."""
        row = self._execute("SELECT json FROM comparisons WHERE story_id = ?", (story_id,)).fetchone()
        return upgrade_comparison(json.loads(row[0])) if row else None

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
