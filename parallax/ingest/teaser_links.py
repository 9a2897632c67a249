"""Another story's headline set in the body as a bold link of its own: a "read more" teaser with no lead-in.

News sites break a report with a paragraph that is one bold link to another of their stories, no "Read also"
before it (which :mod:`.related_boxes` would see)::

    <p><strong><a href="/lokales/radwege-am-hafen">Stadt plant neue Radwege am Hafen</a></strong></p>

The extraction keeps the headline as a paragraph, where it reads as the article's own claim.  A paragraph of the
report that links a phrase holds text outside the link; a subheading is no link; so the rule is the markup: a
paragraph whose whole text is one link set in bold (``strong`` or ``b``, around or inside the link), of a
headline's length (:data:`_MIN_WORDS` to :data:`_MAX_WORDS` words) and not closed as a sentence.
:func:`teaser_headlines` returns those texts, dropped with the boxed headlines wherever the extraction left them.
"""

from __future__ import annotations

_MIN_WORDS, _MAX_WORDS = 4, 20
_BOLD = frozenset({"strong", "b"})
_SENTENCE_END = (".", "!", "?", "…", ":", ";", ",")


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _is_teaser(p) -> bool:
    links = list(p.iter("a"))
    if len(links) != 1 or not (link := links[0]).get("href"):
        return False
    text = _text(p)
    if text != _text(link) or not _MIN_WORDS <= len(text.split()) <= _MAX_WORDS or text.endswith(_SENTENCE_END):
        return False
    bold_above = False
    for el in link.iterancestors():
        if el is p:
            break
        bold_above = bold_above or el.tag in _BOLD
    bold_inside = any(el.tag in _BOLD and _text(el) == text for el in link.iter())
    return bold_above or bold_inside


def teaser_headlines(tree) -> frozenset[str]:
    """The texts of the page's paragraphs that are one bold link to another story (see the module's docstring)."""
    return frozenset(_text(p) for p in tree.iter("p") if _is_teaser(p))
