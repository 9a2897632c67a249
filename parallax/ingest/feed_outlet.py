"""The outlet a feed's title names: "Continental Wire - Top News" is Continental Wire.

A channel's title often adds the section the feed carries after a separator ("BBC News - World",
"Example Times | Politics", "Wire: Latest headlines", "NYT > World"); the outlet is the name before it,
and the table of a comparison should name outlets, not feeds.  The part after the separator is taken for
a section only when each of its words is one of a section's (:data:`_SECTION_WORDS`, in the languages whose
press names its sections so: "Le Monde - Économie", "Die Zeit | Wirtschaft", "El País - Internacional"), so "Smith
& Sons - Harbour Gazette" keeps its whole name, or when the name before the separator spells the feed's own web
address ("Shipping Wire | Ports" at shippingwire.example): a site names itself first and its section after.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+[-–—|:>»]\s+|:\s+")
_SECTION_WORDS = frozenset(
    "top news latest breaking headlines headline stories story home front page world international national local "
    "uk us u.s. europe politics business economy markets finance money tech technology science health sport sports "
    "opinion culture arts entertainment lifestyle travel environment climate weather feed rss all main full most "
    "popular recent updates live and & the of in from "
    # French, German, Spanish, Italian, Portuguese, Dutch sections (accents folded before the lookup)
    "actualites actualite une monde international internationale politique economie societe sports culture sciences "
    "sante environnement regions france europe faits divers dernieres infos a la nachrichten startseite welt "
    "ausland inland politik wirtschaft finanzen sport kultur wissen gesundheit panorama regional aktuell neueste "
    "schlagzeilen portada ultima hora noticias internacional mundo politica economia sociedad deportes cultura "
    "ciencia salud espana opinion ultime notizie esteri cronaca politica economia sport cultura salute mondo primo "
    "piano ultimas noticias mundo economia desporto saude sociedade nacional pais nieuws binnenland buitenland "
    "economie politiek sport cultuur de la le les el los las del di e y et und".split()
)


def _fold(text: str) -> str:
    """Lower case without accents, so "Économie" meets "economie"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _spells_site(name: str, url: str | None) -> bool:
    """Whether ``name``, letters and digits only, is a label of ``url``'s host ("Shipping Wire" and
    shippingwire.example; "The Example Times" and www.exampletimes.com, less a leading "The")."""
    host = urlsplit(url or "").hostname or ""
    labels = set(host.split(".")[:-1]) if "." in host else set()
    letters = re.sub(r"[\W_]+", "", _fold(name))
    return bool(letters) and (letters in labels or letters.removeprefix("the") in labels)


def feed_outlet(title: str | None, site: str | None = None) -> str | None:
    """The outlet's name in a feed's title, without the section after it (see the module); ``site``
    is the feed's web address (its link, else its first item's), which names the outlet too."""
    if not title:
        return title
    parts = _SEPARATOR.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        if all(_fold(w) in _SECTION_WORDS for w in re.findall(r"[\w.&]+", parts[1])) or _spells_site(parts[0], site):
            return parts[0].strip()
    return title
