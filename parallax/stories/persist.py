"""Story grouping against a store: only new texts are processed.

:func:`update_store` adds the articles to the store (texts it already holds,
by content hash, are ignored), then clusters the stored articles that belong
to no story yet, resuming from the saved clusterer state.  When resuming
cannot give the same stories as one run over everything (an article older
than the last one clustered, or other settings or model), it re-clusters all
stored articles instead (also when undated articles arrive: they may belong
to any story, closed or not); their embeddings come from the store, so that costs
no model time.  Stories, state and embeddings are saved in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from parallax.config import Options
from parallax.records import Article
from parallax.store import Store
from parallax.stories import StoriesResult, cluster_articles, settings_from
from parallax.stories.cluster import ClusterState, order_key
from parallax.stories.features import published_ts


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
    store.add_articles(articles)
    state: ClusterState | None = ClusterState.from_records(store.cluster_state())
    pending = list(store.iter_articles("published", unclustered=True))
    resume = (
        state.fingerprint == settings.fingerprint()
        and state.watermark is not None
        and all(published_ts(a.published) is not None and order_key(published_ts(a.published), a.id) > state.watermark for a in pending)
    )
    if resume:
        vectors = store.vectors(embedder_name, [a.id for a in pending])
    else:
        state = None
        pending = list(store.iter_articles("published"))
        vectors = store.vectors(embedder_name)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, len(pending))

    result = cluster_articles(pending, options, state, vectors=vectors, progress=advance)
    with store.transaction():
        store.save_vectors(result.vectors, embedder_name)
        store.save_stories(result.stories, result.state.duplicate_of)
        store.save_cluster_state(result.state.to_records())
    return result
