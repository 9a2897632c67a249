"""Scale words after a number ("3 million", "2 тысячи", "3 bin", "2 लाख", "5万"), and the rest of a
number written after its scale ("bin 200", "1 milyon 200 bin", "مليون و200 ألف").

A scale multiplies the number before it, and it is a word of one language only: Turkish "bin" is a
scale in Turkish and a noun in English ("3 bin bags"), hence a table per language.  Some presses
write the rest of a number after its scale; it is added only while each part stays under the scale
before it, so a year after a scale ("2 लाख 2025 में") is no part of the number.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import LANGUAGES, NumberWords
from parallax.analyze.quantities.base import _lower
from parallax.analyze.quantities.clock import _CLOCK
from parallax.analyze.quantities.values import parse_number

SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3,
    # the press's abbreviations: glued to a figure ("$1.2bn", "£300m", "€2tn", "£5mn"), German "Mio." and "Mrd."
    "mn": 1e6, "tn": 1e12, "mio": 1e6, "mrd": 1e9,
    "tausend": 1e3, "millionen": 1e6, "milliarden": 1e9, "milliarde": 1e9, "mille": 1e3, "millions": 1e6,
    "milliards": 1e9, "milliard": 1e9, "mil": 1e3, "millones": 1e6, "millón": 1e6,
    # Italian, Dutch, Portuguese, the Nordic languages, Turkish, Indonesian/Malay, Greek (its press abbreviates,
    # "1,5 δισ. ευρώ", and puts a sum in the genitive after a noun of amount, "ύψους 2 δισεκατομμυρίων ευρώ")
    **{w: 1e6 for w in ("milione", "milioni", "miljoen", "miljoenen", "milhão", "milhões", "milhao", "milhoes", "miljon", "miljoner",
                        "millioner", "milyon", "juta", "εκατομμύρια", "εκατομμύριο", "εκατομμυρίων", "εκατ")},
    **{w: 1e9 for w in ("miliardo", "miliardi", "miljard", "miljarden", "bilhão", "bilhões", "bilião", "biliões", "miljarder",
                        "milliarder", "milyar", "miliar", "δισεκατομμύρια", "δισεκατομμύριο", "δισεκατομμυρίων", "δισ")},
    # a trillion in Indonesian, Malay, Turkish, Portuguese and Dutch ("Rp 12 triliun" was 12 rupiah against another
    # report's "12 trillion rupiah")
    **{w: 1e12 for w in ("triliun", "trilion", "trilyon", "trilhão", "trilhões", "biljoen")},
    # lakh and crore, in Indian English too ("1.5 lakh people", "500 crore rupees"): no other language's words
    **{w: 1e5 for w in ("lakh", "lakhs")}, **{w: 1e7 for w in ("crore", "crores")},
    # ... and their products, the way Indian budgets are written: "Rs 1.2 lakh crore" is 1.2 trillion rupees (1.2 x 10^5 x
    # 10^7), "Rs 5 thousand crore" fifty billion; read as one scale, the figure was 1.2 lakh and the crore was lost
    **{w: 1e12 for w in ("lakh crore", "lakh crores", "lakh-crore")}, **{w: 1e10 for w in ("thousand crore", "thousand crores")},
    **{w: 1e3 for w in ("ribu", "χιλιάδες")},  # (Turkish "bin" is a scale in Turkish only: "3 bin bags")
    # Russian, Ukrainian and Polish, in the cases a count takes ("2 тысячи", "40 тисяч", "3 tysiące")
    **{w: 1e3 for w in ("тысяча", "тысячи", "тысяч", "тыс", "тисяча", "тисячі", "тисяч", "тис", "tysiąc", "tysiące", "tysięcy", "tys")},
    # and the oblique plurals a case ending on the figure asks for ("с 2-мя тысячами", "о 3-х миллионах")
    **{w: 1e3 for w in ("тысячами", "тысячам", "тысячах", "тисячами", "тисячам", "тисячах")},
    **{w: 1e6 for w in ("миллионами", "миллионам", "миллионах", "мільйонами", "мільйонам", "мільйонах")},
    **{w: 1e6 for w in ("миллион", "миллиона", "миллионов", "млн", "мільйон", "мільйона", "мільйонів", "milion", "miliony", "milionów", "mln")},
    **{w: 1e9 for w in ("миллиард", "миллиарда", "миллиардов", "млрд", "мільярд", "мільярда", "мільярдів", "miliard", "miliardy", "miliardów", "mld")},
}
# and each language's own scales ("3 bin kişi", "2 लाख", "۳ میلیون", "5 mii de")
_SCALE_BY_LANGUAGE = {lang: SCALE | nw.scales for lang, nw in LANGUAGES.items()}
# a million, a billion: "un millón y medio", "a million pounds" (an article is no number on its own)
_ONE = r"an?|one|un|une|una|uno|ein|eine|einer|einem|um|uma|een|один|одна|jeden"
_ONE_SCALES = ("million|millón|millon|milione|milhão|milhao|miljoen|miljon|milliard|milliarde|miliardo|billion|миллион|миллиард"
               "|мільйон|мільярд|milion|miliard")
# a half more of the scale: "two and a half million", "два с половиной миллиона", "tres millones y medio"
_HALF_BEFORE = r"[ \u00a0]+(?:and a half|с половиной|з половиною|i pół)"
_HALF_AFTER = r"[ \u00a0]+(?:y|et|e|und)[ \u00a0]+(?:medio|media|demi|demie|mezzo|meio|meia|einhalb)\b"
# the scale characters of Chinese and Japanese after a figure ("3万人", "5億")
CJK_SCALE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}

# between a scale and the rest of its number: a space, and in Arabic "و" ("مليون و200 ألف")
_REST_GAP = re.compile(r"[ \u00a0]++(?:و[ \u00a0]?(?=\d))?")


def _place_value(text: str, m: re.Match, value: float, lang: str) -> float | None:
    """The scale a number ends in ("2 bin": 1,000, "1 milyon": a million, "दो लाख": 100,000, the word
    "bin" or "ألفين": 1,000), which the rest of the number after it stays under; None if none."""
    if scale := m.group("scale"):
        place = _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(scale), 0)
        return place if place >= 1000 else None
    num = m.group("num")
    return 1000.0 if num[:1].isalpha() and value >= 1000 and value % 1000 == 0 else None


def _rest_after_scale(text: str, m: re.Match, value: float, lang: str, nw: NumberWords, pattern: re.Pattern) -> tuple[float, int] | None:
    """The rest of a number written after its scale, in figures or words (see
    :attr:`NumberWords.rest_after_scale`): "bin 200" is 1,000 and 200, "1 milyon 200 bin" a million and
    200,000.  (The value it adds, and where it ends), or None; each part stays under the scale before it,
    and one without a scale of its own under a thousand, so "2 bin 2026" is no number of 2,026 more.  At
    most two parts: linear."""
    if not nw.rest_after_scale or m.group("pct") or (place := _place_value(text, m, value, lang)) is None:
        return None
    added, end = 0.0, m.end()
    for _ in range(2):
        gap = _REST_GAP.match(text, end)
        if gap is None or (r := pattern.match(text, gap.end())) is None or r.start("num") != gap.end():
            break
        if r.group("cur") or r.group("pct") or r.group("one") or r.group("cjk") or r.group("short"):
            break
        part = parse_number(r.group("num"), lang)
        if part is None or _CLOCK.match(text, r.start("num")):
            break
        scale = r.group("scale")
        part *= _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(scale), 1) if scale else 1
        own_scale = bool(scale) or r.group("num")[:1].isalpha()  # "200 bin", "पचास हज़ार"
        if not 0 < part < (place if own_scale else min(place, 1000)):
            break  # (without a scale of its own the rest is the hundreds: "2 लाख 2025 में" holds a year)
        added, end = added + part, r.end()
        if not scale or (place := _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(scale), 0)) < 1000:
            break
    return (added, end) if added else None
