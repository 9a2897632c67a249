"""Languages whose press calls a person by the given name once it has named them in full.

Indonesian and Malay reports name a person in full once ("Kepala BPBD Garut, Andi Pratama") and then by the given
name ("kata Andi", "Menurut Andi"): many Indonesians and Malaysians have no family name, and a Malay second name is
the father's ("Anwar Ibrahim" is "Anwar"), so the press never shortens to the last word.  There a lone capitalised
word that opens exactly one person's full name of the article is that person, whether or not the shared list of
given names (:data:`parallax.analyze.names.FIRST_NAMES`, mostly European) knows it; elsewhere only a listed given
name is taken so ("disse Marta" in the Brazilian press), since a lone word there is far more often a surname.
"""

from __future__ import annotations

from parallax.analyze.names import FIRST_NAMES

GIVEN_NAME_LANGS = frozenset({"id", "ms"})


def may_be_given_name(word: str, language: str | None) -> bool:
    """Whether ``word`` alone may stand for a person the article names in full with it as the first word."""
    return word.lower() in FIRST_NAMES or (language or "")[:2] in GIVEN_NAME_LANGS
