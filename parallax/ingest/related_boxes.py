"""The headlines a "read also" box inside the article links to, found in the page itself.

An extractor may keep a box's linked headline ("Hafen bleibt zwei Tage geschlossen") and drop its lead-in
("Mehr zum Thema"), and then the headline stands in the body as if it were a paragraph of the article.  The
page still shows the box: its lead-in (:data:`parallax.ingest.related_links.RELATED`) and after it only links
until text that is no link resumes.  :func:`boxed_headlines` returns those links' texts, so that the line
filters can drop them wherever the extraction left them.
"""

from __future__ import annotations

from lxml import etree

from parallax.ingest.related_links import PROSE_WORDS, RELATED
from parallax.ingest.unshown import INVISIBLE_TAGS

_MAX_LEAD_IN_WORDS = 30


def _units(tree):
    """The page's text in document order: ``(True, link text)`` for each link, ``(False, text)`` for text outside links."""
    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                yield False, el.tail
            continue
        if event == "start":
            if el.tag in INVISIBLE_TAGS:
                walker.skip_subtree()
            elif el.tag == "a":
                yield True, " ".join(el.text_content().split())
                walker.skip_subtree()
            elif el.text:
                yield False, el.text
        elif el.tail:
            yield False, el.tail


def boxed_headlines(tree) -> frozenset[str]:
    """Texts of the links that follow a "read also" lead-in, up to the first text outside a link (prose resumes);
    headlines only (fewer than :data:`PROSE_WORDS` words), whole sentences in a link stay."""
    out: set[str] = set()
    in_box = False
    for linked, text in _units(tree):
        if linked:
            if in_box and text and len(text.split()) < PROSE_WORDS:
                out.add(text)
            continue
        text = " ".join(text.split())
        if not any(c.isalnum() for c in text):
            continue  # the separators between a box's links
        in_box = bool(RELATED.match(text)) and len(text.split()) <= _MAX_LEAD_IN_WORDS
    return frozenset(out)
