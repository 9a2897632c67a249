"""Number words of the Germanic and Romance languages: English, German, Dutch, the Nordic
languages, French, Spanish, Italian, Portuguese and Romanian.

Each language's words from two to ninety-nine are built from its small numbers, teens and tens
by its own rule for compounds ("twenty-three", "dreiundzwanzig", "tjugotre", "treogtyve",
"veintitrés", "vingt et un", "soixante-dix", "ventotto", "vinte e três", "drieëntwintig",
"douăzeci și trei").  "One" is left out everywhere but English: "un", "ein", "uno", "en" are
articles far more often.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import ABOUT, DOZEN_ABOUT, HUNDRED, THOUSAND, NumberWords, tens_and_units, with_plain_spellings

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


def _english() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_EN_SMALL) if i}
    for tens, t in _EN_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{t}-{_EN_SMALL[unit]}"] = words[f"{t} {_EN_SMALL[unit]}"] = tens + unit
    for unit in range(1, 10):
        words[f"{_EN_SMALL[unit]} hundred"] = unit * 100
    words.update({"hundred": 100, "a hundred": 100})
    return words


def _german() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_DE_SMALL) if i > 1}
    for tens, t in _DE_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{_DE_SMALL[unit]}und{t}"] = tens + unit
    words.update({"hundert": 100})
    return words


def _dutch() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_NL_SMALL) if i > 1}
    for tens, t in _NL_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            u = _NL_SMALL[unit]
            link = "ën" if u.endswith("e") else "en"  # "tweeëntwintig", "drieëntwintig", "vierentwintig"
            words[f"{u}{link}{t}"] = tens + unit
    words.update({"honderd": 100})
    return words


def _spanish() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_ES_SMALL) if i > 1}
    for tens, t in _ES_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            words[f"{t} y {_ES_SMALL[unit]}"] = tens + unit
        words[f"{t} y un"] = words[f"{t} y una"] = tens + 1  # "treinta y un heridos"
    words["veintiún"] = words["veintiuna"] = 21  # "veintiún años", "veintiuna personas"
    words.update({"cien": 100})
    return words


def _italian() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_IT_SMALL) if i > 1}
    for tens, t in _IT_TENS.items():
        words[t] = tens
        for unit in range(1, 10):
            u = _IT_SMALL[unit]
            stem = t[:-1] if u[0] in "uo" else t  # "ventuno", "trentotto"
            words[stem + ("tré" if unit == 3 else u)] = tens + unit
        words[t[:-1] + "un"] = tens + 1  # before a noun: "ventun anni", "trentun giorni"
    words.update({"cento": 100})
    # "cento" drops its vowel before "otto" and "ottanta", alone and after a figure of hundreds: "centottanta",
    # "centotto", "duecentottantacinque"
    elided = {w: v for w, v in words.items() if w.startswith("ott") and v in (8, *range(80, 90))}
    for h, head in enumerate(["", "", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]):
        if h != 1:
            words.update({f"{head}cent{w}": (h or 1) * 100 + v for w, v in elided.items()})
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
    words.update({"cem": 100})
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
    words.update({"cent": 100})
    return words


_RO_SMALL = ["", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece", "unsprezece", "doisprezece",
             "treisprezece", "paisprezece", "cincisprezece", "șaisprezece", "șaptesprezece", "optsprezece", "nouăsprezece"]  # fmt: skip
_RO_TENS = {20: "douăzeci", 30: "treizeci", 40: "patruzeci", 50: "cincizeci", 60: "șaizeci", 70: "șaptezeci", 80: "optzeci", 90: "nouăzeci"}

_SV_SMALL = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
             "femton", "sexton", "sjutton", "arton", "nitton"]  # fmt: skip
_SV_TENS = {20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 60: "sextio", 70: "sjuttio", 80: "åttio", 90: "nittio"}
_DA_SMALL = ["", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten",
             "seksten", "sytten", "atten", "nitten"]  # fmt: skip
_DA_TENS = {20: "tyve", 30: "tredive", 40: "fyrre", 50: "halvtreds", 60: "tres", 70: "halvfjerds", 80: "firs", 90: "halvfems"}
_NO_SMALL = ["", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten",
             "seksten", "sytten", "atten", "nitten"]  # fmt: skip
_NO_TENS = {20: "tjue", 30: "tretti", 40: "førti", 50: "femti", 60: "seksti", 70: "sytti", 80: "åtti", 90: "nitti"}


def _romanian() -> dict[str, int]:
    """Two to ninety-nine with "și" ("douăzeci și trei", "douăzeci și una"), the feminine two
    ("două", "douăsprezece"), "o sută" and "o mie"; ș and ț also with the cedilla many fonts use."""
    units = {n: [w] for n, w in enumerate(_RO_SMALL[:10]) if n}
    units[1] += ["una", "un"]
    units[2].append("două")
    words = {w: n for n, w in enumerate(_RO_SMALL) if n > 1} | {"două": 2, "douăsprezece": 12, "o sută": HUNDRED, "o mie": THOUSAND}
    words |= tens_and_units(_RO_TENS, units, "{t} și {u}")
    return words | {w.replace("ș", "ş").replace("ț", "ţ"): n for w, n in words.items()}


def _nordic(small: list[str], tens: dict[int, str], links: tuple[str, ...], ones: list[str]) -> dict[str, int]:
    """Swedish "tjugotre", Danish "treogtyve", Norwegian both ("tjuetre", "treogtjue")."""
    units = {n: [w] for n, w in enumerate(small[:10]) if n > 1} | {1: ones}
    words = {w: n for n, w in enumerate(small) if n > 1}
    for link in links:
        words |= tens_and_units(tens, units, link)
    return words


def _german_with_halves() -> dict[str, float]:
    """German and its halves written as one word ("zweieinhalb Millionen", "anderthalb")."""
    return _german() | {"anderthalb": 1.5, "eineinhalb": 1.5} | {f"{w}einhalb": n + 0.5 for n, w in enumerate(_DE_SMALL) if n > 1}


def _dozens(units: list[str], dozens: str, *, a: str, half: str) -> dict[str, tuple[int, float]]:
    """A dozen, half a dozen and two to ten dozen, each one approximate count ("two dozen" is 24,
    not two and twelve): ``a`` and ``half`` are the words for "a dozen" and "half a dozen", ``dozens``
    the word after a number ("zwei Dutzend", "deux douzaines").  A dozen alone counts nothing: "several
    dozen", "dozens of" are no figure."""
    out = {a: (12, DOZEN_ABOUT), half: (6, DOZEN_ABOUT)}
    return out | {f"{units[n]} {dozens}": (12 * n, DOZEN_ABOUT) for n in range(2, 11)}


# half, before a scale only ("half a million", "eine halbe Million", "medio millón"): read alone it is
# no count ("half a day", "eine halbe Stunde", "en medio de")
_HALVES = {"en": ["half a"], "de": ["eine halbe", "einer halben"], "nl": ["een half"], "es": ["medio"], "it": ["mezzo"], "pt": ["meio"]}


def _halves(lang: str) -> dict[str, float]:
    return {w: 0.5 for w in _HALVES[lang]}


# hundreds written as one word, in both genders ("doscientos", "quinhentas")
_HUNDREDS = {
    lang: {f"{stem}{end}": n * HUNDRED for n, stem in stems.items() for end in ("os", "as")}
    for lang, stems in (
        ("es", {2: "doscient", 3: "trescient", 4: "cuatrocient", 5: "quinient", 6: "seiscient", 7: "setecient", 8: "ochocient", 9: "novecient"}),
        ("pt", {2: "duzent", 3: "trezent", 4: "quatrocent", 5: "quinhent", 6: "seiscent", 7: "setecent", 8: "oitocent", 9: "novecent"}),
    )
}  # fmt: skip

# the Nordic press's scale words and abbreviations after a figure: Swedish "2,5 mdr kr", "12 mkr" (millions of
# crowns, the currency read by quantities.crowns), "3 milj."; Danish "2,5 mia. kr", "4 mio."; Norwegian
# "120 mill. kroner", "3 mrd."; Nynorsk "millionar", "milliardar"
_NORDIC_SCALES = {
    "sv": {"milj": 1e6, "mdr": 1e9, "mkr": 1e6, "mnkr": 1e6, "mdkr": 1e9, "tkr": 1e3},
    "da": {"mio": 1e6, "mia": 1e9, "mill": 1e6, "millioner": 1e6, "milliarder": 1e9},
    "no": {"mill": 1e6, "mrd": 1e9, "mia": 1e9, "millioner": 1e6, "milliarder": 1e9, "millionar": 1e6, "milliardar": 1e9},
}

_NORDIC = {
    "sv": NumberWords(
        words=with_plain_spellings(_nordic(_SV_SMALL, _SV_TENS, ("{t}{u}",), ["en", "ett"]) | {"aderton": 18}),
        multipliers={"hundra": HUNDRED, "etthundra": HUNDRED, "tusen": THOUSAND, "ettusen": THOUSAND},
        scales=_NORDIC_SCALES["sv"],
        # "ett hundratal personer": about a hundred (the tens' "-tal": "ett trettiotal", about thirty)
        collectives={
            f"ett {w}tal": (n, ABOUT)
            for w, n in (
                ("tio", 10),
                ("tjugo", 20),
                ("trettio", 30),
                ("fyrtio", 40),
                ("femtio", 50),
                ("sextio", 60),
                ("sjuttio", 70),
                ("åttio", 80),
                ("nittio", 90),
                ("hundra", 100),
                ("tusen", 1000),
            )
        },
    ),
    "da": NumberWords(
        words=with_plain_spellings(_nordic(_DA_SMALL, _DA_TENS, ("{u}og{t}",), ["en", "et"])),
        multipliers={"hundrede": HUNDRED, "ethundrede": HUNDRED, "tusind": THOUSAND, "ettusind": THOUSAND},
        scales=_NORDIC_SCALES["da"],
    ),
    "no": NumberWords(
        words=with_plain_spellings(_nordic(_NO_SMALL, _NO_TENS, ("{t}{u}", "{u}og{t}"), ["en", "ett", "et"]) | {"syv": 7}),
        multipliers={"hundre": HUNDRED, "ethundre": HUNDRED, "tusen": THOUSAND, "ettusen": THOUSAND},
        scales=_NORDIC_SCALES["no"],
    ),
}

LANGUAGES: dict[str, NumberWords] = {
    "en": NumberWords(
        words=with_plain_spellings(_english()) | _halves("en"),
        multipliers={"hundred": HUNDRED, "thousand": THOUSAND},
        collectives=_dozens(_EN_SMALL, "dozen", a="a dozen", half="half a dozen"),
        not_alone=frozenset(_HALVES["en"]),
    ),
    "de": NumberWords(
        words=with_plain_spellings(_german_with_halves()) | _halves("de"),
        multipliers={"hundert": HUNDRED, "tausend": THOUSAND, "einhundert": HUNDRED, "eintausend": THOUSAND},
        collectives=_dozens(_DE_SMALL, "dutzend", a="ein dutzend", half="ein halbes dutzend"),
        not_alone=frozenset(_HALVES["de"]),
    ),
    "nl": NumberWords(
        words=with_plain_spellings(_dutch()) | _halves("nl"),
        multipliers={"honderd": HUNDRED, "duizend": THOUSAND, "eenhonderd": HUNDRED, "eenduizend": THOUSAND},
        collectives={"een tiental": (10, ABOUT)} | _dozens(_NL_SMALL, "dozijn", a="een dozijn", half="een half dozijn"),
        not_alone=frozenset(_HALVES["nl"]),
    ),
    "fr": NumberWords(
        words=with_plain_spellings(_french()),
        multipliers={"cent": HUNDRED, "cents": HUNDRED, "mille": THOUSAND},
        collectives={"une dizaine": (10, ABOUT), "une quinzaine": (15, ABOUT), "une vingtaine": (20, ABOUT),
                     "une trentaine": (30, ABOUT), "une quarantaine": (40, ABOUT), "une cinquantaine": (50, ABOUT),
                     "une soixantaine": (60, ABOUT), "une centaine": (100, ABOUT), "un millier": (1000, ABOUT)}
                    | _dozens(_FR_SMALL, "douzaines", a="une douzaine", half="une demi-douzaine"),
    ),
    "es": NumberWords(
        words=with_plain_spellings(_spanish()) | _halves("es"),
        multipliers={"cien": HUNDRED, "ciento": HUNDRED, "mil": THOUSAND},
        hundreds=_HUNDREDS["es"],
        collectives={"una decena": (10, ABOUT), "una veintena": (20, ABOUT), "una treintena": (30, ABOUT),
                     "una cincuentena": (50, ABOUT), "un centenar": (100, ABOUT), "un millar": (1000, ABOUT)}
                    | _dozens(_ES_SMALL, "docenas", a="una docena", half="media docena"),
        not_alone=frozenset(_HALVES["es"]),
        rest_after_scale=True,  # the Mexican press: "mil 200 personas", "2 mil 500"
    ),
    "it": NumberWords(
        words=with_plain_spellings(_italian()) | _halves("it"),
        multipliers={"cento": HUNDRED, "mille": THOUSAND, "mila": THOUSAND},
        collectives={"una decina": (10, ABOUT), "una quindicina": (15, ABOUT), "una ventina": (20, ABOUT),
                     "una trentina": (30, ABOUT), "una quarantina": (40, ABOUT), "una cinquantina": (50, ABOUT),
                     "una sessantina": (60, ABOUT), "un centinaio": (100, ABOUT), "un migliaio": (1000, ABOUT)}
                    | _dozens(_IT_SMALL, "dozzine", a="una dozzina", half="mezza dozzina"),
        scales={"mila": 1e3},  # "3 mila persone" (the press's spaced "3mila")
        # "mila" counts thousands only after a figure or number word: alone it is a given name ("Mila Rossi")
        not_alone=frozenset(_HALVES["it"]) | {"mila"},
    ),
    "pt": NumberWords(
        words=with_plain_spellings(_portuguese()) | _halves("pt"),
        multipliers={"cem": HUNDRED, "cento": HUNDRED, "mil": THOUSAND},
        hundreds=_HUNDREDS["pt"],
        collectives={"uma dezena": (10, ABOUT), "uma vintena": (20, ABOUT), "uma centena": (100, ABOUT)}
                    | _dozens(["", "", "duas", *_PT_SMALL[3:]], "dúzias", a="uma dúzia", half="meia dúzia"),
        not_alone=frozenset(_HALVES["pt"]),
    ),
    # Romanian: "nouă" is also "new" (and "noua" "the new"); a count of twenty and more takes "de"
    # before its noun ("23 de persoane"), which the counted noun skips
    "ro": NumberWords(
        words={w: n for w, n in with_plain_spellings(_romanian()).items() if w != "noua"},
        multipliers={"sută": HUNDRED, "sute": HUNDRED, "suta": HUNDRED, "mie": THOUSAND, "mii": THOUSAND},
        # the press abbreviates millions and billions "mil." and "mld." ("2,5 mil. lei"), not the Spanish thousand
        scales={"mii": 1e3, "milion": 1e6, "milioane": 1e6, "miliard": 1e9, "miliarde": 1e9, "mil": 1e6, "mld": 1e9},
        needs_noun=frozenset({"nouă"}),
    ),
    **_NORDIC,
    "nb": _NORDIC["no"],
    "nn": _NORDIC["no"],
}  # fmt: skip
