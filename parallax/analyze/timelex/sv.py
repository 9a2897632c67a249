"""Swedish dates: "den 14 maj", "i tisdags", "på onsdag", "tisdagskvällen", "i går kväll", "förra veckan",
"för två dagar sedan", "om två veckor", "kl. 14.30", "natten till söndag".

"I tisdags" is the last Tuesday and "på tisdag" the next one, whatever the verb; "i tisdag" and a bare
"tisdag" look back or ahead as the sentence does (:mod:`.nordic`).  "I natt" is the night that just ended
in a report of what happened ("I natt brann ett hus"), tonight in a sentence about the future ("I natt
väntas snö") or in a report written that night (the lexicon's ``tonight``).  "Maj" is also a name ("Maj
Andersson"): alone it is a month only after a word that governs one ("i maj", "sedan maj").  "Sedan" is
"since" and "then" too: it is "ago" only after a count ("två dagar sedan").  An age ("45 år gammal") is no
duration.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.nordic import before_weekday, night_before, weekday_after, weekday_forms
from parallax.analyze.timelex.pieces import midnight_noon

_DAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")
# the parts of a day, after a day word ("i går kväll", "tisdag morgon") or compounded with its "s" form
# ("tisdagskvällen", "tisdagsmorgonen"); "morgon" after "i" is tomorrow ("i morgon"), a relative day
_PARTS = {"morgon": "MO", "morgonen": "MO", "morse": "MO", "förmiddag": "MO", "förmiddagen": "MO", "eftermiddag": "AF",
          "eftermiddagen": "AF", "kväll": "EV", "kvällen": "EV", "afton": "EV", "aftonen": "EV", "natt": "NI", "natten": "NI"}  # fmt: skip
_NUMBERS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11,
            "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30}  # fmt: skip

SV = Lexicon(
    months={m: i for i, m in enumerate(_MONTHS, 1)},
    month_abbr_max=0,  # every listed name is whole; "jan." and "dec." are read in figures' company only (month_words)
    ambiguous_months=("maj",),
    month_preps=r"i|från|till|sedan|under|av|efter|före|inför|om|början|slutet|mitten|halva",
    day_suffix=r"(?::[ae])?",  # "den 1:a maj", "den 3:e juni"
    weekdays=weekday_forms(_DAYS),
    compound_parts=True,  # "tisdagskvällen": the "s" form and the part in one word
    # "i tisdags" on a Tuesday is a week back, "på tisdag" a week ahead; a bare "tisdag" that day itself (:mod:`.nordic`)
    last_forms=weekday_after("i", _DAYS, "s"),
    next_forms=weekday_after("på", _DAYS),
    relative_days={
        "i dag": 0,
        "idag": 0,
        "i går": -1,
        "igår": -1,
        "i förrgår": -2,
        "iförrgår": -2,
        "i morgon": 1,
        "imorgon": 1,
        "i övermorgon": 2,
    },  # fmt: skip
    # one phrase for a day and its part: "i kväll" is this evening ("i natt" is ``tonight`` below: its tense says which night)
    day_with_part={
        "i morse": (0, "MO"),
        "i förmiddags": (0, "MO"),
        "i eftermiddags": (0, "AF"),
        "i förmiddag": (0, "MO"),
        "i eftermiddag": (0, "AF"),
        "i kväll": (0, "EV"),
        "ikväll": (0, "EV"),
        "natten till i dag": (-1, "NI"),
        "natten mot i dag": (-1, "NI"),
        "i morgon bitti": (1, "MO"),
    },  # fmt: skip
    # "i natt": the night before publication in a report, the coming one in a sentence about the future
    tonight=r"i\snatt|inatt",
    part_first={"natten till": "NI", "natten mot": "NI", "natt till": "NI", "natt mot": "NI"},
    weekdays_after_part=night_before(_DAYS),
    day_after="dagen efter|dagen därpå|dagen därefter|följande dag|nästa dag|påföljande dag",
    day_before="dagen innan|dagen före|dagen dessförinnan",
    day_before_parts={"kvällen innan": "EV", "kvällen före": "EV", "natten innan": "NI", "natten före": "NI"},
    same_day="samma dag|senare samma dag|samma dag som",
    # "dagen före valet" is the eve of an event, not the day before the day named
    eve_of=r"(?!(?:han|hon|hen|den|det|man)\b)[^\W\d_]+(?:en|et|an|na)\b",
    overnight="under natten",  # the night of the day named before
    units=_units(
        ("dag", "dagar", "dagen", "dagarna", "dygn", "dygnet", "dagars"),
        ("vecka", "veckor", "veckan", "veckorna", "veckors"),
        ("månad", "månader", "månaden", "månaderna", "månaders"),
        ("år", "året", "åren", "års"),  # the genitive before its noun: "fyra års fängelse", "18 månaders fängelse"
        ("timme", "timmar", "timmen", "timmarna"),
        ("minut", "minuter", "minuten", "minuterna"),
        ("decennium", "decennier", "decenniet"),
    ),
    rel_periods={"i år": ("year", 0), "i fjol": ("year", -1), "i fjor": ("year", -1), "i veckan": ("week", 0)},
    last_words={"förra", "förre", "föregående"},
    next_words={"nästa", "kommande", "nästkommande"},
    this_words={"denna", "detta", "den här", "det här"},
    numbers=_NUMBERS,
    ago_after="sedan",  # "för två dagar sedan"
    later_before="om",  # "om två veckor"
    case_sensitive=False,
    prepositions="i|sedan|till|från|år|under|efter|före|inför|fram till",
    refs={
        "nu": "PRESENT_REF",
        "för närvarande": "PRESENT_REF",
        "just nu": "PRESENT_REF",
        "nyligen": "PAST_REF",
        "häromdagen": "PAST_REF",
        "i framtiden": "FUTURE_REF",
    },  # fmt: skip
    dayparts=_PARTS,
    daypart_link="på|under|i",  # "i går på eftermiddagen", "tisdag under kvällen"
    # "i våras", "i somras": the season just past; "vår" alone is also "our"
    seasons={
        "våren": "SP",
        "våras": "SP",
        "sommaren": "SU",
        "sommar": "SU",
        "somras": "SU",
        "hösten": "FA",
        "höst": "FA",
        "höstas": "FA",
        "vintern": "WI",
        "vinter": "WI",
        "vintras": "WI",
    },  # fmt: skip
    season_context="i|under|till|sedan|från|inför|efter|före",
    span_words="kommande|närmaste|senaste|gångna|förra|föregående",
    plural_units=("dagarna", "dagar", "veckorna", "veckor", "månaderna", "månader", "åren", "timmarna", "timmar"),
    weekend="helgen|helg",
    weekend_preps="i|under",  # "i helgen": the weekend past, or the coming one ahead
    sets={"dagligen": "P1D", "varje dag": "P1D", "varje vecka": "P1W", "varje månad": "P1M", "årligen": "P1Y", "varje år": "P1Y"},
    each_words="varje",
    vague_numbers="några|flera|ett par|ett antal",
    clock=r"(?:kl\.?|klockan)\s?(?P<h>[01]?\d|2[0-3])(?:[.:](?P<min>[0-5]\d))?(?!\d|[.,]\d)" + midnight_noon("midnatt"),  # "vid midnatt"
    clock_attach=True,  # "klokken 03.40 søndag", "kl. 14.30 i går": the day after the time is its day
    date_words="den|från|till|på|sedan|efter|före|inför",  # "den 14/5": day first
    # past-tense verbs ("larmades", "körde", "åkte", "omkom") and the past words; "i tisdags" looks back
    # a perfect or a pluperfect with its supine ("har registrerats", "hade sänkt"), a weak past ("registrerades"),
    # "redan": the past beyond doubt (see Lexicon.sure_past); a participle after an article is an adjective ("de skadade")
    sure_past=r"redan|(?:har|hade)\s+(?:(?:redan|också|inte|bara|nyligen)\s+)?\w+(?:ats|its|tts|ts|at|it|tt)|"
    r"(?<!\bde )(?<!\bden )(?<!\bdet )(?<!\ben )(?<!\bett )\w{2,}(?:ades|ade|des|[kpt]te|[kpt]tes)",
    past_cues=r"var|varit|blev|hade|kom|gick|dog|omkom|sa|sade|fick|skedde|\w{2,}(?:ade|ades|des|[kpt]te|[kpt]tes)"
    r"|\w+[^\W\d_aeiouyåäön]de|i\sgår|igår|förra|sedan|" + before_weekday("i", _DAYS, "s"),
    # "ska", "väntas", "på tisdag": "på" before a weekday looks ahead; so does the present of a visit or an opening
    # ("Statsministern besöker orten tisdag") and of "bli", which says the future ("I natt blir det frost")
    future_cues=r"ska|skall|kommer\satt|väntas|blir|planeras|beräknas|nästa|kommande|i\smorgon|imorgon|kommer|besöker|öppnar|inleds|hålls"
    r"|" + before_weekday("på", _DAYS) + r"|är\sdet\s(?:utlyst|varslat|väntat|planerat|aviserat)",  # "På onsdag är det utlyst landssorg"
    not_after_year="personer|människor|kronor|kr|euro|dollar|meter|kilometer|ton|procent|bilar|hus|gånger|passagerare|invånare",
    holidays={
        "julafton": "12-24",
        "juldagen": "12-25",
        "annandag jul": "12-26",
        "nyårsafton": "12-31",
        "nyårsdagen": "01-01",
        "trettondedag jul": "01-06",
        "valborgsmässoafton": "04-30",
        "nationaldagen": "06-06",
        "långfredagen": "easter-2",
        "påskdagen": "easter+0",
        "annandag påsk": "easter+1",
        "kristi himmelsfärdsdag": "easter+39",
    },  # fmt: skip
    # an age ("45 år gammal") is no duration
    traps=r"\d{1,3}[\s-]år\sgam(?:mal|la|le)\b",
    and_a_half=r"och\sen\shalv",  # a half more: "tre och en halv timme", "en och en halv timme"
)
