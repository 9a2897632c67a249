"""A photo's caption left in the body, known by the credit that closes it: "The bridge in 2019. Photo: AP".

A caption the page sets as a paragraph (no ``<figcaption>``, so :func:`parallax.ingest.page_tree.drop_captions`
cannot see it) closes with the picture's credit: "Die Hafenbrücke im Jahr 2019. Foto: dpa", "Le pont du port
(Photo : AFP)", "Il ponte nel 2019 - Foto Ansa", "The harbour bridge. Picture: John Smith".  The credit alone on
its line is :func:`parallax.ingest.photo_credits.is_photo_credit`'s; with the caption before it, the line read as
the article's, and the credit as its source.  A report's sentence does not close on a photo label and a name; the
rule is a short line (:data:`_MAX_WORDS`) whose end is a photo label, a colon or a dash, and a credit of a few
words (:data:`_MAX_CREDIT_WORDS`) with no sentence in it.
"""

from __future__ import annotations

import re

_LABEL = r"(?:photo(?:graph)?s?|pictures?|images?|foto(?:s|grafie|grafia|grafía)?|bild(?:er)?|crédits? photos?|photo credits?|credits?)"
# the credit after the caption: set off by a full stop, a bracket, a bar or a dash, then the label, then a few words
_CREDIT = re.compile(
    rf"(?:[.!?…][ ]|[ ][|–—-][ ]|[ ]\(|[ ]\[)[(\[]?{_LABEL}[ ]?(?::|[ ]?[–—-]|(?=[ ](?-i:[A-Z])))[ ]?(?P<who>[^:;!?()\[\]]{{1,60}})[)\]]?\.?$",
    re.I,
)
_MAX_WORDS = 30
_MAX_CREDIT_WORDS = 6


def is_credited_caption(line: str) -> bool:
    """Whether ``line`` is a photo's caption closing with its credit (see the module's docstring)."""
    if len(line.split()) > _MAX_WORDS or not (m := _CREDIT.search(line)):
        return False
    who = m.group("who").strip()
    return 0 < len(who.split()) <= _MAX_CREDIT_WORDS and not re.search(r"[.!?][ ]\w", who)
