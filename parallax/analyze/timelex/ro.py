"""Romanian dates: "ieri", "marți", "acum două zile"; "luni" is also months, "mai" also more."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _units
from parallax.analyze.timelex.pieces import midnight_noon


def _variants(words: dict, table=None) -> dict:
    """Each word also without its diacritics and with the cedilla letters older texts use ("marţi", "marti")."""
    plain = str.maketrans(table or {"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"})
    cedilla = str.maketrans({"ș": "ş", "ț": "ţ"})
    out = {}
    for w, v in words.items():
        for form in (w, w.translate(cedilla), w.translate(plain)):
            out.setdefault(form, v)
    return out


_RO_NUMBERS = _variants({"un": 1, "una": 1, "o": 1, "unu": 1, "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6,
                         "șapte": 7, "opt": 8, "nouă": 9, "zece": 10, "unsprezece": 11, "doisprezece": 12, "douăsprezece": 12})

# the parts of the day after a clock hour that set its half ("la ora 3 dimineața", "pe la 10 seara"), in every spelling
_RO_CLOCK_PARTS = _alt(_variants(dict.fromkeys(("dimineața", "dimineață", "după-amiaza", "după-amiază", "seara", "seară", "noaptea"))))

# Romanian: "luni" is Monday and the plural of "lună" (month), so after a number or a quantifier it is months
RO = Lexicon(
    day_after="a doua zi|în ziua următoare|ziua următoare",
    months=_variants({
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6, "iulie": 7, "august": 8,
        "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12, "ian": 1, "feb": 2, "febr": 2, "mar": 3,
        "apr": 4, "iun": 6, "iul": 7, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    }),
    # and the definite forms: "marțea trecută" (last Tuesday), "duminica viitoare"
    weekdays=_variants({"luni": 0, "lunea": 0, "marți": 1, "marțea": 1, "miercuri": 2, "miercurea": 2, "joi": 3, "joia": 3,
                        "vineri": 4, "vinerea": 4, "sâmbătă": 5, "sâmbăta": 5, "sîmbătă": 5, "duminică": 6, "duminica": 6}),
    weekday_traps=r"\b(?:\d+|" + _alt(w for w in _RO_NUMBERS if w not in ("o", "un", "una", "unu"))
    + r"|câteva|cateva|multe|puține|putine|ultimele|primele|următoarele|urmatoarele|cele|aceste|acele)\s(?:de\s)?luni\b"
    r"|\bluni\s(?:de\szile|la\sr[âa]nd|întregi|intregi|bune|grele)\b",
    relative_days=_variants({"azi": 0, "astăzi": 0, "ieri": -1, "alaltăieri": -2, "mâine": 1, "poimâine": 2}),
    day_with_part=_variants({"aseară": (-1, "EV"), "azi-noapte": (-1, "NI"), "astă-noapte": (-1, "NI"), "astă-seară": (0, "EV"),
                             "diseară": (0, "EV"), "azi-dimineață": (0, "MO")}),
    units=_variants(_units(("zi", "zile", "ziua", "zilei"), ("săptămână", "săptămâna", "săptămâni", "săptămânii"),
                           ("lună", "luna", "luni", "lunii"), ("an", "anul", "ani", "anului"), ("oră", "ore"), ("minut", "minute"),
                           ("deceniu", "decenii"))),
    last_words=set(_variants(dict.fromkeys(("trecut", "trecută", "trecuta", "precedent", "precedentă", "anterior", "anterioară"), 0))),
    next_words=set(_variants(dict.fromkeys(("viitor", "viitoare", "următor", "următoare"), 0))),
    this_words=set(_variants(dict.fromkeys(("acesta", "aceasta", "asta", "ăsta", "curent", "curentă"), 0))),
    numbers=_RO_NUMBERS,
    ago_before="acum|în urmă cu|in urma cu",
    number_link="de",
    ago_after="în urmă|in urma",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    prepositions="în|in|din|până în|pana in|după|dupa|înainte de|de la|anul|pe|la|sfârșitul lui|începutul lui",
    refs=_variants({"acum": "PRESENT_REF", "în prezent": "PRESENT_REF", "recent": "PAST_REF", "de curând": "PAST_REF", "în viitor": "FUTURE_REF"}),
    dayparts=_variants({"dimineața": "MO", "dimineață": "MO", "după-amiaza": "AF", "după-amiază": "AF", "seara": "EV", "seară": "EV",
                        "noaptea": "NI", "noapte": "NI"}),
    seasons=_variants({"primăvara": "SP", "primăvară": "SP", "vara": "SU", "vară": "SU", "toamna": "FA", "toamnă": "FA",
                       "iarna": "WI", "iarnă": "WI"}),
    season_context="în|in|din|de|la|această|aceasta|acestei",
    ordinals={"primul": 1, "prima": 1, "al doilea": 2, "a doua": 2, "al treilea": 3, "a treia": 3, "al patrulea": 4, "a patra": 4},
    quarter_words=("trimestru", "trimestrul", "trimestrului"),
    half_words=("semestru", "semestrul", "semestrului"),
    sets=_variants({"zilnic": "P1D", "săptămânal": "P1W", "lunar": "P1M", "anual": "P1Y", "în fiecare zi": "P1D"}),
    each_words="fiecare",
    vague_numbers="câteva|cateva|mai multe",
    # "ora 18:30"; after "ora", "orele", "orei" the hour alone too ("la ora 18", "în jurul orei 3 dimineața"), and after
    # "la", "pe la" an hour with its part of the day ("pe la 10 seara"), never "la 18 echipe" nor "22 de ore" (a length)
    # and "miezul nopții", "amiază" after "la" ("după-amiază" is the afternoon)
    clock=(
        r"(?:(?P<las>(?:ora|orele|orei)\s)|(?P<lb>(?<=\bla\s)|(?<=\bdup[ăa]\s)|(?<=\bspre\s)|(?<=\bc[ăa]tre\s)))?"
        r"(?P<h>\d{1,2})(?(las)|(?(lb)|(?=:\d{2})))"
        rf"(?:[:.](?P<min>\d{{2}}))?(?!\d)(?:\s(?:de\s)?(?P<cpart2>{_RO_CLOCK_PARTS}))?(?(lb)(?(cpart2)|(?!))|)\b"
    )
    + midnight_noon(r"miezul\s(?:nopții|nopţii|noptii)", "amiază|amiaza", noon_after=("la",)),
    clock_parts=_variants({"dimineața": "am", "dimineață": "am", "după-amiaza": "pm", "după-amiază": "pm", "seara": "night",
                           "seară": "night", "noaptea": "night"}),
    # the compound past ("a declarat", "au ars", "s-a produs") and the words of a past sentence
    past_cues=r"a\sfost|au\sfost|era|erau|avea|aveau|ieri|trecut|trecută|trecuta|acum|s-a|s-au"
    r"|(?:a|au)\s\w+(?:at|it|ut|ât|at|s)",
    future_cues=r"va|vor|vom|voi|vei|o\ssă|urmează|urmeaza|viitor|viitoare|mâine|maine|următoare|programat\w*"
    # a day appointed: "au anunțat un protest pentru sâmbătă" (for Saturday)
    r"|pentru(?=\s+(?:luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica)\s*(?:[.,;:!?]|$))",
    not_after_year="de persoane|persoane|de oameni|oameni|de lei|lei|euro|de euro|dolari|de metri|metri|de tone|tone|de locuitori|locuitori",
    ambiguous_months=("mai",),
    month_preps="în|in|din|luna|pe|până|pana|după|dupa|lui|de|sfârșitul|începutul|mijlocul",
    holidays=_variants({"Crăciun": "12-25", "Crăciunul": "12-25", "Ajunul Crăciunului": "12-24", "Anul Nou": "01-01",
                        "Revelion": "12-31", "Revelionul": "12-31", "Ziua Națională": "12-01"}),
)
