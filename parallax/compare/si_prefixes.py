"""Two figures of one SI unit under different prefixes: "2850万千瓦" (28.5 million kW) and "28.5 GW" are one figure.

The counts pair figures under different nouns when the word before them is the same (:mod:`.renamed`), which is
right for "23 people" / "31 rioters" but set "受影响的风电装机容量为2850万千瓦" against "…为28.5 GW" as 28,500,000 kW
against 28.5 GW, a conflict where the two reports agree.  The Chinese and Japanese press count power in 万千瓦
(tens of thousands of kilowatts) and the English in megawatts or gigawatts, so the same capacity is written with
two prefixes across reports.  :func:`one_si_figure` reads both units as a factor of their base unit (watt,
watt-hour, metre, gram) and tells whether the figures agree within their rounding (1%, or the last figure given).
"""

from __future__ import annotations

# a prefixed unit's name (as :func:`parallax.compare.unit_names.unit_name` gives it) -> (base unit, factor)
_PREFIXED = {
    "w": ("w", 1.0), "kw": ("w", 1e3), "mw": ("w", 1e6), "gw": ("w", 1e9), "tw": ("w", 1e12),
    "wh": ("wh", 1.0), "kwh": ("wh", 1e3), "mwh": ("wh", 1e6), "gwh": ("wh", 1e9), "twh": ("wh", 1e12),
    "mm": ("m", 1e-3), "cm": ("m", 1e-2), "m": ("m", 1.0), "km": ("m", 1e3),
    "g": ("g", 1.0), "kg": ("g", 1e3), "tonne": ("g", 1e6), "t": ("g", 1e6),
}  # fmt: skip
_TOLERANCE = 0.01


def base_unit(unit: str | None) -> tuple[str, float] | None:
    """The base unit and factor of a prefixed SI unit's name ("gw" -> ("w", 1e9)), else None."""
    return _PREFIXED.get((unit or "").lower())


def one_si_figure(x: float, unit_x: str | None, y: float, unit_y: str | None) -> bool:
    """Whether ``x`` in ``unit_x`` and ``y`` in ``unit_y`` are one figure of one base unit under two prefixes."""
    bx, by = base_unit(unit_x), base_unit(unit_y)
    if bx is None or by is None or bx[0] != by[0] or bx[1] == by[1]:
        return False
    a, b = x * bx[1], y * by[1]
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b))
