"""Estonian dates: "30. detsembril", "detsembris", "neljapäeval", "eile õhtul", "järgmisel teisipäeval",
"kolm päeva tagasi", "kell 14.30".

Estonian, like Finnish, writes case endings onto words: a date takes the adessive ("30. detsembril", "neljapäeval",
on Thursday), a month alone the inessive ("detsembris"); "from" and "until" the elative and terminative
("neljapäevast", "neljapäevani"), and a weekday before its part of the day the genitive ("neljapäeva õhtul").  Each
form news uses is listed; a month is its whole word.  The future is said in the present tense ("kohtumine toimub
teisipäeval"), as in Finnish.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

# (nominative, genitive stem): "detsember", "detsembri" -> "detsembril", "detsembris", "detsembrist", "detsembrini"
_MONTHS = (("jaanuar", "jaanuari"), ("veebruar", "veebruari"), ("märts", "märtsi"), ("aprill", "aprilli"), ("mai", "mai"),
           ("juuni", "juuni"), ("juuli", "juuli"), ("august", "augusti"), ("september", "septembri"), ("oktoober", "oktoobri"),
           ("november", "novembri"), ("detsember", "detsembri"))  # fmt: skip
_MONTH_FORMS = {form: i for i, (nom, gen) in enumerate(_MONTHS, 1) for form in (nom, gen, gen + "l", gen + "s", gen + "st", gen + "ni")}
# (nominative, genitive): the genitive and its adessive ("neljapäeval"), elative ("neljapäevast"), terminative
_WEEKDAYS = {form: i for i, (nom, gen) in enumerate((("esmaspäev", "esmaspäeva"), ("teisipäev", "teisipäeva"), ("kolmapäev", "kolmapäeva"),
             ("neljapäev", "neljapäeva"), ("reede", "reede"), ("laupäev", "laupäeva"), ("pühapäev", "pühapäeva")))
             for form in (nom, gen, gen + "l", gen + "st", gen + "ni")}  # fmt: skip

ET = Lexicon(
    months=_MONTH_FORMS,
    month_abbr_max=0,
    abbreviated_months=False,  # "mai", "juuni" are whole; "mär", "dets" are no words of the press
    ambiguous_months=("august",),  # also a man's name
    month_preps=r"alates|kuni|möödunud|eelmise|eelmisel|järgmise|järgmisel|selle|sel",
    day_dot=True,  # "30. detsembril 2025"
    weekdays=_WEEKDAYS,
    relative_days={"täna": 0, "eile": -1, "üleeile": -2, "homme": 1, "ülehomme": 2},
    day_after="järgmisel päeval|päev hiljem",
    day_before="eelmisel päeval|päev varem",
    same_day="samal päeval",
    units=_units(("päev", "päeva", "päevad", "päevaga", "päevaks"), ("nädal", "nädala", "nädalat", "nädalal", "nädalaga"),
                 ("kuu", "kuud", "kuul", "kuuga"), ("aasta", "aastat", "aastal", "aastaga"), ("tund", "tundi", "tunni", "tunniga"),
                 ("minut", "minutit", "minuti"), ("aastakümme", "aastakümmet")),  # fmt: skip
    last_words={"eelmisel", "eelmise", "eelmine", "möödunud", "läinud"},
    next_words={"järgmisel", "järgmise", "järgmine", "tuleval", "tuleva", "eelseisval"},
    this_words={"sel", "selle", "see", "käesoleval", "käesoleva"},
    numbers={"üks": 1, "ühe": 1, "kaks": 2, "kahe": 2, "kolm": 3, "kolme": 3, "neli": 4, "nelja": 4, "viis": 5, "viie": 5,
             "kuus": 6, "kuue": 6, "seitse": 7, "kaheksa": 8, "üheksa": 9, "kümme": 10, "kümne": 10, "kaksteist": 12},  # fmt: skip
    ago_after="tagasi",  # "kolm päeva tagasi"
    later_after="pärast|hiljem",  # "kolme päeva pärast"
    day_suffix="",
    case_sensitive=False,
    prepositions="aastal|aastast|aastani",  # "aastal 1999", "1999. aastal"
    refs={"praegu": "PRESENT_REF", "hetkel": "PRESENT_REF", "hiljuti": "PAST_REF", "tulevikus": "FUTURE_REF"},
    dayparts={"hommikul": "MO", "päeval": "AF", "pärastlõunal": "AF", "õhtul": "EV", "öösel": "NI"},
    span_words="viimastel|viimase|järgmistel|lähematel|lähipäevil",
    plural_units=("päevadel", "nädalatel", "kuudel", "aastatel"),
    weekend="nädalavahetusel|nädalavahetuse|nädalavahetus",
    sets={"iga päev": "P1D", "igapäevaselt": "P1D", "iga nädal": "P1W", "igal aastal": "P1Y"},
    each_words="iga|igal",
    vague_numbers="mõni|mõne|mitu|mitme",
    # "kell 14.30", "kell 9"; the genitive "kella" before a postposition: "kella 18.40 paiku" (about), "kella 9 ajal"
    clock=r"kella?\s(?P<h>[01]?\d|2[0-3])(?:[.:](?P<min>[0-5]\d))?(?!\d)",
    # past: "oli", the participle ("-nud"), the impersonal past ("peeti", "tehti"), the plural "-sid" and the
    # common verbs of reports in "-s" (an inessive noun ends so too: "Tallinnas")
    past_cues=r"oli|olid|eile|üleeile|möödunud|eelmisel|eelmise|tagasi|teatas|ütles|juhtus|toimus|puhkes|kestis|hukkus|"
    r"\w+(?:nud|sid)|\w+(?:ti|di)",
    # the present says the future: its third person ends in "-b" and "-vad" ("toimub", "koguneb", "algavad"; in lower
    # case: not "Jakob"), the impersonal in "-takse"/"-dakse" ("peetakse")
    future_cues=r"homme|ülehomme|järgmisel|tuleval|(?-i:[a-zäöüõ]\w*[aeiuõ](?:b|vad))|\w+(?:takse|dakse)",
    not_after_year="inimest|elanikku|reisijat|meetrit|kilomeetrit|tonni|eurot|dollarit|korda|autot|maja",
    holidays={"jõululaupäeval": "12-24", "jõulud": "12-25", "vana-aasta õhtul": "12-31", "uusaasta": "01-01", "jaanipäev": "06-24",
              "jaanipäeval": "06-24", "võidupüha": "06-23"},  # fmt: skip
)
