"""Norwegian dates, Bokmål and Nynorsk: "17. mai", "søndag", "i tirsdag", "på onsdag", "tirsdag kveld",
"i går kveld", "forrige uke", "for to dager siden", "om to uker", "klokken 03.40", "natt til søndag".

"I tirsdag" (and "i tirsdags") is the last Tuesday and "på tirsdag" the next one, whatever the verb; a bare
"tirsdag", the press's usual form, looks back or ahead as the sentence does (:mod:`.nordic`).  "Natt til
søndag" is Saturday night; "i natt" the night that just ended in a report of what happened, tonight in a
sentence about the future ("I natt blir det frost") or in a report written that night.  Nynorsk writes
"måndag", "tysdag", "laurdag", "sundag", "dagar", "veke", "sidan".  "August" is also a name: alone it is a
month only after a word that governs one ("i august").  "Siden" is "since" too: it is "ago" only after a
count ("to dager siden").  An age ("45 år gammel") is no duration.  "I helgen" is the weekend just past, or
the coming one in a sentence about the future, as "the weekend" is.
"""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.nordic import before_weekday, night_before, weekday_after, weekday_forms
from parallax.analyze.timelex.pieces import midnight_noon

_DAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_NN_DAYS = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag")
_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember")
# the parts of a day after a day word ("tirsdag kveld", "i går kveld"); "morgen" after "i" is tomorrow
_PARTS = {"morgen": "MO", "morgenen": "MO", "morges": "MO", "morgon": "MO", "formiddag": "MO", "formiddagen": "MO",
          "føremiddag": "MO", "ettermiddag": "AF", "ettermiddagen": "AF", "kveld": "EV", "kvelden": "EV", "natt": "NI",
          "natten": "NI", "natta": "NI"}  # fmt: skip
_NUMBERS = {"en": 1, "ei": 1, "et": 1, "ett": 1, "ein": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7,
            "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "femten": 15, "tjue": 20, "tretti": 30}  # fmt: skip

NO = Lexicon(
    months={m: i for i, m in enumerate(_MONTHS, 1)},
    month_abbr_max=0,
    ambiguous_months=("mai", "august"),
    month_preps=r"i|fra|frå|til|siden|sidan|av|etter|før|innen|om|begynnelsen|slutten|midten",
    day_dot=True,  # "17. mai 2026"
    weekdays=weekday_forms(_DAYS) | weekday_forms(_NN_DAYS),
    compound_parts=True,  # "tirsdagskvelden"
    # "i tirsdag(s)" on a Tuesday is a week back, "på tirsdag" a week ahead; a bare "tirsdag" that day itself (:mod:`.nordic`)
    last_forms=weekday_after("i", _DAYS + _NN_DAYS, "s?"),
    next_forms=weekday_after("på", _DAYS + _NN_DAYS),
    relative_days={"i dag": 0, "idag": 0, "i går": -1, "igår": -1, "i forgårs": -2, "i forgår": -2, "i morgen": 1, "imorgen": 1,
                   "i overmorgen": 2},  # fmt: skip
    # "i kveld" is this evening ("i natt" is ``tonight`` below: its tense says which night)
    day_with_part={"i morges": (0, "MO"), "i morgest": (0, "MO"), "i formiddag": (0, "MO"), "i ettermiddag": (0, "AF"),
                   "i kveld": (0, "EV"), "natt til i dag": (-1, "NI"), "natten til i dag": (-1, "NI"),
                   "i morgen tidlig": (1, "MO")},  # fmt: skip
    # "i natt": the night before publication in a report, the coming one in a sentence about the future
    tonight=r"i\snatt",
    part_first={"natt til": "NI", "natten til": "NI", "natt mot": "NI", "natten mot": "NI"},
    weekdays_after_part=night_before(_DAYS) | night_before(_NN_DAYS),
    day_after="dagen etter|dagen derpå|neste dag|påfølgende dag|den påfølgende dagen",
    day_before="dagen før|dagen i forveien|dagen innen",
    day_before_parts={"kvelden før": "EV", "natten før": "NI", "kvelden i forveien": "EV"},
    same_day="samme dag|same dag|senere samme dag",
    # "dagen før valget" is the eve of an event, not the day before the day named
    eve_of=r"(?!(?:han|hun|ho|den|det|man)\b)[^\W\d_]+(?:en|et|a|ne)\b",
    overnight="i løpet av natten|gjennom natten",  # the night of the day named before
    units=_units(
        ("dag", "dager", "dagar", "dagen", "dagene", "dagane", "døgn", "døgnet", "dagers"),
        ("uke", "uker", "uken", "uka", "ukene", "veke", "veker", "veka", "vekene", "ukers"),
        ("måned", "måneder", "måneden", "månedene", "månad", "månader", "månaden", "måneders"),
        ("år", "året", "årene", "åra", "års"),  # the genitive: "fire års fengsel"
        ("time", "timer", "timen", "timene", "timar"), ("minutt", "minutter", "minuttar"), ("tiår",),
    ),
    rel_periods={"i år": ("year", 0), "i fjor": ("year", -1)},
    last_words={"forrige", "førre", "foregående"},
    next_words={"neste", "kommende"},
    this_words={"denne", "dette"},
    numbers=_NUMBERS,
    ago_after="siden|sidan",  # "for to dager siden", Nynorsk "for to dagar sidan"
    later_before="om",  # "om to uker"
    day_suffix="",
    case_sensitive=False,
    prepositions="i|siden|sidan|til|fra|frå|år|etter|før|innen|fram til",
    # ("nå" is also the verb "reach": "å nå fram")
    refs={"for tiden": "PRESENT_REF", "akkurat nå": "PRESENT_REF", "nylig": "PAST_REF", "nyleg": "PAST_REF",
          "i fremtiden": "FUTURE_REF", "i framtida": "FUTURE_REF"},  # fmt: skip
    dayparts=_PARTS,
    daypart_link="om|i løpet av",  # "i går om kvelden"
    seasons={"våren": "SP", "sommeren": "SU", "sommer": "SU", "sommaren": "SU", "høsten": "FA", "høst": "FA",
             "hausten": "FA", "vinteren": "WI", "vinter": "WI"},  # fmt: skip
    season_context="i|til|siden|fra|etter|før|innen",
    span_words="kommende|neste|siste|forrige|foregående",
    plural_units=("dager", "dagene", "dagar", "uker", "ukene", "veker", "måneder", "månedene", "årene", "timer", "timene"),
    weekend="helgen|helga|helg",
    weekend_preps="i|i løpet av|gjennom",  # "i helgen", "i helga": the weekend past, or the coming one ahead
    sets={"daglig": "P1D", "hver dag": "P1D", "hver uke": "P1W", "hver måned": "P1M", "årlig": "P1Y", "hvert år": "P1Y"},
    each_words="hver|hvert|kvar|kvart",
    vague_numbers="noen|nokre|flere|fleire|et par|ei rekke",
    clock=r"(?:kl\.?|klokken|klokka)\s?(?P<h>[01]?\d|2[0-3])(?:[.:](?P<min>[0-5]\d))?(?!\d|[.,]\d)" + midnight_noon("midnatt"),  # "ved midnatt"
    clock_attach=True,  # "klokken 03.40 søndag", "kl. 14.30 i går": the day after the time is its day
    date_words="den|fra|frå|til|på|siden|etter|før|innen",  # "den 17/5": day first
    # past-tense verbs ("ble", "omkom", "varslet", "gjekk"); "i tirsdag" and "i tirsdags" look back
    # (the weak past in "-et" and "-a" is also the definite noun, "huset", "bygda": only the verbs news uses most)
    past_cues=r"var|vart|vore|ble|blei|hadde|kom|gikk|gjekk|døde|omkom|sa|sade|fikk|fekk|skjedde|hendte|tok|brant|raste|mistet"
    r"|varslet|meldte|opplyste|uttalte|fortalte|forklarte|bekreftet|\w{3,}(?:kk|ll|nn|r|g|v|l)te"
    r"|i\sgår|igår|forrige|siden|sidan|" + before_weekday("i", _DAYS + _NN_DAYS, "s?"),
    # "skal", "ventes", "på onsdag": "på" before a weekday looks ahead; so does the present of a visit or an opening
    # ("Statsministeren kjem til bygda tysdag") and of "bli", which says the future ("I natt blir det frost")
    future_cues=r"skal|vil|ventes|forventes|blir|planlegger|planlegges|neste|kommende|i\smorgen|imorgen|kommer|kjem|besøker|vitjar|åpner|opnar"
    r"|holdes|stemmer|møtes|begynner|startar|starter|stenger|forhandler|behandler|reiser|" + before_weekday("på", _DAYS + _NN_DAYS)
    # a day's status announced in the present passive: "Onsdag er det erklært sørgedag", "er det varslet storm" (the
    # participle alone reads as a past)
    + r"|er\s(?:det|der)\s(?:erklært|varslet|ventet|planlagt|innkalt|berammet|utlyst|lyst)",
    not_after_year="personer|personar|mennesker|menneske|kroner|kr|euro|dollar|meter|kilometer|tonn|prosent|biler|hus|ganger|passasjerer",
    holidays={"julaften": "12-24", "første juledag": "12-25", "nyttårsaften": "12-31", "nyttårsdag": "01-01", "langfredag": "easter-2",
              "påskeaften": "easter-1", "første påskedag": "easter+0", "skjærtorsdag": "easter-3", "grunnlovsdagen": "05-17",
              "nasjonaldagen": "05-17", "sankthansaften": "06-23", "kristi himmelfartsdag": "easter+39"},  # fmt: skip
    traps=r"\d{1,3}[\s-]år\sgam(?:mel|le|al)\b",  # an age, no duration
    and_a_half=r"og\sen\shalv",  # a half more: "tre og en halv time"
)
