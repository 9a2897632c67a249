"""A Czech or Slovak name in the genitive back in the nominative, when the article never writes the nominative.

"Podle Jana Nováka ..." (according to Jan Novák), "slova Martina Procházky", "podle Jany Novákové": the cue puts
the whole name in the genitive.  An article that also writes "Jan Novák" has its speaker put back by the evidence
rule of :mod:`parallax.analyze.quotes.inflection`; this module reads the regular declension alone, as
:mod:`parallax.analyze.name_forms` does for Polish and :mod:`parallax.analyze.east_slavic_names` for Russian, and
as conservatively: a name of two words whose given name is a known given name in the genitive
(:data:`parallax.analyze.names.FIRST_NAMES`, "Jana" of Jan, "Tomáše" of Tomáš, "Jany" of Jana), and a surname in a
genitive of the same gender:

* a man's: a consonant stem's "-a" (Nováka: Novák; not after two consonants, "Hájka", whose nominative drops an
  "e" the rule cannot be sure of), a feminine-declined "-y" (Procházky: Procházka), an adjective's "-ého" / "-ího"
  (Černého: Černý), a soft stem's "-e" (Kubiše: Kubiš);
* a woman's: "-ové" (Czech) or "-ovej" (Slovak) of "-ová", an adjective's "-é" / "-ej" of "-á".

Anything else (a nominative, a name of one word, an ending of the other gender) is returned unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.names import FIRST_NAMES

# a given name's genitive: (ending, nominative ending) by gender
_GIVEN = {
    "m": (("ího", "í"), ("ka", "ek"), ("la", "el"), ("a", ""), ("e", "")),
    "f": (("ky", "ka"), ("y", "a")),
}
_SOFT = "šžčřcjťďň"
_CONSONANTS = "bcčdďfghjklmnňpqrřsštťvwxzž"
# a letter of Czech or Slovak spelling: where the given name is one itself ("Jana", "Petra", "Martina" are women's
# nominatives too), only a surname that has one is read as a Czech man's genitive ("Jana Nováka", not "Erika Mora")
_CZECH_LETTER = re.compile("[áčďéěíňóřšťúůýžľĺŕô]")
_SURNAME = {
    "m": (("ého", "ý"), ("ího", "í"), ("y", "a"), ("a", ""), ("e", "")),
    "f": (("ovej", "ová"), ("ové", "ová"), ("ej", "á"), ("é", "á")),
}


def _recased(word: str, lower: str) -> str:
    return word[:1] + lower[1:] if word[:1].isupper() else lower


def _given(word: str) -> tuple[str, str] | None:
    """The nominative and gender of a given name in the genitive ("Jana": Jan, m; "Jany": Jana, f), else None."""
    low = word.lower()
    for gender, endings in _GIVEN.items():
        for ending, base in endings:
            stem = low[: -len(ending)]
            if not low.endswith(ending) or len(stem) < 2:
                continue
            if ending == "e" and stem[-1] not in _SOFT:
                continue  # "Tomáše", "Ondřeje": only a soft stem takes "-e"
            if FIRST_NAMES.get(stem + base) == gender:
                return _recased(word, stem + base), gender
    return None


def _surname(word: str, gender: str) -> str | None:
    """The nominative of a surname in a genitive of ``gender``, else None."""
    low = word.lower()
    for ending, base in _SURNAME[gender]:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        if ending == "e" and stem[-1] not in _SOFT:
            continue
        if ending == "a" and (stem[-1] not in _CONSONANTS or stem[-2] in _CONSONANTS):
            continue  # "Hájka" (Hájek), "Svoboda" after a vowel would be guesses
        if gender == "m" and ending == "a" and low.endswith(("ová", "ská", "cká")):
            continue
        return _recased(word, stem + base)
    return None


@lru_cache(maxsize=4096)
def czech_nominative(name: str) -> str:
    """``name`` with a Czech or Slovak genitive read back to the nominative (see the module); else unchanged."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return name
    given = _given(words[0])
    if given is None:
        return name
    if words[0].lower() in FIRST_NAMES and not _CZECH_LETTER.search(words[1].lower()):
        return name  # "Erika Mora", "Martina Kennedy": a given name itself, and a surname of no Czech letter
    surname = _surname(words[1], given[1])
    return f"{given[0]} {surname}" if surname else name
