"""Catalan dates: "30 de desembre", "22 d'abril", "dijous a la nit", "dimarts que ve", "fa tres dies", "a les 14.30 h".

Catalan writes "de" before a month's name and elides it before a vowel ("d'abril", "d'agost", "d'octubre").  Its
press tells the past with the periphrastic "va" + infinitive ("va dimitir", "van signar") and the future with
"-rà"/"-ran" ("se celebrarà").  It does not cut months to three letters: "mar" (sea), "set" (seven), "gen" are words.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.pieces import farewell, midnight_noon

CA = Lexicon(
    day_after="l'endemà|l’endemà|al dia següent|el dia següent",
    day_before="el dia abans|el dia anterior|la vigília",
    day_before_parts={"la nit anterior": "NI", "la nit abans": "NI", "la tarda anterior": "AF", "el vespre anterior": "EV"},
    same_day="el mateix dia|aquell mateix dia|aquest mateix dia",
    months={
        "gener": 1, "febrer": 2, "març": 3, "abril": 4, "maig": 5, "juny": 6, "juliol": 7, "agost": 8, "setembre": 9,
        "octubre": 10, "novembre": 11, "desembre": 12,
    },
    abbreviated_months=False,
    month_abbr_max=0,  # "maig", "juny" are whole names
    weekdays={"dilluns": 0, "dimarts": 1, "dimecres": 2, "dijous": 3, "divendres": 4, "dissabte": 5, "diumenge": 6},
    relative_days={"avui": 0, "ahir": -1, "abans-d'ahir": -2, "abans d'ahir": -2, "demà": 1, "demà passat": 2},
    relative_day_traps=farewell(r"fins\s+demà"),  # a farewell said in quotation marks names no day
    century_words=r"segle",
    decades=r"(?:dècada\sde(?:ls)?|anys)\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b|(?P<dw>vint|trenta|quaranta|cinquanta|seixanta|setanta|vuitanta|noranta))",
    decade_names={"vint": "192", "trenta": "193", "quaranta": "194", "cinquanta": "195", "seixanta": "196", "setanta": "197",
                  "vuitanta": "198", "noranta": "199"},  # fmt: skip
    units=_units(("dia", "dies"), ("setmana", "setmanes"), ("mes", "mesos"), ("any", "anys"), ("hora", "hores"), ("minut", "minuts"),
                 ("dècada", "dècades")),  # fmt: skip
    # "dilluns de la setmana passada": Monday of last week
    week_mods_after={"de la setmana passada": -1, "de la setmana anterior": -1, "d'aquesta setmana": 0, "de la setmana que ve": 1,
                     "de la setmana vinent": 1, "de la setmana pròxima": 1},  # fmt: skip
    last_words={"passat", "passada", "anterior"},
    next_words={"vinent", "que ve", "pròxim", "pròxima", "proper", "propera"},
    this_words={"aquest", "aquesta"},
    numbers={"un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6, "set": 7, "vuit": 8, "nou": 9,
             "deu": 10, "dotze": 12},  # fmt: skip
    ago_before="fa",  # "fa tres dies"
    unit_first=True,  # "la setmana passada"
    day_de=True,  # "30 de desembre", "22 d'abril"
    date_words="el|del|al|dia",  # "el 17/5": day first
    case_sensitive=False,
    prepositions="en|des de|fins a|fins al|de|a principis de|a finals de",
    refs={"ara": "PRESENT_REF", "actualment": "PRESENT_REF", "recentment": "PAST_REF", "en el futur": "FUTURE_REF"},
    dayparts={"matí": "MO", "tarda": "AF", "vespre": "EV", "nit": "NI"},  # "dijous a la nit", "ahir al vespre"
    daypart_link="a la|al|per la|de",
    part_first={"matí": "MO", "tarda": "AF", "vespre": "EV", "nit": "NI", "matinada": "NI"},
    part_first_link="de",  # "la nit de dijous"
    seasons={"primavera": "SP", "estiu": "SU", "tardor": "FA", "hivern": "WI"},
    season_context="a|al|el|la|de|del",
    ordinals={"primer": 1, "primera": 1, "segon": 2, "segona": 2, "tercer": 3, "tercera": 3, "quart": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    year_half_words=("meitat",),
    span_words="pròxims|pròximes|propers|properes|últims|últimes|darrers|darreres|passats|passades|vinents|següents",
    plural_units=("dies", "setmanes", "mesos", "anys", "hores", "minuts", "dècades"),
    weekend="cap de setmana",
    sets={"diàriament": "P1D", "cada dia": "P1D", "cada setmana": "P1W", "cada any": "P1Y"},
    each_words="cada",
    vague_numbers="uns quants|unes quantes|diversos|diverses",
    copulas="és|era|eren|serà|seria|fou|ser|estat|sigui",  # "a day" after "to be" names a day, measures none (times.durations)
    # "a les 14.30 h", "a les 10 del matí": an hour alone only after "a les" and before "h" or the part of the day
    clock=r"(?:(?<=\ba\sles\s)|(?=\d{1,2}[:.]\d{2}\s?(?:hores|h)\b))(?P<h>[01]?\d|2[0-3])"
    r"(?:[:.](?P<min>[0-5]\d)(?!\d)(?:\s?(?:hores|h)\b)?|\s?(?:hores|h)\b|(?=\s(?:del\smatí|de\sla\starda|de\sla\snit)\b))"
    # and "mitjanit", "migdia" in lower case after "al" ("el Migdia" is the south)
    + midnight_noon("mitjanit", "(?-i:migdia)", noon_after=("al", "a", "cap al", "fins al", "abans del")),
    past_cues=r"va|van|vaig|vam|vau|vas|era|eren|havia|havien|ahir|passat|passada",
    future_cues=r"\w+(?:rà|ran)|demà|vinent",  # "se celebrarà", "votaran"
    holidays={"nadal": "12-25", "cap d'any": "01-01", "cap d’any": "01-01", "divendres sant": "easter-2",
              "dilluns de pasqua": "easter+1"},  # fmt: skip
)
