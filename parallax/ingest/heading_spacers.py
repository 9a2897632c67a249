"""Empty blocks inside a heading, which make trafilatura drop the heading.

Page builders put layout spacers inside headings (``<h2><strong><div class="height-spacer"></div>Menu for Plan
A<div class="height-spacer"></div></strong></h2>``); trafilatura reads a heading that holds a block element as
a container and keeps none of its text, so every subheading of a recipe plan or a guide was lost (ext45, a Zyte dev
page lost six of them).  An empty block inside a heading shows nothing: it is removed, its tail kept.
"""

from __future__ import annotations

from parallax.ingest.drops import drop_all

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("div", "p", "section", "figure", "ul", "ol", "table", "blockquote", "hr")
_SHOWN = ("img", "picture", "svg", "video", "iframe", "input", "object", "embed")


def drop_heading_spacers(tree) -> int:
    """Remove the empty blocks inside headings (no text, nothing shown); the number removed."""
    spacers = [
        el
        for heading in tree.iter(*_HEADINGS)
        for el in heading.iterdescendants(*_BLOCKS)
        if not "".join(el.itertext()).strip() and next(el.iter(*_SHOWN), None) is None
    ]
    return drop_all(spacers)  # (the text after it stays)
