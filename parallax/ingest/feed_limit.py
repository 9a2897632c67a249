"""The article length limit on a feed's items, checked before feedparser reads the feed.

feedparser runs every item's HTML through its sanitiser, in Python, before any item reaches the reader: a 19 MB
item of 250,000 paragraphs spent 20 s there (on a loaded machine) and 8 s more being turned into text, only to be
refused for its length.  So, once the safety pass (:func:`parallax.ingest.feed.check_feed_xml`) has refused every
DTD and entity, the feed is parsed again by lxml, in C, and each item's body measured as a page's is
(:mod:`.page_limit`): the characters other than whitespace in its shown text.

The body measured is the one the reader takes (:func:`parallax.ingest.feed._body`): the item's content
(``content:encoded``, Atom ``content``), else its ``description``/``summary``; a summary beside a content is never
read, so it never refuses the item.  A feed no longer than the limit in all cannot hold an item over it and costs
nothing; a feed lxml will not read is left to the reader.

With ``--skip-bad`` the feed's other items are read, so the items over the limit lose their bodies first
(:func:`without_bodies`): feedparser would sanitise an item it is about to skip (seconds on a 19 MB item).
"""

from __future__ import annotations

from lxml import etree

from parallax.ingest.page_limit import shown_chars

_ITEM_PARENTS = {"channel", "RDF", "feed"}  # RSS 2.0 items, RSS 1.0 items, Atom entries
_ITEMS = {"item", "entry"}
_CONTENT = {"encoded", "content"}
_SUMMARY = {"description", "summary"}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_item(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and _local(parent.tag) in _ITEM_PARENTS


def _shown(element: etree._Element, limit: int) -> int:
    """The shown characters of one body element: Atom XHTML content as XML elements, else its text read as HTML
    (plain text read so loses only what looks like tags: never more than it holds)."""
    if len(element):
        return shown_chars(element)
    text = element.text or ""
    if len(text) <= limit:
        return 0  # (cannot be over it)
    try:  # lxml's plain HTML parser: lxml.html's element classes cost a Python call per element
        page = etree.fromstring(text, etree.HTMLParser(huge_tree=True))
    except (ValueError, etree.ParserError):
        return 0
    return 0 if page is None else shown_chars(page)


def _body_chars(item: etree._Element, limit: int) -> int:
    contents = [c for c in item if _local(c.tag) in _CONTENT and (len(c) or (c.text or "").strip())]
    bodies = contents or [c for c in item if _local(c.tag) in _SUMMARY]
    return max((_shown(body, limit) for body in bodies), default=0)


def _parsed(data: bytes) -> etree._Element | None:
    # huge_tree: a body over libxml2's 10 MB text node is what this pass is for; the limits it lifts guard against
    # entity expansion, which the safety pass refused already, and the input is bounded by the file size limit
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    try:
        return etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _items(root: etree._Element) -> list[etree._Element]:
    return [el for el in root.iter() if _local(el.tag) in _ITEMS and _is_item(el)]


def without_bodies(data: bytes, over: list[int]) -> bytes:
    """The feed ``data`` with the bodies (content and summary) of the items numbered ``over`` taken out, the items
    themselves kept so that the others keep their numbers; ``data`` unchanged where lxml will not read it."""
    root = _parsed(data) if over else None
    if root is None:
        return data
    for n, item in enumerate(_items(root), 1):
        if n in over:
            for child in [c for c in item if _local(c.tag) in _CONTENT | _SUMMARY]:
                item.remove(child)
    return etree.tostring(root.getroottree(), encoding="utf-8", xml_declaration=True)


def items_over_limit(data: bytes, limit: int | None) -> list[int]:
    """The numbers (from 1, in document order: feedparser's) of the items of the feed ``data`` whose body shows more
    than ``limit`` characters other than whitespace.  ``data`` has passed the safety pass already."""
    if limit is None or len(data) <= limit:
        return []
    root = _parsed(data)
    if root is None:
        return []
    return [n for n, item in enumerate(_items(root), 1) if _body_chars(item, limit) > limit]
