"""Slovak dates: "14. mája", "v utorok", "v stredu večer", "včera popoludní", "minulý týždeň", "pred dvoma dňami",
"o 14.30 h", "o 9. hodine".

Slovak inflects as Czech does: a month after its day is in the genitive ("14. mája"), alone in the locative
("v máji"), a weekday after "v"/"vo" in the accusative ("v stredu", "v sobotu", "v nedeľu") and after
"do"/"od" in the genitive ("do piatka"); each is listed in the cases news uses.  The press does not cut a
month's name to three letters, so "mar" or "jan" are no months.  A number before "dňami" counts in the
instrumental ("pred dvoma dňami", two days ago).
"""

from __future__ import annotations

from parallax.analyze.timelex import month_adjectives, perfective
from parallax.analyze.timelex.base import Lexicon, _units

# (nominative, genitive, locative): "máj", "14. mája", "v máji"
_MONTHS = (
    ("január", "januára", "januári"), ("február", "februára", "februári"), ("marec", "marca", "marci"), ("apríl", "apríla", "apríli"),
    ("máj", "mája", "máji"), ("jún", "júna", "júni"), ("júl", "júla", "júli"), ("august", "augusta", "auguste"),
    ("september", "septembra", "septembri"), ("október", "októbra", "októbri"), ("november", "novembra", "novembri"),
    ("december", "decembra", "decembri"),
)  # fmt: skip
# the nominative, the accusative after "v"/"vo", and the genitive after "do"/"od" ("do piatka", "od pondelka")
_WEEKDAYS = {"pondelok": 0, "pondelka": 0, "utorok": 1, "utorka": 1, "streda": 2, "stredu": 2, "stredy": 2, "štvrtok": 3,
             "štvrtka": 3, "piatok": 4, "piatka": 4, "sobota": 5, "sobotu": 5, "soboty": 5, "nedeľa": 6, "nedeľu": 6, "nedele": 6}  # fmt: skip
# a clock time after the word that places it ("o 14.30 h", "okolo 9. hodiny", "o 21. hodine"): "16 hodín" alone is a duration
_AT = "|".join(rf"(?<=\b{w}\s)" for w in ("o", "okolo", "od", "do", "po", "asi", "približne", "pred", "zhruba"))

SK = Lexicon(
    months={**{m: i for i, forms in enumerate(_MONTHS, 1) for m in forms}, **month_adjectives.SK},  # "októbrová inflácia"
    month_abbr_max=0,
    abbreviated_months=False,  # "mar", "jan" are no months
    # "August" and "Augusta" are also names: alone, a month only after a word that governs one
    ambiguous_months=("august", "augusta"),
    month_preps=r"v|od|do|počas|koncom|začiatkom|polovici|minulého|budúceho|tohto|vlani",
    day_dot=True,  # "14. mája 2026"
    weekdays=_WEEKDAYS,
    today_by_article=True,  # :mod:`parallax.analyze.times.own_weekday`
    relative_days={"dnes": 0, "včera": -1, "predvčerom": -2, "zajtra": 1, "pozajtra": 2},
    day_after="nasledujúci deň|nasledujúceho dňa|na druhý deň|druhý deň|o deň neskôr|deň nato|deň potom",
    day_before="predchádzajúci deň|predchádzajúceho dňa|o deň skôr|o deň predtým|deň predtým",
    day_before_parts={"predchádzajúci večer": "EV", "predchádzajúceho večera": "EV", "predchádzajúcu noc": "NI",
                      "predchádzajúcej noci": "NI", "večer predtým": "EV", "noc predtým": "NI"},  # fmt: skip
    same_day="v ten istý deň|ten istý deň|toho istého dňa|v ten deň|ešte v ten deň|v rovnaký deň",
    year_nouns=frozenset(("rok", "roku", "rokom", "roke")),  # "2023 rok" is the year 2023
    night_before=r"v\snoci\s(?:(?:z|zo)\s\w+\s)?na",  # "v noci zo štvrtka na piatok": Thursday night
    units=_units(
        ("deň", "dni", "dní", "dňa", "dňom", "dňoch", "dňami"), ("týždeň", "týždne", "týždňov", "týždňa", "týždni", "týždňom",
                                                               "týždňoch", "týždňami"),
        ("mesiac", "mesiace", "mesiacov", "mesiaca", "mesiaci", "mesiacom", "mesiacoch", "mesiacmi"),
        ("rok", "roky", "rokov", "roka", "roku", "rokom", "rokoch", "rokmi"),
        ("hodina", "hodiny", "hodín", "hodinu", "hodinami", "hodinách"), ("minúta", "minúty", "minút", "minútu", "minútami"),
        ("desaťročie", "desaťročia"),
    ),
    # "pred týždňom", "pred rokom": one of a unit without a number
    counted_units={"dňom": (1, "day"), "týždňom": (1, "week"), "mesiacom": (1, "month"), "rokom": (1, "year")},
    rel_periods={"vlani": ("year", -1)},
    # quarters and halves of a year: "v prvom štvrťroku 2026", "do konca druhého štvrťroka", "v prvom polroku"
    ordinals={"prvý": 1, "prvom": 1, "prvého": 1, "druhý": 2, "druhom": 2, "druhého": 2, "tretí": 3, "treťom": 3,
              "tretieho": 3, "štvrtý": 4, "štvrtom": 4, "štvrtého": 4},
    quarter_words=("štvrťroku", "štvrťroka", "štvrťrok", "kvartáli", "kvartálu", "kvartál"),
    half_words=("polroku", "polroka", "polrok"),
    last_words={"minulý", "minulého", "minulom", "minulú", "minulá", "minulé", "minulým", "uplynulý", "uplynulého", "uplynulom",
                "uplynulú", "uplynulé", "predchádzajúci", "predchádzajúceho", "vlaňajší", "vlaňajšieho"},  # fmt: skip
    next_words={"budúci", "budúceho", "budúcom", "budúcu", "budúca", "budúce", "nasledujúci", "nasledujúceho", "nasledujúcom",
                "najbližší", "najbližšieho", "najbližšiu", "najbližšom"},  # fmt: skip
    this_words={"tento", "tohto", "tomto", "túto", "táto", "toto", "tejto", "tohtoročný", "tohtoročného", "tohtoročnom"},
    numbers={"jeden": 1, "jedna": 1, "jedno": 1, "dva": 2, "dve": 2, "dvoch": 2, "dvoma": 2, "dvom": 2, "tri": 3, "troch": 3,
             "troma": 3, "tromi": 3, "štyri": 4, "štyroch": 4, "štyrmi": 4, "päť": 5, "piatich": 5, "piatimi": 5, "šesť": 6,
             "šiestich": 6, "šiestimi": 6, "sedem": 7, "siedmich": 7, "siedmimi": 7, "osem": 8, "ôsmich": 8, "ôsmimi": 8,
             "deväť": 9, "deviatich": 9, "deviatimi": 9, "desať": 10, "desiatich": 10, "desiatimi": 10, "dvanásť": 12},  # fmt: skip
    ago_before="pred",  # "pred dvoma dňami", "pred týždňom"
    later_before="za",  # "za dva dni", "za týždeň" ("o dva roky" is also "by two years")
    day_suffix="",
    case_sensitive=False,
    prepositions="roku|rok|roka",  # "v roku 1996", "od roku 1996"
    refs={"teraz": "PRESENT_REF", "v súčasnosti": "PRESENT_REF", "momentálne": "PRESENT_REF", "nedávno": "PAST_REF",
          "v budúcnosti": "FUTURE_REF"},  # fmt: skip
    dayparts={"ráno": "MO", "nadránom": "MO", "dopoludnia": "MO", "doobeda": "MO", "popoludní": "AF", "poobede": "AF",
              "večer": "EV", "v noci": "NI", "noc": "NI"},  # fmt: skip
    daypart_link="neskoro|skoro",  # "včera neskoro večer"
    span_words="najbližších|nasledujúcich|budúcich|posledných|uplynulých|minulých",
    plural_units=("dňoch", "dní", "dni", "týždňoch", "týždňov", "týždne", "mesiacoch", "mesiacov", "rokoch", "rokov", "hodinách", "hodín"),
    weekend="víkend|víkendu|víkende",
    sets={"denne": "P1D", "každý deň": "P1D", "týždenne": "P1W", "každý týždeň": "P1W", "mesačne": "P1M", "ročne": "P1Y",
          "každý rok": "P1Y"},  # fmt: skip
    each_words="každý|každú|každé",
    vague_numbers="niekoľko|pár",
    clock=rf"(?:{_AT})(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d)(?!\d)(?:\s?(?:hod\.|hodín|hodiny|h)(?!\w))?"
    r"|\.?\s?hod(?:in[aeyu]?|ín|\.)(?!\w))",
    past_cues=r"bol|bola|bolo|boli|včera|predvčerom|minul\w*|uplynul\w*|vlani|vlaňajš\w*|pred|\w{2,}(?:al|il|ol|ul|el|yl|šiel)(?:a|o|i|y)?",
    future_cues=r"bude|budú|budeme|zajtra|pozajtra|budúc\w*|nasledujúc\w*|plánuje|plánujú|chystá|chystajú|uskutoční|uskutočnia"
    r"|zostane|zostanú|má\sbyť|majú\sbyť"
    # the perfective's non-past by its weekday is its future, as in Czech ("vláda rozhodne v piatok": :mod:`.perfective`)
    + "|"
    + perfective.SK,
    not_after_year="ľudí|osôb|obyvateľov|domov|bytov|metrov|kilometrov|ton|eur|dolárov|hasičov|vojakov|policajtov|áut|vozidiel"
    r"|krát|obetí|zranených|robotníkov",
    holidays={"štedrý deň": "12-24", "silvester": "12-31", "nový rok": "01-01", "veľká noc": "easter+0",
              "veľkonočný pondelok": "easter+1", "veľký piatok": "easter-2"},  # fmt: skip
    and_a_half=r"a\spol",  # a half more: "tri a pol roka", "dva a pol mesiaca"
)
