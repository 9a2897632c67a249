"""A closing offer card: a product's fields in capitals, their footnote and the offer's bullets.

Review and deals pages close an article with a card for the product they sell (a credit card, a subscription):
fields whose labels are set in capitals, one of them marked for a footnote, the footnote itself and the
offer's bulleted points::

    WELCOME BONUS: 60,000 Miles
    OUR BONUS VALUATION*: $1,200
    CARD PERKS: 3X miles on groceries and fuel
    *Bonus value is our own estimate, not the bank's.
    - Earn 60,000 bonus miles once you spend $3,000 ...

Found on the trafilatura set's dev pages (a card kept under the report).  A report's own fact box in capitals
("WHEN: Saturday", "WHERE: City Hall") marks no label for a footnote, so it stays; the card is known by that
mark, a label ending in an asterisk with a line opening on one below it.
"""

from __future__ import annotations

import re

# A field whose label is in capitals (letters, spaces, apostrophes, "&"), perhaps marked for a footnote: "CARD
# HIGHLIGHTS: ...", "OUR BONUS VALUATION*: $1,200"
_FIELD = re.compile(r"^(?-i:[A-Z][A-Z'’&. ]{2,40})(?P<mark>\*{1,2})?\s?:\s?\S")
_FOOTNOTE = re.compile(r"^\*{1,2}\s?\w")
_BULLET = re.compile(r"^[-•–*]\s")
_MIN_FIELDS = 2
_TAIL_LINES = 20


def without_offer_card(lines: list[str]) -> list[str]:
    """``lines`` up to a closing offer card (see the module's docstring); never the only lines."""
    for i in range(max(1, len(lines) - _TAIL_LINES), len(lines)):
        if not _FIELD.match(lines[i]):
            continue
        rest = lines[i:]
        fields = [_FIELD.match(ln) for ln in rest]
        marked = any(m is not None and m.group("mark") for m in fields)
        noted = any(m is None and _FOOTNOTE.match(ln) for m, ln in zip(fields, rest, strict=True))
        own = all(m is not None or _FOOTNOTE.match(ln) or _BULLET.match(ln) for m, ln in zip(fields, rest, strict=True))
        if own and marked and noted and sum(m is not None for m in fields) >= _MIN_FIELDS:
            return lines[:i]
        return lines  # the first field line decides: a card runs to the end
    return lines
