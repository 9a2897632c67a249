"""A count of cases is no count of people or things renamed: "1,200 kes denggi" / "1,250 mangsa denggi".

:func:`parallax.compare.renamed.renamed_counts` pairs two counts of one thing under two nouns ("arresting 23 people"
/ "arresting 31 rioters"): in one language by the word before them, which two reports of different figures share as
often ("merekodkan 1,200 kes" / "merekodkan 1,250 mangsa", "recorded 1,200 cases" / "recorded 1,250 victims").  A
case is a counted occurrence (an infection, a report, a file; French "cas" and Vietnamese "ca", as in "ca bệnh"), which health and crime news counts apart from the
people it names (cases against patients, victims, deaths): a case count pairs only with a case count, compared under
its own noun.  The words are as quantities write them: lower case, a final "s" off where the language's plural takes
one ("cases" is "case").
"""

from __future__ import annotations

from parallax.letters import fold

CASE_WORDS = frozenset(
    fold(w)
    for w in (
        "case caso casi cas fall fälle falle geval gevallen vaka vakası vakada kes kasus kaso przypadk przypadki"
        " przypadków případ případů prípad prípadov slučaj slučaja slučajeva случай случаев случая випадк випадків випадки"
        " atvejų atvejai atvejis gadījumi gadījumu juhtumit juhtum tapaus tapausta eset esetet περιπτώσεις κρούσματα"
        " ca"
    ).split()
)


def is_case(unit: str | None) -> bool:
    """Whether ``unit`` (a quantity's noun) counts cases."""
    return bool(unit) and fold(unit) in CASE_WORDS


def case_and_other(x: str | None, y: str | None) -> bool:
    """Whether one of two counts' nouns counts cases and the other does not: two measures, never one renamed."""
    return is_case(x) != is_case(y)
