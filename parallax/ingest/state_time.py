"""The publication time a page keeps in its framework state, where its markup and metadata give none.

A Next.js, Nuxt or Arc XP page that renders in the browser may carry no ``article:published_time`` meta, no
JSON-LD and no ``<time>``: its date sits with its body in the state (``"publishedAt":
"2026-11-08T22:10:00+01:00"`` in ``__NEXT_DATA__``).  htmldate then guessed from the page's text and found the
day alone ("2026-11-08"), so the article lost its time and its offset, and every "on Sunday evening" in it was
read against midnight UTC.  Here the state object of the page's own article (one whose headline or title is the
page's, :func:`.extract.title_candidates`) gives its publication key; keys of an update or a modification are
not read, nor objects of other stories (a rail of related articles holds their dates too).
"""

from __future__ import annotations

from parallax.ingest.clean import norm_words
from parallax.ingest.state_scripts import MAX_NODES, state_blobs, state_nodes
from parallax.ingest.timeparse import parse_published

# key names, lower case without "_" or "-": Next.js/Contentful "publishedAt", Arc "first_publish_date", WordPress
# REST "date_gmt" is not among them (a site's local time without its offset)
_PUBLISHED_KEYS = {
    "datepublished", "publishedat", "publishdate", "publisheddate", "publishedtime", "publishtime", "published",
    "firstpublished", "firstpublishdate", "firstpublishedat", "firstpublisheddate", "publicationdate",
}  # fmt: skip
_TITLE_KEYS = ("headline", "title", "heading", "seoTitle")


def _headline(node: dict) -> str:
    for key in _TITLE_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return norm_words(value)
        if isinstance(value, dict):  # {"title": {"rendered": "..."}} (WordPress REST)
            inner = value.get("rendered") or value.get("text")
            if isinstance(inner, str) and inner.strip():
                return norm_words(inner)
    return ""


def _published(node: dict) -> str | None:
    for key, value in node.items():
        if isinstance(key, str) and key.lower().replace("_", "").replace("-", "") in _PUBLISHED_KEYS:
            if isinstance(value, str) and (when := parse_published(value)):
                return when
    return None


def dated_headline(node: dict) -> str | None:
    """The headline of a state object that carries a publication time ("" where it names none), ``None`` where it
    carries no publication time."""
    return _headline(node) if _published(node) else None


def state_published(tree, titles: list[str]) -> str | None:
    """The publication time of the page's own article in its framework state, ISO 8601, or ``None``."""
    if not titles:
        return None
    wanted = set(titles)
    for _, data in state_blobs(tree):
        for node in state_nodes(data, leaves=False, limit=MAX_NODES):
            if isinstance(node, dict) and _headline(node) in wanted and (when := _published(node)):
                return when
    return None
