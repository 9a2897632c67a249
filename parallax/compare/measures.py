"""Measures in two systems of units: "12,000 acres" and "about 4,860 hectares" are one area.

Outlets in different countries give one measure in their own units, and the numbers then differ
though the facts agree; or they differ after conversion too, and that is a conflict the comparison of
counts never sees (it compares "acre" only with "acre").  A measure here is a number and a unit of
area, length, speed or temperature read from the text itself (a count's noun alone would take "square
miles" for miles and "km/h" for kilometres, and misses "40C"), converted to one unit per kind.  Two
aligned sentences are compared where each gives one measure of a kind, in different units (in the same
unit the counts already compare): they agree within 5% (conversions are rounded: 70 mph is 112.7 km/h,
given as 113 or 110), a temperature within 1°C, a hedged figure within its hedge ("about" 10%, "more
than" a bound).  English unit names and symbols, which the metric symbols of other languages share.
"""

from __future__ import annotations

import re

from parallax.compare.hedges import HEDGE
from parallax.records import Article, Sentence

# (pattern, kind, factor to the kind's unit: hectares, kilometres, km/h; a temperature's scale)
_UNITS = [
    (r"square\s+miles?|sq\.?\s?mi(?:les?)?", "area", 258.998811),
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²", "area", 100.0),
    (r"acres?", "area", 0.40468564),
    (r"hectares?|ha", "area", 1.0),
    (r"miles?\s+(?:per|an)\s+hour|mph", "speed", 1.609344),
    (r"kilomet(?:re|er)s?\s+(?:per|an)\s+hour|km/h|kph|kmh", "speed", 1.0),
    (r"miles?|mi", "length", 1.609344),
    (r"kilomet(?:re|er)s?|km", "length", 1.0),
    (r"met(?:re|er)s?", "length", 0.001),
    (r"(?:feet|foot|ft)", "length", 0.0003048),
    (r"°\s?F|degrees?\s+Fahrenheit|F", "temperature", "F"),
    (r"°\s?C|degrees?\s+(?:Celsius|centigrade)|C", "temperature", "C"),
]
_NUMBER = r"(?<![\w.,])(?P<n>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
_MEASURE = re.compile(
    _NUMBER + r"(?:\s?-\s?|\s|\u00a0)?(?P<unit>" + "|".join(f"(?P<u{i}>{p})" for i, (p, _, _) in enumerate(_UNITS)) + r")(?![\w²])",
)
_TOLERANCE, _DEGREES = 0.05, 1.0

Measure = tuple[str, float, float, float, str]  # kind, value in the kind's unit, lowest, highest, the unit as written


def _base(value: float, factor: float | str) -> float:
    if factor == "F":
        return (value - 32) * 5 / 9
    return value if factor == "C" else value * float(factor)


def measures(art: Article, s: Sentence) -> list[Measure]:
    """The sentence's measures, each with the range its hedge allows (see the module)."""
    out = []
    for m in _MEASURE.finditer(art.text, s.start, s.end):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if k[:1] == "u" and k[1:].isdigit() and v is not None)
        _, kind, factor = _UNITS[i]
        if kind == "temperature" and len(m.group("unit")) == 1 and m.group(0)[len(m.group("n")) :][:1].isspace():
            continue  # "40 C" may be a grade or a section: a bare letter only right after the figure ("40C")
        value = _base(float(m.group("n").replace(",", "")), factor)
        tol = _DEGREES if kind == "temperature" else abs(value) * _TOLERANCE
        lo, hi = value - tol, value + tol
        if h := HEDGE.search(art.text, max(s.start, m.start() - 25), m.start()):
            spread = max(tol, abs(value) * 0.1)
            lo, hi = {"lo": (lo, float("inf")), "hi": (float("-inf"), hi), "about": (value - spread, value + spread)}[h.lastgroup]
        out.append((kind, value, lo, hi, m.group("unit")))
    return out


def _unit_name(written: str) -> str:
    return re.sub(r"\s+", " ", written.strip())


def measure_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[float, str, float, str]]:
    """(value in a, unit, value in b, unit) of one measure given in two units that disagree once converted."""
    ma, mb = measures(art_a, sa), measures(art_b, sb)
    out = []
    for kind in {m[0] for m in ma} & {m[0] for m in mb}:
        xa, xb = [m for m in ma if m[0] == kind], [m for m in mb if m[0] == kind]
        if len(xa) != 1 or len(xb) != 1:
            continue  # one measure of the kind on each side: several may be several things
        (_, va, loa, hia, ua), (_, vb, lob, hib, ub) = xa[0], xb[0]
        if _same_unit(ua, ub):
            continue  # the counts compare these
        if not (loa <= hib and lob <= hia):
            out.append((_written_value(art_a, sa, ua, va), _unit_name(ua), _written_value(art_b, sb, ub, vb), _unit_name(ub)))
    return out


def _same_unit(a: str, b: str) -> bool:
    index = [next(i for i, (p, _, _) in enumerate(_UNITS) if re.fullmatch(p, u)) for u in (a, b)]
    return index[0] == index[1]


def _written_value(art: Article, s: Sentence, unit: str, base: float) -> float:
    """The figure as the text wrote it (the report shows "12,000 acre", not hectares)."""
    for m in _MEASURE.finditer(art.text, s.start, s.end):
        if m.group("unit") == unit:
            return float(m.group("n").replace(",", ""))
    return base

