"""German dates: "7. April", "vor drei Tagen", compounds like "Sonntagmorgen", "um 6 Uhr"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.intents import intent_verb_last, state_ahead
from parallax.analyze.timelex.pieces import midnight_noon
from parallax.analyze.timelex.preterite import DE_PRETERITE

# German says what is scheduled in the present tense ("Der Stadtrat trifft sich am Donnerstag", "Die Saison beginnt am
# Freitag"): the third person of the verbs of a meeting, a start, an end or a vote is a cue of the future.  Only forms
# that are no participle or past ("beraten", "eröffnet", "verhandelt" are not here), and in the nearest-cue rule a past cue nearer
# the date still wins ("wurde am Montag eröffnet und endet am Freitag")
_PRESENT_OF_A_SCHEDULE = (
    r"trifft|treffen\s+sich|tagt|berät|entscheidet|beginnt|startet|öffnet|endet|schließt|stimmt|findet|"
    # a rule's entry into force ("Die Sanktionen treten am Samstag in Kraft")
    r"tritt|treten|reist|empfängt|kommt|fährt|spielt|streikt|verhandeln|legt\s+vor|will|wollen|plant|planen|"
    # the plural of those, and a service cancelled ("fallen am Montag 60 Prozent der TGV aus", "fällt am Freitag aus");
    # not "tagen", which the pattern would read in "vor zwei Tagen", the span ago
    r"beginnen|starten|öffnen|enden|schließen|reisen|kommen|fahren|streiken|fällt|fallen|"
    # a modal in the present ("muss am Freitag entscheiden", "möchte am Montag reisen"), and reported speech in the
    # subjunctive ("der Rat werde am Freitag entscheiden", "sie wolle am Montag reisen", "die Sitzung beginne am Montag")
    r"muss|müssen|möchte|möchten|werde|wolle|solle|müsse|beginne|entscheide|finde\s+statt|"
    # and what is likely ("Der Sturm dürfte am Freitag auf Land treffen", "voraussichtlich")
    r"dürfte|dürften|voraussichtlich|"
    # and what may happen, the verb last ("Die Abstimmung könnte am Freitag stattfinden", "kann am Montag fallen";
    # the preterite "konnte" is the past's)
    r"könnte|könnten|kann|können"
)
_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6}  # fmt: skip
# an announcement, a promise, a decision or a plan, whose infinitive with "zu" comes last ("kündigte an, am Donnerstag
# nach Brüssel zu reisen", "beschloss, am Freitag abzustimmen"): the weekday is the act's, ahead (see intent_verb_last)
_INTENT_VERBS = (
    r"(?:kündig|angekündigt|beschl[oi]ss|vereinbar|versprach|versproch|versprich|plan|geplant|droh|gedroht|bereit|"
    r"entschlossen|vorgenommen|beabsichtig|angebot|bot|biete|zugesagt|erwäg|erwog)\w*"
)
_AGO = r"vor(?=\s+(?:\d+|einer?|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|kurzem|wenigen|einigen|mehreren|vielen|langer|über|fast|knapp|rund|etwa)\b)"
_ZU_INFINITIVE = r"zu\s+(?!sein\b|haben\b)\w+n|(?:ab|an|auf|aus|bei|ein|fest|fort|mit|nach|vor|weg|zurück|zusammen|teil|statt|los|durch|wieder|her|hin|nieder|frei|dar|heim|hoch|weiter|voran|vorbei|fern|bekannt|offen)zu\w+n"
# the past of reporting and of an intent ("sagte am Montag, sie wolle bleiben", "beschloss am Montag, ... am Freitag zu
# schließen": Monday is the day it was said or decided)
_PAST_OF_REPORTING = (
    r"sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|hieß|meldete|meldeten|bestätigte|bestätigten|"
    r"kündigte|kündigten|beschloss|beschlossen|versprach|versprachen|vereinbarte|vereinbarten|drohte|drohten|bot|boten|plante|planten"
)

DE = Lexicon(
    day_after="am nächsten tag|am folgenden tag|am tag darauf|tags darauf",
    day_before="am vortag|tags zuvor|am tag zuvor|am tag davor|einen tag zuvor",
    day_before_parts={"am vorabend": "EV", "am abend zuvor": "EV", "am abend davor": "EV", "in der nacht zuvor": "NI", "in der nacht davor": "NI"},
    same_day="am selben tag|am gleichen tag|am selbigen tag|noch am selben tag|noch am gleichen tag",
    eve_of=r"(?:der|des|eines|einer|seines|seiner|ihres|ihrer)\b",
    months={
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
        "september": 9, "oktober": 10, "november": 11, "dezember": 12,
        # the abbreviations of the German and Austrian press ("am 3. Febr. 2026", "Jän.", "Sept.", "Okt."): with a
        # day before them or with their dot (timelex.base)
        "jan": 1, "jän": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "okt": 10, "nov": 11, "dez": 12,
    },
    weekdays=_WEEKDAYS,
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2},
    night_before=r"in\sder\sNacht\s(?:von\s\w+\s)?(?:zu|zum|auf|zur)",  # "in der Nacht zu Freitag": Thursday night
    century_words=r"Jahrhundert|Jahrhunderts",
    decades=r"(?P<year>(?:1[0-9]|20)\d0)er(?:[\s-]Jahren?|-Jahre|-Jahren)?",
    units=_units(
        ("tag", "tage", "tagen"), ("woche", "wochen"), ("monat", "monate", "monaten", "monats"),
        ("jahr", "jahre", "jahren", "jahres"), ("stunde", "stunden"), ("minute", "minuten"), ("jahrzehnt", "jahrzehnte"),
    ),
    # a weekday of a named week in the genitive after it: "Montag vergangener Woche" is Monday of last week
    week_mods_after={f"{w} Woche": step for w, step in (("vergangener", -1), ("letzter", -1), ("der vergangenen", -1),
                                                         ("der letzten", -1), ("dieser", 0), ("nächster", 1),
                                                         ("kommender", 1), ("der kommenden", 1), ("der nächsten", 1))},
    # the year before last: "vorletztes Jahr", "im vorvergangenen Jahr"
    rel_periods={f"{p}{a} {y}": ("year", -2) for p in ("vorletzt", "vorvergangen") for a, y in (("es", "Jahr"), ("en", "Jahr"), ("en", "Jahres"))},
    last_words={"letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener", "vorige", "vorigen"},
    next_words={"nächste", "nächsten", "nächster", "kommende", "kommenden", "kommender"},
    this_words={"diese", "diesen", "dieser", "dieses"},
    numbers={"ein": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
             "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "achtzehn": 18, "zwanzig": 20, "vierundzwanzig": 24, "dreißig": 30,
             "achtundvierzig": 48},  # (the teens and the hours and months a verdict or a strike is measured in)
    ago_before="vor",
    ago_after="zuvor|früher",  # "ein Jahr zuvor", like "a year earlier"
    day_suffix="",
    compound_parts=True,
    day_dot=True,
    case_sensitive=False,
    since_words="seit",
    prepositions="im|seit|bis|von|vor|nach|ab|anfang|ende|mitte|jahr",
    refs={"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
          "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "neulich": "PAST_REF", "in zukunft": "FUTURE_REF", "künftig": "FUTURE_REF"},
    # (midday as noon, as "am Mittag" is read: "heute Mittag", "Dienstagmittag")
    # "am Abend", "gegen Mittag" is a clock time (:func:`~parallax.analyze.timelex.pieces.midnight_noon`); not "am Abend
    # des 3. März", "am Abend zuvor" (:attr:`day_before_parts`), "am Morgen danach", "in der Nacht von Samstag auf Sonntag"
    bare_part=r"(?<!\w)(?:am|in\sder)\s(?P<x>(?P<part>Morgen|Vormittag|Nachmittag|Abend|Nacht))(?!\s+(?:des|zuvor|davor|danach|darauf|zu|zum|auf|von|vom)\b)(?![\w-])",
    dayparts={"morgen": "MO", "vormittag": "MO", "mittag": "12:00", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    seasons_capitalised=True,
    seasons={"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    season_context="im|in|seit|bis|des|den|der|dem|ab|vom",
    ordinals={"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4},
    quarter_words=("quartal", "quartals"),
    half_words=("halbjahr", "halbjahres", "jahreshälfte"),
    year_half_words=("hälfte",),
    weekend="wochenende",
    sets={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "jeden tag": "P1D"},
    copulas="ist|war|wird|wäre|sein|gewesen",  # "a day" after "to be" names a day, measures none (times.durations)
    # and midnight, noon: "gegen Mitternacht", "mitternachts"; "Mittag" only after "am", "gegen" ("zu Mittag" too: a meal, read as noon)
    # (the hour in words too: "um acht Uhr"; German measures hours in "Stunden", so "acht Uhr" is always a time of day)
    clock=r"(?P<h>\d{1,2}|(?:zwölf|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|eins|ein)(?=\s?uhr\b))(?:[:.](?P<min>\d{2}))?\s?uhr\b"
    + midnight_noon("mitternacht|mitternachts", "mittag", noon_after=("am", "gegen", "um", "bis", "ab", "zu", "seit", "vor", "nach")),
    span_words="kommenden|kommende|nächsten|nächste|folgenden|letzten|letzte|vergangenen|vergangene|zurückliegenden",
    plural_units=("tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "stunden", "minuten", "jahrzehnte"),
    # ("vor" of a span ago only, "vor drei Jahren", "vor kurzem"; not of a place: "protestiert am Freitag vor dem Werk")
    past_cues=r"war|waren|hatte|hatten|wurde|wurden|gestern|vergangene[nmrs]?|letzte[nmrs]?|" + _AGO + "|" + _PAST_OF_REPORTING + "|" + DE_PRETERITE,
    future_cues=intent_verb_last(_INTENT_VERBS, _ZU_INFINITIVE, _WEEKDAYS) + "|" + _PRESENT_OF_A_SCHEDULE + "|"
    # a state said to last, "bleiben am Freitag geschlossen" (times.intents.state_ahead)
    + state_ahead(r"bleibt|bleiben", _WEEKDAYS),
    # (the perfect: an auxiliary, then the participle in ge-, "hat im Februar die Zinsen gesenkt")
    sure_past=r"hatte|hatten|wurde|wurden|bereits|(?:hat|haben|ist|sind)\s(?:[^,.;:]{0,60}\s)?(?-i:ge[a-zäöüß]{3,}(?:t|en))",
    verb_last_clauses=r",\s*(?:dass|weil|wenn|als|nachdem|bevor|ob|damit|sobald|während|falls|die|der|das|dem|den|deren|dessen|wo)\b",
    holidays={"weihnachten": "12-25", "heiligabend": "12-24", "silvester": "12-31", "neujahr": "01-01", "ostern": "easter+0", "karfreitag": "easter-2", "ostermontag": "easter+1", "pfingsten": "easter+49"},
    one_and_a_half=("anderthalb", "eineinhalb"),
    and_a_half_words={f"{w}einhalb": n + 0.5 for w, n in (("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10))},
    # a weekday something is set for is the coming one, whatever the tense: "hat die Tarifparteien für Montag zu
    # Gesprächen eingeladen" ("für Montag vergangener Woche" names its week)
    ahead_before=r"für",
)
