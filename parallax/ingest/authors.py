"""Who wrote an article, as its source names them: the ``byline`` field of :class:`parallax.records.Article`.

``byline`` is a list of names (``["Jane Doe", "John Roe"]``), never one string: feeds (several ``dc:creator``, Atom
``<author>`` elements), JSON-LD (``"author": [{...}, {...}]``) and scrapers (news-please's ``authors``) give names one
by one, and a list keeps a name with a comma or an "and" in it ("Smith, Barney & Co") whole where a joined string
would have to be split again.  A single string ("By Jane Doe and John Roe") is split on ";", " and ", " & " and the
words for "and" of the languages read most, and a leading "By"/"Von"/"Par" is dropped.

Only what the source names is read here: feed ``<author>``/``dc:creator``, a page's ``<meta name="author">``, its
JSON-LD ``author``, a ``rel="author"`` link's text, a JSON line's ``byline``/``author``/``authors``.  A web address
(``article:author`` is often a profile's URL), an e-mail address and an over-long value are no name.  Names are
cleaned as article text is (:func:`parallax.ingest.clean.normalize`: bidi and zero-width controls go), so a byline
cannot turn a report's text around; escaping is the reports' own job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.ingest.clean import normalize
from parallax.ingest.json_ld import ld_items

MAX_NAMES = 12
MAX_NAME_CHARS = 100

# "By Jane Doe", "Von Anna Roth", "Par Anne Roy", "Por ...", "Door ...", "Автор: ..." (not "De", "Di", "Da": names
# begin so, "Di Maio")
_LEAD = re.compile(r"^(?:by|von|par|por|door|przez|автор|yazar|oleh)\b:?\s++(?=\w)", re.I)
# between two names: "Jane Doe and John Roe", "Anna Roth und Paul Lenz", "Jane Doe; John Roe", "A & B"
_BETWEEN = re.compile(r"\s*+;\s*+|\s++(?:and|und|et|y|e|en|og|och|и|i)\s++|\s*+&\s*+|\s*+\|\s*+")
_NOT_NAME = re.compile(r"^(?:https?:|www\.|mailto:)|@|^[\W\d_]+$", re.I)
# RSS <author> is an e-mail address with the name in brackets: "jdoe@example.com (Jane Doe)"
_MAIL_WITH_NAME = re.compile(r"^\S+@\S+\s*\(([^()]{1,100})\)$")


def _one(value: str) -> list[str]:
    if len(value) > 1000:  # no byline is so long (and the patterns below stay cheap on a hostile one)
        return []
    text = " ".join(normalize(value).split())
    if mail := _MAIL_WITH_NAME.match(text):
        text = mail.group(1).strip()
    text = _LEAD.sub("", text, count=1)
    out = []
    for part in _BETWEEN.split(text):
        name = part.strip(" ,.-–—:")
        if name and len(name) <= MAX_NAME_CHARS and not _NOT_NAME.search(name):
            out.append(name)
    return out


def _values(value: object, depth: int = 0) -> Iterable[str]:
    """The strings of a byline value: a string, a list, a JSON-LD Person (``{"name": ...}``) or a list of them."""
    if depth > 3:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str | list | dict):
            yield from _values(name, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value[: MAX_NAMES * 2]:
            yield from _values(item, depth + 1)


def byline_names(*values: object) -> list[str]:
    """The names in ``values`` (strings, lists, JSON-LD persons), in order, each once, at most :data:`MAX_NAMES`;
    the first value that names anyone wins, so a later, weaker source never adds to a stronger one."""
    for value in values:
        names = list(dict.fromkeys(n for v in _values(value) for n in _one(v)))
        if names:
            return names[:MAX_NAMES]
    return []


def record_byline(rec: dict) -> list[str]:
    """A JSON line's byline: its ``byline``, else ``author``/``authors`` (news-please, schema.org)."""
    return byline_names(rec.get("byline"), rec.get("author"), rec.get("authors"))


def feed_byline(entry) -> list[str]:
    """A feed item's byline: its Atom ``<author><name>`` elements or ``dc:creator``s (feedparser's ``authors``),
    else its RSS ``<author>`` ("jdoe@example.com (Jane Doe)")."""
    authors = [a.get("name") or "" for a in entry.get("authors") or [] if hasattr(a, "get")]
    author = entry.get("author")
    if isinstance(author, str) and "@" in author:  # feedparser splits "jd@wire.example (Jane Doe)" at the wrong place
        return byline_names(author, authors)
    return byline_names(authors, author)


def page_byline(tree) -> list[str]:
    """A page's byline: its JSON-LD ``author``, else ``<meta name="author">`` (or ``article:author``,
    ``parsely-author``, ``sailthru.author`` that are no web address), else the text of its ``rel="author"`` links."""
    ld: list[object] = [item["author"] for item in ld_items(tree) if item.get("author")]
    meta = [
        el.get("content") or ""
        for el in tree.iter("meta")
        if (el.get("name") or el.get("property") or "").lower() in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
    ]
    links = [" ".join(el.text_content().split()) for el in tree.iter("a", "link") if "author" in (el.get("rel") or "").lower().split()]
    return byline_names(ld[:1], meta, links)
