"""A body the extraction flattened into one line, cut again where the page's own blocks end.

On a very small page (a headline, a byline and two short paragraphs inside an ``<article>``) trafilatura finds
too little text to trust its main pass and falls back to its baseline, which reads the ``<article>`` element's
text as one run: "Fire at depot By Jane Roe A fire broke out ... No one was hurt ...".  The paragraph breaks are
lost, and with them the line filters that drop a headline or a byline line by line.

:func:`with_block_breaks` cuts such a line back into the page's blocks: only where the extraction is that one
line (an extraction of several lines kept the page's breaks; a table's row is one line by design) and the line
is, word for word, two or more *consecutive* leaf blocks of the page (``<p>``, headings, list items, quotations
that hold no other block; never table cells) joined by spaces.  A line that is one block, or whose words run across a block's end without
matching the next block whole, stays as it is, so a paragraph with inline markup (``<b>Update:</b>``) is never
cut, and nothing is added or dropped: the cut pieces are the line's own words.
"""

from __future__ import annotations

# (no table cells: a table's row is one line of its cells by design, and its cells are no paragraphs)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption")
_MIN_LINE_WORDS = 8  # a flattened body, not a label


def _leaf_blocks(tree) -> list[str]:
    """The text of each block that holds no other block, in page order (words joined by single spaces)."""
    out = []
    for el in tree.iter(*_BLOCKS):
        if next((d for d in el.iterdescendants(*_BLOCKS)), None) is not None:
            continue
        words = " ".join(el.text_content().split())
        if words:
            out.append(words)
    return out


def _cut(line: str, blocks: list[str], starts: dict[str, list[int]]) -> list[str] | None:
    """``line`` as two or more consecutive blocks, or ``None``."""
    for i in starts.get(line.split(" ", 1)[0], ()):
        pieces, pos, j = [], 0, i
        while j < len(blocks) and line.startswith(blocks[j], pos):
            pieces.append(blocks[j])
            pos += len(blocks[j])
            j += 1
            if pos == len(line):
                return pieces if len(pieces) > 1 else None
            if line[pos] != " ":
                break
            pos += 1
    return None


def with_block_breaks(tree, text: str) -> str:
    """``text``, where it is one line that is several consecutive leaf blocks of ``tree``, cut into those blocks."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) != 1 or len(lines[0].split()) < _MIN_LINE_WORDS:
        return text  # (the baseline's shape: the whole body on one line; a longer extraction kept its breaks)
    blocks = _leaf_blocks(tree)
    if len(blocks) < 2:
        return text
    starts: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        starts.setdefault(block.split(" ", 1)[0], []).append(i)
    pieces = _cut(" ".join(lines[0].split()), blocks, starts)
    return "\n".join(pieces) if pieces else text

