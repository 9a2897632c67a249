"""Indonesian and Malay number words.

Teens and tens are the unit with "belas" and "puluh" ("dua belas" is 12, "dua puluh tiga" 23); ten,
eleven, a hundred and a thousand take the prefix "se-" ("sepuluh", "sebelas", "seratus",
"seribu").  "satu" (one) counts only with a scale ("satu juta"); "lima" (five) is also the city.
Malay also says "lapan" for eight and "bilion" for a billion.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units

_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _malay(units: list[str]) -> dict[str, float]:
    words = {w: n for n, w in enumerate(units) if n} | {"sepuluh": 10, "sebelas": 11, "seratus": HUNDRED, "seribu": THOUSAND, "sejuta": 1e6}
    words |= {f"{u} belas": 10 + n for n, u in enumerate(units) if n > 1}
    return words | tens_and_units({10 * n: f"{u} puluh" for n, u in enumerate(units) if n > 1}, units, "{t} {u}")


def _language(*spellings: list[str], scales: dict[str, float]) -> NumberWords:
    return NumberWords(
        words={w: n for units in spellings for w, n in _malay(units).items()},
        multipliers={"ratus": HUNDRED, "ribu": THOUSAND},
        scales=scales,
        not_alone=frozenset({"satu"}),
        needs_noun=frozenset({"lima"}),
        rest_after_scale=True,  # "2 juta 500 ribu"
    )


LANGUAGES: dict[str, NumberWords] = {
    "id": _language(_UNITS, scales={}),
    "ms": _language(_UNITS, [*_UNITS[:8], "lapan", "sembilan"], scales={"bilion": 1e9}),
}
