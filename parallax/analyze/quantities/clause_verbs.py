"""A verb right after a count, which the count's noun reader would otherwise take for the noun.

Czech, Slovak and Polish put a count of five or more with the neuter past of its verb ("12 utrpělo zranění",
"5 zostało rannych"): a word in -lo/-ło right after a count of two or more would be a noun in another case
("3 vozidla", "5 kół").  German closes a clause with its past participle, so a toll that "rose to" a figure ends on
it: "Die Zahl der Todesopfer ist auf sieben gestiegen", "Die Quote ist auf 7 gesunken".  Read as the count's noun,
"gestiegen" kept it from meeting the other report's "sieben Tote" (a count of people); a German noun is written with a
capital, so a lower-case word of the participle's shape (ge- … -en / -t) after a figure is the verb, and the count has
no noun of its own.  So is any other lower-case German word after a figure that no capitalised noun follows: a finite
verb, "312 stimmten dagegen, 9 enthielten sich", was a count of "stimmten" (a word before its noun, "sieben verletzte
Personen", is an adjective and stays; a unit written small, "150 km", "30 euro", stays a unit).
"""

from __future__ import annotations

import re

_NEUTER_PAST = re.compile(r"\w{3,}(?:lo|ło)\Z")
_GERMAN_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:en|t)\Z")
# the first letter of the next word, past spaces
_NEXT = re.compile(r"(?<![ \u00a0])[ \u00a0]*+(\w)")
# units a German text may write small (the short ones, "km", "kg", "ha", are under four letters and never read so)
_GERMAN_SMALL_UNITS = frozenset("euro cent dollar franken pfund prozent grad meter kilometer liter tonnen stunden minuten sekunden mal".split())


def verb_after_count(word: str, lang: str, text: str = "", end: int = 0) -> bool:
    """Whether ``word``, written right after a count and ending at ``end`` of ``text``, is a verb in ``lang`` and no
    noun of the count."""
    if lang in ("cs", "sk", "pl"):
        return bool(_NEUTER_PAST.search(word))
    if lang != "de" or not word[:1].islower():
        return False  # (case kept: "Gefangene", a noun, is no participle)
    if _GERMAN_PARTICIPLE.fullmatch(word):
        return True
    if len(word) < 4 or word in _GERMAN_SMALL_UNITS or not text:
        return False
    nxt = _NEXT.match(text, end)
    return not (nxt and nxt.group(1).isupper())  # "sieben verletzte Personen": an adjective before its noun
