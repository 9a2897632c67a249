"""A live blog's "Key events" list whose items are links to its entries, with no times: removed from the page's tree.

:mod:`parallax.ingest.key_events` drops the list from the extracted lines where each item opens with a time.  Many
live blogs list only the entries' titles, each a link down to its entry ("Key events" over "Mayor defends
closure", "Council votes"; the Guardian's ``?page=with:block-…#block-…``, an ``#post-…`` anchor).  The extraction
then drops the links as a list of links and leaves the heading, or keeps the titles as facts of their own, out of
their entries.  Read as lines, such a list is not told from an explainer's section of that name; in the tree it
is: the heading (the words for "key events" alone in their block, :data:`parallax.ingest.key_events.HEADING`) is
followed by a list whose every item is a link and whose words are the links' words.  An explainer's "Key events"
section goes on in prose or in a list of dated lines with no links, and stays.
"""

from __future__ import annotations

from parallax.ingest.drops import drop_all
from parallax.ingest.key_events import HEADING

_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "button", "summary")
_LIST_TAGS = ("ul", "ol", "div", "nav")
_MIN_ITEMS = 2
_MAX_HEADING_CHARS = 60
_MIN_LINK_SHARE = 0.8  # the list's words that are its links' words (a bullet, a "•", a count may stand beside)


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _link_list(el) -> bool:
    """Whether ``el`` is a list of two or more items, each a link, its words the links' words."""
    if el.tag not in _LIST_TAGS:
        return False
    items = [c for c in el if isinstance(c.tag, str)]
    if len(items) < _MIN_ITEMS or not all(item.tag == "a" or next(item.iter("a"), None) is not None for item in items):
        return False
    words = len(_text(el).split())
    linked = sum(len(_text(a).split()) for a in el.iter("a"))
    return words > 0 and linked >= _MIN_LINK_SHARE * words


def _short_text(el, limit: int = _MAX_HEADING_CHARS) -> str | None:
    """``el``'s words if they run to ``limit`` characters at most, else ``None`` (read no further: a block that
    wraps the page is not read whole for each of its ancestors)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > 4 * limit:  # (spaces and newlines of the markup count here; the words are measured below)
            return None
        parts.append(piece)
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _outermost(el, text: str):
    """The outermost block around ``el`` that holds the heading's words alone ("<p><strong>Key events</strong></p>")."""
    while (parent := el.getparent()) is not None and parent.tag not in ("body", "article", "main") and _short_text(parent) == text:
        el = parent
    return el


def drop_key_event_links(tree) -> None:
    """Remove each "Key events" heading followed by a list of links to the entries, and that list."""
    doomed = []
    for el in tree.iter(*_HEADING_TAGS):
        text = _short_text(el)
        if text is None or not HEADING.match(text):
            continue
        block = _outermost(el, text)
        after = block.getnext()
        if after is not None and not (block.tail or "").strip() and _link_list(after):
            doomed += [block, after]
    drop_all(doomed)
