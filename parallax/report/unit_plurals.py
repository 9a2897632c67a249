"""A counted noun printed as English writes it after a figure: "12 workers", not the lemma's "12 worker".

The quantity stage keeps each count's noun as a lemma ("worker", "person", "casualty") so that "12 workers" and
"a dozen workers" count one thing; the report printed that lemma after the figure, "12 worker", which no report
wrote.  An English noun after a figure other than one takes its plural: the regular endings ("workers",
"casualties", "buses", "churches"), the irregular nouns news counts most ("people", "children", "women") and the
nouns that stay as they are ("sheep", "aircraft", "police"); a unit written with a capital, a symbol or a digit
("USD", "%", "km2") is printed as it is, and so is a noun of another language, whose plural these rules do not know.
"""

from __future__ import annotations

import re

_IRREGULAR = {
    "person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet", "tooth": "teeth",
    "mouse": "mice", "goose": "geese", "life": "lives", "wife": "wives", "knife": "knives", "half": "halves",
    "leaf": "leaves", "thief": "thieves", "wolf": "wolves", "shelf": "shelves", "calf": "calves", "loaf": "loaves",
}  # fmt: skip
# nouns whose plural is the word itself, or that are plural already
_SAME = frozenset(
    """people police sheep fish deer aircraft spacecraft livestock cattle staff personnel series species offspring
    crew data media percent cent hundred thousand million billion trillion""".split()
)
_WORD = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def english_plural(noun: str) -> str:
    """The plural of the English ``noun`` (its last word, in a compound: "aid worker" -> "aid workers")."""
    head, sep, last = noun.rpartition(" ")
    if last in _SAME or last.endswith("s") and not last.endswith(("ss", "us")):
        return noun  # ("workers": plural already; not "bus", "boss")
    if last in _IRREGULAR:
        plural = _IRREGULAR[last]
    elif last.endswith(("man", "woman")) and len(last) > 5:
        plural = last[:-2] + "en"  # "fisherman", "policewoman"
    elif re.search(r"[^aeiou]y\Z", last):
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return head + sep + plural


def counted_unit(unit: str, value: float, language: str | None) -> str:
    """``unit`` as printed after ``value``: pluralised where it is an English noun in lower case and the value is
    not one."""
    if not (language or "").lower().startswith("en") or value == 1 or _WORD.fullmatch(unit) is None:
        return unit
    return english_plural(unit)
