"""A table cell that holds a short article's paragraphs: the mark of a layout table where the prose is too short for
:mod:`parallax.ingest.layout_cells`.

:func:`parallax.ingest.layout_cells.prose_cell_tables` knows the cell that holds the article by its length (80 words
in four sentences).  An old CMS lays out short reports the same way, three paragraphs of one or two sentences under a
headline in ``<font>``, and that cell fell short: the table stayed a table, and trafilatura read the menu, the article
and the footer as rows ("| | Harbour bridge to close Der Stadtrat hat ... |").  Paragraphs tell the article's cell
as well as length does: a cell of data holds a figure, a name, a note, not two blocks of prose or more, set apart as
``<p>`` elements or by a blank line (``<br><br>``), each a sentence of :data:`_MIN_WORDS` words or more closed by a
stop, of prose's length (:data:`_MAX_WORDS_PER_SENTENCE`), and most of the page's prose (:data:`_PAGE_SHARE`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MIN_PARAGRAPHS, _MIN_WORDS, _MIN_TOTAL = 2, 12, 40
_PAGE_SHARE = 0.5
_MAX_WORDS_PER_SENTENCE = 35
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”»)]?(?:\s|$)")
_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
_BLANK = re.compile(r"\n[ \t\r\xa0]*\n")


def _text(el, parts: list[str]) -> None:
    """The text of ``el`` with a newline for each ``<br>`` and a blank line around each block."""
    block = el.tag in _BLOCKS
    if block:
        parts.append("\n\n")
    parts.append(el.text or "")
    for child in el:
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.tag not in ("script", "style"):
            _text(child, parts)
        parts.append(child.tail or "")
    if block:
        parts.append("\n\n")


def _is_prose(block: str) -> bool:
    words = len(block.split())
    sentences = len(_SENTENCE_END.findall(block))
    return (
        words >= _MIN_WORDS
        and sentences >= 1
        and bool(_SENTENCE_END.search(block[-3:] + " "))
        and words <= _MAX_WORDS_PER_SENTENCE * sentences
    )


def prose_blocks(el) -> list[str]:
    """The paragraphs of prose under ``el`` (see the module's docstring)."""
    parts: list[str] = []
    _text(el, parts)
    blocks = [" ".join(b.split()) for b in _BLANK.split("".join(parts))]
    return [b for b in blocks if b and _is_prose(b)]


def holds_paragraphs(cell, page_words: Callable[[], int]) -> bool:
    """Whether ``cell`` holds :data:`_MIN_PARAGRAPHS` paragraphs of prose or more, :data:`_MIN_TOTAL` words in all,
    and most of the page's prose (``page_words``: its words in paragraphs of prose).  A table of data may hold a few
    paragraphs in a cell (a wiki's table of a character's lines, each a sentence in quotes); the cell that lays the
    article out holds the page's text, next to menus and a footer."""
    prose = prose_blocks(cell)
    words = sum(len(b.split()) for b in prose)
    return len(prose) >= _MIN_PARAGRAPHS and words >= _MIN_TOTAL and words >= _PAGE_SHARE * page_words()
