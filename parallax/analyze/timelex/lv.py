"""Latvian dates: "14. martā", "2025. gada 30. decembrī", "otrdien", "pagājušajā otrdienā", "vakar vakarā", "pirms
trim dienām", "pēc divām nedēļām", "plkst. 14.30".

Latvian writes the day with a full stop before its month, which is in the locative ("14. martā", on 14 March;
"decembrī", in December), in the genitive after "no" and in the dative after "līdz" ("no 14. marta līdz 20.
martam"); a year before it takes "gada" (of the year): "2025. gada 30. decembrī".  A weekday is an adverb
("otrdien", on Tuesday) or a locative ("otrdienā", "pagājušajā otrdienā"), and a genitive before its part of the
day ("otrdienas vakarā").  "Pirms" (ago) takes the dative ("pirms trim dienām") or, for one unit, the genitive
("pirms nedēļas").  "Marta", "Maija" and "Augusts" are also names: alone they are months only after a word
that governs one.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

# (nominative, locative, genitive, dative): "marts", "14. martā", "no 14. marta", "līdz 20. martam"
_MONTHS = (
    ("janvāris", "janvārī", "janvāra", "janvārim"), ("februāris", "februārī", "februāra", "februārim"),
    ("marts", "martā", "marta", "martam"), ("aprīlis", "aprīlī", "aprīļa", "aprīlim"), ("maijs", "maijā", "maija", "maijam"),
    ("jūnijs", "jūnijā", "jūnija", "jūnijam"), ("jūlijs", "jūlijā", "jūlija", "jūlijam"), ("augusts", "augustā", "augusta", "augustam"),
    ("septembris", "septembrī", "septembra", "septembrim"), ("oktobris", "oktobrī", "oktobra", "oktobrim"),
    ("novembris", "novembrī", "novembra", "novembrim"), ("decembris", "decembrī", "decembra", "decembrim"),
)  # fmt: skip
# the noun ("otrdiena"), "on" ("otrdien", "otrdienā"), its genitive ("otrdienas vakarā", "no otrdienas"), accusative
# ("naktī uz otrdienu") and dative ("līdz otrdienai")
_WEEKDAYS = {stem + ending: i for i, stem in enumerate(("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien",
             "svētdien")) for ending in ("a", "", "ā", "as", "u", "ai")}  # fmt: skip
# the cardinals in the cases a count of days takes ("trīs dienas", "pirms trim dienām", "pēc divām nedēļām")
_NUMBERS = {
    "viens": 1, "viena": 1, "vienu": 1, "vienam": 1, "vienai": 1, "divi": 2, "divas": 2, "divus": 2, "diviem": 2, "divām": 2,
    "trīs": 3, "trim": 3, "četri": 4, "četras": 4, "četrus": 4, "četriem": 4, "četrām": 4, "pieci": 5, "piecas": 5, "piecus": 5,
    "pieciem": 5, "piecām": 5, "seši": 6, "sešas": 6, "sešus": 6, "sešiem": 6, "sešām": 6, "septiņi": 7, "septiņas": 7,
    "septiņus": 7, "septiņiem": 7, "septiņām": 7, "astoņi": 8, "astoņas": 8, "astoņus": 8, "astoņiem": 8, "astoņām": 8,
    "deviņi": 9, "deviņas": 9, "deviņus": 9, "deviņiem": 9, "deviņām": 9, "desmit": 10, "vienpadsmit": 11, "divpadsmit": 12,
}  # fmt: skip
_LAST = {"pagājušajā", "pagājušā", "pagājušo", "pagājušais", "pagājušajos", "pagājušajās", "iepriekšējā", "iepriekšējo"}
_NEXT = {"nākamajā", "nākamā", "nākamo", "nākamais", "nākošajā", "nākošā", "nākošo", "nākamajos", "nākamajās"}
_THIS = {"šajā", "šā", "šī", "šo", "šis", "šogad"}

_REL_PERIODS = {"pērn": ("year", -1), "aizpērn": ("year", -2), "šogad": ("year", 0), "nākamgad": ("year", 1),
                "šonedēļ": ("week", 0), "nākamnedēļ": ("week", 1), "šomēnes": ("month", 0)}  # fmt: skip
_SETS = {"katru dienu": "P1D", "ik dienu": "P1D", "katru nedēļu": "P1W", "ik nedēļu": "P1W", "katru mēnesi": "P1M",
         "katru gadu": "P1Y", "ik gadu": "P1Y", "ik gadus": "P1Y"}  # fmt: skip
_HOLIDAYS = {"ziemassvētki": "12-25", "ziemassvētkos": "12-25", "ziemassvētkiem": "12-25", "ziemassvētku vakarā": "12-24",
             "jāņi": "06-24", "jāņos": "06-24", "jāņiem": "06-24", "līgo": "06-23", "lieldienas": "easter+0",
             "lieldienās": "easter+0", "jaunais gads": "01-01", "jaungada": "01-01"}  # fmt: skip

LV = Lexicon(
    months={form: i for i, forms in enumerate(_MONTHS, 1) for form in forms},
    month_abbr_max=0,
    abbreviated_months=False,  # "mar", "jūn" are no words of the press
    ambiguous_months=("marta", "maija", "augusts", "augusta"),  # also names
    month_preps="|".join(sorted(_LAST | _NEXT | _THIS)) + r"|no|līdz|kopš|gada|sākot|pērn|šogad",
    day_dot=True,  # "14. martā"
    year_first=True,  # "2025. gada 30. decembrī", "2025. gada decembrī"
    year_word="gada",
    weekdays=_WEEKDAYS,
    relative_days={"šodien": 0, "vakar": -1, "aizvakar": -2, "rīt": 1, "parīt": 2},
    day_with_part={"šorīt": (0, "MO"), "šovakar": (0, "EV")},
    tonight="šonakt",  # last night in a morning's report, tonight in a sentence about the future
    day_after="nākamajā dienā|nākošajā dienā|nākamās dienas|otrā dienā|dienu vēlāk",
    day_before="dienu iepriekš|iepriekšējā dienā|dienu agrāk",
    day_before_parts={"iepriekšējā vakarā": "EV", "iepriekšējā naktī": "NI"},
    same_day="tajā pašā dienā|tās pašas dienas|tajā dienā",
    # "naktī uz svētdienu", "naktī no sestdienas uz svētdienu": the night before Sunday, Saturday night
    night_before=r"naktī\s(?:no\s\w+\s)?uz",
    units=_units(
        ("diena", "dienas", "dienu", "dienām", "dienā", "dienās", "dienai"),
        ("nedēļa", "nedēļas", "nedēļu", "nedēļām", "nedēļā", "nedēļās"),
        ("mēnesis", "mēneša", "mēnesi", "mēneši", "mēnešus", "mēnešiem", "mēnesī", "mēnešos"),
        ("gads", "gada", "gadu", "gadi", "gadus", "gadiem", "gadā", "gados"),
        ("stunda", "stundas", "stundu", "stundām", "stundās"),
        ("minūte", "minūtes", "minūti", "minūtēm"),
        ("desmitgade", "desmitgades", "desmitgadi", "desmitgadēm"),
    ),
    # "pirms nedēļas" (a week ago), "pēc mēneša" (in a month): one of a unit without a number ("pirms gada" is also
    # "before the year('s end)", so not the year)
    counted_units={"nedēļas": (1, "week"), "mēneša": (1, "month")},
    rel_periods=_REL_PERIODS,
    last_words=_LAST,
    next_words=_NEXT,
    this_words=_THIS - {"šogad"},
    numbers=_NUMBERS,
    ago_before="pirms",  # "pirms trim dienām"
    later_before="pēc",  # "pēc divām nedēļām"
    case_sensitive=False,
    refs={"tagad": "PRESENT_REF", "pašlaik": "PRESENT_REF", "šobrīd": "PRESENT_REF", "nesen": "PAST_REF", "nākotnē": "FUTURE_REF"},
    dayparts={"no rīta": "MO", "rītā": "MO", "pusdienlaikā": "AF", "pēcpusdienā": "AF", "vakarā": "EV", "naktī": "NI"},
    daypart_link="vēlu|agri",  # "vakar vēlu vakarā"
    span_words="tuvākajās|tuvākajos|pēdējās|pēdējos|nākamajās|nākamajos|turpmākajās|turpmākajos",
    plural_units=("dienās", "nedēļās", "mēnešos", "gados"),
    weekend=r"nedēļas\snogalē|nedēļas\snogali|brīvdienās",
    sets=_SETS,
    each_words="katru|katrā|ik",
    vague_numbers="vairākas|vairākus|vairākām|vairākiem|dažas|dažus|dažām|dažiem",
    clock=r"(?:plkst\.|pulksten)\s?(?P<h>[01]?\d|2[0-3])(?:[.:](?P<min>[0-5]\d))?(?!\d)",  # "plkst. 14.30", "pulksten 9"
    # the past: "bija", the verbs of reports, and the past endings of the "-ot", "-ēt", "-īt" verbs ("paziņoja",
    # "aizturēja", "norādīja"; in lower case: no noun ends so)
    past_cues=r"bija|bijis|bijusi|bijuši|vakar|aizvakar|pērn|aizpērn|pagājuš\w*|pirms|notika|sākās|beidzās|izcēlās|ieradās|gāja|"
    r"teica|atzina|uzsvēra|piebilda|nomira|cieta|(?-i:[a-zāčēģīķļņšūž]\w*(?:oja|ēja|īja|āja))",
    # the future: "būs", "tiks" and the reflexive future in "-sies" ("sāksies", "ieradīsies"), the third person in
    # "-īs" ("izskatīs", "apspriedīs")
    future_cues=r"būs|tiks|notiks|paziņos|lems|balsos|pieņems|plāno|plānots|paredzēts|paredzams|gaidāms|rīt|parīt|nākam\w*|nākamgad|"
    r"(?-i:[a-zāčēģīķļņšūž]\w*(?:sies|īs))",
    not_after_year="cilvēku|iedzīvotāju|eiro|dolāru|metru|kilometru|tonnu|reizes|māju|automašīnu|vietu",
    holidays=_HOLIDAYS,
)
