"""Afrikaans dates: "gisteraand", "verlede week", "drie dae gelede", "volgende Maandag", "op 3 Maart".

Afrikaans keeps Dutch's calendar words in its own spelling ("Vrydag", "Januarie", "Desember", "môre") and has lost
the preterite but for a few verbs: the past is "het" and a participle ("het Dinsdag ... geneem", "het gesê"), so
"het" is its cue of the past; the future is "sal" or "gaan" with the infinitive last ("sal Maandag aanhoor").  The
weekdays are written with a capital.  "Môre" is also the morning (a greeting, "goeie môre": no day named).
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.pieces import farewell

_WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrydag": 4, "saterdag": 5, "sondag": 6}
_STEPS = (("verlede", -1), ("vorige", -1), ("afgelope", -1), ("hierdie", 0), ("volgende", 1), ("komende", 1), ("aanstaande", 1))

AF = Lexicon(
    day_after="die volgende dag|die dag daarna|'n dag later",
    day_before="die dag tevore|die vorige dag|'n dag vroeër",
    same_day="dieselfde dag",
    months={
        "januarie": 1, "februarie": 2, "maart": 3, "april": 4, "mei": 5, "junie": 6, "julie": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    weekdays=_WEEKDAYS,
    relative_days={"vandag": 0, "gister": -1, "eergister": -2, "môre": 1, "more": 1, "oormôre": 2, "oormore": 2},
    relative_day_traps=farewell(r"tot\s+môre") + r"|(?<!\w)goeie\s+m[ôo]re(?!\w)",
    day_with_part={"vanoggend": (0, "MO"), "vanmiddag": (0, "AF"), "vanaand": (0, "EV"), "vannag": (0, "NI"),
                   "gisteroggend": (-1, "MO"), "gistermiddag": (-1, "AF"), "gisteraand": (-1, "EV"), "gisternag": (-1, "NI"),
                   "môreoggend": (1, "MO"), "môreaand": (1, "EV")},
    units=_units(("dag", "dae"), ("week", "weke"), ("maand", "maande"), ("jaar", "jare"), ("uur", "ure"), ("minuut", "minute"),
                 ("dekade", "dekades")),
    week_mods={f"{w} week": step for w, step in _STEPS},
    last_words={"verlede", "vorige", "afgelope"},
    next_words={"volgende", "komende", "aanstaande"},
    this_words={"hierdie", "dié"},
    numbers={"een": 1, "twee": 2, "drie": 3, "vier": 4, "vyf": 5, "ses": 6, "sewe": 7, "agt": 8, "nege": 9, "tien": 10, "twaalf": 12},
    ago_after="gelede|vroeër",
    day_suffix="",
    compound_parts=True,
    case_sensitive=False,
    since_words="sedert|sinds",
    prepositions="in|sedert|sinds|tot|van|voor|na|ná|vanaf|begin|einde|middel",
    refs={"nou": "PRESENT_REF", "tans": "PRESENT_REF", "onlangs": "PAST_REF", "in die toekoms": "FUTURE_REF"},
    dayparts={"oggend": "MO", "middag": "AF", "aand": "EV", "nag": "NI"},
    seasons={"lente": "SP", "somer": "SU", "herfs": "FA", "winter": "WI"},
    plural_units=("dae", "weke", "maande", "jare", "ure", "minute"),
    weekend="naweek",
    sets={"daagliks": "P1D", "weekliks": "P1W", "maandeliks": "P1M", "jaarliks": "P1Y", "elke dag": "P1D"},
    clock=r"(?P<h>\d{1,2})(?:[:h.](?P<min>\d{2}))?\s?uur\b",
    # the past is "het" with a participle ("het Dinsdag ... geneem"); "was", "is ... gesluit" a state or passive of the past
    sure_past=r"(?:het|was|is)\s(?:[^,.;:]{0,60}\s)?ge\w{3,}",
    past_cues=r"het|was|gister|eergister|verlede|vorige|afgelope|gelede|gesê|ge\w{3,}",
    future_cues=r"sal|gaan|volgende|komende|aanstaande|môre|oormôre|beplan|verwag|word\s+verwag",
    verb_last_clauses=r"(?:,\s*(?:wat|wanneer|toe|waar)|,?\s(?:dat|omdat|nadat|voordat|sodat|sodra|terwyl|hoewel))\b",
    holidays={"kersfees": "12-25", "oujaarsaand": "12-31", "nuwejaarsdag": "01-01", "paasfees": "easter+0",
              "goeie vrydag": "easter-2", "vryheidsdag": "04-27", "erfenisdag": "09-24"},
)  # fmt: skip
