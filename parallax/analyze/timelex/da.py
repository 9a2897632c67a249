"""Danish dates: "14. maj", "i tirsdags", "på fredag", "tirsdag aften", "i går aftes", "i aftes", "sidste uge",
"for to dage siden", "om to uger", "kl. 21.15", "natten til søndag".

"I tirsdags" is the last Tuesday and "på tirsdag" the next one, whatever the verb; a bare "tirsdag", the
press's usual form, looks back or ahead as the sentence does (:mod:`.nordic`).  "I aftes" is yesterday
evening; "i nat" the night that just ended in a report of what happened, tonight in a sentence about the
future ("I nat ventes frost") or in a report written that night.  "Maj" and "August" are also names: alone
they are months only after a word that governs one ("i maj", "siden august").  "Siden" is "since" too: it
is "ago" only after a count ("to dage siden").  An age ("45 år gammel") is no duration.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.nordic import before_weekday, night_before, weekday_after, weekday_forms
from parallax.analyze.timelex.pieces import midnight_noon

_DAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december")
# the parts of a day after a day word ("tirsdag aften", "i morgen tidlig" apart); "morgen" after "i" is tomorrow
_PARTS = {"morgen": "MO", "morgenen": "MO", "morges": "MO", "formiddag": "MO", "formiddagen": "MO", "eftermiddag": "AF",
          "eftermiddagen": "AF", "aften": "EV", "aftenen": "EV", "aftes": "EV", "nat": "NI", "natten": "NI"}  # fmt: skip
_NUMBERS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11,
            "tolv": 12, "femten": 15, "tyve": 20, "tredive": 30}  # fmt: skip

DA = Lexicon(
    months={m: i for i, m in enumerate(_MONTHS, 1)},
    month_abbr_max=0,
    ambiguous_months=("maj", "august"),
    month_preps=r"i|fra|til|siden|af|efter|før|inden|om|primo|ultimo|medio|begyndelsen|slutningen|midten",
    day_dot=True,  # "14. maj 2026"
    weekdays=weekday_forms(_DAYS),
    compound_parts=True,  # "tirsdagsaftenen"
    # "i tirsdags" on a Tuesday is a week back, "på tirsdag" a week ahead; a bare "tirsdag" that day itself (:mod:`.nordic`)
    last_forms=weekday_after("i", _DAYS, "s"),
    next_forms=weekday_after("på", _DAYS),
    relative_days={"i dag": 0, "idag": 0, "i går": -1, "igår": -1, "i forgårs": -2, "i morgen": 1, "imorgen": 1, "i overmorgen": 2},
    # "i aftes" and "i går aftes" are yesterday evening ("i nat" is ``tonight`` below: its tense says which night)
    day_with_part={"i morges": (0, "MO"), "i formiddags": (0, "MO"), "i eftermiddags": (0, "AF"), "i formiddag": (0, "MO"),
                   "i eftermiddag": (0, "AF"), "i aften": (0, "EV"), "i aftes": (-1, "EV"), "i går aftes": (-1, "EV"),
                   "natten til i dag": (-1, "NI"), "i morgen tidlig": (1, "MO")},  # fmt: skip
    # "i nat": the night before publication in a report, the coming one in a sentence about the future
    tonight=r"i\snat",
    part_first={"natten til": "NI", "natten mod": "NI", "nat til": "NI"},
    weekdays_after_part=night_before(_DAYS),
    day_after="dagen efter|dagen derpå|næste dag|den følgende dag|den efterfølgende dag",
    day_before="dagen før|dagen inden|dagen forinden",
    day_before_parts={"aftenen før": "EV", "aftenen inden": "EV", "natten før": "NI", "natten inden": "NI"},
    same_day="samme dag|senere samme dag",
    # "dagen før valget" is the eve of an event, not the day before the day named
    eve_of=r"(?!(?:han|hun|den|det|man)\b)[^\W\d_]+(?:en|et|an|ne)\b",
    overnight="i løbet af natten",  # the night of the day named before
    units=_units(
        ("dag", "dage", "dagen", "dagene", "døgn", "døgnet", "dages"), ("uge", "uger", "ugen", "ugerne", "ugers"),
        ("måned", "måneder", "måneden", "månederne", "måneders"),
        ("år", "året", "årene", "års"),  # the genitive before its noun: "fire års fængsel", "18 måneders fængsel"
        ("time", "timer", "timen", "timerne"), ("minut", "minutter", "minuttet"), ("årti", "årtier"),
    ),
    rel_periods={"i år": ("year", 0), "i fjor": ("year", -1)},
    last_words={"sidste", "forrige", "foregående"},
    next_words={"næste", "kommende"},
    this_words={"denne", "dette"},
    numbers=_NUMBERS,
    ago_after="siden",  # "for to dage siden"
    later_before="om",  # "om to uger"
    day_suffix="",
    case_sensitive=False,
    prepositions="i|siden|til|fra|år|efter|før|inden|frem til",
    refs={"nu": "PRESENT_REF", "for tiden": "PRESENT_REF", "lige nu": "PRESENT_REF", "for nylig": "PAST_REF",
          "forleden": "PAST_REF", "i fremtiden": "FUTURE_REF"},  # fmt: skip
    dayparts=_PARTS,
    daypart_link="om|i løbet af",  # "i går om aftenen", "tirsdag i løbet af eftermiddagen"
    seasons={"foråret": "SP", "forår": "SP", "sommeren": "SU", "sommer": "SU", "efteråret": "FA", "efterår": "FA", "vinteren": "WI",
             "vinter": "WI"},  # fmt: skip
    season_context="i|om|til|siden|fra|efter|før|inden",
    span_words="kommende|næste|seneste|sidste|forløbne",
    plural_units=("dage", "dagene", "uger", "ugerne", "måneder", "månederne", "årene", "timer", "timerne"),
    weekend="weekenden|weekend",
    weekend_preps="i|i løbet af|hen over",  # "i weekenden": the weekend past, or the coming one ahead
    sets={"dagligt": "P1D", "hver dag": "P1D", "hver uge": "P1W", "hver måned": "P1M", "årligt": "P1Y", "hvert år": "P1Y"},
    each_words="hver|hvert",
    vague_numbers="nogle|flere|et par|en række",
    clock=r"(?:kl\.?|klokken)\s?(?P<h>[01]?\d|2[0-3])(?:[.:](?P<min>[0-5]\d))?(?!\d|[.,]\d)" + midnight_noon("midnat"),  # "ved midnat"
    clock_attach=True,  # "klokken 03.40 søndag", "kl. 14.30 i går": the day after the time is its day
    date_words="den|fra|til|på|siden|efter|før|inden",  # "den 14/5": day first
    # past-tense verbs ("advarede", "blev", "omkom"); "i tirsdags" looks back
    past_cues=r"var|været|blev|havde|kom|gik|døde|omkom|sagde|fik|skete|\w{2,}(?:ede|edes|[kpt]te|[kpt]tes)"
    r"|i\sgår|igår|sidste|forrige|siden|" + before_weekday("i", _DAYS, "s"),
    # "skal", "ventes", "på fredag": "på" before a weekday looks ahead; so does the present of a visit or an opening
    # ("Statsministeren besøger byen tirsdag") and of "blive", which says the future ("I nat bliver det frost")
    # (and of a vote, a meeting, a start or an end: "Folketinget stemmer torsdag om loven")
    future_cues=r"skal|vil|forventes|ventes|bliver|planlægger|planlægges|næste|kommende|i\smorgen|imorgen|kommer|besøger|åbner|afholdes"
    r"|stemmer|mødes|begynder|starter|lukker|forhandler|rejser"
    r"|er\s(?:der|det)\s(?:erklæret|varslet|ventet|planlagt|indkaldt|udskrevet)"  # "Onsdag er der erklæret landesorg"
    # what may yet be ("det kan vare torsdag, før alle har strøm": it may be Thursday before ...), as "может" in Russian
    r"|kan\s+(?:det\s+)?(?:vare|tage|blive)|(?:vare|tage)\s+(?:helt\s+)?(?:til|indtil)"
    r"|" + before_weekday("på", _DAYS),
    not_after_year="personer|mennesker|kroner|kr|euro|dollar|meter|kilometer|ton|procent|biler|huse|gange|passagerer|indbyggere",
    holidays={"juleaften": "12-24", "juledag": "12-25", "juledagen": "12-25", "nytårsaften": "12-31", "nytårsdag": "01-01",
              "grundlovsdag": "06-05", "langfredag": "easter-2", "påskedag": "easter+0", "påskedagen": "easter+0",
              "skærtorsdag": "easter-3", "kristi himmelfartsdag": "easter+39", "sankthansaften": "06-23"},  # fmt: skip
    traps=r"\d{1,3}[\s-]år\sgam(?:mel|le)\b",  # an age, no duration
    and_a_half=r"og\sen\shalv",  # a half more: "tre og en halv time"
)
