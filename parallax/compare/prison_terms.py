"""A prison term told by the verb, by the noun, or by the prison after it is one measure: "jailed for 12 years" / "a
10-year sentence" / "will spend 10 years behind bars" / "muss für zehn Jahre ins Gefängnis".

:func:`parallax.compare.durations.duration_conflicts` compares two lengths when one word governs both, or two nouns of
one kind of event (:mod:`.event_nouns`, whose "prison" kind holds the nouns of a prison: "prison", "jail", "Haft").  A
court report names the term by whatever the sentence is built on: the verb of sentencing ("jailed", "imprisoned",
"sentenced", "verurteilt", "condamné"), the noun of the penalty ("sentence", "peine", "condena", "Strafe"), or the place
the convict goes, said after the length ("12 years behind bars", "ins Gefängnis", "en prison").  In a sentencing story
every one of these measures the same thing, the term the court set, so a length governed by any of them carries one
mark (:data:`PRISON`) among its governing words, and two aligned sentences giving 12 and 10 years conflict however
each phrased it.

Not a term to serve: a length of a suspended sentence ("a suspended sentence of 18 months", "auf Bewährung": a
suspension word among its governing words; :mod:`.suspensions` compares those), and a length that measures another
noun after it ("sentenced to 200 hours of community service": its own noun, outside the prison kind).  A life term
has no length and is left out.
"""

from __future__ import annotations

import re

from parallax.compare.event_nouns import event_kind
from parallax.records import Article, TimeExpression

__all__ = ["PRISON", "prison_term"]

# the mark added to a term's governing words (no word: a space in it), so that two terms meet in aligned sentences;
# :func:`.durations.durations` leaves it out, since :mod:`.duration_links` links unaligned sentences by their words,
# and a verb of sentencing alone may tell two people's terms ("Brandt was jailed for 10 years" / "Okoro was jailed ...")
PRISON = "prison term"

# the verbs of sentencing and the nouns of the penalty (folded, whole words) in en, de, fr, es, it, pt, nl; not the
# verbs of arrest ("detained", "inhaftiert", "arrêté" hold before any trial)
_TERM_WORDS = re.compile(
    r"jail(?:ed|s)?|imprison(?:ed|s)?|incarcerated|sentenc(?:e|es|ed|ing)|gaoled"
    r"|verurteilt|strafe|freiheitsentzug"
    r"|condamne(?:e|s|es)?|peine"
    r"|condenad[oa]s?|condena|pena"
    r"|condannat[oaie]|condanna"
    r"|condenacao|encarcerad[oa]s?"
    r"|veroordeeld|straf|gevangenisstraf"
)
# a suspension among the governing words: the term is not to be served (:mod:`.suspensions`)
_SUSPENDED = frozenset(
    {"suspended", "bewahrung", "sursis", "suspendida", "suspendido", "condizionale", "sospesa", "suspensa", "voorwaardelijk"}
)
# the prison after the length ("12 years in prison", "12 years behind bars", "zehn Jahre ins Gefängnis", "dix ans
# en prison", "diez años en la cárcel", "dieci anni in carcere", "dez anos na prisão", "tien jaar in de gevangenis")
_PRISON_AFTER = re.compile(
    r"[ \u00a0]{1,2}(?:in[ \u00a0](?:prison|jail|gaol)|behind[ \u00a0]bars|ins[ \u00a0]Gefängnis|hinter[ \u00a0]Gitter(?:n|)"
    r"|en[ \u00a0]prison|derrière[ \u00a0]les[ \u00a0]barreaux|en[ \u00a0](?:la[ \u00a0])?(?:cárcel|prisión)|tras[ \u00a0]las[ \u00a0]rejas"
    r"|in[ \u00a0](?:carcere|prigione)|dietro[ \u00a0]le[ \u00a0]sbarre|na[ \u00a0](?:prisão|cadeia)|atrás[ \u00a0]das[ \u00a0]grades"
    r"|in[ \u00a0]de[ \u00a0](?:gevangenis|cel)|achter[ \u00a0]de[ \u00a0]tralies)(?!\w)",
    re.I,
)


def prison_term(art: Article, t: TimeExpression, words: frozenset[str] | set[str], noun: str | None) -> bool:
    """Whether the length ``t``, governed by the folded ``words`` and measuring the noun ``noun`` after it (or None),
    is a prison term to serve (see the module)."""
    # (the noun's kind is :mod:`.event_nouns`' "prison", not this module's mark: "25 años de prisión" is a term)
    if words & _SUSPENDED or noun is not None and event_kind(noun) != "prison":
        return False
    return any(_TERM_WORDS.fullmatch(w) for w in words) or bool(_PRISON_AFTER.match(art.text, t.end))
