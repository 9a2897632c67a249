"""Yoruba dates: "ní ọjọ́ Ajé" (on Monday), "lánàá" (yesterday), "ọ̀sẹ̀ tó kọjá" (last week), "ọjọ́ mẹ́ta sẹ́yìn".

The weekdays are "ọjọ́" (day) and a name: "ọjọ́ Ajé" Monday, "ọjọ́ Ìṣẹ́gun" Tuesday, "Ọjọ́rú" Wednesday, "Ọjọ́bọ̀"
Thursday, "ọjọ́ Ẹtì" Friday, "ọjọ́ Àbámẹ́ta" Saturday, "ọjọ́ Àìkú" Sunday; the names alone are other words too ("ajé",
wealth), so the lexicon takes them with "ọjọ́".  The months are the traditional ones ("oṣù Ṣẹ́rẹ́", January), with
their tones only, and not those that are also other words ("Ògún", August, is the god of iron).  A modifier and a
count follow their noun: "ọ̀sẹ̀ tó kọjá" (the week that passed), "ọdún tó ń bọ̀" (next year), "ọjọ́
mẹ́ta" (three days), "ọjọ́ mẹ́ta sẹ́yìn" (three days ago).  "ní" (at, on) contracts with a word that opens on a vowel:
"lánàá" (ní àná, yesterday), "lónìí" (today), "lọ́la" (tomorrow).  The press writes the tone marks or leaves them out:
both spellings are listed.
"""

from __future__ import annotations

import unicodedata

from parallax.analyze.timelex.base import Lexicon, _units


def _both(words: dict, plain: bool = True) -> dict:
    """``words`` as written with their tone marks (composed) and, where ``plain``, without them, the dots under ẹ, ọ,
    ṣ kept or left out too ("ojo Aje"): the plain spellings only of words no other word shares them with ("oni",
    today without its tones, is also "owner"; "ana", "ola" other words too)."""
    out = {}
    for word, value in words.items():
        out[unicodedata.normalize("NFC", word)] = value
        for marks in ("\u0300\u0301\u0304", "\u0300\u0301\u0304\u0323") if plain else ():
            out[unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in marks))] = value
    return out


_NUMBERS = _both({"ọ̀kan": 1, "méjì": 2, "mẹ́ta": 3, "mẹ́rin": 4, "márùn-ún": 5, "márùn": 5, "mẹ́fà": 6, "méje": 7, "mẹ́jọ": 8,
                  "mẹ́sàn-án": 9, "mẹ́sàn": 9, "mẹ́wàá": 10})  # fmt: skip
_LAST = set(_both({"tó kọjá": 0, "tí ó kọjá": 0, "tí ó ti kọjá": 0, "àná": 0}))
_NEXT = set(_both({"tó ń bọ̀": 0, "tí ń bọ̀": 0, "tí ó ń bọ̀": 0, "tó mbọ̀": 0}))
_WEEKDAYS = {"Ajé": 0, "Ìṣẹ́gun": 1, "Ẹtì": 4, "Àbámẹ́ta": 5, "Àìkú": 6}

YO = Lexicon(
    months=_both(
        plain=False,
        words={"Ṣẹ́rẹ́": 1, "Èrèlè": 2, "Ẹrẹ̀nà": 3, "Ẹ̀bìbí": 5, "Òkúdu": 6, "Agẹmọ": 7, "Owewe": 9, "Ọ̀wàrà": 10, "Bélú": 11, "Ọ̀pẹ̀": 12},
    ),  # fmt: skip
    abbreviated_months=False,
    month_abbr_max=0,
    weekdays=_both({**{f"ọjọ́ {name}": day for name, day in _WEEKDAYS.items()}, "Ọjọ́rú": 2, "Ọjọ́bọ̀": 3, "ọjọ́ Rú": 2, "ọjọ́ Bọ̀": 3}),
    relative_days=_both({"òní": 0, "lónìí": 0, "àná": -1, "ìjẹta": -2, "ọ̀la": 1, "lọ́la": 1, "ọ̀túnla": 2}, plain=False)
    | _both({"lánàá": -1, "lánàá yìí": -1}),
    dayparts=_both({"àárọ̀": "MO", "òwúrọ̀": "MO", "ọ̀sán": "AF", "ìrọ̀lẹ́": "EV", "alẹ́": "NI", "òru": "NI"}, plain=False),
    units=_units(*(tuple(_both(dict.fromkeys(forms, 0))) for forms in (("ọjọ́",), ("ọ̀sẹ̀",), ("oṣù",), ("ọdún",), ("wákàtí",), ("ìṣẹ́jú",)))),
    last_words=_LAST,
    next_words=_NEXT,
    this_words=set(_both({"yìí": 0})),
    numbers=_NUMBERS,
    ago_after="sẹ́yìn|seyin|sẹ́yin",
    unit_first=True,
    count_after_unit=True,  # "ọjọ́ mẹ́ta", "ọdún márùn-ún"
    day_suffix="",
    case_sensitive=False,
    prepositions="ní|láti|títí|kí|lẹ́yìn",
    refs=_both({"báyìí": "PRESENT_REF", "lọ́wọ́lọ́wọ́": "PRESENT_REF"}, plain=False),
    past_cues=r"ti|sọ\s+pé|so\s+pe|kọjá|koja|lánàá|lanaa|àná",
    future_cues=r"yóò|yoo|máa|maa|ń\s+bọ̀|lọ́la|lola|ọ̀la",
)
