"""Nouns that name one kind of person: "Eleven lawmakers" / "Nine government MPs" count one group.

A count is compared with another under its noun (:func:`parallax.compare.count_nouns.counted`); outlets
name the same people with different words of one kind (a legislature's members, a firm's workers), so
each such noun is compared under its kind.  Narrow on purpose: a chamber's own members ("senators",
"representatives") are a part of the legislators, not another name for them, and stay their own noun
("9 senators" / "11 representatives" are two groups).
"""

from __future__ import annotations

import re

# the nouns as quantities normalise them (lower case, a final "s" cut: "deputies" is "deputie")
_KINDS = {
    "legislator": r"lawmakers?|legislators?|mps?|parliamentarians?|deput(?:y|ie|ies)|députée?s?|diputad[oa]s?|deputat[oiae]"
                  r"|parlementaires?|parlamentari[oaie]s?|abgeordneten?|parlamentarier|parlementariër|kamerleden|kamerlid|posł(?:owie|ów)?|poseł|депутат\w*|βουλευτ\w*",
    "worker": r"workers?|employees?|staffers?|salariée?s?|employée?s?|travailleu(?:r|se)s?|trabajador(?:e)?s?|emplead[oa]s?"
              r"|lavorator[ei]|dipendent[ei]|mitarbeiter(?:innen)?|beschäftigten?|angestellten?|werknemers?|medewerkers?"
              r"|pracownik\w*|trabalhador\w*|funcionári[oa]s?|работник\w*|сотрудник\w*",
}  # fmt: skip
_KIND = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()), re.I)


def kind_of(unit: str) -> str | None:
    """The kind of person a counted noun names ("lawmaker", "mp", "député" are "legislator"), or None."""
    m = _KIND.fullmatch(unit)
    return m.lastgroup if m else None
