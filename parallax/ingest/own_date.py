"""The publication date of the page's own article where the page also carries other stories' dates.

A page holds the dates of the stories it links to: a JSON-LD item per related article, a framework state with a
rail of teasers (``{"title": "Mayor opens new park", "publishedAt": "2025-03-02T10:00:00Z"}``).  Two places took
such a date for the article's own.  The JSON-LD reading took the first item that had a ``datePublished``, whichever
story it described; here the item headed with the page's own title (:func:`.extract.title_candidates`), nested as a
``mainEntity`` or in an ``@graph`` too, comes first (:func:`own_ld_published`).  And htmldate, asked only where the
metadata and the page's state give no date, scans the page's scripts and took a related story's ``publishedAt``;
it now reads the page without the state scripts whose dated objects are other stories' (each headed with a title
that is not the page's: the page's own object was looked for first, :mod:`.state_time`), so that it finds the
page's own date or none, and the date the page shows (:mod:`.shown_time`) can stand.
"""

from __future__ import annotations

from copy import deepcopy

from parallax.ingest.drops import drop_all
from parallax.ingest.json_ld import ld_items
from parallax.ingest.state_scripts import MAX_NODES, state_blobs, state_nodes
from parallax.ingest.state_time import dated_headline, state_published
from parallax.ingest.timeparse import parse_published


def guessed_published(tree) -> str | None:
    """Where the page's metadata gives no date: its own article's in its state (:mod:`.state_time`), else
    htmldate's guess on the page without the state scripts of other stories (:func:`without_other_stories`)."""
    from htmldate import find_date

    from parallax.ingest.extract import title_candidates

    titles = title_candidates(tree)
    if when := state_published(tree, titles):  # a page rendered in the browser keeps its time with its body
        return when
    return find_date(without_other_stories(tree, titles), original_date=True, extensive_search=False)


def own_ld_published(tree, titles: list[str]) -> str | None:
    """The ``datePublished`` of the JSON-LD item headed with one of the page's ``titles``, ISO 8601, or ``None``."""
    from parallax.ingest.clean import norm_words

    wanted = set(titles)
    for item in ld_items(tree, nested=True, needle="datePublished"):
        headline = item.get("headline") or item.get("name")
        if isinstance(headline, str) and norm_words(headline) in wanted:
            if when := parse_published(str(item.get("datePublished") or "")):
                return when
    return None


def without_other_stories(tree, titles: list[str]):
    """``tree``, or a copy of it without the state scripts that hold dated objects of other stories only (for
    htmldate's guess: it would read their dates as the page's)."""
    others = [el for el in tree.iter("script") if _holds_other_stories(el, titles)]
    if not others:
        return tree
    ids = {id(el) for el in others}
    copy = deepcopy(tree)
    drop_all([b for a, b in zip(tree.iter(), copy.iter(), strict=True) if id(a) in ids])
    return copy


def _holds_other_stories(script, titles: list[str]) -> bool:
    wanted = set(titles)
    found = False
    for _, data in state_blobs(script):  # (an element's iter() yields the element itself)
        for node in state_nodes(data, leaves=False, limit=MAX_NODES):
            if isinstance(node, dict) and (headline := dated_headline(node)) is not None:
                if headline in wanted or not headline:
                    return False
                found = True
    return found

