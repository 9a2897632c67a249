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
from functools import lru_cache

from parallax.analyze.names import FIRST_NAMES

# the endings of English nouns of a person's trade or state ("Trader", "Vendor", "Pharmacist", "Technician",
# "Merchant", "Student", "Auctioneer", "Fisherman", "Seamstress", "Cleric")
_AGENT_ENDING = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|man|woman|ess|ic)")


def agent_noun_before_given_name(word: str, following: str, report: str = "") -> bool:
    """Whether the capitalised ``word`` before ``following`` (the rest of the name) is an occupation, not a name's
    first word (see the module): shaped as an agent noun, no given name itself, and the first word of ``following``
    a known given name; or, where ``following`` is two words, the ``report`` the name is from calls the person by
    the last of them alone ("Vendor Joy Okafor" ... "Okafor said"), as it would a surname, "Joy" no listed name."""
    if _AGENT_ENDING.fullmatch(word) is None or word.lower() in FIRST_NAMES:
        return False
    words = following.split()
    return bool(words) and words[0].lower() in FIRST_NAMES or len(words) == 2 and _called_by_surname(report, *words)


def _called_by_surname(report: str, given: str, surname: str) -> bool:
    """Whether ``report`` writes ``surname`` alone, with no ``given`` name before it, and no capitalised word after it.
    The report's words are indexed once (:func:`_word_starts`), not searched again for each name."""
    if not report:
        return False
    if _WORD.fullmatch(surname) is None:  # (a surname of other characters: searched for as written)
        alone = rf"(?<![\w'’-])(?<!{re.escape(given)}\s){re.escape(surname)}(?![\w'’-]|\s[A-Z])"
        return re.search(alone, report) is not None
    end = len(surname)
    for start in _word_starts(report).get(surname, ()):
        before, after = report[max(0, start - len(given) - 1) : start], report[start + end : start + end + 2]
        if not (len(before) == len(given) + 1 and before[-1].isspace() and before.startswith(given)) and not _CAPITAL_NEXT.match(after):
            return True
    return False


# a word as a surname is bounded: letters, digits, apostrophes and hyphens; and a capitalised word right after it
_WORD = re.compile(r"[\w'’-]+")
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")


@lru_cache(maxsize=8)
def _word_starts(report: str) -> dict[str, list[int]]:
    """Where each word of ``report`` starts (a word as :data:`_WORD` bounds it)."""
    starts: dict[str, list[int]] = {}
    for m in re.finditer(_WORD, report):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


# a person's noun in lower case of the same shapes, which a description that speaks repeats ("Emeka Nwosu, the
# defendant, ..." then "the defendant told the court", "Ruth Adair, the complainant,", "a 42-year-old trader" then
# "the trader"), and the parties to a case that have no such ending
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|eer|man|woman|ess)")
_PARTIES = frozenset({"accused", "suspect", "plaintiff", "detainee", "convict", "deceased", "defendant"})
# bodies and things of the same shapes that a report writes beside a person ("Government adviser John Smith",
# "Department head", "Press secretary"): "the government said" is the body speaking, never that person
_BODIES = re.compile(r"[a-z]*(?:ment|press|congress|paper|center|centre|chamber|tower|order|quarter|sector|power|water)")


def agent_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is shaped as an English noun of a person's trade or part ("trader",
    "defendant", "vendor", "pharmacist") or names a party to a case ("the accused", "the suspect")."""
    return word in _PARTIES or _AGENT_NOUN.fullmatch(word) is not None and _BODIES.fullmatch(word) is None
