"""A site's postal footer closing the text: the firm's name, street, post code and place, telephone, address.

Small firms' and associations' pages close with their imprint on one or two lines, the parts set off by a
spaced star, bar or dot::

    Gartenbau K. & M. Vogt * Lindenweg 14 * 26122 Oldenburg
    Tel.: 0441 55 21 903 * kontakt@gartenbau-vogt.de

Found on the trafilatura set's dev pages (kept under the page's text).  :func:`is_address_line` knows such a line
by its parts: each is a telephone or fax number with its label, an e-mail or web address, a post code with its
place, a street with its house number, or a name of a few capitalised words, and one at least is a number, post
code or address.  A sentence of the report is no row of such parts; the line filters take it at the text's end
only (:func:`parallax.ingest.line_filters.line_reason` with ``is_last``).
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<![ ])[ ]++[*|·•][ ]+")  # starts at a run's first space: linear
_PHONE = re.compile(r"^(?:tel(?:efon)?|phone|fon|fax|mobil|mobile|handy|tél(?:éphone)?|t|f)\.?[ ]?:?[ ]?\+?[\d /().-]{6,20}$", re.I)
_EMAIL = re.compile(r"^(?:e-?mail[ ]?:?[ ]?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.I)
_WEB = re.compile(r"^(?:(?:web|internet)[ ]?:?[ ]?)?(?:https?://|www\.)\S+$", re.I)
# "27580 Bremerhaven", "D-27580 Bremerhaven", "1010 Wien", "75001 Paris"
_POST_CODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}[ ](?-i:[A-ZÄÖÜ])[\w.-]+(?:[ ](?:an[ ]der|am|im|a\.[ ]?d\.)?[ ]?[\w.()-]+){0,2}$")
# "Eckleinjarten 6", "Hauptstraße 12a", "Rue de la Paix 3"
_STREET = re.compile(r"^(?-i:[A-ZÄÖÜ])[\w.ßäöü-]+(?:[ ][\w.ßäöü-]+){0,3}[ ]\d{1,4}[a-z]?$")
_NAME = re.compile(r"^(?:(?-i:[A-ZÄÖÜ])[\w.&'’-]*|&|(?-i:[a-z]{1,3}))(?:[ ](?:(?-i:[A-ZÄÖÜ])[\w.&'’-]*|&|(?-i:[a-z]{1,3}))){0,5}$")
_MAX_PARTS, _MAX_CHARS = 8, 200


def is_address_line(line: str) -> bool:
    """Whether ``line`` is a row of a postal footer (see the module's docstring): two parts or more."""
    if len(line) > _MAX_CHARS:
        return False
    parts = [p.strip() for p in _SPLIT.split(line.strip()) if p.strip()]
    if not 2 <= len(parts) <= _MAX_PARTS:
        return False
    contact = [bool(_PHONE.match(p) or _EMAIL.match(p) or _WEB.match(p) or _POST_CODE.match(p)) for p in parts]
    other = [bool(_STREET.match(p) or _NAME.match(p)) for p in parts]
    return any(contact) and all(c or o for c, o in zip(contact, other, strict=True))
