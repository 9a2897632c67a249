"""A verb right after a count, which the count's noun reader would otherwise take for the noun.

Czech, Slovak and Polish put a count of five or more with the neuter past of its verb ("12 utrpělo zranění",
"5 zostało rannych"): a word in -lo/-ło right after a count of two or more would be a noun in another case
("3 vozidla", "5 kół").  German closes a clause with its past participle, so a toll that "rose to" a figure ends on
it: "Die Zahl der Todesopfer ist auf sieben gestiegen", "Die Quote ist auf 7 gesunken".  Read as the count's noun,
"gestiegen" kept it from meeting the other report's "sieben Tote" (a count of people); a German noun is written with a
capital, so a lower-case word of the participle's shape (ge- … -en / -t) after a figure is the verb, and the count has
no noun of its own.
"""

from __future__ import annotations

import re

_NEUTER_PAST = re.compile(r"\w{3,}(?:lo|ło)\Z")
_GERMAN_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:en|t)\Z")


def verb_after_count(word: str, lang: str) -> bool:
    """Whether ``word``, as written right after a count, is a verb in ``lang`` and no noun of the count."""
    if lang in ("cs", "sk", "pl"):
        return bool(_NEUTER_PAST.search(word))
    if lang == "de":
        return bool(_GERMAN_PARTICIPLE.fullmatch(word))  # (case kept: "Gefangene", a noun, is no participle)
    return False
