"""A party written as a lowercase noun of its members: "los socialistas", "les écologistes", "i popolari".

:mod:`.party_shares` takes a share's party from a name the entity layer tags or from capitalised words before it.
Spanish, French, Italian and Portuguese reports often write a party as the plural noun of its members or its family,
in lower case ("Los socialistas obtuvieron el 41% ... y los populares el 33%"): no name and no capital, so the
shares held nobody and two parties' shares swapped between reports agreed.  Such a noun with its plural article, in
a share's list item before it, is that share's holder: in a list of results a party family's members stand for the
party (the sentence gives no other holder a share could be). Only the nouns of party families listed here
(:data:`_FAMILIES`) count, not any plural ("los trabajadores", "les électeurs" hold no share of the vote).
"""

from __future__ import annotations

import re

_FAMILIES = (
    # es, pt, it
    r"socialistas|populares|laboristas|conservador[ae]s|liberales|liberais|verdes|ecologistas|nacionalistas|comunistas"
    r"|independentistas|republicanos|dem[óo]cratas|democratas|centristas|ultraderechistas|soberanistas|peronistas"
    r"|socialisti|popolari|laburisti|conservatori|liberali|verdi|comunisti|democratici|centristi|sovranisti"
    r"|social-?democratas|socialdem[óo]cratas|socialdemocratici|trabalhistas|petistas|tucanos|bolsonaristas"
    # fr
    r"|socialistes|travaillistes|conservateurs|libéraux|écologistes|verts|communistes|républicains|centristes"
    r"|insoumis|nationalistes|indépendantistes|sociaux-démocrates"
)
_PARTY_NOUN = re.compile(rf"(?<![\w])(?:los|las|les|i|gli|os|as)\s+(?P<noun>{_FAMILIES})(?![\w-])", re.I)


def party_noun(text: str, lo: int, hi: int) -> str | None:
    """The last party noun with its article between ``lo`` and ``hi`` (a share's list item before it), or None."""
    found = None
    for m in _PARTY_NOUN.finditer(text, lo, hi):
        found = m.group("noun").lower()
    return found
