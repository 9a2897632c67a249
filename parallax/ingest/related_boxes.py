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
_MIN_CARD_WORDS, _MIN_CARDS = 3, 2


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _next_block(el):
    """The block that follows ``el`` with no text between them, climbing out of wrappers that hold nothing but ``el``
    ("<div><h2>Read also</h2></div><ul>…"), or ``None``."""
    while el is not None:
        if (el.tail or "").strip():
            return None
        nxt = el.getnext()
        while nxt is not None and isinstance(nxt.tag, str) and not _text(nxt) and not (nxt.tail or "").strip():
            nxt = nxt.getnext()
        if nxt is not None:
            return nxt if isinstance(nxt.tag, str) and _text(nxt) else None
        parent = el.getparent()
        if parent is None or _text(parent) != _text(el):
            return None
        el = parent
    return None


def _opening_units(el) -> list[tuple[bool, str]]:
    """The first two units of ``el``'s text with letters or figures in them (:func:`_units`; its tail left out)."""
    units = [(linked, " ".join(text.split())) for linked, text in _units(el) if any(c.isalnum() for c in text)]
    if (el.tail or "").strip() and units:
        units.pop()  # (the tail follows the element)
    return units[:2]


def _opens_on_link(li) -> bool:
    """Whether the item's first words are a link's: a card's linked headline, its summary after it."""
    units = _opening_units(li)
    return bool(units) and units[0][0]


def _is_card(el) -> bool:
    """Whether a block outside a list is a teaser card: a linked headline first (:data:`_MIN_CARD_WORDS` words to fewer
    than :data:`PROSE_WORDS`), then nothing or a sentence of its own (a capital or a figure: a linked name opening the
    article's own sentence runs on in lower case, "<a>The council's report</a> says …")."""
    units = _opening_units(el)
    if not units or not units[0][0] or not _MIN_CARD_WORDS <= len(units[0][1].split()) < PROSE_WORDS:
        return False
    return len(units) == 1 or units[1][1][:1].isupper() or units[1][1][:1].isdigit()


def _box_items(lead_in) -> list:
    """The cards of the box ``lead_in`` heads: the items of the list after it, each opening on a link, or the run of
    blocks after it that are cards (:func:`_is_card`, :data:`_MIN_CARDS` at least); ``[]`` where neither follows."""
    block = _next_block(lead_in)
    if block is None:
        return []
    lists = [block] if block.tag in _LIST_TAGS else [x for x in block.iter("ul", "ol") if _text(x) == _text(block)][:1]
    if lists:
        items = [li for li in lists[0].iter("li") if _text(li)]
        return items if items and all(_opens_on_link(li) for li in items) else []
    run = []
    while block is not None and _is_card(block):
        run.append(block)
        block = _next_block(block)
    return run if len(run) >= _MIN_CARDS else []


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
    line of its summary after it, or blocks of that shape one after another (:func:`_box_items`).  A web convention: a box links to the stories it names, the article's own points
    open on their words.  The lines returned are each card's as the extraction may print them (:func:`_item_lines`)."""
    out: set[str] = set()
    for el in tree.iter(*_LEAD_IN_TAGS):
        text = _text(el)
        if not text or not RELATED.match(text) or len(text.split()) > _MAX_LEAD_IN_WORDS:
            continue
        out.update(t for card in _box_items(el) for t in _item_lines(card))
    return frozenset(out)
