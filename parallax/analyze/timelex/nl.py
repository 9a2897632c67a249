"""Dutch dates: "twee dagen geleden", "vorige week", "vorige week maandag", "gisteravond", "om 8 uur"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.intents import intent_verb_last, state_ahead
from parallax.analyze.timelex.pieces import farewell, midnight_noon
from parallax.analyze.timelex.preterite import NL_IMPERFECT, nl_past_before_day

_WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
# the hours in words, for a time told by its half or quarter ("half tien", "kwart over negen"), or in figures ("half 10")
_HOUR_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
               "elf": 11, "twaalf": 12}  # fmt: skip
_HOURS = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) + r"|1[0-2]|[1-9]"
_HOUR_NAMES = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
# what an hour in words follows as a time of day: "om", "rond", "tegen", "omstreeks", "omtrent", a weekday or a part of
# the day ("donderdagavond acht uur", "zaterdag tien uur"); each a fixed width, as a look-behind must be
_WORD_HOUR_AFTER = (
    "(?:"
    + "|".join(
        [rf"(?<=\b{w}\s)" for w in ("om", "rond", "tegen", "omstreeks", "omtrent", *_WEEKDAYS)]
        + [rf"(?<=\w{part}\s)" for part in ("avond", "ochtend", "middag", "nacht", "morgen")]  # "donderdagavond", "gisteravond"
    )
    + ")"
    # (not after a verb of lasting and the weekday: "het overleg duurde vrijdag acht uur" is how long it took)
    + "".join(rf"(?<!\b{verb}\s{day}\s)" for verb in ("duurde", "duurden", "duurt") for day in _WEEKDAYS)
)
# what an hour in words is no time of day before: "acht uur lang", "acht uur onderhandelen" (eight hours of talks)
_HOURS_OF = r"lang|onderhandel\w*|vergader\w*|praten|zoeken|wachten|werken|rijden|staken|vast\b"
# Dutch puts the verb of a main clause second and says what is scheduled in the present ("Het kabinet beslist
# vrijdag", "De Kamer stemt dinsdag over het voorstel"), and an intent with a modal whose infinitive comes last ("De
# minister wil donderdag naar Brussel reizen", "moet dinsdag beslissen"): those present forms are cues of the
# future.  Only forms that are no past or participle ("besliste", "gestemd" are not here); a past cue nearer the
# weekday still wins.
_PRESENT_OF_A_SCHEDULE = (
    r"zal|zullen|gaat|gaan|wil|willen|wilt|moet|moeten|mag|mogen|hoopt|hopen|plant|plannen|"
    r"beslist|beslissen|stemt|stemmen|begint|beginnen|start|starten|opent|sluit|eindigt|vergadert|vergaderen|"
    r"komt\s+\w+\s+bijeen|komen\s+\w+\s+bijeen|debatteert|debatteren|spreekt|spreken|presenteert|ontvangt|bezoekt|reist|"
    r"treedt\s+aan|legt\s+voor|staakt|staken|"
    # what may happen, the verb last ("De stemming kan vrijdag plaatsvinden", "zou vrijdag kunnen plaatsvinden")
    r"kan|kunnen"
)
# an announcement, a promise, a decision or a plan whose infinitive with "te" comes last ("kondigde maandag aan
# donderdag naar Brussel te reizen", "besloot vrijdag af te treden"): the weekday is the act's (see intent_verb_last)
_INTENT_VERBS = (
    r"(?:kondig|aangekondigd|belo(?:of|v)|beloofd|beslo(?:ot|ten)|plan|gepland|dreig|gedreigd|bereid|"
    r"stelde|stelden|voorgesteld|bood|boden|aangeboden|zegde|zegden|toegezegd|afgesproken|spraken|van\s+plan)\w*"
)
# the past of reporting and of an intent ("zei maandag dat hij wil blijven", "besloot dinsdag af te treden": Monday
# is the day he said it, Tuesday the day of the decision)
_PAST_OF_REPORTING = (
    r"zei|zeiden|meldde|meldden|liet|lieten|verklaarde|verklaarden|vertelde|vertelden|bevestigde|bevestigden|kondigde|kondigden|"
    r"schreef|besloot|besloten|beloofde|beloofden|dreigde|dreigden|bood|boden|stelde|stelden|zegde|zegden"
)

NL = Lexicon(
    day_after="de volgende dag|de dag erna|een dag later",
    day_before="de dag ervoor|de dag daarvoor|een dag eerder",
    day_before_parts={"de avond ervoor": "EV", "de avond daarvoor": "EV", "de nacht ervoor": "NI", "de nacht daarvoor": "NI"},
    same_day="dezelfde dag|diezelfde dag",
    months={
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    weekdays=_WEEKDAYS,
    relative_days={"vandaag": 0, "gisteren": -1, "eergisteren": -2, "morgen": 1, "overmorgen": 2},
    relative_day_traps=farewell(r"tot\s+morgen"),  # a farewell said in quotation marks names no day
    day_with_part={"vanochtend": (0, "MO"), "vanmorgen": (0, "MO"), "vanmiddag": (0, "AF"), "vanavond": (0, "EV"), "vannacht": (0, "NI"),
                   "gisterochtend": (-1, "MO"), "gistermorgen": (-1, "MO"), "gistermiddag": (-1, "AF"), "gisteravond": (-1, "EV"),
                   "gisternacht": (-1, "NI")},
    century_words=r"eeuw",
    decades=r"jaren\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b|(?P<dw>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))",
    decade_names={'twintig': '192', 'dertig': '193', 'veertig': '194', 'vijftig': '195', 'zestig': '196', 'zeventig': '197', 'tachtig': '198', 'negentig': '199'},
    units=_units(("dag", "dagen"), ("week", "weken"), ("maand", "maanden"), ("jaar", "jaren"), ("uur", "uren"), ("minuut", "minuten"),
                 ("decennium", "decennia")),
    # a weekday of a named week, before or after it: "vorige week maandag", "maandag vorige week" (Monday of
    # last week), "volgende week dinsdag"; not "vorige maandag" (the last Monday)
    week_mods={f"{w} week": step for w, step in (("vorige", -1), ("afgelopen", -1), ("verleden", -1), ("deze", 0),
                                                  ("volgende", 1), ("komende", 1), ("aanstaande", 1))},
    week_mods_after={f"{w} week": step for w, step in (("vorige", -1), ("afgelopen", -1), ("verleden", -1), ("deze", 0),
                                                        ("volgende", 1), ("komende", 1), ("aanstaande", 1))},
    last_words={"vorige", "vorig", "afgelopen", "laatste"},
    next_words={"volgende", "volgend", "komende", "aanstaande"},
    this_words={"deze", "dit"},
    numbers={"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12},
    ago_after="geleden|eerder",  # "twee jaar geleden"; "een jaar eerder", like "a year earlier"
    day_suffix="",
    compound_parts=True,
    case_sensitive=False,
    since_words="sinds|sedert",
    prepositions="in|sinds|tot|van|voor|na|vanaf|begin|eind|half|medio",
    refs={"nu": "PRESENT_REF", "momenteel": "PRESENT_REF", "onlangs": "PAST_REF", "recent": "PAST_REF", "in de toekomst": "FUTURE_REF"},
    # "'s avonds", "in de nacht", "'s ochtends": not "in de nacht van zaterdag op zondag", "de avond ervoor"
    bare_part=r"(?<!\w)(?P<x>(?:(?P<gen>['’]s\s)|in\sde\s)(?P<part>ochtend|middag|avond|nacht)(?(gen)s|(?!\s+(?:van|voor|na|erna|ervoor|daarna|daarvoor)\b)))(?![\w-])",
    dayparts={"ochtend": "MO", "middag": "AF", "avond": "EV", "nacht": "NI"},  # "morgen" is tomorrow
    seasons={"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"},
    season_context="in|de|het|deze|dit|vorige|afgelopen|komende|sinds|tot",
    ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
    quarter_words=("kwartaal",),
    half_words=("halfjaar", "jaarhelft"),
    span_words="komende|volgende|afgelopen|voorbije|laatste",
    plural_units=("dagen", "weken", "maanden", "jaren", "uren", "minuten"),
    weekend="weekend",
    sets={"dagelijks": "P1D", "wekelijks": "P1W", "maandelijks": "P1M", "jaarlijks": "P1Y", "elke dag": "P1D"},
    # (an hour in words only after "om", "rond" ... or a day: "om acht uur", "donderdagavond acht uur"; "acht uur" alone is
    # as often how long something took, "het overleg duurde acht uur", and "acht uur lang" always is)
    clock=rf"(?P<h>\d{{1,2}}|{_WORD_HOUR_AFTER}(?:{_HOUR_NAMES})(?=\suur\b)(?!\suur\s(?:{_HOURS_OF})))(?:[:.](?P<min>\d{{2}}))?\s?uur\b"
    + midnight_noon("middernacht")  # "rond middernacht"
    # the hour told by its half or quarter after "om", "rond", "tegen" or "omstreeks": "rond half tien" (9.30), "om kwart
    # over negen", "kwart voor tien"; a part of the day may follow ("half negen 's avonds" is 20.30)
    + rf"|(?:(?<=\bom\s)|(?<=\brond\s)|(?<=\btegen\s)|(?<=\bomstreeks\s)|(?<=\bomtrent\s))(?:half\s(?P<hhalf>{_HOURS})|kwart\sover\s(?P<qpast>{_HOURS})|kwart\svoor\s(?P<qto>{_HOURS}))\b"
    r"(?:\s(?P<cpart2>'s\s(?:ochtends|morgens|middags|avonds|nachts)))?",
    hour_words=_HOUR_WORDS,
    clock_parts={"'s ochtends": "am", "'s morgens": "am", "'s middags": "pm", "'s avonds": "pm", "'s nachts": "night"},
    # a past auxiliary and a participle, either order ("werd geregistreerd", "heeft verlaagd", "dat ... werd
    # geregistreerd"), "reeds": the past beyond doubt (see Lexicon.sure_past); not "is/zijn" + participle, a plan's
    # state too ("is gepland voor 12 februari")
    sure_past=r"reeds|(?:was|waren|werd|werden|had|hadden|heeft|hebben)\s(?:[^,.;:]{0,60}\s)?ge\w{3,}(?:d|t|en)|"
    r"ge\w{3,}(?:d|t|en)\s(?:was|waren|werd|werden)",
    past_cues=r"was|waren|had|hadden|werd|werden|gisteren|vorige|afgelopen|geleden|" + _PAST_OF_REPORTING + "|" + NL_IMPERFECT + "|" + nl_past_before_day(_WEEKDAYS),
    future_cues=intent_verb_last(_INTENT_VERBS, r"te\s+\w+n", _WEEKDAYS) + r"|volgende|komende|morgen|" + _PRESENT_OF_A_SCHEDULE
    # a state said to last ("blijven vrijdag gesloten") and what is expected ("wordt vrijdag verwacht", "naar verwachting")
    + "|" + state_ahead(r"blijft|blijven", _WEEKDAYS) + r"|verwacht|verwachten|naar\s+verwachting",
    # (Dutch writes no comma before "dat": "meldde maandag dat de weg dinsdag opengaat")
    verb_last_clauses=r"(?:,\s*(?:die|wanneer|toen|waar|waarop)|,?\s(?:dat|omdat|nadat|voordat|zodat|zodra|terwijl|hoewel))\b",
    holidays={"kerstmis": "12-25", "kerst": "12-25", "oudejaarsavond": "12-31", "nieuwjaarsdag": "01-01", "pasen": "easter+0",
              "goede vrijdag": "easter-2", "pinksteren": "easter+49", "koningsdag": "04-27"},
)  # fmt: skip
