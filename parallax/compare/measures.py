"""Measures in two systems of units: "12,000 acres" and "about 4,860 hectares" are one area.

Outlets in different countries give one measure in their own units, and the numbers then differ
though the facts agree; or they differ after conversion too, and that is a conflict the comparison of
counts never sees (it compares "acre" only with "acre").  A measure here is a number and a unit of
area, length, height, speed or temperature read from the text itself (a count's noun alone would take "square
miles" for miles and "km/h" for kilometres, and misses "40C"), converted to one unit per kind.  Two
aligned sentences are compared where each gives one measure of a kind, in different units (in the same
unit the counts already compare): they agree within 5% (conversions are rounded: 70 mph is 112.7 km/h,
given as 113 or 110), a temperature to the rounding of its last digit (:func:`_rounding`), a hedged figure within its hedge ("about" 10%, or 1°C,
"more than" a bound).  Unit names in English and in the languages whose press converts American figures
(French, Spanish, Portuguese, Italian, German, Dutch, Polish), figures in each language's decimal style.

A measure and its conversion in brackets ("10,000 acres (4,047 hectares)", "43C (109F)") is one measure
written twice, not two measures of one kind, and agrees with either figure; it is compared here even against the
other report's figure in one of its units ("up to 80 mph (130 km/h)" / "hasta 210 km/h"), and two bounds the same way
are two outlets' figures (:mod:`.measure_bounds`).  Temperatures compare in one
unit too ("43C" / "45C"): the counts do not read a degree sign run on to its figure, and they would set
"40 degrees Celsius" against "104 degrees Fahrenheit" as two counts of degrees (:func:`measured_figures`
tells the comparison which figures to leave to this module).
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.values import parse_number
from parallax.compare.hedges import HEDGE
from parallax.compare.measure_bounds import measures_meet
from parallax.records import Article, Sentence

# (pattern, kind, factor to the kind's unit: hectares, kilometres, metres, km/h; a temperature's scale); the names
# in English and in the languages whose press converts American figures (fr, es, pt, it, de, nl, pl)
_DEG = r"(?:degrees?|degrés?|grados?|Grad|gradi|graus|graden|stopni)\s+"
# a degree word with no scale after it, outside English: the press of every country that writes these languages
# gives the air in Celsius ("43 Grad gemessen", "il termometro ha toccato i 45 gradi", "45 degrés"); an English
# "109 degrees" may be either, and stays unread
_BARE_DEG = r"(?:degrés?|grados?|Grad|gradi|graus|graden|stopni)"
_UNITS = [
    (r"square\s+miles?|sq\.?\s?mi(?:les?)?", "area", 258.998811),
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²|kilomètres\s+carrés|kil[óo]metros\s+cuadrados|Quadratkilometern?", "area", 100.0),
    (r"[Aa]cres?|acri|akrów", "area", 0.40468564),
    (r"hectares?|hect[áa]reas?|Hektar(?:e|en|s)?|ettar[io]|hektar(?:ów|y)?|ha", "area", 1.0),
    # the Greek and Turkish press measure land in the stremma, the dönüm and the decare of 1,000 m², a tenth of a
    # hectare ("45.000 στρέμματα" are 4,500 hectares, "500 dönümü" 50); Greek writes the hectare too. The Arabic dunam
    # is that tenth in the Levant, whose land the Arabic press measures most, but 2,500 m² in Iraq: a figure in dunams
    # spans both (:data:`_DUNAM_SPAN`), so it conflicts only with an area outside either
    (r"εκτάρι(?:α|ων|ο)?|Εκτάρι(?:α|ων|ο)?", "area", 1.0),
    (r"στρέμμ(?:α|ατα|ατος|άτων)|στρ\.|dönüm(?:lük|ü|ün|e|de|den)?|dekar", "area", 0.1),
    (r"دونم(?:ات|اً|ا)?", "area", "dunam"),
    (r"miles?\s+(?:per|an)\s+hour|mph", "speed", 1.609344),
    (r"kilomet(?:re|er)s?\s+(?:per|an)\s+hour|km/h|kph|kmh|Stundenkilometern?|chilometri\s+orari"  # in words too
     r"|(?:kil[oó]m[eè]t\w*|chilometri|quil[oô]metros?)\s+(?:por|pro|par|per|all')\s?(?:hora|Stunde|heure|ora)", "speed", 1.0),
    (r"miles?|mi|millas?|milles|Meilen|miglia|milhas?|mijl", "length", 1.609344),
    (r"kilomet(?:re|er)s?|km|kilomètres?|kil[óo]metros?|quil[óô]metros?|Kilometern?|chilometri|kilometrów", "length", 1.0),
    # a height or a depth (a storm surge, a wave, rain, snow) is given in feet, inches, metres, centimetres or
    # millimetres, in metres here: a kind apart from the distances of a journey, so that "10 inches of rain ... 30
    # miles inland" still holds one measure of each
    (r"met(?:re|er)s?|mètres?|metros?|metri|Metern?|metrów", "height", 1.0),
    (r"(?:feet|foot|ft|pieds?|pies|pés|piedi|Fuß)", "height", 0.3048),
    (r"inch(?:es)?|pouces?|pulgadas?|polegadas?|pollici|Zoll", "height", 0.0254),
    (r"centimet(?:re|er)s?|cm|centimètres?|cent[íi]metros?|centimetri|Zentimetern?|centymetrów", "height", 0.01),
    (r"millimet(?:re|er)s?|mm|millimètres?|mil[íi]metros?|millimetri|Millimetern?|milimetrów", "height", 0.001),
    (r"°\s?F|" + _DEG + r"Fahrenheit|F", "temperature", "F"),
    (r"°\s?C|" + _DEG + r"(?:Celsius|centigrade|centígrados)|C|" + _BARE_DEG, "temperature", "C"),
]
_NUMBER = r"(?<![\w.,])(?P<n>-?\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?)"
_MEASURE = re.compile(
    _NUMBER + r"(?:\s?-\s?|\s|\u00a0)?(?P<unit>" + "|".join(f"(?P<u{i}>{p})" for i, (p, _, _) in enumerate(_UNITS)) + r")(?![\w²])",
)
# a word of heat or temperature in the sentence: there a spaced scale letter is the scale ("Temperatures reached 40
# C"), which a grade, a section or a class ("Form 40 C", "Article 12 F") never stands beside
_HEAT = re.compile(
    r"(?<![\w])(?:temperatures?|heat(?:wave)?|thermometers?|mercury|degrees?|temperatur(?:en)?|hitze|température|chaleur"
    r"|canicule|temperaturas?|calor|ola\s+de\s+calor|caldo|gradi|graus?|grados?|grad)(?![\w])",
    re.I,
)
_DUNAM_SPAN = 2.5  # the Iraqi dunam, 2,500 m², against the Levantine 1,000 m²
_HA_IS_HAS = frozenset({"it", "es", "pt", "ca", "gl"})
_TOLERANCE, _DEGREES = 0.05, 1.0

Measure = tuple[str, float, float, float, tuple[str, ...]]  # kind, value in the kind's unit, lowest, highest, units as written
# what stands between a measure and its conversion: "10,000 acres (4,047 hectares)", "40C [104F]", "15 miles, or 24 km,"
# (matched against the text between, its white space made single spaces and stripped, so that no two runs of
# white space in the pattern can share one run of the text: a long run of spaces costs linear time)
_CONVERSION = re.compile(
    r"(?:[(\[]|,? ?(?:or|soit|o sea|es decir|ossia|cioè|ou seja|also|d\. ?h\.))"
    r"(?: ?(?:about|roughly|some|around|nearly|approximately))?\Z",
    re.I,
)


def _base(value: float, factor: float | str) -> float:
    if factor == "F":
        return (value - 32) * 5 / 9
    if factor == "dunam":
        return value * 0.1
    return value if factor == "C" else value * float(factor)


def measures(art: Article, s: Sentence) -> list[Measure]:
    """The sentence's measures, each with the range its hedge allows (see the module)."""
    out: list[Measure] = []
    last_end, last_kind = -1, ""
    for m in _MEASURE.finditer(art.text, s.start, s.end):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if k[:1] == "u" and k[1:].isdigit() and v is not None)
        _, kind, factor = _UNITS[i]
        if kind == "temperature" and len(m.group("unit")) == 1 and m.group(0)[len(m.group("n")) :][:1].isspace():
            if not _HEAT.search(art.text, s.start, s.end):
                continue  # "40 C" may be a grade or a section: a bare letter only right after the figure ("40C")
        if m.group("unit") == "ha" and (art.language or "")[:2] in _HA_IS_HAS and re.fullmatch(r"\d{4}", m.group("n")):
            continue  # "Nel 2019 ha vinto", "En 2019 ha sido": a year and the verb "has", not hectares
        value = _base(_figure(m.group("n"), art.language), factor)
        tol = _rounding(m.group("n"), art.language, factor) if kind == "temperature" else abs(value) * _TOLERANCE
        lo, hi = value - tol, (value * _DUNAM_SPAN if factor == "dunam" else value) + tol
        if h := HEDGE.search(art.text, max(s.start, m.start() - 25), m.start()):
            spread = max(tol, _DEGREES if kind == "temperature" else abs(value) * 0.1)
            lo, hi = {"lo": (lo, float("inf")), "hi": (float("-inf"), hi), "about": (value - spread, value + spread)}[h.lastgroup]
        if out and kind == last_kind and _CONVERSION.match(" ".join(art.text[last_end : m.start()].split())):
            k, v, lo0, hi0, units = out[-1]  # the conversion of the measure before it: one measure, either figure agrees
            out[-1] = (k, v, min(lo0, lo), max(hi0, hi), (*units, m.group("unit")))
        else:
            out.append((kind, value, lo, hi, (m.group("unit"),)))
        last_end, last_kind = m.end(), kind
    return out


def _figure(written: str, language: str | None) -> float:
    """A measure's figure in the language's decimal style ("4.047 hectáreas" is 4,047; "40,5 °C" 40.5)."""
    value = parse_number(written.lstrip("-"), language)
    value = float(written.lstrip("-").replace(",", "")) if value is None else value
    return -value if written.startswith("-") else value


def _rounding(figure: str, language: str | None, scale: float | str) -> float:
    """Half the last written digit of a temperature, in °C: "43C" is 42.5 to 43.5, "109F" 42.5 to 43.1,
    so a conversion rounded to the degree agrees and two degrees apart ("43C" / "45C") do not."""
    value = abs(_figure(figure, language))
    decimals = 0 if value == int(value) else len(re.split(r"[.,]", figure)[-1])
    half = 0.5 * 10**-decimals
    return half * 5 / 9 if scale == "F" else half


def _unit_name(written: str) -> str:
    """The unit as a conflict shows it: as written, a bare scale letter with its degree sign ("43C": °C)."""
    written = re.sub(r"\s+", " ", written.strip())
    return "°" + written if written in ("C", "F") else written


_METRE = next(i for i, (p, _, _) in enumerate(_UNITS) if p.startswith("met(?:re|er)s?"))


def _as_lengths(mine: list[Measure], other: list[Measure]) -> list[Measure]:
    """A figure in metres is a height ("a 3-metre surge") or a distance ("500 metres from the shore"): it stays a
    height, unless the other report gives no height but one distance and this side gives none, so "500 metres" meets
    "0.5 km" (or "a third of a mile") in kilometres. Only then: a sentence with a height and a distance of its own
    keeps the two apart, and no measure is compared twice, once in each kind."""
    if any(m[0] == "height" for m in other) or [m[0] for m in other].count("length") != 1:
        return mine
    if any(m[0] == "length" for m in mine):
        return mine
    heights = [m for m in mine if m[0] == "height"]
    if len(heights) != 1 or _METRE not in {_unit_index(u) for u in heights[0][4]}:
        return mine
    _, v, lo, hi, units = heights[0]
    return [("length", v / 1000, lo / 1000, hi / 1000, units) if m is heights[0] else m for m in mine]


def _paired(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[list[Measure], list[Measure]]:
    """The two sentences' measures, a metre figure read as a distance where it meets one (:func:`_as_lengths`)."""
    ma, mb = measures(art_a, sa), measures(art_b, sb)
    return _as_lengths(ma, mb), _as_lengths(mb, ma)


def measure_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[float, str, float, str]]:
    """(value in a, unit, value in b, unit) of one measure given in two units that disagree once converted."""
    ma, mb = _paired(art_a, sa, art_b, sb)
    out = []
    for kind in {m[0] for m in ma} & {m[0] for m in mb}:
        xa, xb = [m for m in ma if m[0] == kind], [m for m in mb if m[0] == kind]
        if len(xa) != 1 or len(xb) != 1:
            continue  # one measure of the kind on each side: several may be several things
        (_, va, loa, hia, ua), (_, vb, lob, hib, ub) = xa[0], xb[0]
        if kind != "temperature" and _same_unit(ua, ub) and len(ua) == len(ub) == 1:
            continue  # the counts compare these; a conversion in brackets is one measure, compared here (facts48)
        if not measures_meet(kind, loa, hia, lob, hib):  # two "up to" bounds: two outlets' highs (:mod:`.measure_bounds`)
            wa, wb = _shown(ua, ub), _shown(ub, ua)
            out.append((_written_value(art_a, sa, wa, va), _unit_name(wa), _written_value(art_b, sb, wb, vb), _unit_name(wb)))
    return out


def _unit_index(written: str) -> int:
    return next(i for i, (p, _, _) in enumerate(_UNITS) if re.fullmatch(p, written))


def _same_unit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the two measures share a unit as written (either figure of a measure and its conversion)."""
    return bool({_unit_index(u) for u in a} & {_unit_index(u) for u in b})


def _shown(units: tuple[str, ...], other: tuple[str, ...]) -> str:
    """The unit a conflict shows for a measure: the one the other side wrote too ("109F (43C)" / "45C" is 43 / 45)."""
    return next((u for u in units if _same_unit((u,), other)), units[0])


def _written_value(art: Article, s: Sentence, unit: str, base: float) -> float:
    """The figure as the text wrote it (the report shows "12,000 acre", not hectares)."""
    for m in _MEASURE.finditer(art.text, s.start, s.end):
        if m.group("unit") == unit:
            return _figure(m.group("n"), art.language)
    return base


def measured_figures(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[float], set[float]]:
    """The figures as written that this module compares, which the counts then leave alone: a temperature
    given once on each side ("43 Grad Celsius" / "45 Grad Celsius" would also be two counts of degrees,
    "40 degrees Celsius" / "104 degrees Fahrenheit" a false one), and a measure that agrees across a
    conversion, written in two units on a side or in different units ("10,000 acres (4,047 hectares)" /
    "4,000 hectares": the converted figure is a rounding, and the counts would set 4,047 against 4,000), and any
    measure given in different units on the two sides, which :func:`measure_conflicts` compares."""
    ma, mb = _paired(art_a, sa, art_b, sb)
    out: tuple[set[float], set[float]] = (set(), set())
    for kind in {m[0] for m in ma} & {m[0] for m in mb}:
        xa, xb = [m for m in ma if m[0] == kind], [m for m in mb if m[0] == kind]
        if len(xa) != 1 or len(xb) != 1:
            continue
        ua, ub = xa[0][4], xb[0][4]
        # in different units this module compares them, agreeing or not ("10 inches of rain" / "400 mm of rain"
        # is its conflict, and no count of inches against a count of millimetres besides)
        # and a measure with its conversion in brackets is one measure, agreeing or not: "up to 80 mph (130 km/h)" / "hasta
        # 210 km/h" read as counts set an exact 130 against "up to 210" (the hedge stands before the first figure only)
        converted = not _same_unit(ua, ub) or len(ua) > 1 or len(ub) > 1
        if kind == "temperature" or converted:
            out[0].update(_written_value(art_a, sa, u, 0.0) for u in ua)
            out[1].update(_written_value(art_b, sb, u, 0.0) for u in ub)
    return out
