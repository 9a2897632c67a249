"""National currencies: one ISO 4217 code for a currency however the press writes it.

The comparison (:mod:`parallax.compare.numbers`) sets two sums against each other only when their unit is
the same string, so "200 millió forintot", "250 millió Ft" and "HUF 250m" must all be "HUF", and "125 tisíc
korun" and "125 000 Kč" both "CZK".  Each currency here takes its ISO code, as the crowns (:mod:`.nordic`), the
leu (:mod:`.money`) and the Balkan currencies (:mod:`.south_slavic`) do; the signs :mod:`.money` writes stay as
they are ("$", "€", "£", "¥" for the yen, "₹" for the Indian rupee).  A sum converted into another currency
("500 millió forint (1,3 millió euró)") is two sums in two units, never one sum told twice.

Nouns and abbreviations that are other words in other languages are read only in their own: "ft" is a foot in
English and the forint in Hungarian, "TL" and "lira" the Turkish lira only in Turkish (the Lebanese and Syrian
press write "lira" too), "Kč" and "zł" are unambiguous everywhere.
"""

from __future__ import annotations

import re

# the Chinese words for the Taiwan dollar, the Hong Kong dollar, the pataca and the renminbi, as the signs and codes the
# English press writes them ("NT$", "HK$"): a Taiwanese or Hong Kong report's sum is not in the mainland's yuan
_YUAN_BEFORE = {
    **dict.fromkeys(("新台幣", "新臺幣", "新台币", "台幣", "臺幣", "台币"), "NT$"),
    **dict.fromkeys(("港幣", "港币", "港元"), "HK$"),
    **dict.fromkeys(("澳門幣", "澳门币", "澳門元", "澳门元"), "MOP"),
    **dict.fromkeys(("人民幣", "人民币"), "CNY"),
}
# a currency's code or sign before a figure, beside the dollar, the euro and the pound of :mod:`.money` ("HUF 250m",
# "CZK 125 000", "₺500", "₪500", "₩5,000", "Rs 50 lakh", "Rs. 50 lakh"); upper case only: "TRY 5" is money, "try 5" is not
CODES_BEFORE = (
    # (Malay writes the ringgit "RM", run into the figure: "RM1.5 bilion"; never "RMB", the renminbi, which comes first)
    r"(?-i:(?:HUF|CZK|PLN|UAH|TRY|ILS|NIS|IDR|KRW|CNY|RMB|JPY|VND|INR|RUB|SEK|DKK|NOK|RON|CHF|MYR|RM)(?=[ \u00a0]?\d)"
    r"|Rs\.?(?=[ \u00a0]?\d))|[₺₪₩₽₴₫]"
    # the Chinese names of the yuan's neighbours and of the yuan itself before the figure ("新台幣300萬元", "港幣500萬元")
    rf"|(?:{'|'.join(_YUAN_BEFORE)})(?=[ \u00a0]?\d)"
)
# the same codes and signs after a figure ("125 000 CZK", "5 tỷ VND", "500 ₽")
CODES_AFTER = r"HUF|CZK|PLN|UAH|TRY|ILS|NIS|IDR|KRW|CNY|RMB|JPY|VND|INR|RUB|SEK|DKK|NOK|RON|CHF|MYR"
SIGNS = "₺₪₩₽₴₫"
# how each is kept (as :func:`.money.currency_sign` upper-cases it): a sign or another code as its ISO code
ONE_WAY = {"₺": "TRY", "₪": "ILS", "NIS": "ILS", "₩": "KRW", "₽": "RUB", "₴": "UAH", "₫": "VND", "RMB": "CNY",
           "RS": "₹", "RS.": "₹", "INR": "₹", "JPY": "¥", "RP": "IDR", "RP.": "IDR", "RM": "MYR", **_YUAN_BEFORE}  # fmt: skip

# the currency nouns after a figure, as :func:`.units._unit_after` writes them (lower case; a final "s" off in the
# languages that write a plural so), in every language: each names one currency only
_NOUN_CODE = {
    # Hungarian: the forint in its cases ("200 millió forintot", "forintra", "forinttal"); German, English "Forint(s)"
    **dict.fromkeys(("forint", "forintot", "forintra", "forinttal", "forintért", "forintnyi", "forintos", "forintban"), "HUF"),
    # Czech: the crown in its cases ("125 tisíc korun", "2 miliony korun", "koruny", "korunách") and "Kč"
    **dict.fromkeys(("korun", "koruny", "koruna", "korunu", "korunami", "korunách", "korunám", "kč"), "CZK"),
    # Polish: the złoty ("500 zł", "500 złotych", "2 złote"); English "zloty", "zlotys"
    **dict.fromkeys(("zł", "złotych", "złote", "złoty", "złotego", "złotemu", "złotymi", "zloty", "zlotys", "zlotie"), "PLN"),
    # Ukrainian and Russian: the hryvnia ("500 гривень", "500 грн", "гривні", "гривен"); English "hryvnia(s)"
    **dict.fromkeys(("гривень", "гривні", "гривня", "гривню", "гривнею", "гривен", "гривны", "гривна", "грн", "hryvnia", "hryvnya"), "UAH"),
    # Russian and Ukrainian: the rouble ("500 рублей", "рубля", "руб", "рублів"); English "rouble(s)", "ruble(s)"
    **dict.fromkeys(("рублей", "рубля", "рубль", "рублях", "рублям", "рублями", "руб", "рублів", "рублі", "rouble", "ruble"), "RUB"),
    # Hebrew: the shekel ("500 שקל", "5,000 שקלים"); English "shekel(s)"
    **dict.fromkeys(("שקל", "שקלים", "shekel"), "ILS"),
    # Indonesian and Malay-language reports of Indonesia, English: the rupiah
    "rupiah": "IDR",
    # English: the Nigerian naira ("2.4 billion naira"), "N" or "₦" before the figure (:mod:`.naira`)
    "naira": "NGN",
    # Malay and English: the Malaysian ringgit ("1.5 billion ringgit"), "RM" before the figure
    "ringgit": "MYR",
    # Vietnamese: the đồng ("5 triệu đồng")
    "đồng": "VND",
    # Hindi and English: the Indian rupee ("50 लाख रुपये", "रुपए", "rupees"), as the sign ₹ that :mod:`.money` writes
    **dict.fromkeys(("रुपये", "रुपए", "रुपया", "रुपयों", "rupee"), "₹"),
    # Korean and Japanese: the won and the yen ("500만 원", "500万円"); English "yen" (the yen keeps its sign "¥")
    **{"원": "KRW", "円": "¥", "yen": "¥", "yuan": "CNY", "renminbi": "CNY"},
    # English "kronor" is the Swedish plural, the Swedish crown only (the Danish and Norwegian crowns are "kroner")
    "kronor": "SEK",
    # Hungarian forms of the euro and the dollar beside a forint ("(1,3 millió euró)")
    **dict.fromkeys(("euró", "eurót", "euróra", "euróval", "euróért", "eurónyi"), "€"),
}  # fmt: skip
# nouns and abbreviations that name a currency in their language only
_NOUN_CODE_BY_LANGUAGE = {
    "hu": {"ft": "HUF"},
    "tr": {"lira": "TRY", "liralık": "TRY", "tl": "TRY", "liraya": "TRY", "lirayı": "TRY"},
    **dict.fromkeys(("zh", "ja"), {"元": "CNY", "圆": "CNY", "圓": "CNY"}),  # (a Japanese report of China's yuan)
    "en": {"won": "KRW", "dong": "VND"},  # only with a scale ("5 million won"): "won" is a verb, "dong" a name
}
_SCALED_ONLY = frozenset({"won", "dong"})
# Chinese, Japanese and Korean currencies written after a figure in more than one character (the counted noun is
# one character: "人民币" would count people), and the Hebrew "ש״ח" (new shekels, a noun with its gershayim)
_WORDS_AFTER = re.compile(
    r"[ \u00a0]?(?:(人民币|人民幣)|(美元|美金|달러)|(欧元|歐元|유로)|(日元|日圓|日圆|엔)|(英镑|英鎊)|(ש[\"״]ח|ש''ח)"
    r"|(新台幣|新臺幣|新台币|台幣|臺幣|台币)|(港元|港幣|港币)|(澳門元|澳门元|澳門幣|澳门币)"
    # the Swedish crown as Chinese, Japanese and Korean write it ("31亿瑞典克朗", "31億クローナ", "31억 크로나"): Japanese
    # and Korean write the Danish and Norwegian krone another way (クローネ, 크로네), and a bare 克朗 may be any of the three
    r"|(瑞典克朗|(?:スウェーデン・?)?クローナ|(?:스웨덴[ ]?)?크로나))"
)
_WORD_AFTER_ABBREVIATION = re.compile(r"(?<=[^\W\d_])\.[ \u00a0]?([^\W\d_]++)")
_WORD_CODES = ("CNY", "$", "€", "¥", "£", "ILS", "NT$", "HK$", "MOP", "SEK")


def national_currency(text: str, end: int, noun: str | None, scaled: bool, lang: str) -> str | None:
    """The code of a national currency for the number that ends at ``end`` in ``lang``: from a word after it that
    the counted noun does not hold ("500万人民币", "5 מיליון ש״ח") or from its noun (``noun``, as
    :func:`.units._unit_after` read it); None when it names no currency read here."""
    if word := _WORDS_AFTER.match(text, end):
        return _WORD_CODES[word.lastindex - 1]
    if noun is None and scaled and (word := _WORD_AFTER_ABBREVIATION.match(text, end)):
        noun = word.group(1).lower()  # "5 mil. Kč", "2 mln. Ft" (only a currency: the full stop may end a sentence)
    if noun is None:
        return None
    own = _NOUN_CODE_BY_LANGUAGE.get(lang, {})
    if noun in _SCALED_ONLY and not scaled:
        return None
    return own.get(noun) or _NOUN_CODE.get(noun)


def currency_noun(unit: str) -> bool:
    """Whether a counted noun names a currency in every language it is written in (what :func:`.money.is_money`
    asks of a unit that is no sign or code); a noun that is one only in its own language ("ft", "won") is read as
    its code there, and elsewhere stays what it counts ("30,000 ft", "3 won and 2 lost")."""
    return unit in _NOUN_CODE


_BARE_YUAN = re.compile(r"[ \u00a0]?[元圆圓]")
_RENMINBI = re.compile("人民币|人民幣")


def article_yuan(text: str, quantities: list) -> None:
    """Set a Chinese report's bare "元" sums ("收受賄款1200萬元", read as the renminbi) in the one currency of the
    yuan's family that the report names elsewhere ("併科罰金新台幣200萬元": the Taiwan dollar), unless it names the
    renminbi too: a Taiwanese or Hong Kong report writes "元" for its own dollar once it has said which."""
    named = {q.unit for q in quantities if q.unit in ("NT$", "HK$", "MOP")}
    if len(named) != 1 or _RENMINBI.search(text):
        return
    (unit,) = named
    for q in quantities:
        if q.unit == "CNY" and _BARE_YUAN.match(text, q.end):
            q.unit = unit
