"""Russian, Ukrainian and Polish number words: the nominative and the genitive that hedges and
prepositions take ("более двадцати", "ponad dwudziestu"), collective numerals ("двое", "троє"),
one and a half ("полторы тысячи"), hundreds in both cases and the thousand in the cases a count takes."""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, with_plain_spellings

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

# one and a half, which counts thousands and millions ("полторы тысячи", "півтора мільйона", "półtora tysiąca")
_HALVES = {
    "ru": {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5},
    "uk": {"півтора": 1.5, "півтори": 1.5},
    "pl": {"półtora": 1.5, "półtorej": 1.5},
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


# hundreds, in the nominative and the genitive ("двести", "двухсот")
_HUNDREDS = {
    "ru": {"двести": 2, "триста": 3, "четыреста": 4, "пятьсот": 5, "шестьсот": 6, "семьсот": 7, "восемьсот": 8, "девятьсот": 9, "двухсот": 2, "трехсот": 3, "трёхсот": 3,
           "четырехсот": 4, "четырёхсот": 4, "пятисот": 5, "шестисот": 6, "семисот": 7, "восьмисот": 8, "девятисот": 9},
    "uk": {"двісті": 2, "триста": 3, "чотириста": 4, "п'ятсот": 5, "шістсот": 6, "сімсот": 7, "вісімсот": 8, "дев'ятсот": 9, "двохсот": 2, "трьохсот": 3, "чотирьохсот": 4,
           "п'ятисот": 5, "шестисот": 6, "семисот": 7, "восьмисот": 8, "дев'ятисот": 9},
    "pl": {"dwieście": 2, "trzysta": 3, "czterysta": 4, "pięćset": 5, "sześćset": 6, "siedemset": 7, "osiemset": 8, "dziewięćset": 9,
           "dwustu": 2, "trzystu": 3, "czterystu": 4, "pięciuset": 5, "sześciuset": 6, "siedmiuset": 7, "ośmiuset": 8, "dziewięciuset": 9},
}  # fmt: skip


def _hundreds(lang: str) -> dict[str, int]:
    words = {w: n * HUNDRED for w, n in _HUNDREDS[lang].items()}
    return words | {w.replace("'", "’"): n for w, n in words.items() if "'" in w}


# the thousand in its cases ("тысяча двести", "две тысячи", "пять тысяч", "около тысячи"); the plural
# ones say "thousands" on their own ("тысячи людей", "tysiące ludzi"): a count only after a number
LANGUAGES = {
    "ru": NumberWords(
        words=with_plain_spellings(_slavic(_RU_SMALL, _RU_TENS, "две") | _yo(_slavic(_RU_GEN, _RU_GEN_TENS, "двух")) | _RU_COLLECTIVE | _HALVES["ru"]),
        multipliers={"сто": HUNDRED, "ста": HUNDRED, "тысяча": THOUSAND, "тысячи": THOUSAND, "тысяч": THOUSAND, "тысячу": THOUSAND},
        hundreds=_hundreds("ru"),
        plural_thousands=frozenset({"тысячи", "тысяч"}),
    ),
    "uk": NumberWords(
        words=with_plain_spellings(_slavic(_UK_SMALL, _UK_TENS, "дві") | _slavic(_UK_GEN, _UK_GEN_TENS, "двох") | _UK_COLLECTIVE | _HALVES["uk"]),
        multipliers={"сто": HUNDRED, "ста": HUNDRED, "тисяча": THOUSAND, "тисячі": THOUSAND, "тисяч": THOUSAND, "тисячу": THOUSAND},
        hundreds=_hundreds("uk"),
        plural_thousands=frozenset({"тисячі", "тисяч"}),
    ),
    "pl": NumberWords(
        words=with_plain_spellings(_slavic(_PL_SMALL, _PL_TENS, "dwie") | _slavic(_PL_GEN, _PL_GEN_TENS, "dwóch") | _PL_COLLECTIVE | _HALVES["pl"]),
        multipliers={"sto": HUNDRED, "stu": HUNDRED, "tysiąc": THOUSAND, "tysiące": THOUSAND, "tysięcy": THOUSAND, "tysiąca": THOUSAND},
        hundreds=_hundreds("pl"),
        plural_thousands=frozenset({"tysiące", "tysięcy"}),
        # the English words every language reads are Polish pronouns: "ten" (this), "one" (they)
        not_alone=frozenset({"ten", "one"}),
    ),
}
