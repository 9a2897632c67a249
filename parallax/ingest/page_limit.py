"""The article length limit on a page's shown text, checked as soon as the page is parsed.

:mod:`.text_limit` checks the body that trafilatura extracted, but before that the page's metadata is read and its
tree walked by two dozen furniture passes in Python, each over every element: a 19 MB feed item or page of 250,000
paragraphs ran for more than five minutes before its body reached the check (one huge text node is cheap; many
paragraphs are not).  So the page's shown text is counted first, in one XPath pass in C.

Why the shown text stands for the article: the article is made of the page's shown text (text nodes outside script,
style, noscript and template elements, :data:`~.unshown.UNSHOWN_TAGS`), less the furniture the cleaning drops (menus,
share rows, bylines, related links: lines of a few hundred characters, not a million).  So a page over the limit here
is over it after the cleaning too, unless its furniture alone runs to hundreds of thousands of characters (a page of
thousands of readers' comments under an article just under the limit: refused here where the later check let it
through, the one case this trades for speed).  A data body (JSON-LD ``articleBody``) is read only where the markup
shows under half of it (:mod:`.embedded_body`), which a page over the limit in its markup never is.  As in
:mod:`.text_limit`, whitespace does not count, since the cleaning folds it.
"""

from __future__ import annotations

from lxml import etree

from parallax.errors import InputError
from parallax.ingest.text_limit import visible_chars
from parallax.ingest.unshown import UNSHOWN_TAGS

_SHOWN_TEXT = etree.XPath(".//text()[not(" + " or ".join(f"parent::{tag}" for tag in UNSHOWN_TAGS) + ")]", smart_strings=False)


def shown_chars(tree) -> int:
    """The characters other than whitespace in the text nodes under ``tree`` (a page, or one element of it) that a
    browser shows (one join and one count, in C: a count per text node cost a Python call for each of 250,000
    paragraphs)."""
    return visible_chars("".join(_SHOWN_TEXT(tree)))


def check_page_length(tree, html: str, source: str, limit: int | None) -> None:
    """Refuse the page ``html`` (parsed as ``tree``, read from ``source``) whose shown text exceeds ``limit``.

    A page no longer than the limit in all (markup included) cannot be over it: such pages, nearly all, cost nothing."""
    if limit is None or len(html) <= limit:
        return
    if shown_chars(tree) > limit:  # worded as the later checks word it
        raise InputError(source, f"article text longer than the limit of {limit:,} characters")
