"""A layout table's cell whose text lies loose in inline markup (``<td><font><b>Headline<br></b></font><font>
Opening paragraph ...<br></font></td>``) is held in a paragraph when the table becomes blocks.

:func:`parallax.ingest.page_tree.unwrap_layout_tables` renames a layout table's cells to ``<div>``.  A page
built before CSS sets its text in ``<font>`` elements straight inside the cell, with ``<br>`` inside them
between its paragraphs; as a ``<div>`` of nothing but inline elements it holds no paragraph trafilatura
reads, and the cell's whole text was lost (alternatives-economiques.fr's opening cell: headline, standfirst
and the first two paragraphs, beside a sidebar cell).  Inline elements are by definition text inside a block:
a cell holding only them and breaks is one block of text, so wrapping them in ``<p>`` says what the page
shows.  Only a cell whose text is set in lines by ``<br>`` counts, two lines of text at least: a cell of one line
of spans is a template's field (the byline and date row "Geschrieben von Marlin am 14.03.2017 09:45 (812 x
gelesen)", the headline cell of a portal's news module), and a break that only closes the one line ("<strong>Les
loyers sont-ils trop élevés ?<br></strong>", the heading of a sidebar box whose text lies in a cell
below) sets nothing apart; such cells stay out of the text as before (ext53).  A cell holding any block element (a paragraph, a list, a nested table) is left as it is: its text
already lies in blocks the extraction reads.
"""

from __future__ import annotations

_INLINE = frozenset({"a", "em", "strong", "b", "i", "u", "span", "sup", "sub", "small", "abbr", "cite", "q", "mark", "time", "font", "br"})
_MIN_TEXT = 40  # characters: a cell of a label or a figure stays as it is


def _lines(cell) -> int:
    """How many lines of text the cell's breaks set apart (a break before or after no text sets none apart)."""
    from lxml import etree

    parts: list[str] = [""]
    for event, el in etree.iterwalk(cell, events=("start", "end")):
        if event == "start":
            if el.tag == "br":
                parts.append("")
            elif isinstance(el.tag, str):
                parts[-1] += el.text or ""
        elif el is not cell:
            parts[-1] += el.tail or ""
    return sum(1 for part in parts if part.strip())


def wrap_inline_cell(cell) -> None:
    """Move the content of ``cell`` (a ``<td>`` or ``<th>``) into one ``<p>`` where it holds only inline elements
    and breaks, one break at least, and :data:`_MIN_TEXT` characters of text or more (see the module's docstring)."""
    from lxml import etree

    if not len(cell) or any(isinstance(c.tag, str) and c.tag not in _INLINE for c in cell):  # (a comment is no block)
        return
    if _lines(cell) < 2 or len(cell.text_content().strip()) < _MIN_TEXT:
        return
    para = etree.Element("p")
    para.text, cell.text = cell.text, None
    for child in list(cell):
        para.append(child)  # (moves it, with its tail)
    cell.append(para)
