"""A future cue of intent: an offer, an agreement, a promise or a plan to do something, and the day it is for;
also a state said to last and a forecast told in the present (:func:`state_ahead`).

"The minister offered to meet the union on Thursday" is about next Thursday although its verb is in the past:
the weekday belongs to the act offered.  A lexicon adds :func:`intent_ahead` to its ``future_cues`` with its
verbs of intent and the infinitive they govern ("a proposé de rencontrer", "ofreció reunirse"); the cue counts
only when a weekday follows within a few words, so a weekday before it ("lundi, il a promis de ...") or an
offer with no day keeps the sentence's own tense.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# words of "since" in the languages that use :func:`state_ahead`: a state that lasts since a day is no state ahead
# of it ("restano chiuse da lunedì", "permanecem fechadas desde segunda-feira"); "ab Freitag", "vanaf vrijdag", "from
# Friday" start a state ahead and are not among them
_SINCE = r"since|seit|depuis|desde|da|dal|dalla|dall['’]\w*|sinds|sedert"
# a weekday after "of" names a noun's day, "el ataque del lunes", "l'attacco di lunedì", "o ataque de segunda-feira",
# whose tense is its event's, not the forecast's
_NOT_OF = "".join(rf"(?<!\b{w}\s)" for w in ("de", "del", "di", "du", "do", "dos", "des", "van", "vom", "of"))
_MOST_WORDS = 5  # words between the infinitive and the weekday ("reunirse con los sindicatos el jueves")


def intent_ahead(verbs: str, infinitive: str, weekdays: Iterable[str]) -> str:
    """A cue pattern: one of ``verbs``, then ``infinitive`` (the link word and the verb it governs), then a
    weekday of ``weekdays`` at most :data:`_MOST_WORDS` words on (only looked at, not matched)."""
    days = "|".join(map(re.escape, sorted(weekdays, key=len, reverse=True)))
    return rf"(?:{verbs})\s+(?:{infinitive})(?=(?:\s+[\w'’-]+){{0,{_MOST_WORDS}}}?\s+(?:{days})\b)"


def intent_verb_last(verbs: str, infinitive: str, weekdays: Iterable[str]) -> str:
    """A cue pattern for a language that puts the infinitive last (German, Dutch): one of ``verbs`` (an
    announcement, a promise, a decision, a plan), then a comma or a few words, then -- only looked at -- a few
    words, a weekday and at most :data:`_MOST_WORDS` words on ``infinitive`` ("zu reisen", "abzustimmen", "te reizen").

    "Die Ministerin kündigte am Montag an, am Donnerstag nach Brüssel zu reisen": Thursday is the trip announced,
    ahead.  The cue speaks from its group ``at`` (empty, right before the weekday it looks at, see
    :func:`parallax.analyze.times.context._cue_span`), so it does not count for Monday, which it passed over.
    A weekday right after the verb is the verb's own day ("besloot dinsdag af te treden": decided on Tuesday),
    and no other weekday may stand between the weekday looked at and the infinitive."""
    days = "|".join(map(re.escape, sorted(weekdays, key=len, reverse=True)))
    return (
        rf"(?:{verbs})(?:(?:\s+[\w'’-]+){{1,4}}?(?=,?\s)|(?=,)),?\s+(?:[\w'’-]+\s+){{0,3}}?(?P<at>)"
        rf"(?=(?:{days})\w*(?:\s+(?!(?:{days})\b)[\w'’-]+){{0,{_MOST_WORDS}}}?\s+(?:{infinitive})\b)"
    )


def state_ahead(verbs: str, weekdays: Iterable[str], most: int = 3) -> str:
    """A cue pattern: a verb of ``verbs`` in the present, then a weekday at most ``most`` words on in its clause
    (only looked at, not matched).

    A state said to last, "Die Schulen bleiben am Freitag geschlossen", "les écoles restent fermées vendredi",
    "le scuole restano chiuse venerdì", and a forecast or an expectation told in the present, "se prevé que toque
    tierra el viernes", "si prevede che tocchi terra venerdì" (its subjunctive has no tense of its own), are about
    the coming weekday; the participle after the linking verb is an adjective, no past.  The weekday must follow
    within the clause, so a weekday before the verb ("lundi, les écoles restent ...") keeps the sentence's tense, and
    no word of "since" may come between: "siguen cerradas desde el lunes" lasts from a day gone by; nor may the weekday
    follow "of" (:data:`_NOT_OF`)."""
    days = "|".join(map(re.escape, sorted(weekdays, key=len, reverse=True)))
    return rf"(?:{verbs})(?=(?:\s+(?!(?:{_SINCE})\b)[\w'’-]+){{0,{most}}}?\s+{_NOT_OF}(?:{days})\b)"
