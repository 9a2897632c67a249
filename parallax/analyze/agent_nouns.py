"""An occupation written with a capital before a person's given name: a description, not the name's first word.

"Trader Folake Adewale said ..." kept "Trader" in the speaker, since only the listed person nouns
(:data:`.titles.PERSON_NOUNS`: "Farmer", "Shopkeeper", "Nurse") were cut, and a trader, a vendor, a tailor or a
lecturer is written so as often.  An English agent noun has a telling ending ("-er", "-or", "-ist", "-ian", "-ant",
"-man" ...), but so do many names ("Baker Mayfield", "Tyler", "Walker"); the word is cut only where it is no known
given name itself and the word after it is one ("Trader Folake", "Tailor Musa"): a name of three words whose first
two are a surname and a given name in that order is rare, and a name whose first word is a given name keeps it.
"""

from __future__ import annotations

import re

from parallax.analyze.names import FIRST_NAMES

# the endings of English nouns of a person's trade or state ("Trader", "Vendor", "Pharmacist", "Technician",
# "Merchant", "Student", "Auctioneer", "Fisherman", "Seamstress", "Cleric")
_AGENT_ENDING = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|man|woman|ess|ic)")


def agent_noun_before_given_name(word: str, following: str) -> bool:
    """Whether the capitalised ``word`` before ``following`` is an occupation, not a name's first word (see the
    module): shaped as an agent noun, no given name itself, and ``following`` a known given name."""
    return _AGENT_ENDING.fullmatch(word) is not None and word.lower() not in FIRST_NAMES and following.lower() in FIRST_NAMES
