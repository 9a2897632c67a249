"""A page's byline printed above its story and nowhere in its metadata: ``<p class="byline">By Kim Park</p>``.

Small sites often name the writer only in the page's text.  The extraction drops that line (it is furniture,
listed in ``boilerplate_removed``), and :func:`parallax.ingest.authors.page_byline` reads only the metadata
(JSON-LD, ``<meta name="author">``, ``rel="author"``), so the article had no byline and a search by writer
found nothing.  Here the page's blocks are walked in order up to the one holding the story's first words, and
the first short block that is a byline line (:func:`parallax.ingest.text_byline.byline_line_names`: "By",
"Von", "Por" ... and names) gives the names.  Blocks after the story's start (a related story's "By Other
Writer" teaser, a comment's signature) are never read.
"""

from __future__ import annotations

from parallax.ingest.clean import normalize
from parallax.ingest.text_byline import byline_line_names
from parallax.ingest.unshown import INVISIBLE_TAGS

_BLOCKS = ("p", "div", "span", "address", "li", "h4", "h5", "h6", "small", "em", "strong")
_CONTAINERS = ("p", "div", "li", "address", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "table", "ul", "ol")
_MAX_LINE_CHARS = 150
_MAX_BLOCKS = 600  # blocks looked at before the story's start (a page's head is not longer)
_FIRST_WORDS = 40


def printed_byline(tree, body: str) -> list[str]:
    """The names of the byline line printed before ``body``'s first words in the page ``tree``, else ``[]``."""
    first = "".join(normalize(body.lstrip().split("\n", 1)[0][:_FIRST_WORDS]).split())  # (its first block's words)
    if not first:
        return []
    for n, el in enumerate(tree.iter(*_BLOCKS)):
        if n >= _MAX_BLOCKS:
            break
        if any(a.tag in INVISIBLE_TAGS for a in el.iterancestors()) or any(True for _ in el.iterdescendants(*_CONTAINERS)):
            continue  # unshown, or a container: its blocks speak for it (a wrapper holds the story's first words too)
        text = normalize(" ".join(" ".join(el.itertext()).split()))
        if first in "".join(text.split()):
            break  # the story (or a block holding it) begins: a byline stands above it
        if len(text) <= _MAX_LINE_CHARS and (names := byline_line_names(text)):
            return names
    return []
