"""Readers' comments under an article, recognised by their markup before the extraction reads the page.

trafilatura leaves out the comment sections it knows by name (WordPress's ``comments-area``, ``comment-list``,
Disqus's thread), but a section named otherwise reaches it: ``<section id="discussion">`` of reader posts, each a
``<div class="post">`` that it takes for a blog post and puts first (a reader's opinion read as the report's
opening, its claims as the article's facts).  A section so named is the readers' on any site: the class and id
words for a discussion or comments, in the languages whose templates name classes in their own
(:data:`_DISCUSSION`), never a block that holds the headline, an ``<article>`` or most of the page.
"""

from __future__ import annotations

import re

from parallax.ingest.drops import drop_all

_DISCUSSION = re.compile(
    r"^(?:(?:user|reader|readers|leser|visitor)[-_]?)?(?:discussion|diskussion|comments?|kommentare|leserkommentare|"
    r"commentaires|comentarios|comentários|commenti|reacties|komentarze|hozzaszolasok)"
    r"(?:[-_](?:section|area|list|thread|container|wrapper|block|box|module|widget))?$",
    re.I,
)
_MAX_SHARE = 0.5  # comments are a part of the page; a block so named that holds most of it is the layout


def _words(el) -> int:
    return len(el.text_content().split())


def drop_comment_sections(tree) -> None:
    """Remove blocks named as a discussion or comment section (:data:`_DISCUSSION`) that hold neither the
    headline nor an ``<article>`` nor most of the page's words."""
    body = next(tree.iter("body"), None)
    total = _words(body) if body is not None else 0
    doomed = [
        el
        for el in tree.iter("div", "section", "aside", "ol", "ul")
        if any(_DISCUSSION.match(t) for t in f"{el.get('class') or ''} {el.get('id') or ''}".split())
        and next(el.iter("h1", "article"), None) is None
        and _words(el) <= _MAX_SHARE * total
    ]
    drop_all(doomed)
