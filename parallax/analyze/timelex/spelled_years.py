"""English years spelled out as they are spoken: "nineteen ninety-six", "nineteen oh five", "the year two thousand".

Broadcast transcripts and quoted speech write the year as it is said; figures never appear, so without this the
year is lost ("the mill was sold off in nineteen ninety-six").  A year is read in two halves, the
century ("eighteen", "nineteen", "twenty") then the year within it (a tens word, a teen, "oh" and a unit, or
"hundred", but not before a word: "nineteen hundred homes" is a count); "two thousand" only after "the year", since
"two thousand" alone is more often a count.
"""

from __future__ import annotations

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}

_U = "|".join(_UNITS)
_WITHIN = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_U}))?|{'|'.join(_TEENS)}|oh[- ](?:{_U})|hundred(?!\s+[a-z]))"
SPELLED_YEAR_EN = (
    rf"(?<![\w-])(?P<x>(?:{'|'.join(_CENTURIES)})[ ](?P<within>{_WITHIN})"
    rf"|the[ ]year[ ]two[ ]thousand(?:[ ](?:and[ ])?(?P<after2000>{'|'.join(_TEENS)}|{_U}))?)(?![\w-])"
)


def spelled_year(words: str) -> int | None:
    """The year ``words`` (a match of :data:`SPELLED_YEAR_EN`) says: "nineteen ninety-six" is 1996."""
    low = words.lower().replace("-", " ").split()
    if low[:4] == ["the", "year", "two", "thousand"]:
        rest = [w for w in low[4:] if w != "and"]
        return 2000 + (_TEENS.get(rest[0]) or _UNITS.get(rest[0], 0) if rest else 0)
    century, within = _CENTURIES.get(low[0]), low[1:]
    if century is None or not within:
        return None
    if within == ["hundred"]:
        return century * 100
    if within[0] == "oh":
        return century * 100 + _UNITS[within[1]]
    if within[0] in _TEENS:
        return century * 100 + _TEENS[within[0]]
    return century * 100 + _TENS[within[0]] + (_UNITS[within[1]] if len(within) > 1 else 0)
