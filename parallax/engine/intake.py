"""What every engine does with each article it read, before storing it: one path for the local and the Dask engine.

The local engine decides before analysing (a stored text is not analysed again) and the Dask engine after its
workers analysed a partition, but the decision is the same, made here:

* a text read twice in this run from one source (a feed and a crawl of the same page) is stored once;
* a text the store holds from the same source is not stored again, but its corrected headline, publication time
  or byline is taken (:meth:`parallax.store.Store.correct_metadata`): the Dask engine skipped such a text without
  reading its metadata, so a corrected time reached the store only through a local run;
* anything else is new (a word-for-word copy from another source included: the store keys it by its source).

The web app's upload (:meth:`parallax.web.service.Catalog.add`) decides through it too.

The counts (read, new, repeated, corrected, undated) are the run's report, the same for both engines: "23 read
(23 new)" had counted a text read twice in the run as new twice, and a desk could not tell that 3 were dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parallax.records import Article
from parallax.store.articles import other_source

if TYPE_CHECKING:
    from parallax.engine import IngestStats


class Intake:
    """Decides, article by article in reading order, which ones a run stores (:meth:`take`)."""

    def __init__(self, db) -> None:
        self.db = db
        self.read = self.new = self.repeated = 0
        self.undated: list[str] = []
        self.corrected_ids: list[str] = []  # stored texts read again with a corrected headline, time or byline
        self._fresh: dict[str, list[tuple[str | None, str | None]]] = {}  # texts new to the store in this run, by source

    def take(self, article: Article) -> bool:
        """Whether ``article`` is to be stored (and analysed, where it is not yet); a stored copy's corrections
        are applied here."""
        self.read += 1
        sources = self._fresh.get(article.content_hash, [])
        if any(not other_source(article.outlet, article.url, *held) for held in sources):
            self.repeated += 1  # read twice from one source in this run: stored (and analysed) once
            return False  # (and not named undated: its first reading stands for it)
        if not article.published:
            self.undated.append(article.source or article.id)
        if not sources and self.db.storage_key(article) is None:
            if self.db.correct_metadata(article):  # the same text re-read with a corrected headline, time or byline
                self.corrected_ids.append(article.id)
            return False
        self._fresh.setdefault(article.content_hash, []).append((article.outlet, article.url))
        self.new += 1
        return True

    @property
    def corrected(self) -> int:
        return len(self.corrected_ids)

    def stats(self, skipped: int, **engine_counts: Any) -> IngestStats:
        """What the run read, as both engines report it; ``engine_counts`` are the engine's own (Dask's
        partitions)."""
        from parallax.engine import IngestStats

        return IngestStats(
            read=self.read,
            new=self.new,
            repeated=self.repeated,
            undated=self.undated,
            corrected=self.corrected,
            skipped=skipped,
            **engine_counts,
        )
