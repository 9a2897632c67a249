"""Endings on a figure and on its noun: Finnish and Swedish write a case or an ordinal ending after a
colon ("12:lle matkustajalle", "kello 21:tä", "3:e gången"), and a Finnish noun takes the case
its number is in ("15 matkustajaa", "12:lle matkustajalle": both count passengers).

A case ending leaves the figure a count of the word after it; an ordinal ending makes it no count
("den 3:e" is the third); and the noun is compared without its case ending, so that one count of
passengers compares with another whatever case the sentence puts them in.
"""

from __future__ import annotations

import re

# an ending after a colon (Finnish "12:lle", "15:tä", "3:n", Swedish "3:e"), skipped to read the noun
_COLON_ENDING = re.compile(r":[^\W\d_]{1,5}(?![\w])")
# the ordinal endings after a colon: Swedish "1:a", "2:a", "3:e", "21:a"; Finnish "3:s" (kolmas), "3:nnen",
# "3:ntena" (Finnish "3:a" is "kolmea", three in the partitive: a count)
_ORDINAL_ENDING = {
    "sv": re.compile(r":[ae](?![\w])", re.I),
    "fi": re.compile(r":(?:s|nne[^\W\d_]{0,4}|nte[^\W\d_]{0,4})(?![\w])", re.I),
}


def past_colon_ending(text: str, end: int) -> int:
    """Past a case ending written after a colon on the figure that ends at ``end`` ("12:lle"), or ``end``."""
    ending = _COLON_ENDING.match(text, end)
    return ending.end() if ending else end


# the ordinal endings after a hyphen in the Cyrillic languages: Russian "12-м раунде", "3-й", "7-го", Ukrainian
# "3-тє", "5-та", Bulgarian "3-ти", "2-ри", "1-ви", "7-ми" (not "2-х", "двух", nor Bulgarian "4-ма", four people: counts,
# :data:`_HYPHEN_CASE`).  Russian and Ukrainian "5-ти", "7-ми" are the genitive of a count ("пяти", "семи").
_ORDINALS = r"й|я|е|м|го|му|ой|ий|ый|ій|ая|ое|ые|ої|та|те|тє|ри|ви|ия|ият|ата|ото"
_HYPHEN_ORDINAL = {
    lang: re.compile(rf"-(?:{_ORDINALS}{extra})(?![\w])", re.I)
    for lang, extra in (("ru", ""), ("uk", ""), ("be", ""), ("bg", "|ти|ми|мия|мият"))
}

# the case endings of a count after a hyphen: Russian and Ukrainian "2-х тысяч" (двух), "5-ти" (пяти), "7-ми" (семи),
# "2-мя" (двумя), "5-ю"/"5-тью" (пятью), Bulgarian "4-ма миньори", "5-има" (four, five persons), Lithuanian
# "45-erių metų", "30-ies", "18-os" (the genitive of the number word).  A grammatical
# ending, no unit: the figure still counts the noun (or the scale) after it
_HYPHEN_CASE = {
    lang: re.compile(rf"-(?:{endings})(?![\w])", re.I)
    for lang, endings in (("ru", "х|ух|ех|ёх|ти|ми|мя|ю|ью|тью"), ("uk", "х|ох|ти|ми|ма|ю"), ("be", "х"),
                          ("bg", "ма|има|мина"), ("lt", "erių|ejų|eri|ies|os|ių"))
}  # fmt: skip


def past_hyphen_case(text: str, end: int, lang: str) -> int:
    """Past the case ending written after a hyphen on the figure that ends at ``end`` ("2-х", "4-ма"), or ``end``."""
    case = _HYPHEN_CASE.get(lang)
    ending = case.match(text, end) if case else None
    return ending.end() if ending else end


def hyphen_case_gap(lang: str) -> str | None:
    """A pattern for the case ending and space between a figure and its scale ("2-х тысяч"), or None."""
    case = _HYPHEN_CASE.get(lang)
    return rf"{case.pattern}[ \u00a0]" if case else None


# a decade: a figure with a case ending before the plural of "year" ("в 90-х годах", "у 80-х роках", "с 2000-х годов")
_HYPHEN_DECADE = re.compile(r"-(?:х|ых|их|е|ые|ті)[ \u00a0]+(?:год(?:ах|ов|ы|ам)|рок(?:ах|ів|и))(?![\w])", re.I)


def hyphen_decade(text: str, end: int, lang: str) -> bool:
    """Whether the figure that ends at ``end`` names a decade by its case ending and "years" after ("90-х годах")."""
    return lang in _HYPHEN_CASE and bool(_HYPHEN_DECADE.match(text, end))


def hyphen_ordinal(text: str, end: int, lang: str) -> bool:
    """Whether the figure that ends at ``end`` has a Cyrillic ordinal ending after a hyphen ("12-м", "3-ти")."""
    ordinal = _HYPHEN_ORDINAL.get(lang)
    return bool(ordinal and ordinal.match(text, end))


def colon_ordinal(text: str, end: int, lang: str) -> bool:
    """Whether the figure that ends at ``end`` has an ordinal ending after a colon ("3:e", "3:s")."""
    ordinal = _ORDINAL_ENDING.get(lang)
    return bool(ordinal and ordinal.match(text, end))


# Finnish case endings on a noun after a vowel of its stem: the partitive ("matkustajaa", "autoa"), the
# genitive ("matkustajan"), the local cases ("matkustajalle", "talossa", "autosta") and the essive and
# translative.  Only after a vowel, so a nominative keeps its last letter ("matkustaja", "auto"), and
# only where four letters of the stem are left ("sana" stays "sana")
_FI_CASE = re.compile(r"(?<=[aeiouyäö])(?:lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|n|a|ä)\Z")


def finnish_base(noun: str) -> str:
    """A Finnish noun without its case ending: "matkustajaa", "matkustajalle" and "matkustaja" are
    all "matkustaja"."""
    case = _FI_CASE.search(noun)
    return noun[: case.start()] if case and case.start() >= 4 else noun


# Right after a number a Finnish noun is in the partitive singular: "-a"/"-ä" after a vowel ("15 matkustajaa",
# "3 henkilöä"), "-ta"/"-tä" after a consonant ("120 ihmistä", of "ihminen", stem "ihmis-"), which is no
# elative "-stä" ("talosta"); an adjective before the noun agrees with it ("120 uutta opettajaa")
_FI_PARTITIVE = re.compile(r"(?<=[aeiouyäö])[aä]\Z|(?<=[^\W\d_aeiouyäö])t[aä]\Z")


def finnish_partitive(word: str) -> bool:
    """Whether a Finnish word after a number has a partitive ending on a stem of three letters or more."""
    case = _FI_PARTITIVE.search(word)
    return bool(case and case.start() >= 3)


def finnish_partitive_base(noun: str) -> str:
    """A Finnish noun right after a number without its partitive ending ("ihmistä": "ihmis", "opettajaa":
    "opettaja"), else without whatever case ending it has (:func:`finnish_base`)."""
    case = _FI_PARTITIVE.search(noun)
    return noun[: case.start()] if case and case.start() >= 3 else finnish_base(noun)
