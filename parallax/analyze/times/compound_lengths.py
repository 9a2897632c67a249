"""One length written in two units: "eight years and six months", "acht Jahren und sechs Monaten", "ocho años y seis
meses", "deux heures et quinze minutes".

Each unit is read as its own duration by the lexicon's rules, so a sentence "condamné à huit ans et six mois" held
P8Y and P6M, and a comparison with "huit ans" set six months against eight years.  Joined by "and" in any of the
languages with a date lexicon, the larger unit first, the two are one duration (P8Y6M), as TimeML writes it.
Kept apart from the resolver: it only joins what the rules found.
"""

from __future__ import annotations

import re

from parallax.analyze.times.cjk_terms import cjk_lengths

# "and" between the two parts, in the languages with a lexicon (also "i" Catalan, Polish, Croatian; "a" Czech, Slovak)
_AND = re.compile(r"[ \u00a0]+(?:and|und|et|y|e|en|i|og|och|a|és|ja|ve|dan|и|і|και)[ \u00a0]+", re.I)
_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?")
_CODES = ("Y", "M", "D", "H", "M")  # (years, months, days; then hours, minutes after the "T")


def _parts(value: str | None) -> list[int | None] | None:
    m = _PARTS.fullmatch(value or "")
    if not m or not any(m.groups()):
        return None
    return [int(g) if g else None for g in m.groups()]


def _iso(parts: list[int | None]) -> str:
    date = "".join(f"{n}{c}" for n, c in zip(parts[:3], _CODES[:3], strict=True) if n is not None)
    time = "".join(f"{n}{c}" for n, c in zip(parts[3:], _CODES[3:], strict=True) if n is not None)
    return "P" + date + (f"T{time}" if time else "")


def joined_lengths(text: str, found: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``found`` (start, end, value, granularity) with each two durations of one length made one (see the module)."""
    out: list[tuple[int, int, str | None, str]] = []
    for item in cjk_lengths(text, sorted(found)):  # "8年6个月", "8년 6개월", "懲役8年6月"
        if out and out[-1][3] == item[3] == "duration" and _AND.fullmatch(text[out[-1][1] : item[0]]):
            a, b = _parts(out[-1][2]), _parts(item[2])
            if a and b:
                last_a = max(i for i, n in enumerate(a) if n is not None)
                first_b = min(i for i, n in enumerate(b) if n is not None)
                if first_b > last_a:
                    merged = [x if x is not None else y for x, y in zip(a, b, strict=True)]
                    out[-1] = (out[-1][0], item[1], _iso(merged), "duration")
                    continue
        out.append(item)
    return out
