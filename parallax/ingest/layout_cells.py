"""The tables that lay a page out, found by the article's prose in one of their cells where no ``<h1>`` marks it.

:func:`parallax.ingest.page_tree.unwrap_layout_tables` turns a table into plain blocks when a cell of it holds the
page's headline (``<h1>``).  A page built in tables before CSS often sets its headline in ``<font>`` or ``<b>``
instead; its table stayed a table, and trafilatura read it row by row: the menu row, the article's cell as one
line with the ads' cell beside it ("| Home \\| News \\| Sport |"), the footer row.  A cell that holds the article's
prose tells the same: a cell of data is a figure, a name or a short note, not :data:`_MIN_PROSE_WORDS` words in
several sentences.  The tables around such a cell are the page's layout; a table of data inside the article, with
no such cell of its own, stays a table, and so does one whose rows hold three filled cells or more (columns of
data: a catalogue of works whose "remarks" column runs long), as a layout row holds a rail and the article.
"""

from __future__ import annotations

import re
from functools import cache

from parallax.ingest.paragraph_cells import holds_paragraphs, prose_blocks

_MIN_PROSE_WORDS, _MIN_SENTENCES = 80, 4
# prose runs some 15 to 25 words to a sentence; a list of names or links in a cell (an open letter's signatories,
# "Ann Roe, Example University" ... with a stop after "Jr.") runs on for 40 words and more to a stop
_MAX_WORDS_PER_SENTENCE = 35
_DATA_COLUMNS, _DATA_ROWS = 3, 2  # rows with three filled cells or more: columns of data
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


def prose_cell_tables(tree) -> list:
    """The tables around a cell holding the article's prose (see the module's docstring): a cell with no table
    inside it whose text runs to :data:`_MIN_PROSE_WORDS` words in :data:`_MIN_SENTENCES` sentences or more, of
    prose's length (:data:`_MAX_WORDS_PER_SENTENCE`)."""
    found: list = []

    @cache
    def page_words() -> int:
        return sum(len(b.split()) for b in prose_blocks(tree.getroot() if hasattr(tree, "getroot") else tree))

    for cell in tree.iter("td", "th"):
        if next(cell.iter("table"), None) is not None:
            continue  # (an outer cell: its inner table is judged by its own cells)
        text = " ".join(cell.itertext())  # (pieces apart: "<br>" between sentences leaves no space)
        words, sentences = len(text.split()), len(_SENTENCE_END.findall(text))
        long_prose = words >= _MIN_PROSE_WORDS and sentences >= _MIN_SENTENCES and words <= _MAX_WORDS_PER_SENTENCE * sentences
        if not long_prose and not holds_paragraphs(cell, page_words):  # a short report's paragraphs (:mod:`.paragraph_cells`)
            continue
        found.extend(t for t in cell.iterancestors("table") if not _holds_data(t))
    return found


def _holds_data(table) -> bool:
    """Whether :data:`_DATA_ROWS` rows of ``table`` (its own, not a nested table's) hold :data:`_DATA_COLUMNS`
    filled cells or more."""
    rows = 0
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is not table:
            continue
        filled = sum(1 for c in row if c.tag in ("td", "th") and c.text_content().strip())
        rows += filled >= _DATA_COLUMNS
        if rows >= _DATA_ROWS:
            return True
    return False
