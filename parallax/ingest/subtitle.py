"""The subtitle under the headline: a short standfirst that the extraction dropped with the page's header.

Newsletter and blog platforms set a one-line subtitle right under the headline (Substack: ``<h1
class="post-title">`` then ``<h3 class="subtitle">What the deal means for exporters</h3>``); trafilatura drops it
with the header block when that block also holds the byline and a row of like and share links, and
:mod:`parallax.ingest.standfirst` does not take it back, since its lead must be a sentence of eight words or more
(a shorter classed "lead" is often a label).  A subtitle is part of the article: it is the writer's summary, under
the headline, and may carry its one claim.  It is told by its markup, not by its length: the element right after the
page's first ``<h1>`` that is a heading (``<h2>``, ``<h3>``, ``<h4>``) or is classed a subtitle ("subtitle",
"subheadline", "deck", "strapline"), of :data:`_MIN_WORDS` words or more, mostly not links, and not yet in the body.
"""

from __future__ import annotations

import re

from parallax.ingest.clean import norm_words
from parallax.ingest.logo_heading import LOGO

_SUBTITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:sub-?title|sub-?head(?:ing|line)?|deck|strapline)(?:$|[\s_-])", re.I)
_HEADINGS = ("h2", "h3", "h4")
_MIN_WORDS = 3  # "Rates stay high": a claim; one or two words are a label ("Analysis")
_MAX_WORDS = 60
_OUTSIDE = ("nav", "footer", "aside", "form", "a", "button", "figure", "figcaption", "template", "noscript")


def _is_logo(h1) -> bool:
    """The site's name set as its top heading: classed so, or a link (home) for most of its text."""
    if LOGO.search(f"{h1.get('class') or ''} {h1.get('id') or ''}"):
        return True
    text = "".join(h1.text_content().split())
    return len("".join("".join(a.text_content() for a in h1.iter("a")).split())) * 2 > len(text)


def _is_headline(h1, tree) -> bool:
    """Whether the ``<h1>``'s words stand in the page's title (``<title>``, ``og:title``, ``twitter:title``)."""
    words = norm_words(h1.text_content())
    if not words:
        return False
    titles = [t.text_content() for t in tree.iter("title")]
    titles += [m.get("content") or "" for m in tree.iter("meta") if (m.get("property") or m.get("name")) in ("og:title", "twitter:title")]
    return any(words in norm_words(t) for t in titles)


def subtitle(tree, body: str) -> str | None:
    """The text of the subtitle set right under the page's headline when ``body`` (normalised words of the
    extracted body) lacks it, else ``None``."""
    h1 = next((h for h in tree.iter("h1") if not _is_logo(h)), None)
    if h1 is None or any(a.tag in _OUTSIDE for a in h1.iterancestors()) or not _is_headline(h1, tree):
        return None
    after = h1.getnext()
    if after is None or not isinstance(after.tag, str):
        return None
    if after.tag not in _HEADINGS and not _SUBTITLE_CLASS.search(after.get("class") or ""):
        return None
    if after.tag in _OUTSIDE or any(d.tag in _OUTSIDE or d.tag in ("p", "ul", "ol", "img") for d in after.iterdescendants()):
        return None  # a teaser link, a picture, or a container of paragraphs
    text = " ".join(after.text_content().split())
    norm = norm_words(text)
    if not _MIN_WORDS <= len(text.split()) <= _MAX_WORDS or not norm or norm in body:
        return None
    if norm == norm_words(h1.text_content()):
        return None
    return text
