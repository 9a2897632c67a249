"""Rows of links at the end of a body: a tag row, a list of other stories set as one block.

A page's closing furniture is often a block whose text is nearly all link text: the topics the story is
filed under ("Politics Brexit Boris Johnson", "docker, installation, Docker Engine"), the headlines of other
stories run together in one box.  When the extraction keeps such a block as one line, no line filter knows it
(it is neither a labelled tag line nor one link's whole text, :func:`parallax.ingest.extract.clean_lines`), but
the page tree does: a paragraph of the article's own prose holds a link or two among its words, while a row of
links is links and the separators between them.  Only a closing line goes (a link-heavy line inside the text,
a list of sources or a reading list the writer set, stays), and only a row of several links: one link alone
at the end is the story's own "Read the full report" or a source's name.
"""

from __future__ import annotations

# a row holds three links at least, their text nearly all of its letters (separators, commas, "|" and a
# label such as "Tags" are the rest); a long block is a body, not a row
_MIN_ROW_LINKS = 3
_MIN_LINK_SHARE = 0.9
_MAX_ROW_CHARS = 600
_ROW_BLOCKS = ("p", "div", "ul", "ol", "li", "span", "section", "nav", "aside", "footer", "dd", "td")


def _key(text: str) -> str:
    """``text`` without spaces or a list dash: how a tree block and an extracted line are compared (inline
    tags split a block's text at odd places, the extraction sets ``- `` before a list item)."""
    return "".join(text.split()).lstrip("-•")


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def link_rows(tree, lines: list[str], tail: int = 3) -> frozenset[str]:
    """The keys (:func:`_key`) of those of the last ``tail`` ``lines`` that are a block of the page made of
    :data:`_MIN_ROW_LINKS` links or more whose text is :data:`_MIN_LINK_SHARE` of its letters."""
    wanted = {_key(ln) for ln in lines[-tail:] if ln.strip() and len(ln) <= _MAX_ROW_CHARS}
    if not wanted:
        return frozenset()
    found = set()
    for el in tree.iter(*_ROW_BLOCKS):
        text = el.text_content()
        if len(text) > 4 * _MAX_ROW_CHARS:
            continue
        key = _key(text)
        if key not in wanted or key in found:
            continue
        anchors = [a for a in el.iter("a") if a.text_content().strip()]
        if len(anchors) < _MIN_ROW_LINKS:
            continue
        total = _letters(text)
        if total and sum(_letters(a.text_content()) for a in anchors) >= _MIN_LINK_SHARE * total:
            found.add(key)
    return frozenset(found)


def without_closing_rows(lines: list[str], rows: frozenset[str]) -> list[str]:
    """``lines`` without the closing lines that are rows of links (:func:`link_rows`); one line always stays."""
    end = len(lines)
    while end > 1 and _key(lines[end - 1]) in rows:
        end -= 1
    return lines[:end]
