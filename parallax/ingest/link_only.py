"""A page whose extracted "body" is only its links' words: a menu, not an article.

A page that renders its story in the browser, a section front, or a soft error page can leave main-text
extraction nothing but a row of links ("Home", "World", "Politics news from around the country"), and that row was
stored as an article: a one-article story of menu words.  Such a body is refused as "no article text found", the
error an empty extraction gives.  Conservative: every line must be the whole text of one of the page's links and no
line may end as a sentence does (an old site that wraps each paragraph in a link still ends them with a stop).
A menu whose links sit inline on one row comes out as one line ("Home World", "Home | World · Sport"): such a line
counts too when it is nothing but link texts and the separators menus set between them (:func:`_row_of_links`).
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
    return all(line in links or _row_of_links(line, links) for line in lines)


# what menus set between inline links: spaces, bars, dots, bullets, slashes, dashes
_SEPARATORS = frozenset(" |·•/-–—")
_ROW_CHARS = 500  # a menu row is short; a longer line is not tried (the test below is links × length)


def _row_of_links(line: str, links: set[str]) -> bool:
    """Whether ``line`` is only link texts (longest first, each removed where it occurs) and separators."""
    if len(line) > _ROW_CHARS:
        return False
    rest = line
    for text in sorted((t for t in links if t and t in line), key=len, reverse=True):
        rest = rest.replace(text, " ")
    return rest != line and all(ch in _SEPARATORS for ch in rest)
