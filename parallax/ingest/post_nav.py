"""A blog's links to the post before and after this one, kept as the text's last line: "Next post: Ten ways to
…", "« Previous Post", "... weiter zu "die Wortwahl"", "Article suivant : …", "Entrada anterior".

The navigation names another text (its title after the label), never this one's facts.  Its labels are the
words of a weblog's templates in the languages Parallax meets most; only a short line at the text's end is
taken (a sentence "the next post office is …" runs on, and the story's own "next" is inside a sentence).
"""

from __future__ import annotations

import re

_POST_NAV = re.compile(
    r"^[\W_]*(?:(?:next|previous|prev|older|newer) (?:post|entry|article|story|page)s?"
    r"|(?:nächste[rs]?|vorherige[rs]?|älterer?|neuerer?) (?:beitrag|artikel|eintrag|seite)|(?:weiter|zurück) zu[mr]?"
    r"|(?:article|billet|page) (?:suivant|précédent)e?|(?:entrada|artículo|publicación|página) (?:anterior|siguiente)"
    r"|(?:articolo|post|pagina) (?:successiv[oa]|precedente)|(?:volgende|vorige) (?:bericht|artikel|pagina))(?!\w)",
    re.I,
)
_MAX_NAV_WORDS = 14


def is_post_nav(line: str) -> bool:
    """Whether a line is a blog's link to the next or previous post (label first, a title perhaps after it)."""
    return len(line.split()) <= _MAX_NAV_WORDS and bool(_POST_NAV.match(line))
