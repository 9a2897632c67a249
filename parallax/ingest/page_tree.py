"""Repairs to the parsed page before trafilatura reads it.

Split out of :mod:`parallax.ingest.extract`.  Each function edits the lxml tree in place so that the
extraction sees the article as a reader does: hover cards and share-button rows go, layout tables and
embedded social posts lose the markup that hides their text, spans of running text lose the class that
would make precision mode discard them, and prose held loose in a block between ``<br>`` becomes
paragraphs.
"""

from __future__ import annotations

import re

from parallax.ingest.drops import drop_all
from parallax.ingest.embedded_posts import PERMALINK_ATTRS, is_placeholder, join_post
from parallax.ingest.inline_cells import wrap_inline_cell
from parallax.ingest.layout_cells import prose_cell_tables

# Hidden-until-hover widgets inside the running text: a politician's name
# that opens a card with their photo and latest headlines, a glossary
# tooltip.  Their text is not the article's, and extractors read it inline
# ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ...").
_POPUP = re.compile(r"(?:^|[\s_-])(?:tooltip|popover|popup|pop-up|rollover|hovercard|hover-card)(?:$|[\s_-])", re.I)


# Share buttons by the class most templates give them ("entry-share", "post__share", "article-sharing"):
# trafilatura's own list knows the ones that start with "share" only.  Left in a live blog's entry, their
# links make the last entry look like a teaser that precision mode drops.
_SHARE = re.compile(r"(?:^|[-_])shar(?:e|es|ing)(?:$|[-_])", re.I)
_MAX_SHARE_CHARS = 150  # a row of buttons, not a container of text


def drop_share_widgets(tree) -> None:
    """Remove share-button rows (a share class or id, a link or button, little text): never article text."""
    doomed = []
    for el in tree.iter("div", "ul", "section", "aside", "p", "span"):
        words = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if not any(_SHARE.search(w) for w in words) or next(el.iter("a", "button"), None) is None:
            continue
        if len(el.text_content().strip()) <= _MAX_SHARE_CHARS:
            doomed.append(el)
    drop_all(doomed)


_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def unwrap_layout_tables(tree) -> None:
    """Turn the tables that lay a page out (menu in one cell, the article in the next: how pages were
    built before CSS, and still are on some regional and institutional sites) into plain blocks.  A table
    whose cell holds the page's headline (``<h1>``) is layout: a table of data has no headline in it.  As
    a table, trafilatura reads it row by row, menu and article in one line; as blocks, it finds the
    article's cell.  Tables of data, inside the article or not, stay tables."""
    layout = [t for h1 in tree.iter("h1") for t in h1.iterancestors("table")]  # the proxies held: lxml keeps them the same objects
    layout += prose_cell_tables(tree)  # no <h1>: the article's prose in a cell (:mod:`.layout_cells`)
    if not layout:
        return
    owned = [(el, el if el.tag == "table" else next(el.iterancestors("table"), None)) for el in tree.iter(*_TABLE_PARTS)]
    for el, owner in owned:  # (owners found before any is renamed)
        if owner is not None and any(owner is t for t in layout):
            if el.tag in ("td", "th"):
                wrap_inline_cell(el)  # its text loose in <font>: one paragraph (:mod:`.inline_cells`)
            el.tag = "div"
            for attr in ("width", "valign", "colspan", "rowspan", "border", "cellpadding", "cellspacing"):
                el.attrib.pop(attr, None)


_EMBED = re.compile(
    r"\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|text-post-media)\b", re.I
)  # (text-post-media: Threads)


def _is_card(el) -> bool:
    return bool(_POPUP.search(el.get("class") or "")) and (
        next(el.iter("img"), None) is not None or sum(1 for _ in el.iter("a")) >= 2
    )


def drop_popups(tree) -> None:
    """Remove hover cards inside paragraphs, keeping the anchor word: the
    innermost card-like element (an image or several links under a popup
    class) goes, its wrapper with the name stays."""
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or not _is_card(el) or next(el.iterancestors("p"), None) is None:
            continue
        if not any(isinstance(d.tag, str) and _is_card(d) for d in el.iterdescendants()):
            doomed.append(el)
    drop_all(doomed)


# Names trafilatura's precision mode discards an element for (its PRECISION_DISCARD_XPATH: a
# "link" class token, a token starting or ending in "bottom", a border style).  A span of running
# text can carry them ('reported that <span class="link"><a>the NFL will fine Rudolph</a></span>
# for his role'), and the sentence then loses its middle.
_PRECISION_DISCARD = re.compile(r"(?:^|\s)(?:link(?:$|\s)|bottom)|bottom(?:$|\s)")


def keep_running_text(tree) -> None:
    """Inline spans inside a paragraph lose the class, id or style that would make precision mode
    discard them: words in the middle of a sentence are never page furniture."""
    for el in tree.iter("span"):
        if next(el.iterancestors("p"), None) is None:
            continue
        for attr in ("class", "id"):
            if _PRECISION_DISCARD.search(el.get(attr) or ""):
                del el.attrib[attr]
        if "border" in (el.get("style") or ""):
            del el.attrib["style"]


_INLINE = frozenset({"a", "em", "strong", "b", "i", "u", "span", "sup", "sub", "small", "abbr", "cite", "q", "mark", "time", "font"})
_MIN_LOOSE_TEXT = 40  # characters of text directly in a block before it counts as prose, not a label


def paragraphs_from_breaks(tree) -> None:
    """Wrap the prose that a block holds directly, in runs split by ``<br>`` ("<div class=content">
    Following the ..., according to <em><a>DigiTimes</a></em>.<br><br><img ...>The report claims
    ..."), in paragraphs: the extraction reads the text after each ``<br>`` but lost the run before
    the first one, the article's opening paragraph.  Inline elements stay in their run; any other
    element (an image, a table, a nested block) ends it and stays where it was."""
    from lxml import etree

    for block in list(tree.iter("div", "td", "section", "article")):
        if len((block.text or "").strip()) < _MIN_LOOSE_TEXT or not any(c.tag == "br" for c in block):
            continue
        parts: list = []  # runs (lists of text and inline elements) and the block elements between them
        run: list = [block.text]
        block.text = None
        for child in list(block):
            block.remove(child)
            tail, child.tail = child.tail, None
            if isinstance(child.tag, str) and child.tag in _INLINE:
                run.append(child)
            else:
                parts.append(run)
                run = []
                if child.tag != "br":
                    parts.append(child)
            if tail:
                run.append(tail)
        parts.append(run)
        for part in parts:
            if not isinstance(part, list):
                block.append(part)
            elif any(not isinstance(x, str) or x.strip() for x in part):
                para = etree.SubElement(block, "p")
                for piece in part:
                    if not isinstance(piece, str):
                        para.append(piece)
                    elif len(para):
                        para[-1].tail = (para[-1].tail or "") + piece
                    else:
                        para.text = (para.text or "") + piece


def unwrap_embedded_posts(tree) -> None:
    """Embedded social-media posts (``<blockquote class="twitter-tweet">``)
    are statements the article reports, often the very quote it is about;
    extractors drop them as widgets.  Without their widget class they read as
    the quotations they are, each its author's (:mod:`parallax.ingest.embedded_posts`: the
    widget's signature line, "— Name (@handle) date", goes).  A placeholder that holds no word of the
    post (Threads', Mastodon's: "View on Threads") goes whole."""
    for el in list(tree.iter("blockquote")):
        if not _EMBED.search(el.get("class") or "") and not any(el.get(a) for a in PERMALINK_ATTRS):
            continue
        if is_placeholder(el):
            el.drop_tree()  # (its tail, the text after it, stays)
            continue
        el.attrib.pop("class", None)
        join_post(el)
        # and the wrappers that hold nothing else ("social-media-embed")
        size = len(el.text_content().strip())
        for wrapper in list(el.iterancestors())[:2]:
            if wrapper.tag not in ("div", "figure", "span") or len(wrapper.text_content().strip()) > size + 20:
                break
            for attr in ("class", "id"):
                wrapper.attrib.pop(attr, None)
