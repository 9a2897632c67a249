"""The rest of a hyphenated counted noun: "12 sapeurs-pompiers" count firefighters ("sapeur-pompier"), not
sappers; "12 Feuerwehr-Leute", "12 brandweer-mannen", "40 co-workers" likewise.

The counted noun after a number is one word (:mod:`.units`); a compound written with a hyphen is one noun
whose first part alone names something else, so its parts after the hyphen are read with it.  A part that
makes the compound an adjective of a measure ("a 20 km-long queue", "a 5 mile-wide storm", "12 Russia-backed
rebels" is a count of rebels the next word names) or a participle ("Kyiv-based") leaves the first word alone:
it stays the unit it was.  Kept apart from :mod:`.units`, which is long already.
"""

from __future__ import annotations

import re

from parallax.letters import IN_WORD

_PART = re.compile(rf"-((?:[^\W\d_]|(?!\d)[{IN_WORD}]){{3,}})(?![\w{IN_WORD}-]*\d)")
# the parts after a hyphen that make an adjective ("km-long", "mile-wide", "man-made", "Russia-backed"),
# English, then the languages that write a measure's adjective so ("km-lange", "km-langer")
_ADJECTIVAL = re.compile(
    r"long|wide|high|deep|tall|thick|strong|old|like|style|free|only|plus|known|born|made|run|built|sized|up|off|out"
    r"|\w+(?:ed|ing)|lang\w*|breit\w*|hoch|hohe\w*|tief\w*|stark\w*|lange|brede|diepe",
    re.I,
)


def hyphen_parts(text: str, end: int) -> tuple[str, ...]:
    """The parts of a hyphenated noun after its first word (ending at ``end``), lower case, or () where the
    compound is an adjective (see the module)."""
    parts = []
    while (m := _PART.match(text, end)) and len(parts) < 3:
        parts.append(m.group(1))
        end = m.end()
    if not parts or any(_ADJECTIVAL.fullmatch(p) for p in parts):
        return ()
    return tuple(p.lower() for p in parts)


# English joins a count to a singular noun with a hyphen to make an adjective of the noun after it: "the 460-seat
# Sejm", "a 300-bed hospital", "a 12-member panel" say what the chamber, the hospital, the panel is, not how many
# seats were won or beds filled.  The words that do not end such an adjective: a time or a measure keeps its unit
# ("a 10-year sentence", "a 5-km race" are compared as years and kilometres), and a function word is no noun
_DESCRIBED_HEAD = re.compile(r"[ \u00a0]([^\W\d_]{2,})\b")
_MEASURE_NOUNS = frozenset(
    "second minute hour day night week month year decade century km kilometre kilometer mile metre meter foot ft inch "
    "yard cm mm kg ton tonne pound lb ounce litre liter gallon acre hectare degree percent per cent point storey story "
    "magnitude category level grade watt kilowatt megawatt gigawatt kw mw gw gram carat calorie volt".split()
)
_NOT_A_HEAD = frozenset(
    "of in on at to for from by with and or but nor the a an that which who whom whose was were is are be been has have "
    "had said says will would could should may might can than as so if".split()
)


def described_noun(text: str, between: str, word: str, end: int, lang: str) -> str | None:
    """The unit of a count that makes an adjective of the noun after it ("460-seat Sejm": "seat-sejm"), so
    that it meets only another such count of that noun, never "won 167 seats"; ``between`` is what joins the
    figure to ``word`` (a hyphen), ``end`` where ``word`` ends; ``None`` where the count is no such adjective."""
    # an adjective of a measure ("5,000-strong": a crowd is a count of people), not a short noun in "-ed" ("300-bed")
    adjective = _ADJECTIVAL.fullmatch(word) and (len(word) > 4 or not word.endswith(("ed", "ing")))
    if lang != "en" or between != "-" or word.endswith("s") or word in _MEASURE_NOUNS or adjective:
        return None
    head = _DESCRIBED_HEAD.match(text, end)
    if not head or head.group(1).lower() in _NOT_A_HEAD:
        return None
    return f"{word}-{head.group(1).lower()}"
