"""Per-language lexicons and patterns for temporal expressions.

A :class:`Lexicon` holds the words (months, weekdays, relative days, units,
"last"/"next" words, number words); :func:`_rules` builds the ordered regular
expressions from them.  Adding a language means adding one ``Lexicon`` entry.
Patterns are linear (no nested quantifiers) so they are safe on untrusted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Rule:
    handler: str
    pattern: re.Pattern


@dataclass
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    units: dict[str, str]
    last_words: set[str]
    next_words: set[str]
    this_words: set[str]
    numbers: dict[str, int]
    ago_before: str = ""  # "vor", "il y a", "hace"
    ago_after: str = ""  # "ago"
    unit_first: bool = False  # "la semaine dernière"
    day_suffix: str = r"(?:st|nd|rd|th)?"
    day_dot: bool = False  # German "7. April"
    day_de: bool = False  # Spanish "7 de abril"
    case_sensitive: bool = True  # English/German capitalise months and weekdays
    prepositions: str = ""
    now_phrases: str = ""
    rules: list[Rule] = field(default_factory=list)

    def lookup(self, table: str, word: str) -> int:
        """Case-insensitive look-up in one of the word tables."""
        low = {k.lower(): v for k, v in getattr(self, table).items()}
        return low[word.lower()]

    def number(self, word: str) -> int | None:
        word = word.lower()
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _rules(lex: Lexicon) -> list[Rule]:
    flags = 0 if lex.case_sensitive else re.I
    abbr = [m for m in lex.months if len(m) <= 4 and m.lower() not in ("may", "june", "july", "mai", "juin", "mars", "août", "aout", "mayo")]
    M = rf"(?:{_alt(set(lex.months) - set(abbr))}|(?:{_alt(abbr)})\.?)" if abbr else rf"(?:{_alt(lex.months)})"
    WD = _alt(lex.weekdays)
    Y = r"(?P<year>(?:1[0-9]|20)\d{2})"
    num = _alt(lex.numbers)
    units = _alt(lex.units)
    last_next_this = _alt(lex.last_words | lex.next_words | lex.this_words)
    R = []

    def add(handler, pattern, fl=flags):
        R.append(Rule(handler, re.compile(pattern, fl)))

    add("iso", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
    if lex.day_dot:
        add("numeric_dmy", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>\d{4})\b")
        add("month_day_range", rf"\b(?P<day>\d{{1,2}})\.?\s?(?:-|–|bis)\s?(?P<day2>\d{{1,2}})\.\s?(?P<month>{M})(?:\s{Y})?")
        add("month_day", rf"\b(?P<day>\d{{1,2}})\.\s?(?P<month>{M})(?:\s{Y})?")
    elif lex.day_de:
        add("month_day_range", rf"\b(?P<day>\d{{1,2}})\s?(?:-|–|al|y)\s?(?P<day2>\d{{1,2}}) de (?P<month>{M})(?: de(?:l)? {Y})?", re.I)
        add("month_day", rf"\b(?P<day>\d{{1,2}}) de (?P<month>{M})(?: de(?:l)? {Y})?", re.I)
    else:
        add("month_day_range", rf"\b(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:-|–|to|and|through)\s?(?:(?P<month2>{M})\s)?(?P<day2>\d{{1,2}}){lex.day_suffix}\b(?:,?\s{Y})?")
        add("month_day_range", rf"\b(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:-|–|to|and|au|et)\s?(?P<day2>\d{{1,2}}){lex.day_suffix}\s(?P<month>{M})(?:,?\s{Y})?")
        add("month_day", rf"\b(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\b(?!\s?(?:-|–|,\d))(?:,?\s{Y}\b)?")
        add("month_day", rf"\b(?:the\s)?(?P<day>\d{{1,2}}){lex.day_suffix}(?:\sof)?\s(?P<month>{M})(?:,?\s{Y}\b)?")
    add("month_year", rf"\b(?P<month>{M}),?\s(?:de\s)?{Y}\b")
    mod_before = rf"(?:(?P<mod>{last_next_this})\s)?"
    if lex.unit_first:
        add("weekday", rf"\b(?P<x>(?P<wd>{WD})(?:\s(?P<mod>{_alt(lex.last_words | lex.next_words)}))?)\b", flags)
    else:
        add("weekday", rf"\b(?P<x>{mod_before}(?P<wd>{WD}))\b", flags)
    if lex.unit_first:
        add("relative_unit", rf"\b(?P<unit>{units})\s(?P<which>{last_next_this})\b", re.I)
        add("relative_unit", rf"\b(?P<which>{_alt(lex.this_words | lex.next_words)})\s(?P<unit>{units})\b", re.I)
    else:
        add("relative_unit", rf"\b(?P<which>{last_next_this})\s(?P<unit>{units})\b", re.I)
    if lex.ago_after:
        add("ago", rf"\b(?P<n>\d+|{num})\s(?P<unit>{units})\s{lex.ago_after}\b", re.I)
    if lex.ago_before:
        add("ago", rf"\b{lex.ago_before}\s(?P<n>\d+|{num})\s(?P<unit>{units})\b", re.I)
    add("relative_day", rf"\b(?P<rel>{_alt(lex.relative_days)})\b", re.I if not lex.case_sensitive else 0)
    if lex.now_phrases:
        add("now_unit", rf"\b(?:{lex.now_phrases})\b", re.I)
    add("decade", r"\bthe\s(?P<year>(?:1[89]|20)\d0)s\b")
    add("year", rf"\b(?:{lex.prepositions})\s(?:early\s|late\s|mid-)?(?P<x>{Y})\b(?![,.]?\d)", re.I)
    add("year", rf"\b{Y}(?=’s|'s|\s(?:election|elections|budget|summit|season|census|campaign|olympics|world cup)\b)")
    add("duration", rf"\b(?P<n>\d+|{num})[\s-](?P<unit>{units})\b", re.I)
    add("month_only", rf"(?<![\w.-])(?P<month>{M})(?![\w-])")
    return R


def _units(day, week, month, year, hour=(), minute=(), decade=()) -> dict[str, str]:
    out = {}
    for unit, words in (("day", day), ("week", week), ("month", month), ("year", year), ("hour", hour), ("minute", minute), ("decade", decade)):
        for w in words:
            out[w] = unit
    return out


EN = Lexicon(
    months={
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
        "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4,
        "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    },
    weekdays={"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6},
    relative_days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "Today": 0, "Yesterday": -1, "Tomorrow": 1, "Tonight": 0},
    units=_units(
        ("day", "days"), ("week", "weeks"), ("month", "months"), ("year", "years"),
        ("hour", "hours"), ("minute", "minutes"), ("decade", "decades"),
    ),
    last_words={"last", "previous"},
    next_words={"next", "coming"},
    this_words={"this"},
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    },
    ago_after="ago",
    prepositions="in|since|by|until|of|during|from|before|after|between|and|to|through|for|late|mid|end of|early|spring|summer|autumn|fall|winter",
    now_phrases="this morning|this afternoon|this evening|earlier today",
)

DE = Lexicon(
    months={
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
        "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    },
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6},
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2, "heute abend": 0},
    units=_units(
        ("tag", "tage", "tagen"), ("woche", "wochen"), ("monat", "monate", "monaten", "monats"),
        ("jahr", "jahre", "jahren", "jahres"), ("stunde", "stunden"), ("minute", "minuten"), ("jahrzehnt", "jahrzehnte"),
    ),
    last_words={"letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener", "vorige", "vorigen"},
    next_words={"nächste", "nächsten", "nächster", "kommende", "kommenden", "kommender"},
    this_words={"diese", "diesen", "dieser", "dieses"},
    numbers={"ein": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12},
    ago_before="vor",
    day_suffix="",
    day_dot=True,
    case_sensitive=False,
    prepositions="im|seit|bis|von|vor|nach|ab|anfang|ende|mitte|jahr",
)

FR = Lexicon(
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    },
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    relative_days={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2},
    units=_units(("jour", "jours"), ("semaine", "semaines"), ("mois",), ("an", "ans", "année", "années"), ("heure", "heures"), ("minute", "minutes"), ("décennie", "décennies")),
    last_words={"dernier", "dernière", "passé", "passée", "précédent", "précédente"},
    next_words={"prochain", "prochaine"},
    this_words={"cette", "ce", "cet"},
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12},
    ago_before="il y a",
    unit_first=True,
    day_suffix="(?:er)?",
    case_sensitive=False,
    prepositions="en|depuis|jusqu'en|avant|après|de|début|fin|mi",
)

ES = Lexicon(
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    relative_days={"hoy": 0, "ayer": -1, "anteayer": -2, "pasado mañana": 2},
    units=_units(("día", "días", "dia", "dias"), ("semana", "semanas"), ("mes", "meses"), ("año", "años"), ("hora", "horas"), ("minuto", "minutos"), ("década", "décadas")),
    last_words={"pasado", "pasada", "anterior"},
    next_words={"próximo", "próxima", "proximo", "proxima", "que viene"},
    this_words={"este", "esta"},
    numbers={"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12},
    ago_before="hace",
    unit_first=True,
    day_suffix="",
    day_de=True,
    case_sensitive=False,
    prepositions="en|desde|hasta|de|antes de|después de|principios de|finales de",
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "de": DE, "fr": FR, "es": ES}
for _lex in LEXICONS.values():
    _lex.rules = _rules(_lex)
