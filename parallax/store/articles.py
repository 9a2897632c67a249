"""The store's article tables: the articles themselves, their analysis stamps
and their cached embeddings.

A mixin of :class:`parallax.store.Store`, kept apart so the store's plumbing
(connection, transactions, migrations) reads on its own; every method runs its
SQL through the store's ``_execute`` and ``transaction``, so it is portable
between SQLite and PostgreSQL like the rest (see :mod:`parallax.store.dialect`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

import numpy as np

from parallax.ingest.timeparse import published_ts
from parallax.records import Article
from parallax.store.clock import _now
from parallax.store.edits import note_moved_id, replace_edited, resolved_source

log = logging.getLogger("parallax.store")


def other_source(outlet: str | None, url: str | None, held_outlet: str | None, held_url: str | None) -> bool:
    """Whether a text read with ``outlet`` and ``url`` comes from another source than the stored copy
    of the same text: an outlet or address that both name and that differ.  A wire story republished
    word for word by two outlets is two publications (each outlet, address and time is a fact an analyst
    needs, and the earliest is the original), while the same page read from a feed and a crawl, or one
    copy without its outlet, is one."""
    return bool(outlet and held_outlet and outlet.strip().casefold() != held_outlet.strip().casefold()) or bool(
        url and held_url and url.strip() != held_url.strip()
    )


def copy_key(article: Article) -> str:
    """The key a word-for-word copy from another source is stored under: its text's hash with its source."""
    from parallax.ingest import content_hash

    return content_hash(f"{article.text}\x00{article.outlet or ''}\x00{article.url or ''}")


_ORDERS = {
    "published": "published_ts IS NULL, published_ts, id{collate}",  # undated last, as the clusterer sees them
    "added": "added_at, id{collate}",
    "id": "id{collate}",
}


class ArticleTables:
    """Articles (``articles``, ``article_analysis``) and embeddings (``article_vectors``)."""

    # ------------------------------------------------------------ articles

    def has_hash(self, content_hash: str) -> bool:
        return self._execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def storage_key(self, article: Article) -> str | None:
        """The key ``article`` is stored under: its text's hash for a new text; for a text stored from
        another source, the copy's own key (:func:`copy_key`); ``None`` where this copy is stored already."""
        row = self._execute("SELECT outlet, url FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone()
        if row is None:
            return article.content_hash
        if not other_source(article.outlet, article.url, row[0], row[1]):
            return None
        key = copy_key(article)
        if self.has_hash(key):
            return None
        # a copy that names less of its source than a stored copy ("Pacific Herald" with no address): the text's
        # other copies are read by their text's hash (rare: only a text stored from another source comes here)
        held = self._execute(
            "SELECT a.outlet, a.url FROM article_copies c JOIN articles a ON a.id = c.article_id WHERE c.text_hash = ?",
            (article.content_hash,),
        ).fetchall()
        return None if any(not other_source(article.outlet, article.url, o, u) for o, u in held) else key

    def fill_copy_index(self) -> None:
        """Index the copies a store held before it had ``article_copies`` (schema version 5): one pass over the
        stored texts, at the migration, so later runs never read the table by text."""
        from parallax.ingest import content_hash

        for article_id, text, key in self._execute("SELECT id, text, content_hash FROM articles").fetchall():
            if (text_hash := content_hash(text)) != key:
                self._execute(
                    "INSERT INTO article_copies (article_id, text_hash) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING",
                    (article_id, text_hash),
                )

    def add_articles(self, articles: Iterable[Article], edits: bool = False) -> list[Article]:
        """Store the articles whose text is new (by ``content_hash``), or that copy a stored text word
        for word from another source (:meth:`storage_key`), in one transaction and return them.  An id
        already used by a different text gets the hash appended, so both versions stay; with ``edits`` (``parallax
        run`` reading files again), one from the same input file is an edited file and replaces the stored version
        (:func:`.edits.replace_edited`).  Uploads to the web app keep both: two uploads named "article.html" are
        two articles."""
        added: list[Article] = []
        with self.transaction():
            for article in articles:
                if not article.content_hash:
                    from parallax.ingest import content_hash

                    article = replace(article, content_hash=content_hash(article.text))
                key = self.storage_key(article)
                if key is None:
                    self.correct_metadata(article)  # stored already: its corrected headline or time, if any
                    continue
                text_hash, article = article.content_hash, replace(article, content_hash=key)
                if edits:  # a file read now: its path resolved here names it from any folder (:func:`.edits.resolved_source`)
                    article = replace(article, source=resolved_source(article.source))
                held = self._execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
                if held and not (edits and replace_edited(self, article)):
                    new_id = f"{article.id}@{article.content_hash[:8]}"
                    log.warning("article id %s already stored with another text; storing this version as %s", article.id, new_id)
                    article = replace(article, id=new_id)
                elif not held and edits:
                    note_moved_id(self, article)  # an edited record whose id another input took in this run
                self._execute(
                    "INSERT INTO articles (id, content_hash, outlet, url, title, byline, published, published_ts, language, text,"
                    " record_json, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.content_hash,
                        article.outlet,
                        article.url,
                        article.title,
                        "; ".join(article.byline) or None,
                        article.published,
                        published_ts(article.published),
                        article.language,
                        article.text,
                        json.dumps(article.to_dict(), ensure_ascii=False),
                        _now(),
                    ),
                )
                if key != text_hash:  # a copy from another source: indexed by its text (:meth:`storage_key`)
                    self._execute("INSERT INTO article_copies (article_id, text_hash) VALUES (?, ?)", (article.id, text_hash))
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
                self._execute(
                    "UPDATE articles SET record_json = ? WHERE id = ?", (json.dumps(article.to_dict(), ensure_ascii=False), article.id)
                )
                self._stamp(article)

    def get_article(self, article_id: str) -> Article | None:
        row = self._execute("SELECT record_json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def iter_articles(
        self, order: str = "published", unclustered: bool = False, after: tuple[float, str] | None = None
    ) -> Iterator[Article]:
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
