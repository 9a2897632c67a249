"""A fraction of a count: "a third of the 900 workers were laid off" counts 300 workers.

The figure after "a third of the" is the whole the fraction is taken from; what the sentence says
happened, it mostly says of the fraction.  Read as 900 alone, it would conflict with another outlet's
"300 workers were laid off"; so the fraction is a count of its own (300, under the whole's noun, with
the words of the fraction in its text, so "about a third of the 900" is hedged by "about"), beside
the whole (900), which stays: "half of the 12 victims were children" and "six of the 12 victims" both
speak of twelve.  Compare sets the fraction against another outlet's part ("half of the 900": 450),
not against the whole (:data:`parallax.compare.partitives.PART`).  A fraction of a whole is exact only to
the unit: "a third of the 100 passengers" allows 33 and 34 (:func:`fraction_range`).

Each language says it with its own words for the fraction and for "of the" (the genitive or
partitive of the whole): "ein Drittel der 900 Stellen", "la moitié des 600 emplois", "la mitad de
los 800 trabajadores", "un terzo dei 900 posti", "metade dos 800 funcionários", "een derde van de
900 banen", "половина из 900 сотрудников", "połowa z 900 pracowników".  The word of the whole is
required ("half of 2024" is no count of anything); a half after an ordinal is a half of a match or
of a period ("in the second half the 10 men", "nella seconda metà dei 90 minuti"), no fraction.
"""

from __future__ import annotations

import math
import re

_THIRDS = {"a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3}
# per language: its fractions (as written before "of the", lower case) and the words that join them to the whole's figure
_LANGUAGES: dict[str, tuple[dict[str, float], str]] = {
    "en": (
        {
            "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "one-half": 1 / 2, **_THIRDS,
            "a quarter": 1 / 4, "one quarter": 1 / 4, "one-quarter": 1 / 4, "three quarters": 3 / 4, "three-quarters": 3 / 4,
            "a fifth": 1 / 5, "one fifth": 1 / 5, "one-fifth": 1 / 5, "two fifths": 2 / 5, "two-fifths": 2 / 5,
            "three fifths": 3 / 5, "three-fifths": 3 / 5, "four fifths": 4 / 5, "four-fifths": 4 / 5,
            "a tenth": 1 / 10, "one tenth": 1 / 10, "one-tenth": 1 / 10,
        },
        # "half" may leave out "of": "half the 900 workers"
        r"(?:(?<=half)[ \u00a0]{1,3}|[ \u00a0]{1,3}of[ \u00a0]{1,3})(?:the|its|their|those|these|his|her|our)",
    ),
    "de": (
        {"die hälfte": 1 / 2, "ein drittel": 1 / 3, "zwei drittel": 2 / 3, "ein viertel": 1 / 4, "drei viertel": 3 / 4,
         "ein fünftel": 1 / 5, "ein zehntel": 1 / 10},
        # the genitive article or possessive ("der 900 Stellen", "seiner 900 Mitarbeiter"), or "von den"
        r"[ \u00a0]{1,3}(?:der|seiner|ihrer|dieser|unserer|von[ \u00a0](?:den|seinen|ihren|diesen))",
    ),
    "fr": (
        {"la moitié": 1 / 2, "un tiers": 1 / 3, "deux tiers": 2 / 3, "un quart": 1 / 4, "trois quarts": 3 / 4,
         "un cinquième": 1 / 5, "un dixième": 1 / 10},
        r"[ \u00a0]{1,3}(?:des|de[ \u00a0](?:ses|leurs|ces|nos))",
    ),
    "es": (
        {"la mitad": 1 / 2, "un tercio": 1 / 3, "dos tercios": 2 / 3, "una cuarta parte": 1 / 4, "la cuarta parte": 1 / 4,
         "tres cuartas partes": 3 / 4, "una quinta parte": 1 / 5, "la quinta parte": 1 / 5, "una décima parte": 1 / 10},
        r"[ \u00a0]{1,3}de[ \u00a0](?:los|las|sus|estos|estas)",
    ),
    "it": (
        {"metà": 1 / 2, "un terzo": 1 / 3, "due terzi": 2 / 3, "un quarto": 1 / 4, "tre quarti": 3 / 4,
         "un quinto": 1 / 5, "un decimo": 1 / 10},
        r"[ \u00a0]{1,3}(?:(?:dei|degli|delle)(?:[ \u00a0](?:suoi|sue|loro))?|di[ \u00a0](?:questi|queste))",
    ),
    "pt": (
        {"metade": 1 / 2, "um terço": 1 / 3, "dois terços": 2 / 3, "um quarto": 1 / 4, "três quartos": 3 / 4,
         "um quinto": 1 / 5, "um décimo": 1 / 10},
        r"[ \u00a0]{1,3}(?:(?:dos|das)(?:[ \u00a0](?:seus|suas))?|de[ \u00a0](?:seus|suas)|destes|destas)",
    ),
    "nl": (
        {"de helft": 1 / 2, "een derde": 1 / 3, "twee derde": 2 / 3, "een kwart": 1 / 4, "driekwart": 3 / 4,
         "drie kwart": 3 / 4, "een vijfde": 1 / 5, "een tiende": 1 / 10},
        r"[ \u00a0]{1,3}van[ \u00a0](?:de|het|zijn|haar|hun|deze)",
    ),
    # Russian, Ukrainian and Polish take the whole in the genitive after "из", "з", "z" ("половина из 900
    # сотрудников"); the fraction in the cases a subject or an object takes
    "ru": (
        {"половина": 1 / 2, "половину": 1 / 2, "треть": 1 / 3, "две трети": 2 / 3, "четверть": 1 / 4, "три четверти": 3 / 4},
        r"[ \u00a0]{1,3}из",
    ),
    "uk": (
        {"половина": 1 / 2, "половину": 1 / 2, "третина": 1 / 3, "третину": 1 / 3, "дві третини": 2 / 3,
         "чверть": 1 / 4, "три чверті": 3 / 4},
        r"[ \u00a0]{1,3}(?:з|із)",
    ),
    "pl": (
        {"połowa": 1 / 2, "połowę": 1 / 2, "jedna trzecia": 1 / 3, "jedną trzecią": 1 / 3, "dwie trzecie": 2 / 3,
         "jedna czwarta": 1 / 4, "jedną czwartą": 1 / 4, "trzy czwarte": 3 / 4, "ćwierć": 1 / 4},
        r"[ \u00a0]{1,3}(?:z|ze|spośród)",
    ),
}  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"[ \u00a0]") for f in sorted(words, key=len, reverse=True))


# per language: the fraction and the words of its whole, right before the whole's figure
_FRACTION_OF = {
    lang: re.compile(rf"(?<![\w-])(?P<frac>{_alternation(fractions)}){link}[ \u00a0]{{1,3}}\Z", re.I)
    for lang, (fractions, link) in _LANGUAGES.items()
}
_SHARES = {" ".join(f.split()): share for fractions, _ in _LANGUAGES.values() for f, share in fractions.items()}
# an ordinal before a half: a half of a match or a period ("the second half", "zweite Hälfte", "seconda metà")
_HALF_OF_A_MATCH = re.compile(
    r"(?<!\w)(?:first|second|other|opening|closing|final|last|next|erste[nr]?|zweite[nr]?|letzte[nr]?|première|seconde|deuxième"
    r"|dernière|primera|segunda|última|prima|seconda|ultima|primeira|eerste|tweede|laatste|перв\w+|втор\w+|последн\w+"
    r"|перш\w+|друг\w+|остан\w+|pierwsz\w+|drug\w+|ostatni\w*)[ \u00a0]{1,3}\Z",
    re.I,
)
# the words of a fraction opening a quantity's text, in any of the languages (the text says which)
_FRACTION_TEXT = re.compile(rf"(?P<frac>{_alternation(_SHARES)})[ \u00a0]", re.I)
# the same words opening a quantity's text, up to the whole's figure
_FRACTION_LEAD = re.compile(
    "|".join(rf"(?:{_alternation(fractions)}){link}[ \u00a0]{{1,3}}" for fractions, link in _LANGUAGES.values()), re.I
)


def fraction_before(text: str, start: int, language: str | None) -> tuple[int, float] | None:
    """Where a fraction of the count at ``start`` begins and its share ("a third of the 900" at 900:
    the offset of "a", 1/3), or None."""
    pattern = _FRACTION_OF.get((language or "en")[:2].lower())
    if pattern is None or not (m := pattern.search(text, max(0, start - 48), start)):
        return None
    if _HALF_OF_A_MATCH.search(text, max(0, m.start() - 14), m.start()):
        return None  # "in the second half the 10 men held on": a half of a match
    return m.start(), _SHARES[" ".join(m.group("frac").lower().split())]


def fraction_range(number: str, value: float) -> tuple[float, float] | None:
    """What a fraction of a whole allows when it is no whole number: the whole numbers on either side
    ("a third of the 100", 33.3, allows 33 and 34); None for another number or a whole one."""
    if not _FRACTION_TEXT.match(number) or value == int(value):
        return None
    return float(math.floor(value)), float(math.ceil(value))


def whole_offset(number: str) -> int:
    """Where the whole's figure starts in a quantity's text ("a third of the 900": 15), 0 where no
    fraction opens it: the noun the parse gives the count is the figure's."""
    m = _FRACTION_LEAD.match(number)
    return m.end() if m else 0
