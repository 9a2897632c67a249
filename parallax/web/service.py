"""What the pages and the API ask of the store, in one place.

The web layer talks to :mod:`parallax.store` only through :class:`Catalog`, so
the store's API is used in one module (``add_articles``, ``get_article``,
``iter_articles``, ``stories``, ``comparison``, ``save_comparison``).  The
catalog keeps a small in-memory index of the stories (facets for search and
the charts), rebuilt after each upload: a local store is small enough that
scanning it beats maintaining a second search index that can go stale.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import date
from typing import Any

from parallax.config import Options
from parallax.letters import loose
from parallax.records import Article

log = logging.getLogger("parallax.web")
MAX_COMPARE_AFTER_UPLOAD = 20  # stories compared right away after an upload; the rest on first view


@dataclass
class StoryEntry:
    """A story with the facets search, filters and charts need."""

    id: str
    title: str
    articles: list[str]
    outlets: list[str]
    languages: list[str]
    first_published: str | None
    last_published: str | None
    compared: bool = False
    facts: int = 0
    conflicts: int = 0
    altered_quotes: int = 0
    misattributed: int = 0
    entities: list[str] = field(default_factory=list)
    blob: str = ""  # lower-cased title, outlets, headlines and texts, for text search
    copies: list[str] = field(default_factory=list)  # near-duplicates of another member, left out of its comparison
    bylines: list[str] = field(default_factory=list)  # who wrote its reports (Article.byline), each name once

    @property
    def members(self) -> list[str]:
        """The articles its comparison covers: as ``parallax run`` compares a story, without the near-duplicate
        copies, unless fewer than two reports would be left."""
        kept = [a for a in self.articles if a not in self.copies]
        return kept if len(kept) >= 2 else list(self.articles)

    def public(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("blob")
        d.pop("copies")
        d.pop("entities")
        return d


@dataclass
class Query:
    """Search and filters of the story list (every field optional)."""

    q: str = ""
    entity: str = ""
    outlet: str = ""
    byline: str = ""  # part of a writer's name
    date_from: date | None = None
    date_to: date | None = None
    conflicts: bool = False
    altered: bool = False
    languages: list[str] = field(default_factory=list)

    def matches(self, s: StoryEntry) -> bool:
        if self.q and not all(word in s.blob for word in loose(self.q).split()):
            return False
        if self.entity and not any(loose(self.entity) in e for e in s.entities):
            return False
        if self.outlet and not any(loose(self.outlet) in loose(o) for o in s.outlets):
            return False
        if self.byline and not any(loose(self.byline) in loose(b) for b in s.bylines):
            return False
        first, last = day_of(s.first_published), day_of(s.last_published) or day_of(s.first_published)
        if self.date_from and (last is None or last < self.date_from):
            return False
        if self.date_to and (first is None or first > self.date_to):
            return False
        if self.conflicts and not s.conflicts:
            return False
        if self.altered and not (s.altered_quotes or s.misattributed):
            return False
        return not (self.languages and not set(self.languages) & set(s.languages))


def day_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def as_dict(obj: Any) -> dict[str, Any]:
    """A story as a dict, whether the store hands out dicts, dataclasses or objects."""
    if isinstance(obj, dict):
        return obj
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if is_dataclass(obj):
        return asdict(obj)
    return dict(vars(obj))


class Catalog:
    """The store plus the story index; safe to share between request threads.

    A :mod:`parallax.store` handle must not cross threads, so each thread
    opens its own with ``opener``."""

    def __init__(self, opener: Callable[[], Any], options: Options | None = None):
        self._opener = opener
        self._local = threading.local()
        self.options = options or Options()
        self.lock = threading.RLock()  # guards the index only, so pages never wait for an analysis
        self.writing = threading.Lock()  # one upload at a time
        self.computing = threading.Lock()  # one comparison at a time (models are CPU-bound)
        self._index: dict[str, StoryEntry] | None = None
        self._signature: Any = None

    @property
    def store(self):
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self._opener()
        return store

    # ------------------------------------------------------------ reading

    def article(self, article_id: str) -> Article | None:
        return self.store.get_article(article_id)

    def stories(self) -> list[StoryEntry]:
        with self.lock:
            raw = [as_dict(s) for s in self.store.stories()]
            signature = [(s.get("id"), tuple(s.get("articles") or ())) for s in raw]
            if self._index is None or signature != self._signature:  # another process may have regrouped
                self._index, self._signature = self._build(raw), signature
            return sorted(self._index.values(), key=lambda s: (s.last_published or "", s.id), reverse=True)

    def story(self, story_id: str) -> StoryEntry | None:
        return next((s for s in self.stories() if s.id == story_id), None)

    def search(self, query: Query) -> list[StoryEntry]:
        return [s for s in self.stories() if query.matches(s)]

    def languages(self) -> list[str]:
        return sorted({lang for s in self.stories() for lang in s.languages})

    def stories_of(self, article_id: str) -> list[StoryEntry]:
        return [s for s in self.stories() if article_id in s.articles]

    def stored_comparison(self, story: StoryEntry) -> dict | None:
        """The saved comparison if it covers exactly the story's current articles."""
        try:
            comp = self.store.comparison(story.id)
        except KeyError:
            return None
        if comp and {a["id"] for a in comp.get("articles") or []} == set(story.members):
            return comp
        return None

    def comparison(self, story: StoryEntry) -> dict:
        """The story's comparison, computed and saved when missing or stale."""
        comp = self.stored_comparison(story)
        if comp is not None:
            return comp
        return self._compare(story)

    def _compare(self, story: StoryEntry) -> dict:
        import parallax

        with self.computing:
            comp = self.stored_comparison(story)  # another request may have just made it
            if comp is not None:
                return comp
            articles = [a for a in (self.article(i) for i in story.members) if a is not None]
            articles.sort(key=lambda a: (a.published is None, a.published or "", a.id))
            comp = parallax.compare(articles, self.options).to_dict()
            self.store.save_comparison(story.id, comp)
        with self.lock:
            self._index = None
        return comp

    def _build(self, stories: list[dict]) -> dict[str, StoryEntry]:
        articles = {a.id: a for a in self.store.iter_articles()}
        copies = self.store.near_duplicates() if hasattr(self.store, "near_duplicates") else set()
        index: dict[str, StoryEntry] = {}
        for s in stories:
            ids = [i for i in s.get("articles") or [] if i in articles]
            arts = [articles[i] for i in ids]
            entry = StoryEntry(
                id=str(s["id"]),
                title=s.get("title") or next((a.title for a in arts if a.title), None) or str(s["id"]),
                articles=ids,
                outlets=list(s.get("outlets") or sorted({a.outlet for a in arts if a.outlet})),
                languages=list(s.get("languages") or sorted({a.language for a in arts if a.language})),
                first_published=s.get("first_published") or min((a.published for a in arts if a.published), default=None),
                last_published=s.get("last_published") or max((a.published for a in arts if a.published), default=None),
                copies=[i for i in ids if i in copies],
                bylines=list(dict.fromkeys(name for a in arts for name in a.byline)),
            )
            names = {e.canonical or e.text for a in arts for e in a.entities}
            comp = self.stored_comparison(entry)
            if comp:
                summary = comp.get("summary") or {}
                entry.compared = True
                entry.facts = int(summary.get("facts") or 0)
                entry.conflicts = int(summary.get("conflicts") or summary.get("conflict") or 0)
                entry.altered_quotes = sum(1 for q in comp.get("quotes") or [] if q.get("fidelity") == "altered")
                entry.misattributed = sum(1 for q in comp.get("quotes") or [] if q.get("misattributed"))
                names |= {e["text"] for e in comp.get("entities") or []}
            entry.entities = sorted(loose(n) for n in names if n)
            entry.blob = loose("\n".join([entry.title, *entry.outlets, *entry.bylines, *(a.title or "" for a in arts), *(a.text for a in arts)]))
            index[entry.id] = entry
        return index

    # ------------------------------------------------------------ writing

    def add(self, articles: list[Article]) -> dict[str, list[str]]:
        """Analyse and store new articles, regroup stories, compare the stories they joined.

        A text already stored is a duplicate and skipped (the store keys
        articles by content hash; an id taken by another text is renamed by
        the store), unless it comes from another outlet or address: a second
        publication, stored as ``parallax run`` stores it (``store.storage_key``).  A stored text sent again
        with a corrected headline, time or byline is corrected as ``parallax run`` corrects it
        (``store.correct_metadata``), analysed again and its story regrouped and compared again."""
        import parallax
        from parallax.engine.intake import Intake

        with self.writing:
            store = self.store
            intake = Intake(store)  # the decisions ``parallax run`` makes, corrections of stored texts included
            fresh, duplicates = [], []
            for a in articles:
                if intake.take(a):
                    fresh.append(a)
                else:
                    duplicates.append(a.id)
            corrected = intake.corrected_ids
            added: list[Article] = []
            if fresh:
                parallax.analyze(fresh, self.options)
                result = store.add_articles(fresh)
                added = list(result) if result is not None else fresh
                kept = {(b.text, b.outlet, b.url) for b in added}  # a copy is stored under a key of its own
                duplicates += [a.id for a in fresh if (a.text, a.outlet, a.url) not in kept]
            if corrected:  # dates resolve against a corrected time: analysed again, as a run analyses stale articles
                again = [b for b in map(store.get_article, corrected) if b is not None]
                parallax.analyze(again, self.options)
                store.update_analyses(again)
            if added or corrected:
                regroup(store, self.options)
            with self.lock:
                self._index = None
            new_ids = {a.id for a in added} | set(corrected)
            touched = [s for s in self.stories() if new_ids & set(s.articles)]
            for story in touched[:MAX_COMPARE_AFTER_UPLOAD]:
                self._compare(story)
            return {"added": [a.id for a in added], "duplicates": duplicates, "corrected": corrected, "stories": [s.id for s in touched]}


def regroup(store, options: Options) -> None:
    """Bring the store's stories up to date after articles were added.

    Uses :func:`parallax.stories.persist.update_store` (it clusters the
    articles that belong to no story yet, resuming the saved clustering
    state); without it, re-clusters every stored article and hands the
    stories to ``store.save_stories``."""
    try:
        from parallax.stories.persist import update_store
    except ImportError:
        update_store = None
    if update_store is not None:
        update_store(store, [], options)  # the articles are already stored
        return
    from parallax.stories import cluster_articles

    result = cluster_articles(list(store.iter_articles()), options)
    store.save_stories(result.stories, duplicate_of=dict(result.state.duplicate_of))
