"""The party to a case a court report makes of a person without calling them so: "the defendant" is who was charged.

Court reporting names the accused once with what was done to them ("Emeka Nwosu, 41, was charged with fraud",
"Police arrested Ruth Adair on Monday") and then lets the party speak: "The defendant told the court he was
innocent", '"I did nothing wrong," the accused said'.  :mod:`.described` resolves such a description only to a
person whose mention writes the noun beside the name ("Nwosu, the defendant,"), which court copy rarely does; the
verb of the charge says it as well.  This module gives the nouns of the parties a mention's charging verb makes
its subject (the passive after the name, or the active's object before it), and :mod:`.described` counts them as
written beside the name: the description still resolves only where exactly one person fits (two charged, and
"the defendant" stays a noun).
"""

from __future__ import annotations

import re

# what each verb of a case makes the person it is done to: charged or tried, a defendant; arrested or held, a suspect;
# convicted or sentenced, a defendant still (and a convict)
_CHARGED = frozenset({"defendant", "accused"})
_HELD = frozenset({"suspect", "detainee", "accused"})
_PARTIES_BY_VERB: dict[str, frozenset[str]] = {
    **dict.fromkeys(("charged", "arraigned", "indicted", "prosecuted", "tried", "remanded"), _CHARGED),
    **dict.fromkeys(("arrested", "detained", "held"), _HELD),
    **dict.fromkeys(("convicted", "sentenced", "jailed", "fined"), _CHARGED | {"convict"}),
}
_VERBS = "|".join(sorted(_PARTIES_BY_VERB, key=len, reverse=True))
# the passive after the name, an apposition between ("Nwosu, 41, was charged", "Adair (29) was arrested", "Nwosu, who
# was charged"); singular: of "Nwosu and Adair were charged" the verb is said of both, and "the defendant" is neither
_PASSIVE_AFTER = re.compile(
    rf"(?:,[^,.;:!?\n]{{1,60}},|\s\(\d{{1,3}}\))?,?\s(?:who\s)?(?:was|is|has\sbeen|had\sbeen|is\sbeing|was\sbeing)\s"
    rf"(?:\w+ly\s)?(?P<verb>{_VERBS})\b"
)
# the active verb right before the name, as its object ("Police charged Nwosu with fraud", "officers arrested Adair")
_ACTIVE_BEFORE = re.compile(rf"(?<![\w-])(?P<verb>{_VERBS})\s\Z")


def case_parties(text: str, start: int, end: int) -> set[str]:
    """The nouns of the parties to a case (``"defendant"``, ``"suspect"`` ...) that the verb done to the mention at
    ``start``..``end`` of ``text`` makes the person: none where no verb of a case is done to them."""
    after = _PASSIVE_AFTER.match(text, end)
    before = _ACTIVE_BEFORE.search(text, max(0, start - 12), start)
    return set().union(*(_PARTIES_BY_VERB[m.group("verb")] for m in (after, before) if m is not None))
