"""The standfirst: the lead paragraph above the body that extractors drop.

News pages set their lead apart (``<div class="article-intro">``, ``<p
class="lead">``, a teaser in the header) and main-content extractors often
leave it out with the header around it, although it is the paragraph every
report of an event opens with, and the one Parallax most needs to compare.
Pages also repeat it in their ``description`` meta tag.  :func:`standfirst`
uses that echo to find it: the page element whose text begins with the
description, before the extracted body, outside navigation.  Nothing is
added when the extraction already holds the description (pages whose
description is simply their first paragraph).  Where the description echoes
no element (a site-wide slogan, a summary written apart), the lead is found
by the class the template gives it instead: the first element under the
headline named "intro", "lead", "standfirst", "dek" ..., a paragraph of
prose that is neither the lead image's caption nor a list of links.
"""

from __future__ import annotations

import re

from parallax.ingest.clean import norm_words
from parallax.ingest.subtitle import subtitle

_META = ("og:description", "description", "twitter:description", "dc.description")
_MIN_WORDS = 8  # a sentence of reporting, not a site slogan
_PREFIX_WORDS = 8  # how much of the description must open the element
_SKIP = ("nav", "footer", "aside", "script", "style", "noscript", "template", "head", "title", "meta", "form", "button", "select", "a")


# Some CMSs write the teaser's markup into the tag ('content="<p>Die frühen 1970er Jahre ...'): its tag
# names would read as the description's first words.
_TAG = re.compile(r"<[^<>]{0,200}>")


def description(tree) -> str | None:
    """The page's description meta tag, without markup, or ``None``."""
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = _TAG.sub(" ", el.get("content") or "")
        if key in _META and len(content.split()) >= _MIN_WORDS:
            return " ".join(content.split())
    return None


_INLINE = ("b", "strong", "i", "em", "span", "a", "u", "small", "mark")


def _opens_with_text(el) -> bool:
    """The element's content starts with its own text, or with an inline child's
    ("<p><strong>Two</strong> drivers ...")."""
    if (el.text or "").strip():
        return True
    first = next(iter(el), None)
    return first is not None and first.tag in _INLINE and bool((first.text or "").strip())


def _skipped(el) -> bool:
    return el.tag in _SKIP or any(a.tag in _SKIP for a in el.iterancestors())


def standfirst(tree, lines: list[str]) -> str | None:
    """The lead paragraph to put above ``lines`` (the extracted body), or ``None``."""
    body = norm_words("\n".join(lines))
    if not body:
        return None
    return _lead(tree, lines, body) or subtitle(tree, body)  # a short subtitle under the headline (:mod:`.subtitle`)


def _lead(tree, lines: list[str], body: str) -> str | None:
    desc = description(tree)
    if not desc:
        return _classed_lead(tree, lines, body)
    words = norm_words(desc).split()
    prefix = " ".join(words[:_PREFIX_WORDS])
    if prefix in body:
        return None
    return _echoed_lead(tree, lines, words, prefix) or _classed_lead(tree, lines, body)


# The class a template gives the lead ("article-intro", "lead", "standfirst", "dek", "chapo", "vorspann",
# "artikel-teaser"): the lead set apart under the headline where the description tag does not echo it.  (A box
# of teasers to other stories is mostly links, which _classed_lead refuses.)
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:intro|lead|lede|standfirst|dek|excerpt|summary|chapo|chapeau|vorspann|teaser)(?:$|[\s_-])", re.I)
_MAX_LEAD_WORDS = 80  # a paragraph, not a container of the page
_MEDIA = ("img", "picture", "figure", "video", "iframe", "figcaption")


def _is_media(el) -> bool:
    """The lead image and its caption ("ArticlePage-lead"), which templates name the lead too."""
    return el.tag in _MEDIA or any(d.tag in _MEDIA for d in el.iterdescendants()) or any(a.tag == "figure" for a in el.iterancestors())


def _classed_lead(tree, lines: list[str], body: str) -> str | None:
    """The text of the first element under the headline (``<h1>``) whose class names it the lead, before
    the body begins and outside navigation, when it is a paragraph of prose the extraction left out."""
    first = norm_words(lines[0])[:60]
    headline = False
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "h1":
            headline = True
            continue
        if _opens_with_text(el) and norm_words(el.text_content()).startswith(first):
            return None  # the body has begun: a lead stands before it
        if not headline or not _LEAD_CLASS.search(el.get("class") or "") or _skipped(el) or _is_media(el):
            continue
        norm = norm_words(el.text_content())
        if not norm or first in norm or norm in body:
            continue  # empty, a container of lead and body, or already extracted
        text = " ".join(el.text_content().split())
        links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if _MIN_WORDS <= len(text.split()) <= _MAX_LEAD_WORDS and links < len(text) / 2:
            return text
    return None


def _echoed_lead(tree, lines: list[str], words: list[str], prefix: str) -> str | None:
    """The innermost element before the body that opens with the description (``prefix``)."""
    first = norm_words(lines[0])[:60] if lines else ""
    best = None
    for el in tree.iter():
        # only elements whose own text opens their content can open with the lead or
        # the body; reading every container's whole text would be quadratic in depth
        if not isinstance(el.tag, str) or not _opens_with_text(el) or _skipped(el):
            continue
        norm = norm_words(el.text_content())
        if first and norm.startswith(first):
            break  # the body has begun: a lead stands before it
        if not norm.startswith(prefix) or (first and first in norm):
            continue  # not the lead, or a container of lead and body
        text = " ".join(el.text_content().split())
        if best is None or len(text) < len(best):
            best = text  # the innermost element that opens with the description
    if best is None or len(best.split()) > 4 * max(len(words), _MIN_WORDS):
        return None
    return best
