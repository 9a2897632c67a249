"""Streaming story clustering (after Miranda et al., EMNLP 2018).

Articles arrive in publication order.  Each is compared with the *open*
stories only (a story closes when it has had no article for ``window_days``),
first by centroid cosine to shortlist ``candidates`` stories, then in full by
the model; it joins the most probable story when the probability reaches the
threshold and starts a new story otherwise.  Then the story it joined (or
started) is checked against the open stories nearest its centroid with the
story↔story merge model: one that reaches the merge threshold is merged into
it, the older story keeping its id (a greedy stream splits an event when its
first reports meet a story too small to recognise), and an open one-article
story near it is scored again, as an article, with the join model (its article may
have come before its event's story was recognisable).  A near-duplicate of an article
still in play joins that article's story and is recorded as a copy.  Cost
per article (merge check included) is bounded by the number of open
stories, never by the archive.
A roundup (a briefing of several events, a live blog: ``Signals.roundup``) joins the one story it fits best, or
starts its own, but no merge or rejoin is tried after it: it names the people and places of several events, so the
story it grew would look like each of them and pull them together.
Undated articles come last; they may belong to any story of the run, so when
a run has some, closed stories keep their profile until the run ends.

Everything the loop needs to resume is in :class:`ClusterState`, which
serialises to JSON records plus byte blobs (the centroids) for the store
(:mod:`parallax.stories.cluster_state`; its names stay importable from here).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import numpy as np

from parallax.sounds import script
from parallax.stories.cluster_state import STATE_VERSION, ClusterState, order_key
from parallax.stories.copy_groups import add_copy
from parallax.stories.dedup import DuplicateIndex
from parallax.stories.features import Signals
from parallax.stories.model import StoryModel
from parallax.stories.open_set import OpenSet
from parallax.stories.rivals import lift, nearest_rival, rivals
from parallax.stories.story import Story, _rescale


@dataclass(frozen=True)
class Settings:
    """The decisions' parameters; a stored state is only resumed under the same ones."""

    model: StoryModel
    threshold: float
    window_days: float
    candidates: int
    duplicate_threshold: float
    embedder: str
    merge_threshold: float | None = None  # None: stories are never merged

    def fingerprint(self) -> str:
        from parallax.stamps import grouping_stamp

        blob = json.dumps(
            {
                "model": self.model.to_dict(),
                "threshold": self.threshold,
                "window_days": self.window_days,
                "candidates": self.candidates,
                "duplicate_threshold": self.duplicate_threshold,
                "embedder": self.embedder,
                "merge_threshold": self.merge_threshold,
                "state_version": STATE_VERSION,
                "code": grouping_stamp(),  # a state made by other grouping code is not resumed
            },
            sort_keys=True,
        )
        return hashlib.sha1(blob.encode()).hexdigest()[:16]


def story_id(first_article: str) -> str:
    return "s-" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:10]


def _probability(model: StoryModel, values: dict[str, float]) -> float:
    """The join model's probability, 0 where the leads name two places (:mod:`parallax.stories.event_places`) or a
    join across scripts has nothing but its cosines and day (:mod:`parallax.stories.script_evidence`)."""
    if values.get("places") or values.get("unconfirmed"):
        return 0.0
    return (model.same_language if "words" in values else model.cross_language).probability(values)


def _first_key(story: Story) -> tuple[float, str]:
    return order_key(story.article_ts[0], story.articles[0])


class Clusterer:
    """The streaming loop over :class:`Signals`, resumable from a :class:`ClusterState`."""

    def __init__(self, settings: Settings, state: ClusterState | None = None, keep_closed: bool = False) -> None:
        """``keep_closed``: the run has undated articles, which come last and
        may belong to any story, so closed stories keep their profile (in
        ``dormant``) until :meth:`finish`."""
        self.settings = settings
        self.keep_closed = keep_closed
        self.dormant = OpenSet()
        self.state = state or ClusterState()
        if self.state.fingerprint and self.state.fingerprint != settings.fingerprint():
            raise ValueError("the stored clustering state was made with other settings or another model; re-cluster from scratch")
        self.state.fingerprint = settings.fingerprint()
        self.dups = DuplicateIndex(settings.duplicate_threshold)
        for aid, sig in self.state.signatures.items():
            self.dups.add(aid, sig)
        self.state.signatures = self.dups.signatures
        self.open = OpenSet()
        self._rivals: tuple[str, list[tuple[float, str]]] | None = None  # the last article's rival stories
        for sid, story in self.state.stories.items():
            if not story.closed:
                self.open.put(sid, story.centroid, story.last_ts)

    def process(self, sig: Signals, signature: np.ndarray) -> str:
        """Place one article (in publication order); returns its story id."""
        key = order_key(sig.ts, sig.id)
        if self.state.watermark is not None and key <= self.state.watermark:
            raise ValueError(f"article {sig.id!r} is not later than the last one clustered; articles must come in publication order")
        self.state.watermark = key
        self._rivals = None
        if sig.ts is not None:
            for sid in self.open.stale(sig.ts - self.settings.window_days * 86400.0):
                self._close(sid)

        story = self._copy_of(sig, signature) or self._best_story(sig)
        if story is None:
            story = Story(id=story_id(sig.id), title=sig.title)
            self.state.stories[story.id] = story
        story.add(sig)
        (self.dormant if story.closed else self.open).put(story.id, story.centroid, story.last_ts)
        self.state.member_story[sig.id] = story.id
        self.dups.add(sig.id, signature)
        if not story.closed and not sig.roundup:  # a roundup's names and words of other events bridge no stories
            story = self._rejoin_around(self._merge_around(story))
        return story.id

    def _merge_around(self, story: Story) -> Story:
        """Merge into ``story`` (just grown) the open stories the merge model
        finds it reports the same event with, the most probable first, until
        none reaches the merge threshold.  Of two merged stories the older
        (earlier first article) keeps its id.  Candidates are the open stories
        nearest by centroid, so the cost is bounded by the open set."""
        model, threshold = self.settings.model, self.settings.merge_threshold
        if threshold is None or model.merge_same is None or model.merge_cross is None:
            return story
        k = self.settings.candidates
        while True:
            best: tuple[float, str] | None = None
            for sid, cos in self.open.shortlist(story.centroid, k + 1):
                if sid == story.id:
                    continue
                other = self.state.stories[sid]
                weights = model.merge_same if story.shares_language(other) else model.merge_cross
                cos_max = story.max_cos(other)
                bound = weights.upper_bound({"cos_centroid": _rescale(cos), "cos_max": _rescale(cos_max)})
                if bound < threshold or (best is not None and bound <= best[0]):
                    continue  # can neither merge nor beat the best: skip the costlier signals
                values = story.pair_signals(other, cos, cos_max)
                p = weights.probability(values)
                if best is None or p > best[0]:
                    best = (p, sid)
            if best is None or best[0] < threshold:
                return story
            story = self._merge(story, self.state.stories[best[1]])

    def _rejoin_around(self, story: Story) -> Story:
        """Take into ``story`` (just grown, two articles or more) the open one-article stories near it that
        the join model now places in it, the most probable first: an article that came before its event's
        story was recognisable (its first reports told it another way, or were too few) started a story of
        its own, and no later article of the event ever scored against it.  Its article is scored as it was
        on arrival (:meth:`Story.article_signals`), with the same weights and threshold, against the story
        as it is now.  Candidates are the open stories nearest by centroid, so the cost stays bounded.

        A story of one article (just started) takes in this way the one-article stories in other languages only: a
        cross-language pair is read against the newcomer's nearest rival (:mod:`.rivals`), which differs with the side
        that came second (a Persian report's rival is the Urdu story in its script, the English report's rival is
        far), so a pair of reports kept apart from one side is read from the other too, in whichever order they came."""
        model = self.settings.model
        if not model.rejoin:
            return story
        while True:
            best: tuple[float, str] | None = None
            lone = len(story.articles) == 1
            for sid, cos in self.open.shortlist(story.centroid, self.settings.candidates + 1):
                other = self.state.stories[sid]
                if sid == story.id or len(other.articles) != 1 or (lone and story.shares_language(other)):
                    continue
                sig = other.article_signals()
                values = self._against_rival(story, sig, cos, story.signals(sig, cos))
                p = _probability(model, values)
                if best is None or p > best[0]:
                    best = (p, sid)
            if best is None or best[0] < self.settings.threshold:
                return story
            story = self._merge(story, self.state.stories[best[1]])

    def _merge(self, story: Story, other: Story) -> Story:
        """Merge two open stories; the older (earlier first article) keeps its id and is returned."""
        keep, drop = (story, other) if _first_key(story) < _first_key(other) else (other, story)
        keep.absorb(drop)
        self._rivals = None  # the open set changed
        self.open.remove(drop.id)
        del self.state.stories[drop.id]
        for aid in drop.articles:
            if aid in self.state.member_story:
                self.state.member_story[aid] = keep.id
        self.open.put(keep.id, keep.centroid, keep.last_ts)
        return keep

    def _copy_of(self, sig: Signals, signature: np.ndarray) -> Story | None:
        match = self.dups.best_match(signature)
        if match is None:
            return None
        other, sim = match
        story = self.state.stories[self.state.member_story[other]]
        add_copy(self.state.duplicates, self.state.duplicate_of, self.dups.signatures, story, (sig.id, sig.ts, signature), other, sim)
        return story

    def _best_story(self, sig: Signals) -> Story | None:
        """The most probable shortlisted story if it reaches the threshold
        (ties: the shortlist order, i.e. centroid cosine, then id).  An
        undated article also considers the stories closed in this run."""
        k = self.settings.candidates
        shortlist = self.open.shortlist(sig.vector, k)
        if sig.ts is None and self.dormant.ids:
            shortlist = sorted(shortlist + self.dormant.shortlist(sig.vector, k), key=lambda t: (-t[1], t[0]))[:k]
        model = self.settings.model
        best: tuple[float, str] | None = None
        for sid, cos in shortlist:
            values = self._against_rival(self.state.stories[sid], sig, cos, self.state.stories[sid].signals(sig, cos))
            p = _probability(model, values)
            if best is None or p > best[0]:
                best = (p, sid)
        if best is None or best[0] < self.settings.threshold:
            return None
        return self.state.stories[best[1]]

    def _against_rival(self, story: Story, sig: Signals, cos: float, values: dict[str, float]) -> dict[str, float]:
        """A cross-language pair's cosines read against the article's nearest rival story (:mod:`parallax.stories.rivals`);
        the rivals are found once per article."""
        if "words" in values:
            return values
        if self._rivals is None or self._rivals[0] != sig.id:
            n = len(self.open.ids)
            langs = (self.state.stories[sid].lang_n for sid in self.open.ids)
            self._rivals = (sig.id, rivals(sig, self.open.ids, self.open.mat[:n] @ sig.vector, langs))
        rival = nearest_rival(story.id, self._rivals[1], script(sig.language) in story._scripts())
        return lift(values, cos, float((np.stack(story.recent) @ sig.vector).max()), rival)

    def _close(self, sid: str) -> None:
        story = self.state.stories[sid]
        self.open.remove(sid)
        for aid in story.articles:
            self.state.member_story.pop(aid, None)
            self.dups.remove(aid)
        if self.keep_closed:
            story.closed = True
            self.dormant.put(sid, story.centroid, story.last_ts)
        else:
            story.close()

    def finish(self) -> ClusterState:
        """Drop the profiles kept for undated articles; the state to save."""
        for sid in list(self.dormant.ids):
            story = self.state.stories[sid]
            self.dormant.remove(sid)
            for aid in story.articles:
                self.state.member_story.pop(aid, None)
                self.dups.remove(aid)
            story.close()
        return self.state
