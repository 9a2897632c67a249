"""Number words, per language: every count from two to ninety-nine as news writes it out.

Reports of one event often give one count in figures and another in words
("23 personas" / "Diecisiete personas", "Cinquante tracteurs"), so a number
conflict is only found when the words are read as numbers.  Each language's
words are built from its small numbers, teens and tens by its own rule for
compounds ("twenty-three", "dreiundzwanzig", "veintitrés", "vingt et un",
"soixante-dix", "ventotto", "vinte e três", "drieëntwintig").  "One" is left
out everywhere but English: "un", "ein", "uno" are articles far more often.

:data:`COLLECTIVES` are the approximate counts ("une trentaine", "una decena",
"a dozen"): a value and the share it may be off by.
"""

from __future__ import annotations

# ------------------------------------------------------------------ building blocks

_EN_SMALL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}

_DE_SMALL = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn",
             "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]  # fmt: skip
_DE_TENS = {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig", 80: "achtzig", 90: "neunzig"}

_NL_SMALL = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
             "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]  # fmt: skip
_NL_TENS = {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig", 80: "tachtig", 90: "negentig"}

_ES_SMALL = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
             "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
             "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]  # fmt: skip
_ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta", 90: "noventa"}

_IT_SMALL = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
             "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]  # fmt: skip
_IT_TENS = {20: "venti", 30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "sessanta", 70: "settanta", 80: "ottanta", 90: "novanta"}

_PT_SMALL = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
             "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]  # fmt: skip
_PT_TENS = {20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta", 60: "sessenta", 70: "setenta", 80: "oitenta", 90: "noventa"}

_FR_SMALL = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
             "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


_RU_SMALL = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
             "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]  # fmt: skip
_RU_TENS = {20: "двадцать", 30: "тридцать", 40: "сорок", 50: "пятьдесят", 60: "шестьдесят", 70: "семьдесят", 80: "восемьдесят", 90: "девяносто"}

_UK_SMALL = ["", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять", "одинадцять", "дванадцять",
             "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"]  # fmt: skip
_UK_TENS = {20: "двадцять", 30: "тридцять", 40: "сорок", 50: "п'ятдесят", 60: "шістдесят", 70: "сімдесят", 80: "вісімдесят", 90: "дев'яносто"}


_PL_SMALL = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć", "jedenaście", "dwanaście",
             "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"]  # fmt: skip
_PL_TENS = {20: "dwadzieścia", 30: "trzydzieści", 40: "czterdzieści", 50: "pięćdziesiąt", 60: "sześćdziesiąt", 70: "siedemdziesiąt",
            80: "osiemdziesiąt", 90: "dziewięćdziesiąt"}


# the genitive, which hedges and prepositions take ("более двадцати", "понад дев'яти", "ponad dwudziestu")
_RU_GEN = ["", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти", "одиннадцати", "двенадцати",
           "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"]  # fmt: skip
_RU_GEN_TENS = {20: "двадцати", 30: "тридцати", 40: "сорока", 50: "пятидесяти", 60: "шестидесяти", 70: "семидесяти", 80: "восьмидесяти", 90: "девяноста"}
_UK_GEN = ["", "одного", "двох", "трьох", "чотирьох", "п'яти", "шести", "семи", "восьми", "дев'яти", "десяти", "одинадцяти", "дванадцяти",
           "тринадцяти", "чотирнадцяти", "п'ятнадцяти", "шістнадцяти", "сімнадцяти", "вісімнадцяти", "дев'ятнадцяти"]  # fmt: skip
_UK_GEN_TENS = {20: "двадцяти", 30: "тридцяти", 40: "сорока", 50: "п'ятдесяти", 60: "шістдесяти", 70: "сімдесяти", 80: "вісімдесяти", 90: "дев'яноста"}
_PL_GEN = ["", "jednego", "dwóch", "trzech", "czterech", "pięciu", "sześciu", "siedmiu", "ośmiu", "dziewięciu", "dziesięciu", "jedenastu",
           "dwunastu", "trzynastu", "czternastu", "piętnastu", "szesnastu", "siedemnastu", "osiemnastu", "dziewiętnastu"]  # fmt: skip
_PL_GEN_TENS = {20: "dwudziestu", 30: "trzydziestu", 40: "czterdziestu", 50: "pięćdziesięciu", 60: "sześćdziesięciu", 70: "siedemdziesięciu",
                80: "osiemdziesięciu", 90: "dziewięćdziesięciu"}

# collective numerals, which count people ("двое погибших", "троє загинули", "dwoje rannych")
_RU_COLLECTIVE = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10}
_UK_COLLECTIVE = {"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "п’ятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "дев'ятеро": 9}
_PL_COLLECTIVE = {"dwoje": 2, "troje": 3, "czworo": 4, "pięcioro": 5, "sześcioro": 6, "siedmioro": 7}

# one and a half, which counts thousands and millions ("полторы тысячи", "півтора мільйона", "półtora
# tysiąca", "anderthalb Millionen"), and German's halves written as one word ("zweieinhalb Millionen")
_HALVES = {
    "ru": {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5},
    "uk": {"півтора": 1.5, "півтори": 1.5},
    "pl": {"półtora": 1.5, "półtorej": 1.5},
    "de": {"anderthalb": 1.5, "eineinhalb": 1.5} | {f"{w}einhalb": n + 0.5 for n, w in enumerate(_DE_SMALL) if n > 1},
}


def _slavic(small: list[str], tens_words: dict[int, str], two_feminine: str) -> dict[str, int]:
    """Russian, Ukrainian and Polish: "двадцать три", "dwadzieścia trzy", in the nominative, with both apostrophes ("п'ять", "п’ять")."""
    words = {w: i for i, w in enumerate(small) if i > 1}
    words[two_feminine] = 2
    for tens, t in tens_words.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{t} {small[unit]}"] = tens + unit
    return words | {w.replace("'", "’"): n for w, n in words.items() if "'" in w}


def _yo(words: dict[str, int]) -> dict[str, int]:
    """Russian writes "трёх" and "трех" alike: both spellings."""
    return words | {w.replace("трех", "трёх").replace("четырех", "четырёх"): n for w, n in words.items()}


def _strip_accents(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _english() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_EN_SMALL) if i}
    for tens, t in _EN_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{t}-{_EN_SMALL[unit]}"] = words[f"{t} {_EN_SMALL[unit]}"] = tens + unit
    for unit in range(1, 10):
        words[f"{_EN_SMALL[unit]} hundred"] = unit * 100
    words.update({"hundred": 100, "a hundred": 100, "dozen": 12})
    return words


def _german() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_DE_SMALL) if i > 1}
    for tens, t in _DE_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{_DE_SMALL[unit]}und{t}"] = tens + unit
    words.update({"hundert": 100, "dutzend": 12})
    return words


def _dutch() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_NL_SMALL) if i > 1}
    for tens, t in _NL_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            u = _NL_SMALL[unit]
            link = "ën" if u.endswith("e") else "en"  # "tweeëntwintig", "drieëntwintig", "vierentwintig"
            words[f"{u}{link}{t}"] = tens + unit
    words.update({"honderd": 100, "dozijn": 12})
    return words


def _spanish() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_ES_SMALL) if i > 1}
    for tens, t in _ES_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{t} y {_ES_SMALL[unit]}"] = tens + unit
        words[f"{t} y un"] = words[f"{t} y una"] = tens + 1  # "treinta y un heridos"
    words.update({"cien": 100, "docena": 12})
    return words


def _italian() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_IT_SMALL) if i > 1}
    for tens, t in _IT_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            u = _IT_SMALL[unit]
            stem = t[:-1] if u[0] in "uo" else t  # "ventuno", "trentotto"
            words[stem + ("tré" if unit == 3 else u)] = tens + unit
    words.update({"cento": 100, "dozzina": 12})
    return words


def _portuguese() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_PT_SMALL) if i > 1}
    words.update({"duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19})  # Brazil / Portugal
    for tens, t in _PT_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{t} e {_PT_SMALL[unit]}"] = tens + unit
            if unit in (1, 2):
                words[f"{t} e {'uma' if unit == 1 else 'duas'}"] = tens + unit
    words.update({"cem": 100, "dúzia": 12})
    return words


def _french() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_FR_SMALL) if i > 1}
    for tens, t in {**_FR_TENS, 70: "septante", 80: "huitante", 90: "nonante"}.items():  # Belgian and Swiss forms too
        words[t] = tens
        for unit in range(1, 10):
            if unit == 1:
                words[f"{t} et un"] = words[f"{t}-et-un"] = tens + 1
            else:
                words[f"{t}-{_FR_SMALL[unit]}"] = tens + unit
    for n in range(10, 20):  # 70-79: soixante-dix, soixante et onze, soixante-douze ...
        words["soixante et onze" if n == 11 else f"soixante-{_FR_SMALL[n]}"] = 60 + n
    words["soixante-et-onze"] = 71
    words["quatre-vingts"] = words["quatre-vingt"] = 80
    for n in range(1, 20):  # 81-99: quatre-vingt-un ... quatre-vingt-dix-neuf
        words[f"quatre-vingt-{_FR_SMALL[n]}"] = 80 + n
    words.update({"cent": 100, "douzaine": 12})
    return words


def _with_plain_spellings(words: dict[str, int]) -> dict[str, int]:
    """Each word also without its accents ("veintitres", "ventitre", "tres"), as some copy writes it."""
    out = dict(words)
    for w, n in words.items():
        out.setdefault(_strip_accents(w), n)
    return out


WORDS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    lang: _with_plain_spellings(build())
    for lang, build in (
        ("en", _english), ("fr", _french), ("es", _spanish), ("it", _italian), ("pt", _portuguese), ("nl", _dutch),
        ("de", lambda: _german() | _HALVES["de"]),
        ("ru", lambda: _slavic(_RU_SMALL, _RU_TENS, "две") | _yo(_slavic(_RU_GEN, _RU_GEN_TENS, "двух")) | _RU_COLLECTIVE | _HALVES["ru"]),
        ("uk", lambda: _slavic(_UK_SMALL, _UK_TENS, "дві") | _slavic(_UK_GEN, _UK_GEN_TENS, "двох") | _UK_COLLECTIVE | _HALVES["uk"]),
        ("pl", lambda: _slavic(_PL_SMALL, _PL_TENS, "dwie") | _slavic(_PL_GEN, _PL_GEN_TENS, "dwóch") | _PL_COLLECTIVE | _HALVES["pl"]),
    )
}

# Counts past ninety-nine are compounds of the words above with hundreds and thousands: "two hundred
# and twelve", "fourteen hundred", "cento e cinquanta", "milleduecento", "twaalfhonderd", "doscientos
# treinta".  The words that multiply what comes before them, and the hundreds some languages write as
# one word; :func:`compound_value` reads a sequence of them.
HUNDRED, THOUSAND = 100, 1000
MULTIPLIERS: dict[str, dict[str, int]] = {
    "en": {"hundred": HUNDRED, "thousand": THOUSAND},
    "de": {"hundert": HUNDRED, "tausend": THOUSAND, "einhundert": HUNDRED, "eintausend": THOUSAND},
    "nl": {"honderd": HUNDRED, "duizend": THOUSAND, "eenhonderd": HUNDRED, "eenduizend": THOUSAND},
    "fr": {"cent": HUNDRED, "cents": HUNDRED, "mille": THOUSAND},
    "es": {"cien": HUNDRED, "ciento": HUNDRED, "mil": THOUSAND},
    "it": {"cento": HUNDRED, "mille": THOUSAND, "mila": THOUSAND},
    "pt": {"cem": HUNDRED, "cento": HUNDRED, "mil": THOUSAND},
    # the thousand in its cases ("тысяча двести", "две тысячи", "пять тысяч", "около тысячи")
    "ru": {"сто": HUNDRED, "ста": HUNDRED, "тысяча": THOUSAND, "тысячи": THOUSAND, "тысяч": THOUSAND, "тысячу": THOUSAND},
    "uk": {"сто": HUNDRED, "ста": HUNDRED, "тисяча": THOUSAND, "тисячі": THOUSAND, "тисяч": THOUSAND, "тисячу": THOUSAND},
    "pl": {"sto": HUNDRED, "stu": HUNDRED, "tysiąc": THOUSAND, "tysiące": THOUSAND, "tysięcy": THOUSAND, "tysiąca": THOUSAND},
}
# plural thousands say "thousands" on their own ("тысячи людей", "tysiące ludzi"): a count only after a number
PLURAL_THOUSANDS = frozenset({"тысячи", "тысяч", "тисячі", "тисяч", "tysiące", "tysięcy"})
HUNDREDS: dict[str, dict[str, int]] = {
    lang: {f"{stem}{end}": n * 100 for n, stem in stems.items() for end in ends}
    for lang, stems, ends in (
        ("es", {2: "doscient", 3: "trescient", 4: "cuatrocient", 5: "quinient", 6: "seiscient", 7: "setecient", 8: "ochocient",
                9: "novecient"}, ("os", "as")),
        ("pt", {2: "duzent", 3: "trezent", 4: "quatrocent", 5: "quinhent", 6: "seiscent", 7: "setecent", 8: "oitocent",
                9: "novecent"}, ("os", "as")),
    )
}  # fmt: skip
# Russian, Ukrainian and Polish hundreds, in the nominative and the genitive ("двести", "двухсот")
_SLAVIC_HUNDREDS = {
    "ru": {"двести": 2, "триста": 3, "четыреста": 4, "пятьсот": 5, "шестьсот": 6, "семьсот": 7, "восемьсот": 8, "девятьсот": 9, "двухсот": 2, "трехсот": 3, "трёхсот": 3,
           "четырехсот": 4, "четырёхсот": 4, "пятисот": 5, "шестисот": 6, "семисот": 7, "восьмисот": 8, "девятисот": 9},
    "uk": {"двісті": 2, "триста": 3, "чотириста": 4, "п'ятсот": 5, "шістсот": 6, "сімсот": 7, "вісімсот": 8, "дев'ятсот": 9, "двохсот": 2, "трьохсот": 3, "чотирьохсот": 4,
           "п'ятисот": 5, "шестисот": 6, "семисот": 7, "восьмисот": 8, "дев'ятисот": 9},
    "pl": {"dwieście": 2, "trzysta": 3, "czterysta": 4, "pięćset": 5, "sześćset": 6, "siedemset": 7, "osiemset": 8, "dziewięćset": 9,
           "dwustu": 2, "trzystu": 3, "czterystu": 4, "pięciuset": 5, "sześciuset": 6, "siedmiuset": 7, "ośmiuset": 8, "dziewięciuset": 9},
}  # fmt: skip
for _lang, _hundreds in _SLAVIC_HUNDREDS.items():
    _words = {w: n * HUNDRED for w, n in _hundreds.items()}
    HUNDREDS.setdefault(_lang, {}).update(_words | {w.replace("'", "’"): n for w, n in _words.items() if "'" in w})


def compound_value(values: list[int]) -> tuple[int, int] | None:
    """The count a sequence of number words makes, and how many of them make it (a sequence stops
    where it stops making sense: "five six" is five, then six), or None.

    ``values`` are the words' values in order; a hundred or thousand multiplies what precedes it
    ("fourteen hundred" = 1400, "mille duecento" = 1200)."""
    total = current = used = 0
    small_before = False
    for i, v in enumerate(values):
        if v == THOUSAND:
            if total or current >= THOUSAND:
                break
            total, current, small_before = (current or 1) * THOUSAND, 0, False
        elif v == HUNDRED:
            if current >= HUNDRED:
                break
            current, small_before = (current or 1) * HUNDRED, False
        elif v >= HUNDRED:  # "doscientos", "quinhentas"
            if current:
                break
            current, small_before = v, False
        else:
            if small_before or current % HUNDRED or current and values[i + 1 : i + 2] == [HUNDRED]:
                break  # "twaalfhonderd en tweehonderd": the "twee" starts the next count
            current += v
            small_before = True
        used += 1
    return (total + current, used) if used else None


# approximate counts: word -> (value, how far off it may be, as a share): "une trentaine" is 24 to 36
_ABOUT = 0.2
COLLECTIVES: dict[str, dict[str, tuple[int, float]]] = {
    "en": {"a dozen": (12, _ABOUT)},
    "fr": {"une dizaine": (10, _ABOUT), "une douzaine": (12, _ABOUT), "une quinzaine": (15, _ABOUT), "une vingtaine": (20, _ABOUT),
           "une trentaine": (30, _ABOUT), "une quarantaine": (40, _ABOUT), "une cinquantaine": (50, _ABOUT),
           "une soixantaine": (60, _ABOUT), "une centaine": (100, _ABOUT)},
    "es": {"una decena": (10, _ABOUT), "una docena": (12, _ABOUT), "una veintena": (20, _ABOUT), "una treintena": (30, _ABOUT),
           "una cincuentena": (50, _ABOUT), "un centenar": (100, _ABOUT)},
    "it": {"una decina": (10, _ABOUT), "una dozzina": (12, _ABOUT), "una quindicina": (15, _ABOUT), "una ventina": (20, _ABOUT),
           "una trentina": (30, _ABOUT), "una cinquantina": (50, _ABOUT), "un centinaio": (100, _ABOUT)},
    "pt": {"uma dezena": (10, _ABOUT), "uma dúzia": (12, _ABOUT), "uma vintena": (20, _ABOUT), "uma centena": (100, _ABOUT)},
    "de": {"ein dutzend": (12, _ABOUT)},
    "nl": {"een tiental": (10, _ABOUT), "een dozijn": (12, _ABOUT)},
}  # fmt: skip
