"""Slovenian dates: "14. maja", "v torek", "v sredo zvečer", "včeraj zvečer", "prejšnji teden", "pred dvema dnevoma",
"ob 14.30", "ob 9. uri".

Slovenian inflects and keeps the dual: a month after its day is in the genitive ("14. maja"), alone in the
locative ("v maju"), a weekday after "v" in the accusative ("v sredo", "v soboto", "v nedeljo") and after
"do"/"od" in the genitive ("do petka"); two days ago is "pred dvema dnevoma" (the dual instrumental), three
"pred tremi dnevi".  "Nedelja" is Sunday only (the week is "teden").  "Sredi" is "in the middle of", not
Wednesday, and "Maj", "Maja" are also names: alone, a month only after a word that governs one.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

# (nominative, genitive, locative): "maj", "14. maja", "v maju"
_MONTHS = (
    ("januar", "januarja", "januarju"), ("februar", "februarja", "februarju"), ("marec", "marca", "marcu"), ("april", "aprila", "aprilu"),
    ("maj", "maja", "maju"), ("junij", "junija", "juniju"), ("julij", "julija", "juliju"), ("avgust", "avgusta", "avgustu"),
    ("september", "septembra", "septembru"), ("oktober", "oktobra", "oktobru"), ("november", "novembra", "novembru"),
    ("december", "decembra", "decembru"),
)  # fmt: skip
# the nominative, the accusative after "v", the genitive after "do"/"od" ("do petka", "od ponedeljka")
_WEEKDAYS = {"ponedeljek": 0, "ponedeljka": 0, "torek": 1, "torka": 1, "sreda": 2, "sredo": 2, "srede": 2, "četrtek": 3,
             "četrtka": 3, "petek": 4, "petka": 4, "sobota": 5, "soboto": 5, "sobote": 5, "nedelja": 6, "nedeljo": 6, "nedelje": 6}  # fmt: skip
# a clock time after the word that places it ("ob 14.30", "okoli 9. ure", "ob 21. uri"): "14 ur" alone is a duration
_AT = "|".join(rf"(?<=\b{w}\s)" for w in ("ob", "okoli", "od", "do", "po", "pred", "približno", "okrog"))

SL = Lexicon(
    months={m: i for i, forms in enumerate(_MONTHS, 1) for m in forms},
    month_abbr_max=0,
    abbreviated_months=False,  # "mar", "jan" are no months
    ambiguous_months=("maj", "maja", "maju"),
    month_preps=r"v|od|do|med|konec|konca|začetek|začetka|sredi|sredino|lani|letos|prejšnji|prihodnji|meseca",
    day_dot=True,  # "14. maja 2026"
    weekdays=_WEEKDAYS,
    relative_days={"danes": 0, "včeraj": -1, "predvčerajšnjim": -2, "jutri": 1, "pojutrišnjem": 2},
    # "sinoči" is last night, "davi" early this morning
    day_with_part={"sinoči": (-1, "NI"), "davi": (0, "MO")},
    day_after="naslednji dan|naslednjega dne|naslednjega dneva|drugi dan|dan pozneje|dan kasneje|dan zatem",
    day_before="prejšnji dan|prejšnjega dne|prejšnjega dneva|dan prej|dan pred tem|dan poprej",
    day_before_parts={"prejšnji večer": "EV", "prejšnjo noč": "NI", "večer prej": "EV", "noč prej": "NI"},
    same_day="isti dan|istega dne|istega dneva|tistega dne|še isti dan",
    night_before=r"v\snoči\s(?:(?:s|z)\s\w+\s)?na",  # "v noči s četrtka na petek": Thursday night
    units=_units(
        ("dan", "dni", "dneva", "dnevu", "dnem", "dnevi", "dnevoma", "dnevih", "dnevom", "dnevov", "dneh"),
        ("teden", "tedna", "tednu", "tednom", "tedni", "tednov", "tednih", "tednoma", "tedne"),
        ("mesec", "meseca", "mesecu", "mesecem", "meseci", "mesecev", "mesecih", "mesecema"),
        ("leto", "leta", "letu", "letom", "let", "leti", "letih", "letoma"),
        ("ura", "ure", "uro", "uri", "ur", "urami", "urah"), ("minuta", "minute", "minuto", "minut", "minutami"),
        ("desetletje", "desetletja"),
    ),
    # "pred tednom", "pred letom": one of a unit without a number
    counted_units={"dnevom": (1, "day"), "tednom": (1, "week"), "mesecem": (1, "month"), "letom": (1, "year")},
    rel_periods={"lani": ("year", -1), "letos": ("year", 0), "predlani": ("year", -2)},
    last_words={"prejšnji", "prejšnjega", "prejšnjem", "prejšnjo", "prejšnja", "prejšnje", "pretekli", "preteklega", "preteklem",
                "preteklo", "pretekla", "pretekle", "minuli", "minulega", "minulem", "minulo", "lanski", "lanskega", "lanskem"},  # fmt: skip
    next_words={"naslednji", "naslednjega", "naslednjem", "naslednjo", "naslednja", "naslednje", "prihodnji", "prihodnjega",
                "prihodnjem", "prihodnjo", "prihodnja", "prihodnje"},  # fmt: skip
    this_words={"ta", "tega", "tem", "to", "tej", "letošnji", "letošnjega", "letošnjem"},
    numbers={"en": 1, "ena": 1, "eno": 1, "dva": 2, "dve": 2, "dveh": 2, "dvema": 2, "tri": 3, "trije": 3, "treh": 3, "tremi": 3,
             "štiri": 4, "štirje": 4, "štirih": 4, "štirimi": 4, "pet": 5, "petih": 5, "petimi": 5, "šest": 6, "šestih": 6,
             "sedem": 7, "sedmih": 7, "osem": 8, "osmih": 8, "devet": 9, "devetih": 9, "deset": 10, "desetih": 10, "dvanajst": 12},  # fmt: skip
    ago_before="pred",  # "pred dvema dnevoma", "pred tednom"
    later_before="čez",  # "čez dva dni"
    day_suffix="",
    case_sensitive=False,
    prepositions="leta|letu|leto",  # "leta 1996", "v letu 2019"
    refs={"zdaj": "PRESENT_REF", "sedaj": "PRESENT_REF", "trenutno": "PRESENT_REF", "nedavno": "PAST_REF",
          "v prihodnosti": "FUTURE_REF"},  # fmt: skip
    dayparts={"zjutraj": "MO", "dopoldne": "MO", "popoldne": "AF", "zvečer": "EV", "ponoči": "NI"},
    daypart_link="pozno|zgodaj",  # "včeraj pozno zvečer"
    span_words="naslednjih|prihodnjih|zadnjih|preteklih|minulih",
    plural_units=("dneh", "dni", "dnevih", "tednih", "tednov", "mesecih", "mesecev", "letih", "let", "urah", "ur"),
    weekend="vikend|vikenda|vikendu|konec\\stedna|koncu\\stedna",
    sets={"vsak dan": "P1D", "dnevno": "P1D", "vsak teden": "P1W", "tedensko": "P1W", "mesečno": "P1M", "letno": "P1Y",
          "vsako leto": "P1Y"},  # fmt: skip
    each_words="vsak|vsako|vsaka",
    vague_numbers="nekaj|več",
    clock=rf"(?:{_AT})(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d)(?!\d)(?:\s?(?:uri|ure|h)(?!\w))?|\.\s?ur[ie](?!\w))",
    # the past: "je" with an l-participle ("je umrlo", "je dejal", "je povedala"); the future: "bo", "bodo"
    past_cues=r"bil|bila|bilo|bili|bile|včeraj|predvčerajšnjim|sinoči|prejšnj\w*|pretekl\w*|lani|pred|\w{2,}(?:a|e|i|o|u|r)l[aoie]?",
    # the future is "bo" and the l-participle, which alone reads as the past ("bo otok obiskal v četrtek"): the
    # participle after the auxiliary, a few words on, is a future cue where it stands
    # (first: "bo" alone would match before it)
    future_cues=r"(?:bo|bodo|bomo|boste|bom|bosta)(?:\s+[^\s.,;:!?]+){0,4}?\s+(?P<at>\w{2,}l[aoie]?)(?!\w)"
    r"|bo|bodo|bomo|boste|bom|bosta|jutri|pojutrišnjem|naslednj\w*|prihodnj\w*|načrtuje|načrtujejo|predvidoma",
    not_after_year="ljudi|oseb|prebivalcev|hiš|stanovanj|metrov|kilometrov|ton|evrov|dolarjev|gasilcev|vojakov|policistov|krat"
    r"|vozil|avtomobilov|delavcev",
    holidays={"božič": "12-25", "silvestrovo": "12-31", "novo leto": "01-01", "velika noč": "easter+0",
              "velikonočni ponedeljek": "easter+1"},  # fmt: skip
)
