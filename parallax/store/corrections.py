"""A stored text read again from its source: its corrected headline, publication time or byline.

A mixin of :class:`parallax.store.Store`.  A page re-crawled, a feed read again or a JSON record re-exported
often carries the same text with better metadata (a fixed headline, the real publication time); the store
takes each value that differs, with two guards and one consequence:

* a value the re-read lacks erases nothing, and a **weaker time** never replaces a better one: a WARC record's
  capture time or the user's ``--published`` (``Article.published_from``: "capture", "given") does not overwrite
  the time the page, the record or the feed item gave itself (``None``).  A crawl of a page whose date markup
  had moved gave the capture time, hours after the stored own time, and replaced it.  The same time read again
  from a better source records that source (``published_from``) and changes nothing else;
* a new time marks the analysis stale (its relative dates resolve against it);
* a new time also **moves the article in publication order**, which story grouping follows: its stories are
  regrouped.  The clusterer is rewound to the last snapshot before both the old and the new time (the later
  snapshots and the current state saw the article in its old place), and the articles after that snapshot
  lose their story membership, so the next grouping (``parallax run``, the web app) groups them again as it
  groups a late article (:mod:`parallax.stories.persist`); with no snapshot that early, the whole store is
  regrouped.  Every change drops the stored comparisons of the article's stories, so they are made again.
"""

from __future__ import annotations

import json
import logging

from parallax.ingest.timeparse import published_ts
from parallax.records import Article

log = logging.getLogger("parallax.store")

# how good a publication time is, by where it came from (Article.published_from); unknown sources rank as own.  A
# date guessed from a page's text (htmldate) is the page's own but less sure than its metadata's, and surer than the
# crawl's capture time or the user's --published for undated inputs
_TIME_RANK = {"capture": 1, "given": 1, "guessed": 2}
_OWN = 3


def time_rank(source: str | None) -> int:
    """How good a time from ``source`` is: the source's own (``None``) above a guess from its text, above a capture
    or given time."""
    return _TIME_RANK.get(source, _OWN) if source else _OWN


class Corrections:
    """:meth:`correct_metadata` and the regrouping a corrected time needs."""

    def correct_metadata(self, article: Article) -> list[str]:
        """Take the corrected metadata of a text this store holds from the same source (:meth:`storage_key` gave
        ``None``), as the module docstring says.  Returns what changed, one "field: old -> new" each (empty:
        nothing)."""
        held = self._held_copy(article)
        if held is None:
            return []
        stored = Article.from_dict(json.loads(held[1]))
        old_time = published_ts(stored.published)
        changes, fields = [], {"title": article.title, "published": article.published, "byline": article.byline}
        if article.published and stored.published and time_rank(article.published_from) < time_rank(stored.published_from):
            del fields["published"]  # a capture or given time never overwrites the source's own
        for name, value in fields.items():
            if value and value != getattr(stored, name):
                changes.append(f"{name}: {getattr(stored, name)!r} -> {value!r}")
                setattr(stored, name, value)
        if any(c.startswith("published:") for c in changes):
            stored.published_from = article.published_from
        elif article.published == stored.published and time_rank(article.published_from) > time_rank(stored.published_from):
            # the same time from a better source (the page's own metadata over a --published or capture time): the time
            # stands, but where it came from is now the better source, so a later weaker read no longer replaces it
            changes.append(f"published_from: {stored.published_from!r} -> {article.published_from!r}")
            stored.published_from = article.published_from
        if not changes:
            return []
        with self.transaction():
            self._execute(
                "UPDATE articles SET title = ?, published = ?, published_ts = ?, byline = ?, record_json = ? WHERE id = ?",
                (stored.title, stored.published, published_ts(stored.published), "; ".join(stored.byline) or None,
                 json.dumps(stored.to_dict(), ensure_ascii=False), stored.id),
            )
            if any(not c.startswith("published_from:") for c in changes):  # a comparison shows no time's source
                self._execute("DELETE FROM comparisons WHERE story_id IN (SELECT story_id FROM story_articles WHERE article_id = ?)", (stored.id,))
            if any(c.startswith("published:") for c in changes):
                self._execute("DELETE FROM article_analysis WHERE article_id = ?", (stored.id,))
                self._rewind_grouping(stored.id, old_time, published_ts(stored.published))
        log.warning("article %s stored before with other metadata, now corrected (%s)", stored.id, "; ".join(changes))
        return changes

    def _rewind_grouping(self, article_id: str, old_ts: float | None, new_ts: float | None) -> None:
        """Make the next grouping place ``article_id`` by its new time (see the module docstring)."""
        from parallax.stories.cluster_state import order_key

        if self._execute("SELECT 1 FROM story_articles WHERE article_id = ?", (article_id,)).fetchone() is None:
            return  # never grouped: the next grouping places it by its new time anyway
        first = min(order_key(old_ts, article_id), order_key(new_ts, article_id))
        snapshots = self.snapshots()
        earlier = [w for w in snapshots if w < first]
        later = [w for w in snapshots if w >= first]
        if not earlier:  # nothing saw the store before the article: group everything again
            self._execute("DELETE FROM cluster_state")
            self.save_snapshot(None, [], drop=snapshots)
            return
        start = earlier[-1]
        self.save_cluster_state(self.snapshot(start))
        self.save_snapshot(None, [], drop=later)
        collate = self.dialect.binary_collate
        self._execute(
            "DELETE FROM story_articles WHERE article_id IN (SELECT id FROM articles WHERE published_ts IS NULL OR published_ts > ?"
            f" OR (published_ts = ? AND id{collate} > ?{collate}))",
            (start[0], start[0], start[1]),
        )

    def _held_copy(self, article: Article) -> tuple[str, str] | None:
        """(id, record) of the stored copy of ``article``'s text from its source."""
        from parallax.ingest import content_hash
        from parallax.store.articles import other_source

        text_hash = article.content_hash or content_hash(article.text)
        rows = self._execute("SELECT id, record_json, outlet, url FROM articles WHERE content_hash = ?", (text_hash,)).fetchall()
        rows += self._execute(
            "SELECT a.id, a.record_json, a.outlet, a.url FROM article_copies c JOIN articles a ON a.id = c.article_id WHERE c.text_hash = ?",
            (text_hash,),
        ).fetchall()
        same = [r for r in rows if not other_source(article.outlet, article.url, r[2], r[3])]
        return next(((r[0], r[1]) for r in same if r[0] == article.id), None) or (same[0][:2] if same else None)
