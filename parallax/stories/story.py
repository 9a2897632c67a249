"""A story while it is open: its running profile and the article↔story signals.

The profile is what a new article is compared with: the sum of member
embeddings (the centroid), the last few member embeddings, and document
frequencies of names, time marks and (per language) content words.  All of it
is bounded in size, so scoring cost does not grow with the story.

The signals read from the profile are in :mod:`parallax.stories.story_signals`
(a mixin of :class:`Story`); every name they took from here is still
importable from here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from parallax.stories.features import Signals
from parallax.stories.story_signals import CORE as CORE
from parallax.stories.story_signals import NAME_MATCH as NAME_MATCH
from parallax.stories.story_signals import StorySignals
from parallax.stories.story_signals import _heard_share as _heard_share
from parallax.stories.story_signals import _next_to as _next_to
from parallax.stories.story_signals import _rescale as _rescale
from parallax.stories.story_signals import _top as _top

RECENT = 16  # member embeddings kept for the nearest-member signal
PROFILE = 48  # names and figures kept per story profile
MAX_WORDS = 600  # content words kept per language (most frequent)


def _count(counts: dict[str, int], items) -> None:
    for k in items:
        counts[k] = counts.get(k, 0) + 1


@dataclass
class Story(StorySignals):
    """Summary (what the output shows) plus, while open, the profile."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)  # in publication order
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    first_ts: float | None = None
    last_ts: float | None = None
    closed: bool = False
    # profile, dropped when the story closes
    vec_sum: np.ndarray | None = None
    recent: list[np.ndarray] = field(default_factory=list)  # embeddings of the last RECENT members
    article_ts: list[float | None] = field(default_factory=list)  # publication time of each article (to merge in order)
    names: dict[str, int] = field(default_factory=dict)
    times: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    actors: dict[str, int] = field(default_factory=dict)  # leading actors of the members (parallax.stories.actors)
    days: dict[str, int] = field(default_factory=dict)  # weekdays the members' leads name (parallax.stories.event_days)
    places: dict[str, int] = field(default_factory=dict)  # places the members' leads name (parallax.stories.event_places)
    districts: dict[str, int] = field(default_factory=dict)  # those of them named as a city's districts (.city_districts)
    words: dict[str, dict[str, int]] = field(default_factory=dict)  # language -> word -> df
    lang_n: dict[str, int] = field(default_factory=dict)
    _top_names: list[str] | None = field(default=None, repr=False)
    _keys: dict[str, set[str]] = field(default_factory=dict, repr=False)  # language -> sound keys of its words (caseless scripts)

    def __repr__(self) -> str:
        """One line, ``Story('s1', 'Harbour bridge to close', 2 articles, en, open)``: the dataclass's own printed the
        profile's vectors and word counts (parallax/record_reprs.py says why)."""
        title = " ".join(self.title.split())
        title = title if len(title) <= 60 else title[:59] + "…"
        count = f"{len(self.articles):,} article{'' if len(self.articles) == 1 else 's'}"
        langs = ["/".join(self.languages)] if self.languages else []
        return f"Story({', '.join([repr(self.id), repr(title), count, *langs, 'closed' if self.closed else 'open'])})"

    # ------------------------------------------------------------ building

    def add(self, sig: Signals) -> None:
        """Take in an article and its profile.  A roundup that joins a story already begun adds itself but not its
        profile: its vector, names and words tell of other events too, and in the profile they would make this story
        look like those (and merge with them, :mod:`parallax.stories.cluster`)."""
        joined = sig.roundup and bool(self.articles)
        self.articles.append(sig.id)
        self.article_ts.append(sig.ts)
        self.languages = sorted({*self.languages, sig.language})
        self.outlets = sorted({*self.outlets, *([sig.outlet] if sig.outlet else [])})
        if sig.ts is not None:
            if self.first_ts is None or sig.ts < self.first_ts:
                self.first_ts, self.first_published = sig.ts, sig.published
            if self.last_ts is None or sig.ts >= self.last_ts:
                self.last_ts, self.last_published = sig.ts, sig.published
        if joined:
            return
        v = sig.vector.astype(np.float64)
        self.vec_sum = v if self.vec_sum is None else self.vec_sum + v
        self.recent = [*self.recent[-(RECENT - 1) :], sig.vector]
        _count(self.names, sig.names)
        _count(self.times, sig.times)
        _count(self.numbers, sig.numbers)
        _count(self.actors, sig.actors)
        _count(self.days, sig.days)
        _count(self.places, sig.places)
        _count(self.districts, sig.districts)
        _count(self.words.setdefault(sig.language, {}), sig.words)
        _count(self.lang_n, [sig.language])
        self._prune()

    def _prune(self) -> None:
        """Keep the profile bounded: the most frequent words and names only."""
        self._top_names = None
        self._keys = {}
        for lang, bag in self.words.items():
            if len(bag) > 2 * MAX_WORDS:
                self.words[lang] = {w: bag[w] for w in _top(bag, MAX_WORDS)}
        if len(self.names) > 2 * PROFILE:
            self.names = {n: self.names[n] for n in _top(self.names, PROFILE)}
        if len(self.numbers) > 2 * PROFILE:
            self.numbers = {n: self.numbers[n] for n in _top(self.numbers, PROFILE)}
        if len(self.actors) > 2 * PROFILE:
            self.actors = {n: self.actors[n] for n in _top(self.actors, PROFILE)}
        if len(self.places) > 2 * PROFILE:
            self.places = {n: self.places[n] for n in _top(self.places, PROFILE)}
            self.districts = {n: k for n, k in self.districts.items() if n in self.places}

    def absorb(self, other: Story) -> None:
        """Take in ``other``'s articles and profile (``self`` is the older
        story: it keeps its id and title).  Articles stay in publication order."""

        def key(item):
            return (math.inf if item[1] is None else item[1], item[0])

        def members(story: Story) -> list[tuple[str, float | None]]:
            return list(zip(story.articles, story.article_ts, strict=True))

        def recent(story: Story) -> list[tuple[tuple, np.ndarray]]:
            """The recent vectors, each with the order key of its article (the last ones)."""
            last = members(story)[len(story.articles) - len(story.recent) :]
            return [(key(m), v) for m, v in zip(last, story.recent, strict=True)]

        merged = sorted(members(self) + members(other), key=key)
        self.recent = [v for _, v in sorted(recent(self) + recent(other), key=lambda t: t[0])][-RECENT:]
        self.articles = [a for a, _ in merged]
        self.article_ts = [t for _, t in merged]
        self.languages = sorted({*self.languages, *other.languages})
        self.outlets = sorted({*self.outlets, *other.outlets})
        if other.first_ts is not None and (self.first_ts is None or other.first_ts < self.first_ts):
            self.first_ts, self.first_published = other.first_ts, other.first_published
        if other.last_ts is not None and (self.last_ts is None or other.last_ts >= self.last_ts):
            self.last_ts, self.last_published = other.last_ts, other.last_published
        self.vec_sum = self.vec_sum + other.vec_sum
        for mine, theirs in (
            (self.names, other.names),
            (self.times, other.times),
            (self.numbers, other.numbers),
            (self.actors, other.actors),
            (self.days, other.days),
            (self.places, other.places),
            (self.districts, other.districts),
            (self.lang_n, other.lang_n),
        ):
            for k, n in theirs.items():
                mine[k] = mine.get(k, 0) + n
        for lang, bag in other.words.items():
            mine = self.words.setdefault(lang, {})
            for w, n in bag.items():
                mine[w] = mine.get(w, 0) + n
        self._prune()

    def article_signals(self) -> Signals:
        """A one-article story's article as the clusterer saw it on arrival, rebuilt from the profile (which
        keeps all of one article's names, words, time marks and figures), so that it can be scored again
        against a story that has grown since (:meth:`Clusterer._rejoin_around`)."""
        assert len(self.articles) == 1 and self.recent, "only an open one-article story is one article"
        language = next(iter(self.lang_n))
        return Signals(
            id=self.articles[0],
            ts=self.article_ts[0],
            language=language,
            vector=self.recent[0],
            names=tuple(self.names),
            words=frozenset(self.words.get(language, {})),
            times=frozenset(self.times),
            numbers=frozenset(self.numbers),
            title=self.title,
            outlet=self.outlets[0] if self.outlets else None,
            published=self.first_published,
            actors=tuple(self.actors),
            days=tuple(self.days),
            places=tuple(self.places),
            districts=tuple(self.districts),
        )

    def close(self) -> None:
        """Stop being a candidate; keep only the summary."""
        self.closed = True
        self.vec_sum, self.recent, self.names, self.times, self.numbers, self.words, self.lang_n = None, [], {}, {}, {}, {}, {}
        self.actors, self.days, self.places, self.districts = {}, {}, {}, {}
        self.article_ts = []
        self._top_names = None
        self._keys = {}

    @property
    def centroid(self) -> np.ndarray:
        assert self.vec_sum is not None
        return (self.vec_sum / (np.linalg.norm(self.vec_sum) + 1e-12)).astype(np.float32)

    # ------------------------------------------------------------ persistence

    def to_dict(self) -> dict:
        d = {**self.summary(), "first_ts": self.first_ts, "last_ts": self.last_ts}
        if not self.closed and self.vec_sum is not None:
            d["profile"] = {
                "names": self.names,
                "times": self.times,
                "numbers": self.numbers,
                "actors": self.actors,
                "days": self.days,
                "places": self.places,
                "districts": self.districts,
                "words": self.words,
                "lang_n": self.lang_n,
                "article_ts": self.article_ts,
                "dim": int(self.vec_sum.shape[0]),
            }
        return d

    def vectors(self) -> bytes | None:
        """The embedding part of the profile (centroid sum, recent members) as bytes."""
        if self.closed or self.vec_sum is None:
            return None
        return self.vec_sum.astype(np.float64).tobytes() + np.stack(self.recent).astype(np.float32).tobytes()

    @classmethod
    def from_dict(cls, d: dict, vectors: bytes | None = None) -> Story:
        s = cls(
            **{
                k: d[k]
                for k in (
                    "id",
                    "title",
                    "articles",
                    "languages",
                    "outlets",
                    "first_published",
                    "last_published",
                    "first_ts",
                    "last_ts",
                    "closed",
                )
            }
        )
        p = d.get("profile")
        if p and vectors:
            dim = int(p["dim"])
            s.vec_sum = np.frombuffer(vectors[: dim * 8], dtype=np.float64).copy()
            s.recent = list(np.frombuffer(vectors[dim * 8 :], dtype=np.float32).reshape(-1, dim).copy())
            s.names, s.times, s.numbers, s.lang_n = dict(p["names"]), dict(p["times"]), dict(p["numbers"]), dict(p["lang_n"])
            s.words = {k: dict(v) for k, v in p["words"].items()}
            s.actors = dict(p.get("actors", {}))
            s.days = dict(p.get("days", {}))
            s.places = dict(p.get("places", {}))
            s.districts = dict(p.get("districts", {}))
            s.article_ts = list(p["article_ts"])
        return s

    def summary(self) -> dict:
        """The story as it appears in the output."""
        return {
            "id": self.id,
            "title": self.title,
            "articles": list(self.articles),
            "languages": list(self.languages),
            "outlets": list(self.outlets),
            "first_published": self.first_published,
            "last_published": self.last_published,
            "closed": self.closed,
        }
