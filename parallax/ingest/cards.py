"""Teaser cards: links to other stories laid out as blocks.

Related-story rails, "more about" boxes and the grid of stories under an
article wrap each teaser in one link: ``<a href="/other-story"><h2>Headline</h2>
<p>First sentence of that story ...</p></a>``.  An article's own text is never
a block inside a link (a link in running text sits *inside* a paragraph), so
such a link is another story's teaser wherever it stands, and extractors that
weigh link density per paragraph read its headline and sentence as prose of
the article.
"""

from __future__ import annotations

from parallax.ingest.drops import drop_all

_CARD_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
# A teaser is a headline and a sentence or two.  A longer link is no card but markup gone wrong: an
# unclosed <a> that the parser stretched over the paragraphs after it, which are the article's.
_MAX_CARD_WORDS = 60


def drop_link_cards(tree) -> None:
    """Remove links that hold a block of text (a heading, a paragraph): teaser cards of other stories."""
    doomed = []
    for a in tree.iter("a"):
        if not a.get("href") or next(a.iter(*_CARD_BLOCKS), None) is None:
            continue
        if len(a.text_content().split()) <= _MAX_CARD_WORDS:
            doomed.append(a)
    drop_all(doomed)
