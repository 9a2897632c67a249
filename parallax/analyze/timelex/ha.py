"""Hausa dates: "ranar Litinin" (on Monday), "a ranar 3 ga watan Maris", "jiya", "makon da ya gabata".

A day of the month takes "ga" and, often, "watan" (the month of) before the month's name: "3 ga watan Maris", "3 ga
Maris" (the words are read as the day's suffix).  A modifier follows its noun, linked to it by -n or -r: "makon da
ya gabata" (the week that passed, last week), "shekarar da ta gabata" (last year), "makon mai zuwa" (next week), and
a count follows its unit ("kwanaki uku", three days; "kwanaki uku da suka gabata", three days ago).  The tense is
marked on the pronoun before the verb: "sun", "an" (the completive), "za" before it the future ("za a", "za su").
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_NUMBERS = {"daya": 1, "ɗaya": 1, "biyu": 2, "uku": 3, "hudu": 4, "huɗu": 4, "biyar": 5, "shida": 6, "bakwai": 7, "takwas": 8,
            "tara": 9, "goma": 10}  # fmt: skip
_LAST = {"da ya gabata", "da ta gabata", "da suka gabata", "da ya wuce", "da ta wuce", "jiya"}
_NEXT = {"mai zuwa", "na gaba", "mai kamawa"}

HA = Lexicon(
    months={
        "Janairu": 1,
        "Fabrairu": 2,
        "Maris": 3,
        "Afrilu": 4,
        "Mayu": 5,
        "Yuni": 6,
        "Yuli": 7,
        "Agusta": 8,
        "Satumba": 9,
        "Oktoba": 10,
        "Nuwamba": 11,
        "Disamba": 12,
    },  # fmt: skip
    abbreviated_months=False,
    month_abbr_max=0,
    weekdays={
        "Litinin": 0,
        "Talata": 1,
        "Laraba": 2,
        "Alhamis": 3,
        "Alkhamis": 3,
        "Jumma'a": 4,
        "Juma'a": 4,
        "Jummaʼa": 4,
        "Asabar": 5,
        "Lahadi": 6,
    },  # fmt: skip
    relative_days={"yau": 0, "jiya": -1, "shekaranjiya": -2, "gobe": 1, "jibi": 2},
    # "shekarar jiya" is last year, not yesterday; "yau da kullum" is every day, not today
    relative_day_traps=r"(?<!\w)(?:shekarar|shekara|watan|makon)\s+jiya(?!\w)|(?<!\w)yau\s+da\s+kullum(?!\w)",
    dayparts={"da safe": "MO", "da rana": "AF", "da yamma": "EV", "da dare": "NI"},
    # ("ranar", the day of, names a day and counts none: "mutane 20 ranar Litinin" is 20 people on Monday)
    units=_units(
        ("rana", "kwana", "kwanaki", "kwanan"),
        ("mako", "makon", "makonni"),
        ("wata", "watan", "watanni"),
        ("shekara", "shekarar", "shekaru"),
        ("sa'a", "sa'o'i", "awa", "awanni"),
        ("minti", "mintuna"),
    ),  # fmt: skip
    last_words=_LAST,
    next_words=_NEXT,
    this_words={"nan", "wannan"},
    numbers=_NUMBERS,
    ago_after="da suka gabata|da ya gabata|da ta gabata|da suka wuce|da ya wuce",
    unit_first=True,
    count_after_unit=True,  # "kwanaki uku", "shekaru biyar"
    # "3 ga watan Maris", "3 ga Maris": the day's "ga" and "watan" before the month
    day_suffix=r"(?:\sga(?:\swatan)?)?",
    case_sensitive=False,
    prepositions="a ranar|ranar|tun|zuwa|kafin|bayan",
    day_after="washegari|kashegari",
    refs={"yanzu": "PRESENT_REF", "a yanzu": "PRESENT_REF", "kwanan nan": "PAST_REF"},
    sets={"kowace rana": "P1D", "kowane mako": "P1W", "kowane wata": "P1M", "kowace shekara": "P1Y"},
    each_words="kowace|kowane",
    weekend="karshen mako|ƙarshen mako",
    past_cues=r"sun|an|suka|mun|kun|ya\s+ce|ta\s+ce|jiya|gabata|shekaranjiya",
    future_cues=r"za\s+(?:a|su|ta|ya|mu|ku|ni|ka|ki)|gobe|jibi|mai\s+zuwa",
)
