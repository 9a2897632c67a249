"""Sums of money: the currency of a number, as one sign however the text writes it.

"$1.2bn", "US$1,200 million", "1.2 billion dollars" and "USD 1.2 billion" are one sum; the
comparison (:mod:`parallax.compare.numbers`) sets two numbers against each other only when their
unit is the same string, so each currency is written one way here: "$" for the US dollar (the wire
agencies' "$" is the US dollar, and they prefix every other dollar: "A$", "HK$"), "€", "£", and an
other dollar as its prefix and "$" ("A$", "C$", "HK$", "NZ$", "S$", "R$" for the Brazilian real).
A currency written after the number ("300 €", "4,5 Mrd. Euro", "1,2 millones de dólares") takes
the same sign as one written before it.
"""

from __future__ import annotations

import re
import unicodedata

from parallax.analyze.quantities.naira import NAIRA_BEFORE, NAIRA_CODE
from parallax.analyze.quantities.national import CODES_AFTER, CODES_BEFORE, ONE_WAY, SIGNS, currency_noun
from parallax.analyze.quantities.pesos import PESO_BEFORE, PESO_CODE
from parallax.analyze.quantities.rand import RAND_BEFORE, RAND_CODE
from parallax.analyze.quantities.shillings import SHILLING_BEFORE, SHILLING_CODE

# a currency before a figure: a sign, a dollar with its country's prefix ("US$", "HK$"), an ISO code
# before a figure ("USD 1.2 billion").  (The number pattern reads it as its ``cur`` group.)
# (Indonesian writes the rupiah before the figure: "Rp 5 juta", "Rp5 miliar"; it is the noun "rupiah" after one)
# (and the national currencies' codes and signs: :mod:`.national`; the rand, "R3 million": :mod:`.rand`; East African
# shillings, "Sh4.2 billion": :mod:`.shillings`; the Philippine peso, "P5 million": :mod:`.pesos`; the naira, "N2.4bn":
# :mod:`.naira`)
CURRENCY_BEFORE = (
    rf"(?:US|AU|A|CA|C|HK|NZ|NT|R|S)\$|[$€£¥₹]|(?:USD|EUR|GBP)(?=[ \u00a0]?\d)|Rp\.?(?=[ \u00a0]?\d)|{CODES_BEFORE}|{RAND_BEFORE}"
    rf"|{SHILLING_BEFORE}|{PESO_BEFORE}|{NAIRA_BEFORE}"
)
_ONE_WAY = {"US$": "$", "USD": "$", "AU$": "A$", "CA$": "C$", "EUR": "€", "GBP": "£", **ONE_WAY, **RAND_CODE, **SHILLING_CODE, **PESO_CODE}
_ONE_WAY |= NAIRA_CODE


def currency_sign(written: str) -> str:
    """The one way a currency written before a figure is kept: "US$" and "USD" are "$", "hk$" "HK$"."""
    sign = written.upper()
    return _ONE_WAY.get(sign, sign)


# a sign or an ISO code after the number, also after a scale's abbreviation and its full stop
# ("300 €", "1,2 Mio. €", "5 Mrd. EUR")
_SIGN_AFTER = re.compile(rf"(?:(?<=[^\W\d_])\.)?[ \u00a0]?(?:[$€£¥₹{SIGNS}]|(?:USD|EUR|GBP|{CODES_AFTER})(?![\w]))(?!\d)")
# English: a dollar with its country before it ("1.2 billion US dollars", "5m Australian dollars"); from the
# first space of a run only, possessive: a scan over a long run of spaces stays linear
_COUNTRY_DOLLARS = re.compile(
    r"(?<![ \u00a0])[ \u00a0]++(?P<country>US|U\.S\.|American|Australian|Canadian|Hong[ \u00a0]Kong|New[ \u00a0]Zealand|Singapore|Taiwan)[ \u00a0]++"
    r"dollars?(?!\w)",
    re.I,
)
# ... and Hindi and Urdu "American dollars" ("1.8 अरब अमेरिकी डॉलर", "1.8 ارب امریکی ڈالر"): the adjective had been the noun
_AMERICAN_DOLLARS = re.compile(r"[ \u00a0]++(?:अमेरिकी|अमरीकी|امریکی|امریکن)[ \u00a0]++(?:डॉलर|डालर|ڈالر)(?![\w\u0900-\u0963])")
_COUNTRY_SIGN = {"us": "$", "u.s.": "$", "american": "$", "australian": "A$", "canadian": "C$", "hong kong": "HK$",
                 "new zealand": "NZ$", "singapore": "S$", "taiwan": "NT$"}  # fmt: skip
# the currency nouns after a number, as :func:`units._unit_after` writes them (lower case, final "s"
# off): the dollar and the euro in the languages read.  (A pound is money only with a scale: "300
# pounds" may weigh, "300 million pounds" is a sum.)
_NOUN_SIGN = {
    **{w: "$" for w in ("dollar", "dólare", "dólar", "dollari", "dollaro", "dolar", "dolara", "dolary", "dolarów", "dolarů",
                        "dolarech", "dolari", "doları", "dollaria", "dollária", "dollár", "dollárt", "доллар", "доллара",
                        "долларов", "долар", "долара", "долари", "доларів", "δολάρια", "δολάριο", "δολαρίων", "דולר")},
    **{w: "€" for w in ("euro", "eur", "евро", "євро", "ευρώ", "eura", "euroa", "eurót", "אירו", "ยูโร")},
    # Slovak, Croatian/Bosnian/Serbian (both scripts) and Slovenian forms of the euro and the dollar
    **{w: "€" for w in ("eurá", "eure", "euru", "evra", "evro", "evre", "evru", "evri", "evrov", "evrih", "евра", "евре", "евру")},
    **{w: "$" for w in ("dolárov", "dolára", "doláre", "dolare", "dolaru", "dolarjev", "dolarja", "dolarje", "долару", "доларе")},
    # Lithuanian, Latvian ("eiro", indeclinable), Estonian and Catalan forms of the euro and the dollar
    **{w: "€" for w in ("eurų", "eurai", "eiro", "eurot", "eurost", "eurone")},
    **{w: "$" for w in ("dolerių", "doleriai", "doleriu", "dolāru", "dolāri", "dollarit", "dollari", "dòlar")},
    # Estonian declines the noun after a figure by the phrase's case: "5 miljonit eurot", "kuni 5 miljoni euroni" (up to),
    # "euroga" (with), "eurolt" (from), "eurole" (to), "eurosse" (into), "eurodes" (in, plural)
    **{f"{stem}{end}": sign for stem, sign in (("euro", "€"), ("dollari", "$"))
       for end in ("st", "ni", "ga", "le", "lt", "sse", "l", "na", "ta", "deni", "dega", "dele", "dest", "des")},
    # Arabic: the dollar after a hundred or a million ("5 ملايين دولار") and, in the accusative, after 11 to 99 ("20 دولارا")
    **{"دولار": "$", "دولارا": "$", "يورو": "€"},
    # the dollar and the euro of Japanese, Hindi, Urdu, Persian, Thai, Bengali and Tamil ("15億ドル", "1.5 अरब डॉलर",
    # "1.5 ارب ڈالر", "۱.۵ میلیارد دلار", "1,500 ล้านดอลลาร์"): kept as their nouns, they met "$1.5 billion" as
    # another unit, so a sum the reports share went unshared and one they differ on was no conflict
    **{w: "$" for w in ("ドル", "米ドル", "डॉलर", "डालर", "ڈالر", "دلار", "ดอลลาร์", "ดอลลาร์สหรัฐ", "ডলার", "டாலர்")},
    **{w: "€" for w in ("ユーロ", "यूरो", "یورو", "ইউরো", "யூரோ")},
    # the Romanian leu ("120 de milioane de lei", "un leu"), by its ISO code as the crowns are (:mod:`.nordic`)
    **{w: "RON" for w in ("lei", "leu", "ron")},
}  # fmt: skip
_WORD_AFTER_ABBREVIATION = re.compile(r"(?<=[^\W\d_])\.[ \u00a0]?([^\W\d_]++)")
_SCALED_NOUN_SIGN = {"pound": "£", "sterling": "£", "pfund": "£", "livre": "£", "sterline": "£", "sterlina": "£"}


def currency_after(text: str, end: int, noun: str | None, scaled: bool) -> str | None:
    """The currency written after the number that ends at ``end``, as its sign: a sign or a code
    ("300 €"), a country's dollar ("US dollars"), or the number's noun when that is a currency
    (``noun``, as :func:`units._unit_after` read it; a pound only when the number has a scale)."""
    if sign := _SIGN_AFTER.match(text, end):
        return currency_sign(sign.group().strip(". \u00a0"))
    if dollars := _COUNTRY_DOLLARS.match(text, end):
        return _COUNTRY_SIGN[" ".join(dollars.group("country").lower().split())]
    if _AMERICAN_DOLLARS.match(text, end):
        return "$"
    if noun is None and scaled and (word := _WORD_AFTER_ABBREVIATION.match(text, end)):
        noun = word.group(1).lower().rstrip("s")  # "4,5 Mrd. Euro" (only a currency: the full stop may end a sentence)
    if noun is None:
        return None
    return _NOUN_SIGN.get(noun) or (_SCALED_NOUN_SIGN.get(noun) if scaled else None)


# the currency nouns a counted noun may still be ("300 dollars" where no sign was read), as quantities write them
# (and those kept as the noun the text writes, in its case: the forint, the Czech crown, the shekel, the Turkish
# lira, the rupiah, the rupee, the rial and the toman, the won)
_CURRENCY_WORDS = frozenset("euro dollar pound yen yuan franc krona kronor krone rouble ruble rupee peso real reai".split()) | {
    "forint", "forintot", "korun", "koruny", "koruna", "שקל", "שקלים", "lira", "rupiah", "रुपये", "रुपए", "ریال", "تومان", "원"}


def is_money(unit: str) -> bool:
    """Whether a quantity's unit is a currency: a currency word (:mod:`.national`'s too), a sign as this module writes it ("$", "€",
    "HK$"), or an ISO code ("SEK", "RON", "RSD"; a counted noun is in lower case).  One test for the
    comparison's counts (:mod:`parallax.compare.numbers`) and its amounts per item (:mod:`parallax.compare.totals`)."""
    if unit in _CURRENCY_WORDS or currency_noun(unit):  # "forint", "złotych", "рублей", "đồng"
        return True
    return (unit.isupper() and unit.isascii()) or unicodedata.category(unit[-1:] or " ") == "Sc"
