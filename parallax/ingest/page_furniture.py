"""Page furniture recognised by its markup before the extraction reads the page: photo captions and modal popups.

Neither is the article's text, and both sit where an extractor takes them for it: a caption set as a ``<div
class="photo-caption">`` beside the lead image (trafilatura drops ``<figure>`` and ``<figcaption>``, not a
caption the template builds from plain blocks), and a popup that a WordPress plugin keeps hidden in the page
until a button opens it (Popup Maker's ``pum-overlay``, a ``modal`` dialog), holding a whole other text.  Found on the trafilatura set's
dev pages (a caption kept above the story, two popups' texts kept under it).  Their
class names say what they are on any site, whatever the language, so they go by their names
(:func:`drop_captions`, :func:`drop_modals`), never a block that holds the page's headline.
"""

from __future__ import annotations

import re

from parallax.ingest.drops import drop_all
from parallax.ingest.photo_lines import drop_italic_captions

# A caption's class token: "caption", "photo-caption", "image_caption", "wp-caption-text", "caption-text", and
# the word in the languages whose templates name classes in their own: German "bildunterschrift" ("artikel-
# bildunterschrift"), Swedish and Norwegian "bildtext"/"bildetekst", Danish "billedtekst", Dutch "onderschrift"
# and "bijschrift", Italian "didascalia", Spanish "pie-de-foto", Finnish "kuvateksti".
# (Not "captioned-video", a player.  Photo credits by class stay: some gold bodies keep them, and the line
# filters take the labelled ones, "Photo: ...".)
_CAPTION = re.compile(
    r"^(?:[a-z]+[-_]){0,2}(?:caption|bildunterschrift|bildtext|bildetekst|billedtekst|onderschrift|bijschrift|didascalia|"
    r"pie[-_]de[-_]foto|kuvateksti)(?:[-_](?:text|content|inner))?$",
    re.I,
)
# A modal popup's class token: Popup Maker ("pum-overlay", "popmake"), a dialog ("modal", "modal-dialog",
# "c-modal"), a lightbox.  ("modal-open" marks the <body> while one is shown, so it is no popup itself.)
_MODAL = re.compile(r"^(?:pum|pum-overlay|pum-container|popmake|(?:[a-z]-)?modal|modal-(?:dialog|window|wrapper|overlay)|lightbox)$", re.I)
_MAX_CAPTION_WORDS = 80  # a caption is a sentence or two; a longer block so named is the template's wrapper
_MAX_MODAL_SHARE = 0.5  # a popup is a small part of the page; a "modal" wrapping most of it is the layout


def _tokens(el) -> list[str]:
    return f"{el.get('class') or ''} {el.get('id') or ''}".split()


def _words(el) -> int:
    return len(el.text_content().split())


# A picture's credit by its class token: "credit", "photo-credit", "image_credit", "media-credit".
_CREDIT = re.compile(r"^(?:[a-z]+[-_]){0,2}credits?$", re.I)
_INLINE = ("span", "small", "em", "i", "cite", "b", "strong")


def _credited_caption(el) -> bool:
    """Whether ``el`` is a caption run on with its picture's credit: a short paragraph of its own text that ends
    on an inline element named a credit ('<p class="summary">Agents found 475 pounds ... <span class="credit">By
    KELTON HARBOUR POLICE</span></p>').  A paragraph of the report never closes on a credit so
    named; what it credits is a picture, and the sentence before it describes that picture."""
    children = list(el)
    if not children or not (el.text or "").strip() or _words(el) > _MAX_CAPTION_WORDS:
        return False
    last = children[-1]
    return last.tag in _INLINE and not (last.tail or "").strip() and any(_CREDIT.match(t) for t in _tokens(last))


def drop_captions(tree) -> None:
    """Remove blocks named as captions (a sentence or two, no headline in them), and captions that close on
    their picture's credit (:func:`_credited_caption`)."""
    doomed = [
        el
        for el in tree.iter("div", "p", "span", "section")
        if any(_CAPTION.match(t) for t in _tokens(el)) and next(el.iter("h1"), None) is None and _words(el) <= _MAX_CAPTION_WORDS
    ]
    doomed += [el for el in tree.iter("p", "div", "figcaption") if _credited_caption(el)]
    drop_all(doomed)
    drop_italic_captions(tree)  # an italic line right under its image, no class to name it (:mod:`.photo_lines`)


def drop_modals(tree) -> None:
    """Remove modal popups: blocks named as a popup or dialog that hold neither the headline nor most of the page."""
    body = next(tree.iter("body"), None)
    total = _words(body) if body is not None else 0
    doomed = [
        el
        for el in tree.iter("div", "section", "aside", "dialog")
        if any(_MODAL.match(t) for t in _tokens(el))
        and next(el.iter("h1", "article"), None) is None
        and _words(el) <= _MAX_MODAL_SHARE * total
    ]
    drop_all(doomed)
