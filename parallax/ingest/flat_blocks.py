"""A body the extraction flattened into one line, cut again where the page's own blocks end.

On a very small page (a headline, a byline and two short paragraphs inside an ``<article>``) trafilatura finds
too little text to trust its main pass and falls back to its baseline, which reads the ``<article>`` element's
text as one run: "Fire at depot By Jane Roe A fire broke out ... No one was hurt ...".  The paragraph breaks are
lost, and with them the line filters that drop a headline or a byline line by line.

:func:`with_block_breaks` cuts such a line back into the page's blocks: only where the line is, word for word,
two or more *consecutive* leaf blocks of the page (``<p>``, headings, list items, quotations, cells that hold no
other block) joined by spaces.  A line that is one block, or whose words run across a block's end without
matching the next block whole, stays as it is, so a paragraph with inline markup (``<b>Update:</b>``) is never
cut, and nothing is added or dropped: the cut pieces are the line's own words.
"""

from __future__ import annotations

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption")
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
    """``text`` with each line that is several consecutive leaf blocks of ``tree`` cut into those blocks."""
    lines = text.split("\n")
    if not any(len(ln.split()) >= _MIN_LINE_WORDS for ln in lines):
        return text
    blocks = _leaf_blocks(tree)
    if len(blocks) < 2:
        return text
    starts: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        starts.setdefault(block.split(" ", 1)[0], []).append(i)
    out = []
    for line in lines:
        flat = " ".join(line.split())
        pieces = _cut(flat, blocks, starts) if len(flat.split()) >= _MIN_LINE_WORDS else None
        out.extend(pieces or [line])
    return "\n".join(out)

