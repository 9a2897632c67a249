"""Widgets set inside an article's body: pull quotes, reader polls and shop rows, removed by their markup.

* A pull quote (``<aside><q>…</q></aside>``, ``<figure class="pullquote">``, ``<blockquote class="pull-quote">``,
  WordPress's ``wp-block-pullquote``) repeats a sentence of the body in large type.  Kept, it doubles the quote
  in the text Parallax compares, a second statement of the same speaker.  It goes only when its words stand
  again in a paragraph elsewhere on the page (:func:`drop_pull_quotes`); a quotation that is said only there
  is the article's and stays.
* A reader poll ("Should the tram reach the suburbs?", "Yes 62%", "No 38%", "Vote now", "Results") is a
  block its template names a poll in the site's language ("poll", "umfrage", "sondage", "encuesta",
  "sondaggio", "ankieta", "peiling", Crowdsignal's ``pds-``, Opinary), or a form of radio buttons whose
  button votes (:func:`drop_polls`).  None of it is reporting.  (On one Zyte dev page, a vote among food
  bloggers that the article announces, Zyte's gold keeps the question and the vote counts "%165 голосов";
  they go here too: F1 on that page 0.9877 to 0.9876 on the set, no fact lost.)
* A shop row in a product review ("$29.99 at Amazon", "Buy now", "View deal"): a short block whose whole
  text is a price at a shop or a buying button's label and that holds a link, or whose whole text is links
  marked ``rel="sponsored"`` (the mark affiliate links must carry) (:func:`drop_shop_rows`).  A sponsored link
  inside a sentence of the review stays with its sentence.

All three run on the tree before the extraction reads it (:func:`drop_inline_widgets`).
"""

from __future__ import annotations

import re
from copy import deepcopy

from parallax.ingest.clean import norm_words
from parallax.ingest.drops import drop_all

# ---------------------------------------------------------------- pull quotes

# a class or id token that names a pull quote: "pullquote", "pull-quote", "wp-block-pullquote", "quote--pull",
# "pull_quote_text"
_PULL = re.compile(r"pull[-_]?quote|quote[-_]{1,2}pull", re.I)
_QUOTE_TAGS = ("q", "blockquote")
_MIN_QUOTE_WORDS = 5
_MAX_QUOTE_WORDS = 80
_ATTRIBUTION_TAGS = ("cite", "figcaption", "footer")


def _tokens(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _quote_words(el) -> str:
    """The quote's own words, without its attribution (``<cite>``, ``<figcaption>``)."""
    copy = deepcopy(el)
    drop_all([n for n in copy.iter(*_ATTRIBUTION_TAGS) if n is not copy])
    return norm_words(copy.text_content())


def _pull_quotes(tree) -> list:
    """Candidate pull quotes: blocks named so, and asides or figures whose text is a quotation."""
    out = []
    for el in tree.iter("aside", "figure", "blockquote", "div", "p"):
        if _PULL.search(_tokens(el)):
            out.append(el)
        elif el.tag in ("aside", "figure") and next(el.iter(*_QUOTE_TAGS), None) is not None:
            out.append(el)
    return out


def drop_pull_quotes(tree) -> None:
    """Remove pull quotes whose words stand again in a paragraph elsewhere on the page."""
    quotes = [(el, _quote_words(el)) for el in _pull_quotes(tree)]
    quotes = [(el, words) for el, words in quotes if _MIN_QUOTE_WORDS <= len(words.split()) <= _MAX_QUOTE_WORDS]
    if not quotes:
        return
    paragraphs = [(p, norm_words(p.text_content())) for p in tree.iter("p", "li")]
    doomed = []
    for el, words in quotes:
        for p, text in paragraphs:
            if f" {words} " in f" {text} " and p is not el and el not in p.iterancestors() and p not in el.iterancestors():
                doomed.append(el)
                break
    drop_all(doomed)


# ---------------------------------------------------------------------- polls

# a class or id token's part that names a poll, split at "-", "_" and a camelCase hump ("article-poll",
# "pollWidget", "wp-polls", "umfrage-box", "sondage_resultats")
_POLL_PART = re.compile(r"^(?:polls?|umfrage|sondage|encuesta|sondaggio|ankieta|peiling|opinary|polldaddy|crowdsignal|pds)$", re.I)
_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_VOTE = re.compile(r"^\W*(?:vote|vote now|submit vote|abstimmen|jetzt abstimmen|voter|votez|votar|vota|votar agora|głosuj|stem)\W*$", re.I)
_POLL_BLOCKS = ("div", "section", "aside", "form", "fieldset", "figure", "ul", "ol", "table")
_MAX_POLL_WORDS = 150


def _names_poll(el) -> bool:
    return any(_POLL_PART.match(part) for part in _PARTS.split(_tokens(el)) if part)


def _radio_vote(el) -> bool:
    """A form of two or more radio buttons whose button votes."""
    radios = [i for i in el.iter("input") if (i.get("type") or "").lower() == "radio"]
    buttons = [*el.iter("button"), *(i for i in el.iter("input") if (i.get("type") or "").lower() == "submit")]
    return len(radios) >= 2 and any(_VOTE.match(b.text_content() or b.get("value") or "") for b in buttons)


def drop_polls(tree) -> None:
    """Remove short blocks named as a poll, and forms that vote (never one that holds the headline)."""
    doomed = [
        el
        for el in tree.iter(*_POLL_BLOCKS)
        if (_names_poll(el) or (el.tag in ("form", "fieldset") and _radio_vote(el)))
        and next(el.iter("h1", "article"), None) is None
        and len(el.text_content().split()) <= _MAX_POLL_WORDS
    ]
    drop_all(doomed)


# ------------------------------------------------------------------ shop rows

# a block's whole text: a price at a shop ("$29.99 at Amazon", "29,99 € bei Otto", "£12 at Argos"), or with a
# link in it a buying button's label ("Buy now", "View deal", "Check price", "See at Amazon", "Jetzt kaufen")
_PRICE = r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|gbp|kr|zł))"
_PRICE_AT = re.compile(
    rf"^\W*{_PRICE}\s(?:at|from|bei|chez|en|su|hos|från|op|w|na)\s\S++(?:\s\S++){{0,3}}$",
    re.I,
)
_BUTTON = re.compile(
    r"^\W*(?:(?:buy|shop|order) (?:now|it|here|today)|(?:view|see|get|check) (?:the )?(?:deal|price|prices|offer)"
    r"|(?:see|buy|shop) (?:it )?(?:at|on) \S++(?:\s\S++){0,2}|jetzt kaufen|zum angebot|voir l['’]offre|acheter"
    r"|comprar(?: ahora| ya)?|ver (?:oferta|precio)|acquista(?: ora)?|vedi offerta)\W*$",
    re.I,
)
_SHOP_BLOCKS = ("p", "div", "li")
_MAX_SHOP_WORDS = 12


def _sponsored_only(el) -> bool:
    """Whether the block's whole text is links marked ``rel="sponsored"``."""
    links = [a for a in el.iter("a") if "sponsored" in (a.get("rel") or "").lower().split()]
    text = " ".join(el.text_content().split())
    return bool(links) and text == " ".join(" ".join(a.text_content() for a in links).split())


def drop_shop_rows(tree) -> None:
    """Remove short blocks that are a price at a shop or a buying button, with their link."""
    doomed = []
    for el in tree.iter(*_SHOP_BLOCKS):
        text = " ".join(el.text_content().split())
        if not text or len(text.split()) > _MAX_SHOP_WORDS:
            continue
        linked = next(el.iter("a", "button"), None) is not None
        if _PRICE_AT.match(text) or (linked and _BUTTON.match(text)) or _sponsored_only(el):
            doomed.append(el)
    drop_all(doomed)


def drop_inline_widgets(tree) -> None:
    """Remove pull quotes that repeat the body, polls and shop rows (see the module's docstring)."""
    drop_pull_quotes(tree)
    drop_polls(tree)
    drop_shop_rows(tree)
