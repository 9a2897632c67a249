"""Story grouping against a store: only new texts are processed.

:func:`update_store` adds the articles to the store (texts it already holds,
by content hash, are ignored), then clusters the stored articles that belong
to no story yet, resuming from the saved clusterer state, so the stories are
always those of one run over everything, whatever order the texts came in:

* new articles all later than the last one clustered: resume from the state;
* a late article (published before the last one clustered): go back to the
  last *snapshot* of the state before it and re-group from there.  A snapshot
  is kept after every run (at most :data:`SNAPSHOTS`, spread over time), so a
  late article costs the articles since that snapshot, not the archive;
* no snapshot early enough, undated articles (they may join any story of the
  whole run), or other settings or model: re-group all stored articles.

Embeddings come from the store, so re-grouping costs no model time.  Stories,
state, snapshot and embeddings are saved in one transaction.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from parallax.config import Options
from parallax.records import Article
from parallax.store import Store
from parallax.stories import StoriesResult, cluster_articles, settings_from
from parallax.stories.cluster import ClusterState, order_key
from parallax.stories.features import published_ts

SNAPSHOTS = 8  # clusterer snapshots kept: a late article re-groups from the last one before it


def _choose_snapshot(store: Store, first: tuple[float, str], fingerprint: str) -> ClusterState | None:
    """The saved state at the latest snapshot earlier than ``first`` (made with
    the same settings), or ``None``."""
    earlier = [w for w in store.snapshots() if w < first]
    if not earlier:
        return None
    state = ClusterState.from_records(store.snapshot(earlier[-1]))
    return state if state.fingerprint == fingerprint and state.watermark == earlier[-1] else None


def _thin(watermarks: list[tuple[float, str]], keep: int) -> list[tuple[float, str]]:
    """Which snapshots to drop so that ``keep`` remain, spread over time: the
    newest always stays; repeatedly drop the one closest to its older neighbour."""
    kept, drop = list(watermarks), []
    while len(kept) > keep:
        gaps = [(kept[i][0] - kept[i - 1][0], i) for i in range(1, len(kept) - 1)]
        _, i = min(gaps) if gaps else (0, 0)
        drop.append(kept.pop(i))
    return drop


def update_store(
    store: Store,
    articles: Iterable[Article],
    options: Options | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> StoriesResult:
    """Store ``articles`` and bring the stored stories up to date.

    ``progress(done, total)`` is called as articles are clustered."""
    settings = settings_from(options)
    embedder_name = settings.embedder
    fingerprint = settings.fingerprint()
    store.add_articles(articles)
    state: ClusterState | None = ClusterState.from_records(store.cluster_state())
    pending = list(store.iter_articles("published", unclustered=True))
    dated = all(published_ts(a.published) is not None for a in pending)
    # a state at infinity has seen undated articles: they may join any story of
    # the whole run, which only a run from the start reproduces
    usable = state.fingerprint == fingerprint and state.watermark is not None and math.isfinite(state.watermark[0]) and dated
    keys = [order_key(published_ts(a.published), a.id) for a in pending]
    snapshots = store.snapshots()
    if usable and all(k > state.watermark for k in keys):
        vectors = store.vectors(embedder_name, [a.id for a in pending])  # resume where the last run stopped
    elif usable and pending and (snap := _choose_snapshot(store, min(keys), fingerprint)) is not None:
        # a late article: go back to the last snapshot before it and re-group what came after
        state = snap
        snapshots = [w for w in snapshots if w <= snap.watermark]  # later ones did not see the late article
        pending = list(store.iter_articles("published", after=snap.watermark))
        vectors = store.vectors(embedder_name, [a.id for a in pending])
    else:
        state = None
        snapshots = []  # history re-made from the start: no old snapshot holds
        pending = list(store.iter_articles("published"))
        vectors = store.vectors(embedder_name)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, len(pending))

    result = cluster_articles(pending, options, state, vectors=vectors, progress=advance)
    records = result.state.to_records()
    watermark = result.state.watermark
    with store.transaction():
        store.save_vectors(result.vectors, embedder_name)
        store.save_stories(result.stories, result.state.duplicate_of)
        store.save_cluster_state(records)
        stale = [w for w in store.snapshots() if w not in snapshots]
        if watermark is not None and math.isfinite(watermark[0]):
            # (undated articles put the watermark at infinity: no snapshot then)
            valid = [w for w in snapshots if w < watermark]
            store.save_snapshot(watermark, records, drop=stale + _thin([*valid, watermark], SNAPSHOTS))
        elif stale:
            store.save_snapshot(None, [], drop=stale)
    return result
