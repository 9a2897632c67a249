"""Polish dates: "w środę wieczorem", "w ubiegłym tygodniu", "trzy dni temu"."""

from __future__ import annotations

from parallax.analyze.timelex import month_adjectives, perfective
from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.pieces import midnight_noon

_PL_UNITS = _units(
    ("dzień", "dni", "dnia", "dniach"),
    ("tydzień", "tygodnie", "tygodni", "tygodniu", "tygodniach"),
    ("miesiąc", "miesiące", "miesięcy", "miesiącu", "miesiącach"),
    ("rok", "lata", "lat", "roku", "latach"),
    ("godzina", "godziny", "godzin", "godzinach"),
    ("minuta", "minuty", "minut"),
    ("dekada", "dekady"),
)
# a duration compounded into an adjective after its figure: "24-godzinny strajk", "3-dniowa wizyta" (measures of the noun
# after it, as "a 48-hour strike").  Not "-letni": "41-letni" is an age
_PL_ADJECTIVE_ENDINGS = ("y", "a", "ą", "e", "ego", "ej", "emu", "ym", "ymi", "ych")
_PL_DURATION_UNITS = _PL_UNITS | {stem + e: unit for stem, unit in (("godzinn", "hour"), ("dniow", "day")) for e in _PL_ADJECTIVE_ENDINGS}

PL = Lexicon(
    day_after="następnego dnia|nazajutrz",
    day_before="dzień wcześniej|poprzedniego dnia|dzień przedtem|dnia poprzedniego",
    day_before_parts={"poprzedniego wieczoru": "EV", "poprzedniej nocy": "NI", "noc wcześniej": "NI"},
    same_day="tego samego dnia|w tym samym dniu",
    months={
        **{
            m: i
            for i, ms in enumerate(
                (
                    ("styczeń", "stycznia", "styczniu"),
                    ("luty", "lutego", "lutym"),
                    ("marzec", "marca", "marcu"),
                    ("kwiecień", "kwietnia", "kwietniu"),
                    ("maj", "maja", "maju"),
                    ("czerwiec", "czerwca", "czerwcu"),
                    ("lipiec", "lipca", "lipcu"),
                    ("sierpień", "sierpnia", "sierpniu"),
                    ("wrzesień", "września", "wrześniu"),
                    ("październik", "października", "październiku"),
                    ("listopad", "listopada", "listopadzie"),
                    ("grudzień", "grudnia", "grudniu"),
                ),
                1,
            )
            for m in ms
        },
        **month_adjectives.PL,  # "po wrześniowym spadku"
    },
    weekdays={
        "poniedziałek": 0,
        "wtorek": 1,
        "środa": 2,
        "środę": 2,
        "czwartek": 3,
        "piątek": 4,
        "sobota": 5,
        "sobotę": 5,
        "niedziela": 6,
        "niedzielę": 6,
        # the genitive after "od"/"do" ("od soboty", since Saturday; "do piątku", until Friday)
        "poniedziałku": 0,
        "wtorku": 1,
        "środy": 2,
        "czwartku": 3,
        "piątku": 4,
        "soboty": 5,
        "niedzieli": 6,
    },
    today_by_article=True,  # :mod:`parallax.analyze.times.own_weekday`
    relative_days={"dzisiaj": 0, "dziś": 0, "wczoraj": -1, "przedwczoraj": -2, "jutro": 1, "pojutrze": 2},
    year_nouns=frozenset(("rok", "roku", "rokiem")),  # "2023 rok" is the year 2023
    night_before=r"w\snocy\s(?:z\s\w+\s)?na",  # "w nocy z czwartku na piątek": Thursday night
    # "na" before a weekday: the day something is set for ("rozmowy zaplanowano na poniedziałek"), not "w nocy z
    # czwartku na piątek" (the night before it) nor "z poniedziałku na wtorek" (overnight, or moved: the tense decides)
    ahead_before=r"(?<!nocy\s)(?<!noc\s)(?<!poniedziałku\s)(?<!wtorku\s)(?<!środy\s)(?<!czwartku\s)(?<!piątku\s)(?<!soboty\s)"
    r"(?<!niedzieli\s)na",
    century_words=r"wiek|wieku",
    decades=r"lat(?:ach|a)?\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b)",
    units=_PL_UNITS,
    duration_units=_PL_DURATION_UNITS,
    # a weekday of a named week after it: "w poniedziałek w zeszłym tygodniu" is Monday of last week
    week_mods_after={
        "w zeszłym tygodniu": -1,
        "w ubiegłym tygodniu": -1,
        "w poprzednim tygodniu": -1,
        "w tym tygodniu": 0,
        "w przyszłym tygodniu": 1,
        "w następnym tygodniu": 1,
    },
    # quarters and halves of a year: "w drugim kwartale 2025 roku", "w pierwszym półroczu"
    ordinals={
        "pierwszym": 1,
        "pierwszy": 1,
        "pierwszego": 1,
        "drugim": 2,
        "drugi": 2,
        "drugiego": 2,
        "trzecim": 3,
        "trzeci": 3,
        "trzeciego": 3,
        "czwartym": 4,
        "czwarty": 4,
        "czwartego": 4,
    },
    quarter_words=("kwartale", "kwartał", "kwartału"),
    half_words=("półroczu", "półrocze", "półrocza"),
    last_words={
        "ubiegły",
        "ubiegłego",
        "ubiegłym",
        "ubiegłej",
        "ubiegłą",
        "zeszły",
        "zeszłego",
        "zeszłym",
        "zeszłej",
        "zeszłą",
        "poprzedni",
        "poprzedniego",
        "poprzedniej",
    },
    next_words={
        "przyszły",
        "przyszłego",
        "przyszłym",
        "przyszłej",
        "przyszłą",
        "następny",
        "następnego",
        "następnym",
        "następnej",
        "następną",
    },
    this_words={"ten", "tego", "tym", "tej", "tę", "bieżący", "bieżącego", "bieżącym"},
    # (and their forms after "po", "przez", "od": "po ośmiu godzinach", "od trzech dni")
    numbers={
        "dwa": 2,
        "dwie": 2,
        "trzy": 3,
        "cztery": 4,
        "pięć": 5,
        "sześć": 6,
        "siedem": 7,
        "osiem": 8,
        "dziewięć": 9,
        "dziesięć": 10,
        "dwóch": 2,
        "dwu": 2,
        "dwoma": 2,
        "dwiema": 2,
        "trzech": 3,
        "trzema": 3,
        "czterech": 4,
        "czterema": 4,
        "pięciu": 5,
        "pięcioma": 5,
        "sześciu": 6,
        "sześcioma": 6,
        "siedmiu": 7,
        "siedmioma": 7,
        "ośmiu": 8,
        "ośmioma": 8,
        "dziewięciu": 9,
        "dziewięcioma": 9,
        "dziesięciu": 10,
        "dziesięcioma": 10,
    },
    ago_after="temu",
    day_suffix="",
    case_sensitive=False,
    prepositions="w|we|od|do|po|przed|na|z",
    refs={
        "teraz": "PRESENT_REF",
        "obecnie": "PRESENT_REF",
        "niedawno": "PAST_REF",
        "w przyszłości": "FUTURE_REF",
        "w najbliższym czasie": "FUTURE_REF",
    },
    # "rano", "wieczorem", "w nocy", "po południu": not "w nocy z soboty na niedzielę", "wieczorem 10 marca", "rano w
    # poniedziałek" (a weekday's), "następnego dnia rano" is the next day's by :meth:`find`
    bare_part=r"(?<!\w)(?P<x>(?P<part>rano|wieczorem|w\snocy|po\społudniu))(?!\s+(?:\d|we?\s|z\s|na\s|\w+(?:ego)\s+dnia|dnia))(?!\w)",
    dayparts={"rano": "MO", "po południu": "AF", "wieczorem": "EV", "w nocy": "NI"},
    span_words="najbliższych|najbliższe|najbliższymi|następnych|następne|kolejnych|kolejne|ostatnich|ostatnie|minionych|minione|"
    "ubiegłych|ubiegłe",
    plural_units=(
        "dni",
        "dniach",
        "tygodnie",
        "tygodni",
        "tygodniach",
        "miesiące",
        "miesięcy",
        "miesiącach",
        "lata",
        "lat",
        "latach",
        "godziny",
        "godzin",
        "godzinach",
    ),
    weekend="weekend",
    sets={"codziennie": "P1D", "co tydzień": "P1W", "co roku": "P1Y"},
    # and midnight, noon after a word for "at": "o północy", "w południe" ("na północ od Krakowa", "północ kraju": the north)
    clock=r"(?P<h>\d{1,2})[:.](?P<min>\d{2})\b"
    + midnight_noon("północy|północą", "południe|południa", ("o", "po", "przed", "około", "koło"), ("w", "około", "koło")),
    # a past form ("odnotowano", "został zarejestrowany", "ogłosił", "przyjęli"), "już": the past beyond doubt (see
    # Lexicon.sure_past); nouns in -ał, "kapitał", "udział", "sygnał", are none
    sure_past=r"już|został\w*|zostali|zostały|\w{3,}(?:ano|ono|ęto)|"
    r"(?!kapitał|kanał|sygnał|materiał|udział|dział|finał|wydział|podział|przedział|upał|zapał|potencjał|rytuał)"
    r"\w{2,}(?:ał|ił|ył|ął)(?:a|o|y|i)?|\w{2,}(?:ali|ili|yli|ęli)",
    past_cues=r"był|była|było|byli|były|wczoraj|ubiegł\w*|zeszł\w*|temu",
    # (and the perfective verbs' future that news most often writes with a day: "strajk rozpocznie się w poniedziałek",
    # "sąd ogłosi wyrok we wtorek", "prace wznowią w środę"; "najwcześniej": at the earliest)
    future_cues=r"będzie|będą|jutro|przyszł\w*|następn\w*|odbędzie|planuje|planują|najwcześniej|najpóźniej"
    r"|rozpocznie|rozpoczną|zacznie|zaczną|wznowi|wznowią|zbierze|zbiorą|otworzy|otworzą|zakończy|zakończą|ogłosi|ogłoszą"
    r"|zdecyduje|zdecydują|rozstrzygnie|rozpatrzy|spotka|spotkają"
    # the passive's future, "zostać" in the non-past ("produkcja zostanie wznowiona w piątek", "zostaną otwarte")
    r"|zostanie|zostaną"
    # a rule's entry into force ("pakiet wejdzie w życie w sobotę", "wchodzi w życie") and a visit's or a treaty's acts
    r"|wejdzie|wejdą|wchodz(?:i|ą)\s+w\s+życie|podpisze|podpiszą|przyjmie|przyjmą|odwiedzi|odwiedzą|przyjedzie|przyjadą"
    # a state said to last ("szkoły pozostaną zamknięte w piątek") and what is expected or forecast ("oczekuje się, że")
    # ... and what is to happen, a modal and its infinitive ("burza ma dotrzeć w piątek", "mają wznowić")
    r"|(?:ma|mają)\s+\w+(?:ć|óc)(?:\s+się)?"  # (an infinitive: "ma moc" is a noun)
    r"|pozostanie|pozostaną|oczekuje\s+się|przewiduje\s+się|spodziewa(?:my|ją)?\s+się|spodziewan[aey]|prognozuje\s+się"
    r"|(?:pozostaje|pozostają)(?=(?:\s+\w+){0,3}?\s+(?:w|we)\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)\b)"
    + "|"
    + perfective.PL,
    not_after_year="osób|ludzi|mieszkańców|domów|metrów|kilometrów|ton|złotych|zł|dolarów|euro|razy",
    holidays={"boże narodzenie": "12-25", "wigilia": "12-24", "nowy rok": "01-01", "wielkanoc": "easter+0"},
    and_a_half=r"i\spół",  # a half more: "trzy i pół godziny", "dwa i pół roku"
    one_and_a_half=("półtora", "półtorej"),
)
