"""A page whose extracted "body" is only its links' words: a menu, not an article.

A page that renders its story in the browser, a section front, or a soft error page can leave main-text
extraction nothing but a row of links ("Home", "World", "Politics news from around the country"), and that row was
stored as an article: a one-article story of menu words.  Such a body is refused as "no article text found", the
error an empty extraction gives.  Conservative: every line must be the whole text of one of the page's links and no
line may end as a sentence does (an old site that wraps each paragraph in a link still ends them with a stop).
"""

from __future__ import annotations

_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "؟", '"', "”", "»", ":")


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def only_link_text(tree, body: str) -> bool:
    """Whether each non-empty line of ``body`` is the text of a link (``<a>``) in ``tree`` and none ends a sentence."""
    lines = [_squeezed(line) for line in body.split("\n")]
    lines = [line for line in lines if line]
    if not lines or any(line.endswith(_SENTENCE_END) for line in lines):
        return False
    links = {_squeezed(a.text_content()) for a in tree.iter("a")}
    return all(line in links for line in lines)
