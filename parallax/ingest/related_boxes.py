"""The headlines a "read also" box inside the article links to, found in the page itself.

An extractor may keep a box's linked headline ("Hafen bleibt zwei Tage geschlossen") and drop its lead-in
("Mehr zum Thema"), and then the headline stands in the body as if it were a paragraph of the article.  The
page still shows the box: its lead-in (:data:`parallax.ingest.related_links.RELATED`) and after it only links
until text that is no link resumes.  :func:`boxed_headlines` returns those links' texts, so that the line
filters can drop them wherever the extraction left them.
"""

from __future__ import annotations

from lxml import etree

from parallax.ingest.related_links import PROSE_WORDS, RELATED
from parallax.ingest.unshown import INVISIBLE_TAGS

_MAX_LEAD_IN_WORDS = 30


def _units(tree):
    """The page's text in document order: ``(True, link text)`` for each link, ``(False, text)`` for text outside links."""
    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                yield False, el.tail
            continue
        if event == "start":
            if el.tag in INVISIBLE_TAGS:
                walker.skip_subtree()
            elif el.tag == "a":
                yield True, " ".join(el.text_content().split())
                walker.skip_subtree()
            elif el.text:
                yield False, el.text
        elif el.tail:
            yield False, el.tail


def boxed_headlines(tree) -> frozenset[str]:
    """Texts of the links that follow a "read also" lead-in, up to the first text outside a link (prose resumes);
    headlines only (fewer than :data:`PROSE_WORDS` words), whole sentences in a link stay."""
    out: set[str] = set()
    in_box = False
    for linked, text in _units(tree):
        if linked:
            if in_box and text and len(text.split()) < PROSE_WORDS:
                out.add(text)
            continue
        text = " ".join(text.split())
        if not any(c.isalnum() for c in text):
            continue  # the separators between a box's links
        in_box = bool(RELATED.match(text)) and len(text.split()) <= _MAX_LEAD_IN_WORDS
    return frozenset(out)


_LIST_TAGS = frozenset({"ul", "ol"})
_LEAD_IN_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "span", "header"})


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _list_after(el):
    """The list (``<ul>``, ``<ol>``) that follows ``el`` with no text between them, climbing out of wrappers that hold
    nothing but ``el`` ("<div><h2>Read also</h2></div><ul>…"), or ``None``."""
    while el is not None:
        nxt = el.getnext()
        while nxt is not None and isinstance(nxt.tag, str) and not _text(nxt) and not (el.tail or "").strip():
            nxt = nxt.getnext()
        if (el.tail or "").strip():
            return None
        if nxt is not None:
            if not isinstance(nxt.tag, str):
                return None
            if nxt.tag in _LIST_TAGS:
                return nxt
            inner = next((x for x in nxt.iter("ul", "ol")), None)  # a wrapper holding only the list
            return inner if inner is not None and _text(inner) == _text(nxt) else None
        parent = el.getparent()
        if parent is None or _text(parent) != _text(el):
            return None
        el = parent
    return None


def _opens_on_link(li) -> bool:
    """Whether the item's first words are a link's: a card's linked headline, its summary after it."""
    return next((linked for linked, text in _units(li) if any(c.isalnum() for c in text)), False)


_BREAKS = frozenset({"p", "div", "br", "h2", "h3", "h4", "h5", "h6", "span", "time"})


def _item_lines(li) -> list[str]:
    """The lines an extraction may print for one card: its whole text with "- " before it and bare (its blocks and
    breaks joined by a space, or run together), and each block of it alone (a headline set apart from its summary)."""
    parts: list[str] = []
    for event, el in etree.iterwalk(li, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            parts.append(("\n" if el.tag in _BREAKS else "") + (el.text or ""))
        else:
            parts.append(("\n" if el.tag in _BREAKS else "") + (el.tail or "" if el is not li else ""))
    blocks = [" ".join(b.split()) for b in "".join(parts).split("\n")]
    blocks = [b for b in blocks if b]
    wholes = (" ".join(blocks), _text(li))  # (inline blocks run together where the markup has no space between them)
    return [*wholes, *blocks, *(f"- {t}" for t in (*wholes, *blocks))]


def boxed_cards(tree) -> frozenset[str]:
    """The items of a "read also" box set as teaser cards: under a lead-in alone in its block (a heading, "À lire
    aussi", "More on this story") a list whose every item opens on a link, another story's headline, with perhaps a
    line of its summary after it.  A web convention: a box links to the stories it names, the article's own points
    open on their words.  The lines returned are each card's as the extraction may print them (:func:`_item_lines`)."""
    out: set[str] = set()
    for el in tree.iter(*_LEAD_IN_TAGS):
        text = _text(el)
        if not text or not RELATED.match(text) or len(text.split()) > _MAX_LEAD_IN_WORDS:
            continue
        box = _list_after(el)
        items = [li for li in box.iter("li") if _text(li)] if box is not None else []
        if items and all(_opens_on_link(li) for li in items):
            out.update(t for li in items for t in _item_lines(li))
    return frozenset(out)
