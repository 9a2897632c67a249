"""Italian dates: "due giorni fa", "lunedì scorso", "stasera", "la sera di lunedì", "per venerdì"."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.intents import intent_ahead, state_ahead
from parallax.analyze.timelex.pieces import farewell, midnight_noon

_WEEKDAYS = {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3, "giovedi": 3,
              "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6}  # fmt: skip
# verbs of offering, agreeing, promising, deciding, planning, and the infinitive they govern (see timelex.intents)
_INTENT_VERBS = r"(?:propos|propon|offer|offr|accett|promess|promett|decis|decid|previst|preved|intend|impegnat)\w*"
_INTENT_INFINITIVE = r"(?:di|a|ad)\s+\w+(?:are|ere|ire)(?:si|lo|la|li|le)?"

IT = Lexicon(
    day_after="il giorno dopo|il giorno seguente|l'indomani|l’indomani",
    day_before="il giorno prima|il giorno precedente|la vigilia",
    day_before_parts={"la sera prima": "EV", "la notte prima": "NI", "la sera precedente": "EV", "la notte precedente": "NI"},
    same_day="lo stesso giorno|quello stesso giorno|il giorno stesso",
    eve_of=r"(?:di|del|dello|della|dei|degli|delle)\b|dell['’]",
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
        "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    weekdays=_WEEKDAYS,
    relative_days={"oggi": 0, "ieri": -1, "l'altro ieri": -2, "l’altro ieri": -2, "domani": 1, "dopodomani": 2},
    relative_day_traps=farewell(r"a\s+domani"),  # a farewell said in quotation marks names no day
    day_with_part={"stamattina": (0, "MO"), "stamani": (0, "MO"), "stasera": (0, "EV"), "stanotte": (0, "NI")},
    century_words=r"secolo",
    decades=r"anni\s(?:(?P<year>(?:1[0-9]|20)\d0)|(?:['’]|\b)(?P<yy>[1-9]0)\b|(?P<dw>Venti|Trenta|Quaranta|Cinquanta|Sessanta|Settanta|Ottanta|Novanta))",
    decade_names={'Venti': '192', 'Trenta': '193', 'Quaranta': '194', 'Cinquanta': '195', 'Sessanta': '196', 'Settanta': '197', 'Ottanta': '198', 'Novanta': '199'},
    units=_units(("giorno", "giorni"), ("settimana", "settimane"), ("mese", "mesi"), ("anno", "anni"), ("ora", "ore"), ("minuto", "minuti"), ("decennio", "decenni")),
    # a weekday of a named week after it: "lunedì della settimana scorsa" is Monday of last week
    week_mods_after={"della settimana scorsa": -1, "della scorsa settimana": -1, "della settimana passata": -1,
                     "di questa settimana": 0, "della settimana prossima": 1, "della prossima settimana": 1},
    last_words={"scorso", "scorsa", "passato", "passata", "precedente"},
    next_words={"prossimo", "prossima", "successivo", "successiva"},
    this_words={"questo", "questa", "quest'", "quest’"},
    numbers={"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
             "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciotto": 18, "venti": 20, "ventiquattro": 24, "trenta": 30,
             "quarantotto": 48},  # (the teens and the hours and months a verdict or a strike is measured in)
    ago_after="fa",
    unit_first=True,
    day_ordinals={"primo": 1},  # "il primo maggio": the first day of a month is an ordinal, the others cardinals
    day_suffix="(?:°|º)?",  # "1° luglio", "1º de junho"
    date_words="il|del|dal|al|fino al",  # "il 17/5": day first
    case_sensitive=False,
    prepositions="a|in|da|dal|dalla|fino a|entro|prima di|dopo|di|inizio|fine|metà",
    refs={"adesso": "PRESENT_REF", "ora": "PRESENT_REF", "attualmente": "PRESENT_REF", "recentemente": "PAST_REF", "in futuro": "FUTURE_REF"},
    # "in serata", "nella notte", "nel pomeriggio", "in tarda mattinata", "di sera": not "nella notte tra sabato e
    # domenica", "la mattina del 3 marzo", "nella serata di ieri", "la sera prima", "le 10 di mattina" (a clock time's part)
    bare_part=r"(?<!\d\s)(?<!\w)(?P<x>(?:in\s(?:(?:prima|tarda)\s)?|nella\s(?:(?:prima|tarda)\s)?|nel\s(?:(?:primo|tardo)\s)?|di\s(?=sera|notte|mattina))(?P<part>mattina|mattino|mattinata|pomeriggio|sera|serata|notte|nottata))(?!\s+(?:del|della|dello|dell['’]|di|tra|fra|prima|dopo|seguente|successiva|successivo|precedente|stessa|stesso)\b)(?![\w'’-])",
    dayparts={"mattina": "MO", "mattino": "MO", "mattinata": "MO", "pomeriggio": "AF", "sera": "EV", "serata": "EV", "notte": "NI", "nottata": "NI"},
    daypart_link="in",  # "ieri in serata"
    part_first={"mattina": "MO", "mattinata": "MO", "pomeriggio": "AF", "sera": "EV", "serata": "EV", "notte": "NI", "nottata": "NI"},
    part_first_link="di",  # "la sera di lunedì"
    seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    season_context="in|la|l'|l’|della|dell'|dell’|dalla|dall'|dall’|questa|questo|scorsa|scorso",
    ordinals={"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "quarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    year_half_words=("metà",),
    span_words="prossimi|prossime|ultimi|ultime|scorsi|scorse|passati|passate|successivi|successive",
    plural_units=("giorni", "settimane", "mesi", "anni", "ore", "minuti", "decenni"),
    weekend="fine settimana|weekend",
    sets={"ogni giorno": "P1D", "quotidianamente": "P1D", "ogni settimana": "P1W", "ogni anno": "P1Y"},
    copulas="è|era|fu|sarà|sarebbe|stato|stata|essere|sia",  # "a day" after "to be" names a day, measures none (times.durations)
    # "alle 18.30"; after "alle", "verso le" the hour alone too ("alle 18", "alle ore 18", "verso le 3 di notte"), never
    # "alle 18 squadre" (a noun after it) nor "per 18 ore" (no "alle": a length); with no "alle" the minutes are two
    # figures and no more, so "1.200 persone" (a thousands point) is no clock time at 1:00
    # and "mezzanotte", "mezzogiorno" in lower case after "a", "verso" ("il Mezzogiorno" is the south of Italy)
    clock=(
        r"(?P<las>(?:alle|verso\sle|dalle|fino\salle|intorno\salle|attorno\salle|prima\sdelle|dopo\sle)\s(?:ore\s)?)?(?P<h>\d{1,2})"
        r"(?(las)|(?=[:.]\d{2}(?!\d)))(?:[:.](?P<min>\d{2}))?(?!\d)(?:\s(?:di|del|della)\s(?P<cpart2>notte|mattina|mattino|pomeriggio|sera))?"
        r"(?(las)(?(min)|(?=\s?[,.;:)!?](?!\d)|\s?$|\s(?:di|del|e|in|quando|dopo|secondo|circa|ora\slocale)\b))|\b)"
    )
    + midnight_noon("mezzanotte", "(?-i:mezzogiorno|mezzodì)", noon_after=("a", "verso", "dopo", "fino a", "prima di", "entro")),
    clock_parts={"notte": "night", "mattina": "am", "mattino": "am", "pomeriggio": "pm", "sera": "pm"},
    past_cues=r"era|erano|aveva|avevano|è stato|è stata|ieri|scorso|scorsa|fa",
    # (a participle of its own, "sono morte 12 persone", "hanno preso"; a passato remoto in the plural, "morirono",
    # "furono": no present, future or conditional ends so)
    sure_past=r"già|(?:è|sono|era|erano|ha|hanno|aveva|avevano)\s+(?:(?:già|stato|stata|stati|state)\s+)?\w+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)|"
    r"(?:è|sono|era|erano|ha|hanno|aveva|avevano)\s+(?:mort|fatt|dett|pres|mess|vist|rimast|scritt|chius|uccis|pers|esplos|scoppiat)[oaie]|"
    r"\w{2,}(?:arono|erono|irono)|furono|ebbero",
    # (and what must or should happen: "devono riprendere venerdì", "dovrebbe arrivare lunedì")
    # an offer or a promise to act looks ahead: "ha proposto di incontrare i sindacati giovedì" (see timelex.intents)
    future_cues=intent_ahead(_INTENT_VERBS, _INTENT_INFINITIVE, _WEEKDAYS) + "|"
    # a state said to last ("restano chiuse venerdì") and a forecast before a subjunctive ("si prevede che tocchi terra
    # venerdì", "si attende che"): times.intents.state_ahead
    + state_ahead(r"resta|restano|rimane|rimangono", _WEEKDAYS) + "|"
    + state_ahead(r"preved(?:e|ono)\s+che|(?:attend|aspett)(?:e|ono)\s+che|(?:è|sono)\s+previst[oaie]\s+che", _WEEKDAYS, 12) + "|"
    # (and a rule's entry into force, set in the present: "le misure entrano in vigore sabato")
    r"entra(?:no)?\s+in\s+vigore|\w+(?:rà|ranno)|prossim[oa]|domani|dev(?:e|ono)\s+\w+(?:are|ere|ire)|(?:dovrebb|potrebb)(?:e|ero)"
    # (a possibility in the present, with its infinitive, lies ahead too: "il voto può tenersi venerdì")
    r"|(?:può|possono)\s+\w+(?:are|ere|ire|rsi)",  # the future tense: "si riunirà", "saranno"
    # a weekday something is set for or due by is the coming one, whatever the tense: "hanno proclamato
    # otto ore di sciopero per venerdì", "entro lunedì" ("venerdì scorso" stays the last one)
    ahead_before=r"per|entro",
    holidays={"natale": "12-25", "vigilia di natale": "12-24", "capodanno": "01-01", "pasqua": "easter+0", "pasquetta": "easter+1", "ferragosto": "08-15"},
    and_a_half=r"e\smezz[oa]",  # a half more: "tre ore e mezza", "un anno e mezzo"
)
