"""A figure a count "has risen to": the report itself says the count was lower before.

"A landslide buried part of the village, killing 14 people" / "The death toll ... has risen to 23": two reports of
one day, whose publication times are unknown or within the hour, gave a plain conflict, though the second says in its
own words that its figure is the count risen since (:mod:`.updates` marks such a conflict ``later`` only from the
reports' times).  A figure right after a verb of rising and its word for "to" ("has risen to 23", "climbed to",
"ist auf 23 gestiegen", "est passé à", "ascendió a", "è salito a", "subiu para", "is gestegen tot", "wzrosła do",
"возросло до") is read here; a verb of falling is no rise ("fell to 12"), nor is "reached" (a count may reach a figure
it had never been below in another report's eyes).  Linear patterns: a bounded look back from the figure.
"""

from __future__ import annotations

import re

from parallax.records import Quantity

_HEDGE = r"(?:(?:at least|about|around|more than|some|nearly|mindestens|rund|etwa|au moins|près de|al menos|unos|unas|cerca de|almeno|circa|pelo menos|minstens|ruim|co najmniej|около|не менее)[ \u00a0]++)?"
# the verb of rising and the word for "to", right before the figure
_RISEN_TO = re.compile(
    r"(?<!\w)(?:(?:ris(?:en|es|ing)|rose|climb(?:ed|s|ing)|increas(?:ed|es|ing)|grown|grew|jump(?:ed|s)|soar(?:ed|s)|mount(?:ed|s)) to"
    r"|(?:stieg|steigt|gestiegen|kletterte|erhöhte sich|erhöht) auf"
    r"|(?:passée?|grimpée?|montée?|s['’]est alourdi|s['’]élève désormais|atteint désormais) à"
    r"|(?:ascendido|ascendió|asciende|aumentado|aumentó|subido|subió|elevado|elevó) a|se eleva a"
    r"|(?:salit[oa]|sale|aumentat[oa]|cresciut[oa]|arrivat[oa]) a|(?:subiu|sobe|aumentou|subido|aumentado) para"
    r"|(?:gestegen|opgelopen) (?:tot|naar)|(?:wzrosła|wzrósł|wzrosło|zwiększyła się) do"
    r"|(?:возросл[оа]|вырос(?:л[оа])?|увеличил[оа]сь|достигл[оа]) до|(?:зросла|зросло|збільшилася) до"
    rf")[ \u00a0]++{_HEDGE}\Z",
    re.I,
)
# German puts the verb after the figure: "ist auf 23 gestiegen" (only there is a bare "auf" before the figure a rise)
# (the space run is read from its start: a search over a long run of spaces tries it once)
_RISEN_AFTER = re.compile(r"(?<![ \u00a0])[ \u00a0]++(?:\w++[ \u00a0]++)?(?:gestiegen|angestiegen|geklettert|gewachsen)(?!\w)", re.I)
_BARE_AUF = re.compile(r"(?<!\w)auf[ \u00a0]++" + _HEDGE + r"\Z", re.I)


def risen_to(text: str, q: Quantity) -> bool:
    """Whether the figure at ``q`` is what its count rose to, in the sentence's own words (see the module)."""
    before = text[max(0, q.start - 60) : q.start]
    if _RISEN_TO.search(before):
        return True
    return bool(_BARE_AUF.search(before) and _RISEN_AFTER.match(text, q.end))  # "ist auf 23 gestiegen", not "auf 23 Straßen"
