"""Czech dates: "15. dubna", "v úterý", "ve středu večer", "včera odpoledne", "minulý týden", "před třemi dny",
"v 16.20", "po 21. hodině".

Czech inflects: a month after its day is in the genitive ("15. dubna"), alone in the locative ("v dubnu"),
and a weekday after "v"/"ve" in the accusative ("ve středu", "v sobotu", "v neděli"); each is listed in
the cases news uses.  "Září" (September) is also "shines" ("slunce září"): alone it is a month only
after a word that governs one ("v září", "do září").
"""

from __future__ import annotations

from parallax.analyze.timelex import month_adjectives, perfective
from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.spelled import spelled_numbers

# (nominative, genitive, locative): "duben", "15. dubna", "v dubnu"
_MONTHS = (
    ("leden", "ledna", "lednu"), ("únor", "února", "únoru"), ("březen", "března", "březnu"), ("duben", "dubna", "dubnu"),
    ("květen", "května", "květnu"), ("červen", "června", "červnu"), ("červenec", "července", "červenci"),
    ("srpen", "srpna", "srpnu"), ("září",), ("říjen", "října", "říjnu"), ("listopad", "listopadu"),
    ("prosinec", "prosince", "prosinci"),
)  # fmt: skip
# the nominative, the accusative after "v"/"ve", and the genitive after "do"/"od" ("do pátku", "od pondělí")
_WEEKDAYS = {"pondělí": 0, "úterý": 1, "středa": 2, "středu": 2, "středy": 2, "čtvrtek": 3, "čtvrtka": 3, "pátek": 4, "pátku": 4,
             "sobota": 5, "sobotu": 5, "soboty": 5, "neděle": 6, "neděli": 6}  # fmt: skip
# a clock time after the word that places it ("v 16.20", "kolem 9 hodin", "po 21. hodině"): "16 hodin" alone is a duration
_AT = "".join(rf"(?<=\b{w}\s)|" for w in ("v", "ve", "od", "do", "po", "kolem", "okolo", "asi", "zhruba", "před")).rstrip("|")

CS = Lexicon(
    months={**{m: i for i, forms in enumerate(_MONTHS, 1) for m in forms}, **month_adjectives.CS},  # "říjnové zasedání"
    month_abbr_max=0,
    abbreviated_months=False,  # "pro" (for), "led" (ice), "dub" (oak) are no months
    ambiguous_months=("září",),
    month_preps=r"v|od|do|během|koncem|začátkem|počátkem|polovině|polovinou|minulé|letošní|loňské|příští|tohoto|letos|loni",
    day_dot=True,  # "15. dubna 2026"
    weekdays=_WEEKDAYS,
    today_by_article=True,  # :mod:`parallax.analyze.times.own_weekday`
    relative_days={"dnes": 0, "dneska": 0, "včera": -1, "předevčírem": -2, "zítra": 1, "pozítří": 2},
    day_after="následující den|následujícího dne|druhý den|druhého dne|o den později|den poté",
    day_before="předchozí den|předchozího dne|předešlý den|předešlého dne|o den dříve|o den dřív|den předtím",
    day_before_parts={
        "předchozí večer": "EV",
        "předchozího večera": "EV",
        "předchozí noc": "NI",
        "předchozí noci": "NI",
        "večer předtím": "EV",
        "noc předtím": "NI",
    },  # fmt: skip
    same_day="téhož dne|tentýž den|ve stejný den|toho dne|ještě ten den",
    year_nouns=frozenset(("rok", "roku", "rokem", "roce")),  # "2023 rok" is the year 2023
    night_before=r"v\snoci\s(?:(?:z|ze)\s\w+\s)?na",  # "v noci ze čtvrtka na pátek": Thursday night
    units=_units(
        ("den", "dny", "dnů", "dní", "dnem", "dne", "dnech"),
        ("týden", "týdny", "týdnů", "týdne", "týdnu", "týdnem", "týdnech"),
        ("měsíc", "měsíce", "měsíců", "měsíci", "měsícem", "měsících"),
        ("rok", "roky", "let", "roku", "lety", "roce", "rokem", "letech"),
        ("hodina", "hodiny", "hodin", "hodinu", "hodinami", "hodinách"),
        ("minuta", "minuty", "minut", "minutu", "minutami"),
        ("desetiletí",),
    ),
    # "před týdnem", "před rokem": one of a unit without a number ("za týden" is also "per week": no)
    counted_units={"dnem": (1, "day"), "týdnem": (1, "week"), "měsícem": (1, "month"), "rokem": (1, "year")},
    rel_periods={"loni": ("year", -1), "letos": ("year", 0), "napřesrok": ("year", 1)},
    # quarters and halves of a year: "v prvním čtvrtletí 2026", "do konce druhého čtvrtletí", "v prvním pololetí"
    ordinals={
        "první": 1,
        "prvním": 1,
        "prvního": 1,
        "druhé": 2,
        "druhém": 2,
        "druhého": 2,
        "třetí": 3,
        "třetím": 3,
        "třetího": 3,
        "čtvrté": 4,
        "čtvrtém": 4,
        "čtvrtého": 4,
    },
    quarter_words=("čtvrtletí", "kvartálu", "kvartále", "kvartál"),
    half_words=("pololetí",),
    last_words={
        "minulý",
        "minulého",
        "minulém",
        "minulou",
        "minulá",
        "minulé",
        "minulým",
        "uplynulý",
        "uplynulého",
        "uplynulém",
        "uplynulou",
        "předchozí",
        "loňský",
        "loňského",
        "loňském",
    },
    next_words={"příští", "příštího", "příštím", "nadcházející", "nadcházejícím", "následující"},
    this_words={"tento", "tohoto", "tomto", "tuto", "tato", "toto", "tenhle", "letošní", "letošního", "letošním"},
    numbers={
        **spelled_numbers("cs"),
        "jeden": 1,
        "jedna": 1,
        "jedno": 1,
        "dva": 2,
        "dvě": 2,
        "dvou": 2,
        "dvěma": 2,
        "tři": 3,
        "tří": 3,
        "třemi": 3,
        "čtyři": 4,
        "čtyř": 4,
        "čtyřmi": 4,
        "pět": 5,
        "pěti": 5,
        "šest": 6,
        "šesti": 6,
        "sedm": 7,
        "sedmi": 7,
        "osm": 8,
        "osmi": 8,
        "devět": 9,
        "devíti": 9,
        "deset": 10,
        "deseti": 10,
        "dvanáct": 12,
        "dvanácti": 12,
    },  # fmt: skip
    ago_before="před",  # "před třemi dny", "před rokem"
    later_before="za",  # "za dva dny", "za týden"
    day_suffix="",
    case_sensitive=False,
    prepositions="roce|roku|rok",  # "v roce 1996", "od roku 1996"
    refs={
        "nyní": "PRESENT_REF",
        "teď": "PRESENT_REF",
        "v současnosti": "PRESENT_REF",
        "v současné době": "PRESENT_REF",
        "nedávno": "PAST_REF",
        "v budoucnu": "FUTURE_REF",
        "v budoucnosti": "FUTURE_REF",
    },  # fmt: skip
    dayparts={"ráno": "MO", "dopoledne": "MO", "odpoledne": "AF", "večer": "EV", "v noci": "NI", "noc": "NI"},
    daypart_link="pozdě|brzy",  # "včera pozdě večer"
    span_words="příštích|nadcházejících|následujících|posledních|uplynulých|minulých",
    plural_units=("dnech", "dní", "dnů", "týdnech", "týdnů", "měsících", "měsíců", "letech", "let", "hodinách", "hodin"),
    weekend="víkend|víkendu",
    sets={
        "denně": "P1D",
        "každý den": "P1D",
        "týdně": "P1W",
        "každý týden": "P1W",
        "měsíčně": "P1M",
        "ročně": "P1Y",
        "každý rok": "P1Y",
    },  # fmt: skip
    each_words="každý|každou|každé",
    vague_numbers="několik|pár",
    clock=rf"(?:{_AT})(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d)(?!\d)(?:\s?(?:hodin|hod\.|h)(?!\w))?|\.?\s?hod(?:in[ayěu]?|\.)(?!\w))",
    # "na" before a weekday: the day something is set for ("svolal schůzi na čtvrtek"), not "v noci na čtvrtek"
    # (the night before it) nor "z pondělí na úterý" (overnight, or moved: the tense decides)
    ahead_before=r"(?<!noci\s)(?<!noc\s)" + "".join(rf"(?<!{w}\s)" for w, i in _WEEKDAYS.items()) + "na",
    # a past form beyond doubt (see Lexicon.sure_past): "už", "již", the passive "byl zaznamenán", the l-form of a
    # verb "oznámil", "zaznamenali" (not "festival", "profil", "styl", "skala")
    sure_past=r"už|již|(?:byl|byla|bylo|byli|byly)\s+\w+(?:án|ána|áno|áni|ány|en|ena|eno|eni|eny|it|ita|ito)|"
    r"(?!festival|profil|textil|skal|hal\b|hala|vila|kilo)\w{2,}(?:al|il|ěl|kl|dl)(?:a|o|i|y)?",
    past_cues=r"byl|byla|bylo|byli|byly|včera|předevčírem|minul\w*|loni|loňsk\w*|před|\w{2,}(?:al|il|ěl|ul|yl|kl)(?:a|o|i|y)?",
    future_cues=r"bude|budou|budeme|zítra|pozítří|příští\w*|nadcházející\w*|plánuje|plánují|chystá|chystají|se\suskuteční"
    r"|zůstane|zůstanou|má\sbýt|mají\sbýt|nejdříve|nejdřív|nejpozději"  # "nejdříve v pondělí": at the earliest
    # the perfective verbs' future that news most often writes with a day ("těžba se obnoví v pondělí", "soud
    # rozhodne ve čtvrtek", "jednání začne v úterý"): the present form of a perfective verb is its future
    r"|obnoví|začne|začnou|zahájí|sejde|sejdou|otevře|otevřou|skončí|rozhodne|rozhodnou|projedná|projednají|vyhlásí"
    + "|"
    + perfective.CS,
    # ... and any genitive plural in "-ů", the case a count of five and more takes ("2000 pytlů"), never a year's
    not_after_year="lidí|osob|obyvatel|domů|bytů|metrů|kilometrů|tun|korun|Kč|eur|dolarů|hasičů|vojáků|policistů|aut|vozidel|krát|"
    r"[^\W\d_]+ů",
    holidays={
        "štědrý den": "12-24",
        "silvestr": "12-31",
        "nový rok": "01-01",
        "velikonoce": "easter+0",
        "velikonoční pondělí": "easter+1",
        "velký pátek": "easter-2",
    },  # fmt: skip
    and_a_half=r"a\spůl",  # a half more: "tři a půl roku", "dva a půl měsíce"
)
