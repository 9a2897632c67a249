"""A magazine's offer for one of its issues, left in or under the article: the issue's label, its price and the call
to buy it.

A magazine's site sets the shop's box for an issue beside or under each of the issue's articles::

    « Le monde des ports » Hors-série n° 41, 3e trimestre 2019,
    8,40 euros, port inclus
    Tarifs dégressifs dès 5 exemplaires : nous écrire
    Je m'abonne
    Le sommaire détaillé

("Special issue no. 72 — buy now", "Sonderheft Nr. 72 – jetzt bestellen").  Found on the trafilatura set's dev pages
(alternatives-economiques.fr).  The box is known by a short line naming an issue by its number (the label), then
short lines of the offer's own words (a price, a call to buy or subscribe, copies, postage, the issue's contents),
with a price or a call among them.  A report that speaks of an issue writes a sentence ("The findings appeared in
special issue no. 72, which sold ...": long, or closed by a stop); a crosshead naming an issue has no price or call
under it; both stay.
"""

from __future__ import annotations

import re

_ISSUE = re.compile(
    r"(?i:\b(?:special issue|issue|hors-s[ée]rie|hors s[ée]rie|num[ée]ro|sonderheft|sonderausgabe|ausgabe|heft|"
    r"wydanie(?: specjalne)?|numer|n[uú]mero(?: especial)?))[ ]?(?:(?i:no|nr|n[°º])\.?[ ]?|#[ ]?)?\d{1,4}\b"
)
_PRICE = re.compile(r"\d(?:[.,]\d{2})?[ ]?(?:€|£|\$|(?i:euros?|eur|chf|zł|pln)\b)|(?:€|£|\$)[ ]?\d")
_CALL = re.compile(
    r"\b(?:buy (?:now|it|online|here|the issue|your copy|a copy)|order (?:now|online|here|your copy|a copy|the issue)|"
    r"subscribe|on sale|in shops|at newsstands|available now|add to (?:cart|basket)|"
    r"en kiosque|acheter|commander|je commande|je m['’]abonne|abonnez-vous|s['’]abonner|en vente|"
    r"kaufen|bestellen|abonnieren|im handel|am kiosk|erhältlich|in den warenkorb|"
    r"kup(?: teraz)?|zamów|prenumerata|w kioskach)\b",
    re.I,
)
_OWN = re.compile(
    r"\b(?:sommaire|table of contents|contents|inhalt\w*|spis treści|exemplaires?|copies|exemplare|egzemplarz\w*|"
    r"port inclus|postage|shipping|delivery|versand\w*|frais de port|tarifs?|prix|price|preis|cena)\b",
    re.I,
)
_MAX_WORDS = 16
_SENTENCE_WORDS = 6  # a line closed by a stop with this many words is a sentence, not a label


def _is_short(line: str) -> bool:
    words = len(line.split())
    return words <= _MAX_WORDS and not (words >= _SENTENCE_WORDS and line.rstrip()[-1:] in ".!?")


def without_issue_offers(lines: list[str]) -> list[str]:
    """``lines`` without a magazine issue's offer box (see the module's docstring); never all of them."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_short(line) and _ISSUE.search(line):
            j = i + 1
            while j < len(lines) and _is_short(lines[j]) and (_PRICE.search(lines[j]) or _CALL.search(lines[j]) or _OWN.search(lines[j])):
                j += 1
            if any(_PRICE.search(ln) or _CALL.search(ln) for ln in lines[i:j]):
                i = j
                continue
        out.append(line)
        i += 1
    return out or lines
