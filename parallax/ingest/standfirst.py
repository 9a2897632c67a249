"""The standfirst: the lead paragraph above the body that extractors drop.

News pages set their lead apart (``<div class="article-intro">``, ``<p
class="lead">``, a teaser in the header) and main-content extractors often
leave it out with the header around it, although it is the paragraph every
report of an event opens with, and the one Parallax most needs to compare.
Pages also repeat it in their ``description`` meta tag.  :func:`standfirst`
uses that echo to find it: the page element whose text begins with the
description, before the extracted body, outside navigation.  Nothing is
added when the extraction already holds the description (pages whose
description is simply their first paragraph) or when no element matches.
"""

from __future__ import annotations

import re

from parallax.ingest.clean import norm_words

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
    desc = description(tree)
    if not desc:
        return None
    words = norm_words(desc).split()
    prefix = " ".join(words[:_PREFIX_WORDS])
    body = norm_words("\n".join(lines))
    if not body or prefix in body:
        return None
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
