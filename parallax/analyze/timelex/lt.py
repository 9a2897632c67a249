"""Lithuanian dates: "kovo 14 d.", "2025 m. gruodžio 30 d.", "praėjusį antradienį", "vakar vakare", "prieš tris
dienas", "po dviejų savaičių", "14 val.", "14.30 val.".

Lithuanian writes a date month first, the month in the genitive and the day followed by "d." (diena, day): "kovo
14 d.", "kovo 14–16 d."; a year before it takes "m." (metų, of the year): "2025 m. gruodžio 30 d.".  A month alone
is in the accusative ("praėjusį gruodį", last December), a weekday too ("antradienį", on Tuesday), and in the
genitive before its part of the day ("antradienio vakarą") and after "nuo"/"iki" (from, until).  "Metai" (year)
is plural only, so it counts with the collective numerals ("prieš dvejus metus", two years ago).  "Kovą" is also
"fight", "liepa" a linden and a name: alone they are months only after a word that governs one.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

# (nominative, genitive, accusative): "gruodis", "gruodžio 30 d.", "praėjusį gruodį"
_MONTHS = (
    ("sausis", "sausio", "sausį"), ("vasaris", "vasario", "vasarį"), ("kovas", "kovo", "kovą"), ("balandis", "balandžio", "balandį"),
    ("gegužė", "gegužės", "gegužę"), ("birželis", "birželio", "birželį"), ("liepa", "liepos", "liepą"),
    ("rugpjūtis", "rugpjūčio", "rugpjūtį"), ("rugsėjis", "rugsėjo", "rugsėjį"), ("spalis", "spalio", "spalį"),
    ("lapkritis", "lapkričio", "lapkritį"), ("gruodis", "gruodžio", "gruodį"),
)  # fmt: skip
# the nominative, the accusative ("antradienį", on Tuesday) and the genitive ("antradienio vakarą", "iki antradienio")
_WEEKDAYS = {stem + ending: i for i, stem in enumerate(("pirmadien", "antradien", "trečiadien", "ketvirtadien", "penktadien",
             "šeštadien", "sekmadien")) for ending in ("is", "į", "io")}  # fmt: skip
# the cardinals in the cases a count of days takes ("tris dienas", "prieš dvi savaites", "po trijų dienų"), and the
# collective numerals "metai" takes ("dvejus metus", "po penkerių metų")
_NUMBERS = {
    "vienas": 1, "viena": 1, "vieną": 1, "du": 2, "dvi": 2, "dviejų": 2, "dviem": 2, "trims": 3, "trys": 3, "tris": 3, "trijų": 3, "keturi": 4,
    "keturios": 4, "keturis": 4, "keturių": 4, "penki": 5, "penkios": 5, "penkis": 5, "penkių": 5, "šeši": 6, "šešios": 6,
    "šešis": 6, "šešių": 6, "septyni": 7, "septynios": 7, "septynis": 7, "septynių": 7, "aštuoni": 8, "aštuonios": 8,
    "aštuonis": 8, "aštuonių": 8, "devyni": 9, "devynios": 9, "devynis": 9, "devynių": 9, "dešimt": 10, "dešimties": 10,
    "vienuolika": 11, "vienuolikos": 11, "dvylika": 12, "dvylikos": 12,
    "dveji": 2, "dvejus": 2, "dvejų": 2, "treji": 3, "trejus": 3, "trejų": 3, "ketveri": 4, "ketverius": 4, "ketverių": 4,
    "penkeri": 5, "penkerius": 5, "penkerių": 5, "šešerius": 6, "šešerių": 6, "septynerius": 7, "septynerių": 7,
    "aštuonerius": 8, "aštuonerių": 8, "devynerius": 9, "devynerių": 9,
}  # fmt: skip
_LAST = {"praėjusį", "praėjusią", "praėjusiais", "praėjusių", "praėjusio", "praėjusios", "praeitą", "praeitais", "praeitų"}
_NEXT = {"kitą", "kitais", "kitų", "kito", "kitos", "ateinantį", "ateinančią", "ateinančiais", "ateinančių", "būsimą"}
_THIS = {"šį", "šią", "šiais", "šių", "šio", "šios", "einamąjį", "einamųjų"}

_COUNTED = {"savaitę": (1, "week"), "savaitės": (1, "week"), "mėnesį": (1, "month"), "mėnesio": (1, "month"),
            "metus": (1, "year")}  # fmt: skip
_REL_PERIODS = {"pernai": ("year", -1), "užpernai": ("year", -2), "šiemet": ("year", 0), "šįmet": ("year", 0),
                "kitąmet": ("year", 1)}  # fmt: skip
_PARTS = {"ryte": "MO", "rytą": "MO", "paryčiais": "MO", "popiet": "AF", "po pietų": "AF", "vakare": "EV", "vakarą": "EV",
          "naktį": "NI"}  # fmt: skip
_HOLIDAYS = {"kalėdos": "12-25", "kalėdas": "12-25", "kalėdų": "12-25", "kūčios": "12-24", "kūčių": "12-24", "naujieji metai": "01-01",
             "naujųjų metų": "01-01", "velykos": "easter+0", "velykas": "easter+0", "velykų": "easter+0", "joninės": "06-24",
             "joninių": "06-24", "jonines": "06-24"}  # fmt: skip

LT = Lexicon(
    months={form: i for i, forms in enumerate(_MONTHS, 1) for form in forms},
    month_abbr_max=0,
    abbreviated_months=False,  # "kov", "lie" are no words of the press
    ambiguous_months=("kovą", "liepa", "liepą"),  # fight, a linden and a name
    month_preps="|".join(sorted(_LAST | _NEXT | _THIS)) + r"|nuo|iki|per|pernai|šiemet|metų|m\.|pradžioje|pabaigoje",
    # "kovo 14 d.", "kovo 14-ąją" (the ordinal: on the 14th), "kovo 14–16 d."; the "d." ends no date, so the match
    # stops before its full stop
    day_suffix=r"(?:\sd(?=\.)|-(?:ąją|osios|oji|ąja|ajai))?",
    year_first=True,  # "2025 m. gruodžio 30 d."
    year_word=r"m\.|metų",
    weekdays=_WEEKDAYS,
    relative_days={"šiandien": 0, "vakar": -1, "užvakar": -2, "rytoj": 1, "poryt": 2},
    day_with_part={"šįryt": (0, "MO"), "šįvakar": (0, "EV")},
    tonight="šiąnakt",  # last night in a morning's report, tonight in a sentence about the future
    day_after="kitą dieną|kitądien|kitos dienos|dieną vėliau|sekančią dieną",
    day_before="dieną anksčiau|dieną prieš tai|išvakarėse",
    same_day="tą pačią dieną|tą dieną|tądien",
    # "naktį į sekmadienį", "naktį iš šeštadienio į sekmadienį": the night before Sunday, Saturday night
    night_before=r"naktį\s(?:iš\s\w+\s)?į",
    units=_units(
        ("diena", "dienos", "dieną", "dienas", "dienų", "dienomis", "dienai",
         # "para", a day of 24 hours, as a closure or a stay is counted ("uždarytas dviem paroms", "trejas paras")
         "para", "paros", "parą", "paras", "parų", "paromis", "paroms", "parai"),
        ("savaitė", "savaitės", "savaitę", "savaites", "savaičių", "savaitėmis"),
        ("mėnuo", "mėnesio", "mėnesį", "mėnesiai", "mėnesius", "mėnesių", "mėnesiais"),
        ("metai", "metų", "metus", "metais"),
        ("valanda", "valandos", "valandą", "valandas", "valandų"),
        ("minutė", "minutės", "minutę", "minutes", "minučių"),
        ("dešimtmetis", "dešimtmečio", "dešimtmetį", "dešimtmečius", "dešimtmečių"),
    ),
    # "prieš savaitę" (a week ago), "po mėnesio" (in a month): one of a unit without a number
    counted_units=_COUNTED,
    rel_periods=_REL_PERIODS,
    last_words=_LAST,
    next_words=_NEXT,
    this_words=_THIS,
    numbers=_NUMBERS,
    ago_before="prieš",  # "prieš tris dienas"
    later_before="po",  # "po trijų dienų"
    case_sensitive=False,
    refs={"dabar": "PRESENT_REF", "šiuo metu": "PRESENT_REF", "neseniai": "PAST_REF", "ateityje": "FUTURE_REF"},
    dayparts=_PARTS,
    daypart_link="vėlai|anksti",  # "vakar vėlai vakare"
    span_words="artimiausiomis|artimiausiais|ateinančiomis|pastarosiomis|pastaraisiais|paskutinėmis|paskutiniais",
    plural_units=("dienomis", "savaitėmis", "mėnesiais", "metais"),
    weekend="savaitgalį|savaitgalio|savaitgalis",
    sets={"kasdien": "P1D", "kas dieną": "P1D", "kas savaitę": "P1W", "kas mėnesį": "P1M", "kasmet": "P1Y", "kas metus": "P1Y"},
    each_words="kiekvieną|kiekvienais",
    vague_numbers="kelias|kelis|kelių|keletą|keliomis|keliais",
    # "14 val.", "14.30 val.", "14 val. 30 min.", "18 valandą" (at six o'clock; "18 valandų" is a duration)
    clock=r"(?P<h>[01]?\d|2[0-3])(?:[.:](?=[0-5]\d\s?val\b)|\s?val\.\s(?=[0-5]?\d\s?min\b)|\s?(?:val|valandą)(?!\w))"
    r"(?:(?P<min>[0-5]?\d)\s?(?:val|min)(?!\w))?",
    # the past: "buvo", the third person of the verbs of reports, and the endings of the past that no noun has
    # ("prasidėjo", "informavo", "patvirtino", "baigėsi"; in lower case)
    past_cues=r"buvo|buvę|vakar|užvakar|pernai|praėjus\w*|prieš|sakė|teigė|pareiškė|pranešė|paskelbė|mirė|žuvo|kilo|įvyko|vyko|"
    r"nurodė|sulaikė|tapo|gavo|atvyko|nusprendė|(?-i:[a-ząčęėįšųūž]\w*(?:ėjo|ojo|avo|ino|ėsi|osi))",
    # the future: "bus" and the third person in "-s" after a consonant ("vyks", "taps"; a noun ends in a vowel and
    # "-s"), in "-uos" ("kainuos") and the reflexive "-sis" ("baigsis")
    future_cues=r"bus|turės|galės|prasidės|svarstys|dalyvaus|vadovaus|posėdžiaus|balsuos|planuojama|numatoma|ketina|ketinama|rytoj|poryt|kitą|kitais|"
    r"ateinantį|ateinančią|(?-i:[a-ząčęėįšųūž]\w*(?:[bcdfghjklmnprtvzčšž]s|uos|sis))",
    not_after_year="žmonių|gyventojų|eurų|dolerių|metrų|kilometrų|tonų|kartų|namų|automobilių|vietų",
    holidays=_HOLIDAYS,
)
