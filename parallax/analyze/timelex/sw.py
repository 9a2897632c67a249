"""Swahili dates: "jana jioni" (yesterday evening), "Jumanne iliyopita", "wiki ijayo", "siku tatu zilizopita".

The weekdays count from Saturday ("Jumamosi", the first day; "Jumatatu", Monday, the third; "Alhamisi" and
"Ijumaa" are of Arabic stock); a modifier follows its noun ("wiki iliyopita", last week; "mwaka ujao", next
year; "mwaka jana", last year), agreeing with it ("mwezi uliopita", "miaka mitatu iliyopita").  The tense is a
marker inside the verb: "-li-" the past ("alisema", "kilizama"), "-me-" the perfect ("amesema"), "-ta-" the
future ("utaanza", "itagharamia").  Hours are counted from dawn ("saa 11 jioni" is 5 p.m.), so no clock is read.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_NUMBERS = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9, "kumi": 10,
            "mitatu": 3, "miwili": 2, "minne": 4, "mitano": 5, "mmoja": 1}  # fmt: skip  ("mwezi mmoja", a month)
# the subject prefixes of the noun classes news writes most, before the tense marker
_SUBJECT = "a|wa|i|ki|u|zi|li|ya|vi|tu|ni|m|ku|pa"
_LAST = {"iliyopita", "uliopita", "zilizopita", "lililopita", "yaliyopita", "jana"}
_NEXT = {"ijayo", "ujao", "zijazo", "lijalo", "ujayo"}

SW = Lexicon(
    months={"Januari": 1, "Februari": 2, "Machi": 3, "Aprili": 4, "Mei": 5, "Juni": 6, "Julai": 7, "Agosti": 8, "Septemba": 9,
            "Oktoba": 10, "Novemba": 11, "Desemba": 12},  # fmt: skip
    abbreviated_months=False,
    month_abbr_max=0,
    weekdays={"Jumatatu": 0, "Jumanne": 1, "Jumatano": 2, "Alhamisi": 3, "Ijumaa": 4, "Jumamosi": 5, "Jumapili": 6},
    relative_days={"leo": 0, "jana": -1, "juzi": -2, "kesho": 1, "kesho kutwa": 2, "keshokutwa": 2},
    # "mwaka jana" is last year, not yesterday
    relative_day_traps=r"(?<!\w)(?:mwaka|mwezi|wiki)\s+jana(?!\w)",
    day_with_part={"usiku wa kuamkia leo": (-1, "NI"), "leo asubuhi": (0, "MO"), "jana usiku": (-1, "NI")},
    dayparts={"asubuhi": "MO", "mchana": "AF", "alasiri": "AF", "jioni": "EV", "usiku": "NI", "alfajiri": "MO"},
    units=_units(("siku",), ("wiki",), ("mwezi", "miezi"), ("mwaka", "miaka"), ("saa",), ("dakika",), ("muongo", "miongo")),
    last_words=_LAST,
    next_words=_NEXT,
    this_words={"hii", "huu", "hili", "huo"},
    numbers=_NUMBERS,
    ago_after="zilizopita|iliyopita|uliopita|yaliyopita",
    unit_first=True,
    count_after_unit=True,  # "kifungo cha miaka 5", "kwa siku tatu"
    day_suffix="",
    case_sensitive=False,
    prepositions="mwaka|mnamo|tangu|hadi|mpaka|kabla ya|baada ya",
    week_mods_after={"wiki iliyopita": -1, "wiki hii": 0, "wiki ijayo": 1},
    day_after="siku iliyofuata|siku inayofuata|kesho yake",
    same_day="siku hiyo hiyo|siku hiyohiyo",
    refs={"sasa": "PRESENT_REF", "kwa sasa": "PRESENT_REF", "hivi karibuni": "PAST_REF"},
    sets={"kila siku": "P1D", "kila wiki": "P1W", "kila mwezi": "P1M", "kila mwaka": "P1Y"},
    each_words="kila",
    vague_numbers="kadhaa",
    weekend="mwisho wa wiki",
    # (nouns of the same shape are left out: "ulinzi", security; "umeme", electricity; "kitabu", a book)
    past_cues=rf"(?!(?:ulinzi|mlinzi|walinzi|kilimo|umeme)\b)(?:{_SUBJECT})(?:li|me)\w\w+|jana|juzi|iliyopita|uliopita|zilizopita",
    # "imepandisha bei kuanzia Jumatano" (has raised prices from Wednesday): a change that takes effect from a day is
    # announced before it, as Indonesian "mulai" (a day named as gone keeps its "iliyopita")
    ahead_before=r"kuanzia",
    future_cues=rf"(?!(?:wataalam|mtaalam|kitabu|vitabu|utamaduni|utafiti|mtandao|mitandao)\w*\b)(?:{_SUBJECT})ta\w\w+"
    r"|kesho|ijayo|ujao|zijazo|inatarajiwa",
)
