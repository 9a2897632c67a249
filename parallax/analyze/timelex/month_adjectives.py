"""Months written as adjectives, in the languages whose grammar makes one of every month.

Czech, Slovak, Polish and Croatian (with Bosnian and Serbian) derive an adjective from each month's name
and decline it: "ze zářijových 5,5 %" (from September's 5.5%), "říjnové zasedání" (the October meeting),
"októbrová inflácia", "po wrześniowym spadku", "listopadski podaci".  News dates figures and meetings this
way as often as with the noun, so the adjective is the month: left unread, a report saying "in October,
from September's figure" in Czech against "októberben ... a szeptemberi" in Hungarian read as two months
that disagree.  Each language's stems are listed with its regular endings (the hard adjective declension;
Croatian's definite and indefinite forms), so no form is guessed.
"""

from __future__ import annotations

# the hard adjective's endings: masculine, feminine, neuter, in every case news uses, singular and plural
_CS_ENDINGS = ("ý", "á", "é", "ého", "ému", "ém", "ým", "ou", "í", "ých", "ými")
_SK_ENDINGS = ("ý", "á", "é", "ého", "ému", "om", "ým", "ou", "í", "ých", "ými")
_PL_ENDINGS = ("y", "a", "e", "ego", "emu", "ym", "ą", "ej", "ych", "ymi")
_SH_ENDINGS = ("i", "a", "o", "e", "og", "oga", "om", "ome", "oj", "u", "ih", "im", "ima")

_CS = ("lednov", "únorov", "březnov", "dubnov", "květnov", "červnov", "červencov", "srpnov", "zářijov", "říjnov", "listopadov",
       "prosincov")  # fmt: skip
_SK = ("januárov", "februárov", "marcov", "aprílov", "májov", "júnov", "júlov", "augustov", "septembrov", "októbrov", "novembrov",
       "decembrov")  # fmt: skip
_PL = ("styczniow", "lutow", "marcow", "kwietniow", "majow", "czerwcow", "lipcow", "sierpniow", "wrześniow", "październikow",
       "listopadow", "grudniow")  # fmt: skip
# Croatian names, then the Latin names Bosnian and Serbian use
_SH = (
    ("siječanjsk", "januarsk"), ("veljačk", "februarsk"), ("ožujsk", "martovsk"), ("travanjsk", "aprilsk"), ("svibanjsk", "majsk"),
    ("lipanjsk", "junsk"), ("srpanjsk", "julsk"), ("kolovošk", "avgustovsk", "augustovsk"), ("rujansk", "septembarsk"),
    ("listopadsk", "oktobarsk"), ("studensk", "novembarsk"), ("prosinačk", "decembarsk"),
)  # fmt: skip


def _forms(stems: tuple, endings: tuple[str, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for month, stem in enumerate(stems, 1):
        for s in (stem,) if isinstance(stem, str) else stem:
            out.update({s + e: month for e in endings})
    return out


CS = _forms(_CS, _CS_ENDINGS)
SK = _forms(_SK, _SK_ENDINGS)
PL = _forms(_PL, _PL_ENDINGS)
SH = _forms(_SH, _SH_ENDINGS)
