"""Croatian, Bosnian and Serbian dates, in the Latin and the Cyrillic script: "14. svibnja" and "14. maja", "u utorak",
"u srijedu navečer", "juče uveče", "prošlog tjedna", "prošle sedmice", "pre dva dana", "u 14:30 sati", "у 14.30 часова".

One lexicon serves the three (registered as hr, bs and sr): their grammar is one and their press reads the
others' words.  Croatian names the months its own way (siječanj, svibanj, lipanj ...), Bosnian and Serbian
take the Latin names (januar, maj, jun ...): both are accepted.  Serbian writes ekavian ("sreda",
"nedelja", "pre", "juče"), Croatian and Bosnian ijekavian ("srijeda", "nedjelja", "prije", "jučer"): both
forms too.  Every word is also read in Cyrillic (:func:`cyrillic`: the Serbian alphabet maps one to one).

A month after its day is in the genitive ("14. svibnja", "14. maja"), alone in the locative ("u svibnju",
"u maju"); a weekday after "u" in the accusative ("u srijedu", "u nedelju").  Serbian "nedelja" is both
Sunday and week: "prošle nedelje" is last week, "nedelju dana" a week, "u nedelju" Sunday
(:data:`_WEEK_NOT_SUNDAY`).  "Maj", "Maja", "Marta" and "August" are also names, "studeni" also "cold":
alone they are months only after a word that governs one.
"""

from __future__ import annotations

from parallax.analyze.timelex import month_adjectives
from parallax.analyze.timelex.base import Lexicon, _units

# the Serbian Latin alphabet to Cyrillic, the digraphs first (one letter each in Cyrillic)
_DIGRAPHS = {"dž": "џ", "lj": "љ", "nj": "њ"}
_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True))


def cyrillic(word: str) -> str:
    """``word`` (lower case Serbian Latin) in the Serbian Cyrillic alphabet: "nedelja" is "недеља"."""
    for latin, cyr in _DIGRAPHS.items():
        word = word.replace(latin, cyr)
    return "".join(_LETTERS.get(c, c) for c in word)


def _both(words):
    """The words and their Cyrillic spellings (a set of words, or a dict of word -> value)."""
    if isinstance(words, dict):
        return words | {cyrillic(w): v for w, v in words.items()}
    return set(words) | {cyrillic(w) for w in words}


def _alt_both(alternation: str) -> str:
    """An alternation of plain words (no pattern syntax but spaces and ``\\s``) and its Cyrillic spelling."""
    words = alternation.split("|")
    return "|".join(dict.fromkeys(words + [cyrillic(w.replace(r"\s", " ")).replace(" ", r"\s") for w in words]))


# (nominative, genitive, locative): the Croatian names and the Latin ones Bosnian and Serbian use
_MONTHS = (
    ("siječanj", "siječnja", "siječnju", "januar", "januara", "januaru"),
    ("veljača", "veljače", "veljači", "februar", "februara", "februaru"),
    ("ožujak", "ožujka", "ožujku", "mart", "marta", "martu"),
    ("travanj", "travnja", "travnju", "april", "aprila", "aprilu"),
    ("svibanj", "svibnja", "svibnju", "maj", "maja", "maju"),
    ("lipanj", "lipnja", "lipnju", "jun", "juna", "junu", "juni"),
    ("srpanj", "srpnja", "srpnju", "jul", "jula", "julu", "juli"),
    ("kolovoz", "kolovoza", "kolovozu", "avgust", "avgusta", "avgustu", "august", "augusta", "augustu"),
    ("rujan", "rujna", "rujnu", "septembar", "septembra", "septembru"),
    ("listopad", "listopada", "listopadu", "oktobar", "oktobra", "oktobru"),
    ("studeni", "studenoga", "studenog", "studenom", "studenome", "novembar", "novembra", "novembru"),
    ("prosinac", "prosinca", "prosincu", "decembar", "decembra", "decembru"),
)
# the nominative, the accusative after "u", the genitive after "do"/"od" ("do petka"), ijekavian and ekavian
# ("sredi" and "srijedi" are left out: "sredi" is also "sort out", and "u sredi" is rare)
_WEEKDAYS = {
    "ponedjeljak": 0, "ponedjeljka": 0, "ponedeljak": 0, "ponedeljka": 0, "utorak": 1, "utorka": 1,
    "srijeda": 2, "srijedu": 2, "srijede": 2, "sreda": 2, "sredu": 2, "srede": 2, "četvrtak": 3, "četvrtka": 3,
    "petak": 4, "petka": 4, "subota": 5, "subotu": 5, "subote": 5, "nedjelja": 6, "nedjelju": 6, "nedjelje": 6,
    "nedelja": 6, "nedelju": 6, "nedelje": 6,
}  # fmt: skip
# Serbian "nedelja" is also the week: after a word that places a week ("prošle nedelje", "ove nedelje",
# "tokom cele nedelje"), before "dana" ("nedelju dana", a week) and after a number ("dve nedelje") it is no Sunday
_WEEK_WORDS = ("prošle|prošlu|ove|ovu|ovoj|sledeće|sledeću|naredne|narednu|iduće|iduću|protekle|proteklu|cele|celu|iste|svake|te|"
               "jedne|dve|dvije|tri|četiri|pet|nekoliko|par|pola")
_WEEK_NOT_SUNDAY = (rf"(?<!\w)(?:{_alt_both(_WEEK_WORDS)}|\d+)\s+(?:nedel\w*|недељ\w*)"
                    r"|(?<!\w)(?:nedel\w*|недељ\w*)\s+(?:dana|дана)(?!\w)")
# a clock time after the word that places it ("u 14:30 sati", "oko 14.30 časova", "у 21 час"): "14 sati" alone is a duration
_AT = "|".join(rf"(?<=\b{w}\s)" for w in ("u", "oko", "od", "do", "nakon", "poslije", "posle", "iza", "у", "око", "од", "до", "након", "после", "иза"))
_HOUR_WORDS = _alt_both("sati|sata|časova|časa|čas|h")

SH = Lexicon(
    months=_both({**{m: i for i, forms in enumerate(_MONTHS, 1) for m in forms}, **month_adjectives.SH}),  # "listopadski"
    month_abbr_max=0,
    abbreviated_months=False,  # "mar", "lip" (the linden), "jun" cut short are no months
    ambiguous_months=tuple(_both(("maj", "maja", "maju", "mart", "marta", "august", "augusta", "studeni"))),
    month_preps=_alt_both("u|od|do|tokom|tijekom|početkom|krajem|sredinom|polovinom|prošlog|ovog|ovoga|sljedećeg|sledećeg|idućeg|"
                          "narednog|mjeseca|meseca|mjesec|mesec|za"),
    day_dot=True,  # "14. svibnja 2026."
    weekdays=_both(_WEEKDAYS),
    weekday_traps=_WEEK_NOT_SUNDAY,
    relative_days=_both({"danas": 0, "jučer": -1, "juče": -1, "prekjučer": -2, "prekjuče": -2, "sutra": 1, "prekosutra": 2}),
    # "sinoć" is last night (the evening before), "jutros" this morning, "večeras" this evening
    day_with_part=_both({"sinoć": (-1, "NI"), "jutros": (0, "MO"), "večeras": (0, "EV")}),
    day_after=_alt_both("sljedećeg\\sdana|sledećeg\\sdana|idućeg\\sdana|narednog\\sdana|sutradan|dan\\skasnije|dan\\sposlije|dan\\sposle"),
    day_before=_alt_both("prethodnog\\sdana|prethodni\\sdan|dan\\sranije|dan\\sprije|dan\\spre|dan\\sprethodno"),
    day_before_parts=_both({"prethodne večeri": "EV", "prethodne noći": "NI", "večer prije": "EV", "veče pre": "EV", "noć prije": "NI",
                            "noć pre": "NI"}),
    same_day=_alt_both("istog\\sdana|istoga\\sdana|isti\\sdan|tog\\sdana|toga\\sdana|još\\sistog\\sdana"),
    night_before=r"u\snoći\s(?:(?:s|sa|od)\s\w+\s)?na|у\sноћи\s(?:(?:с|са|од)\s\w+\s)?на",  # "u noći na petak": Thursday night
    units=_both(_units(
        ("dan", "dana", "dani", "danu", "danom", "danima"),
        ("tjedan", "tjedna", "tjednu", "tjednom", "tjedni", "tjedana", "tjednima", "sedmica", "sedmice", "sedmicu", "sedmici",
         "sedmicom", "sedmicama", "nedelja", "nedelje", "nedelju", "nedelji", "nedeljom", "nedeljama"),
        ("mjesec", "mjeseca", "mjesecu", "mjesecom", "mjeseci", "mjesecima", "mesec", "meseca", "mesecu", "mesecom", "meseci", "mesecima"),
        ("godina", "godine", "godinu", "godini", "godinom", "godinama"),
        ("sat", "sata", "sati", "satu", "satom", "satima", "čas", "časa", "časova"),
        ("minuta", "minute", "minutu", "minuti", "minutama"),
        ("desetljeće", "desetljeća", "decenija", "decenije", "deceniju"),
    )),
    # "prije godinu dana", "pre mesec dana", "za tjedan dana": one of a unit without a number ("nedelju" is
    # left out: "za nedelju" is also "for Sunday"); with "dana" after it the unit is a duration on its own too
    # ("zatvorena nedelju dana", closed for a week; "trajalo je mesec dana", it lasted a month)
    counted_units=_both({"godinu": (1, "year"), "mjesec": (1, "month"), "mesec": (1, "month"), "tjedan": (1, "week"),
                         "sedmicu": (1, "week")}
                        | {f"{unit} dana": value for unit, value in (("godinu", (1, "year")), ("mjesec", (1, "month")),
                           ("mesec", (1, "month")), ("tjedan", (1, "week")), ("sedmicu", (1, "week")), ("nedelju", (1, "week")),
                           ("nedjelju", (1, "week")))}),
    rel_periods=_both({"lani": ("year", -1), "dogodine": ("year", 1), "preklani": ("year", -2)}),
    last_words=_both({"prošli", "prošlog", "prošloga", "prošlom", "prošle", "prošlu", "prošla", "prošlo", "protekli", "proteklog",
                      "protekle", "proteklom", "proteklu", "prethodni", "prethodnog", "prethodne", "prethodnom", "minuli", "minulog",
                      "minule", "lanjski", "lanjskog"}),
    next_words=_both({"sljedeći", "sljedećeg", "sljedećem", "sljedeće", "sljedeću", "sledeći", "sledećeg", "sledećem", "sledeće",
                      "sledeću", "idući", "idućeg", "idućem", "iduće", "iduću", "naredni", "narednog", "narednom", "naredne",
                      "narednu", "budući", "budućeg", "budućoj"}),
    this_words=_both({"ovaj", "ovog", "ovoga", "ovom", "ove", "ovu", "ovoj", "ova", "ovo", "tekući", "tekuće", "tekućeg", "tekućoj"}),
    numbers=_both({"jedan": 1, "jedna": 1, "jedno": 1, "jednog": 1, "dva": 2, "dvije": 2, "dve": 2, "dvaju": 2, "dvama": 2,
                   "tri": 3, "triju": 3, "trima": 3, "četiri": 4, "četiriju": 4, "pet": 5, "šest": 6, "sedam": 7, "osam": 8,
                   "devet": 9, "deset": 10, "dvanaest": 12, "petnaest": 15, "dvadeset": 20, "trideset": 30}),
    ago_before=_alt_both("prije|pre"),  # "prije dva dana", "pre dva dana", "пре два дана"
    later_before=_alt_both("za"),  # "za dva dana" ("nakon dva dana" is two days after the event, not the report)
    day_suffix="",
    case_sensitive=False,
    prepositions=_alt_both("u|od|do|iz|tokom|tijekom|nakon|poslije|posle|prije|pre|sve\\sdo"),  # "od 2019."
    # ("sad" and "sada", now, are left out: "Novi Sad", "Novog Sada" is a city)
    refs=_both({"trenutno": "PRESENT_REF", "trenutačno": "PRESENT_REF", "nedavno": "PAST_REF", "u budućnosti": "FUTURE_REF"}),
    dayparts=_both({"ujutro": "MO", "ujutru": "MO", "prijepodne": "MO", "prepodne": "MO", "poslijepodne": "AF", "popodne": "AF",
                    "posle podne": "AF", "poslije podne": "AF", "navečer": "EV", "uvečer": "EV", "uveče": "EV", "noću": "NI",
                    "u noći": "NI", "tijekom noći": "NI", "tokom noći": "NI"}),
    daypart_link=_alt_both("kasno|rano"),  # "jučer kasno navečer"
    span_words=_alt_both("sljedećih|sledećih|idućih|narednih|posljednjih|poslednjih|proteklih|prošlih|minulih"),
    plural_units=tuple(_both(("dana", "tjedana", "sedmica", "nedelja", "mjeseci", "meseci", "godina", "sati", "časova"))),
    weekend=_alt_both("vikend|vikenda|vikendu"),
    sets=_both({"svaki dan": "P1D", "svakodnevno": "P1D", "dnevno": "P1D", "svaki tjedan": "P1W", "svake sedmice": "P1W",
                "svake nedelje": "P1W", "tjedno": "P1W", "sedmično": "P1W", "nedeljno": "P1W", "mjesečno": "P1M", "mesečno": "P1M",
                "godišnje": "P1Y", "svake godine": "P1Y"}),
    each_words=_alt_both("svaki|svake|svaku|svakog"),
    vague_numbers=_alt_both("nekoliko|par"),
    clock=rf"(?:{_AT})(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d)(?!\d)(?:\s?(?:{_HOUR_WORDS})(?!\w))?|\s?(?:{_HOUR_WORDS})(?!\w))",
    # the past: "je" with an l-participle ("poginulo", "izbio", "rekla"), "bio", "juče"; the future: "će"
    past_cues=_alt_both("bio|bila|bilo|bili|bile|jučer|juče|prekjučer|prekjuče|sinoć|prije|pre|lani") + r"|prošl\w*|protekl\w*|прошл\w*|протекл\w*"
    r"|\w{2,}(?:[aiue]o|[aiue]l[aoie])|\w{2,}(?:[аиуе]о|[аиуе]л[аоие])",
    future_cues=_alt_both("će|ćemo|ćete|ću|neće|nećemo|biće|sutra|prekosutra|planira|planiraju|predviđeno") + r"|sljedeć\w*|sledeć\w*|iduć\w*"
    r"|naredn\w*|следећ\w*|наредн\w*"
    # what is set for a day, and what goes on from it ("pregovori se nastavljaju u ponedjeljak": they resume on Monday)
    + r"|" + _alt_both("zakazan|zakazani|zakazana|zakazano|nastavlja|nastavljaju|počinje|počinju"),
    # "za" before a weekday: the day something is set for ("sastanak je zakazan za ponedjeljak", "заказани су за
    # понедељак"), whatever the tense
    ahead_before=_alt_both("za"),
    not_after_year=_alt_both("osoba|ljudi|stanovnika|kuća|stanova|metara|kilometara|tona|eura|evra|dolara|kuna|dinara|maraka"
                             "|vatrogasaca|vojnika|policajaca|puta|vozila|automobila|radnika|rudara"),
    holidays=_both({"nova godina": "01-01"}),  # (Christmas and Easter differ: the Orthodox Church keeps the Julian dates)
)
