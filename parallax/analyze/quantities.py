"""Numbers and quantities: digits, number words, and the noun they count.

The counted noun (``unit``) is what makes "30 members" and "32 members"
comparable while "30 members" and "2 days" are not.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.numwords import COLLECTIVES, LANGUAGES, PLURAL_THOUSANDS, NumberWords, cjk, compound_value
from parallax.analyze.numwords.arabic import DUALS
from parallax.analyze.timelex import LEXICONS
from parallax.letters import IN_WORD
from parallax.records import Article, Quantity
from parallax.sounds import script

# a language's number words (a word like Italian "due" or German "sei" is no number elsewhere) and its
# approximate counts ("une trentaine"), read as numbers too
_WORDS = {lang: nw.words | {w: v for w, (v, _) in nw.collectives.items()} for lang, nw in LANGUAGES.items()}
_NO_RULES = NumberWords(words={})
SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3,
    "tausend": 1e3, "millionen": 1e6, "milliarden": 1e9, "milliarde": 1e9, "mille": 1e3, "millions": 1e6,
    "milliards": 1e9, "milliard": 1e9, "mil": 1e3, "millones": 1e6, "millón": 1e6,
    # Italian, Dutch, Portuguese, the Nordic languages, Turkish, Indonesian/Malay, Greek
    **{w: 1e6 for w in ("milione", "milioni", "miljoen", "miljoenen", "milhão", "milhões", "milhao", "milhoes", "miljon", "miljoner",
                        "millioner", "milyon", "juta", "εκατομμύρια", "εκατομμύριο", "εκατ")},
    **{w: 1e9 for w in ("miliardo", "miliardi", "miljard", "miljarden", "bilhão", "bilhões", "bilião", "biliões", "miljarder",
                        "milliarder", "milyar", "miliar", "δισεκατομμύρια")},
    **{w: 1e3 for w in ("ribu", "χιλιάδες")},  # (Turkish "bin" is a scale in Turkish only: "3 bin bags")
    # Russian, Ukrainian and Polish, in the cases a count takes ("2 тысячи", "40 тисяч", "3 tysiące")
    **{w: 1e3 for w in ("тысяча", "тысячи", "тысяч", "тыс", "тисяча", "тисячі", "тисяч", "тис", "tysiąc", "tysiące", "tysięcy", "tys")},
    **{w: 1e6 for w in ("миллион", "миллиона", "миллионов", "млн", "мільйон", "мільйона", "мільйонів", "milion", "miliony", "milionów", "mln")},
    **{w: 1e9 for w in ("миллиард", "миллиарда", "миллиардов", "млрд", "мільярд", "мільярда", "мільярдів", "miliard", "miliardy", "miliardów", "mld")},
}
# and each language's own scales ("3 bin kişi", "2 लाख", "۳ میلیون", "5 mii de")
_SCALE_BY_LANGUAGE = {lang: SCALE | nw.scales for lang, nw in LANGUAGES.items()}
# a million, a billion: "un millón y medio", "a million pounds" (an article is no number on its own)
_ONE = r"an?|one|un|une|una|uno|ein|eine|einer|einem|um|uma|een|один|одна|jeden"
_ONE_SCALES = ("million|millón|millon|milione|milhão|milhao|miljoen|miljon|milliard|milliarde|miliardo|billion|миллион|миллиард"
               "|мільйон|мільярд|milion|miliard")
# a half more of the scale: "two and a half million", "два с половиной миллиона", "tres millones y medio"
_HALF_BEFORE = r"[ \u00a0]+(?:and a half|с половиной|з половиною|i pół)"
_HALF_AFTER = r"[ \u00a0]+(?:y|et|e|und)[ \u00a0]+(?:medio|media|demi|demie|mezzo|meio|meia|einhalb)\b"
_PERCENT = r"%|％|percent|per cento|por cento|per cent|prozent|pour cent|por ciento|procent"


# what joins the words of one count: "two hundred and twelve", "cento e cinquanta", "mille deux cents",
# "هزار و دویست", "ثلاثة وعشرون" (the Arabic "and" is written against the next word), "fourteen hundred",
# or nothing ("centocinquanta", "twaalfhonderd", "zweihundertfünfzig")
_JOIN = r"(?:[ \u00a0]+(?:and|e|y|et|und|en)[ \u00a0]+|[ \u00a0]+و[ \u00a0]*|[ \u00a0-]|)"


def _atoms(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _lower(word: str) -> str:
    """Lower case as the word tables write it (Turkish "İki" is "iki", not "i̇ki")."""
    return word.lower().replace("i\u0307", "i")


# Chinese, Japanese and Korean write a count against its counter ("12人", "3万人", "12명"): their
# characters are word characters to ``re`` but no part of a number.  A number starts and ends at a
# word's edge, also where the word goes on in a vowel sign or a zero-width joiner ("विचार" holds no "चार")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_NOT_BEFORE = rf"(?<!(?![{_CJK}])[\w.,\u066b\u066c{IN_WORD}])"
_NOT_AFTER = rf"(?!(?![{_CJK}])[\w{IN_WORD}])"
CJK_SCALE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}

# Chinese, Japanese and Korean numbers in figures and characters, grouped by ten thousand
# ("1천200", "3만 5천", "12万5千", "两千", "数十"), then "more" ("五十多", "200여"; Korean 여 only before a
# counter or the end of the word: "3여단" is the 3rd brigade).  Possessive throughout: linear.
_MYRIAD = frozenset({"zh", "ja", "ko"})
_CJK_SECTION = (rf"(?:\d{{1,3}}(?:,\d{{3}})++(?!\d)|\d++(?:\.\d++)?+|[{''.join(cjk.DIGITS)}{''.join(cjk.SMALL)}数數几幾]"
                r"|수(?=[십백천만]))++")
_CJK_NUMBER = rf"{_CJK_SECTION}(?:[{cjk.OVER}]?[{''.join(cjk.BIG)}](?:[ \u00a0]?{_CJK_SECTION})?+)*+"  # ("20多万": 200,000 and more)
_KO_COUNTERS = "|".join(c for c in cjk.COUNTERS if "\uac00" <= c[0] <= "\ud7af")
_CJK_OVER = rf"[{cjk.OVER.replace('여', '')}]|여(?=[ \u00a0]|{_KO_COUNTERS}|[^\w{IN_WORD}]|\Z)"
_CJK_WHOLE = re.compile(_CJK_NUMBER)
# Arabic and Persian write "and" against the next word, a figure too ("و١٢٣"); Arabic also "with", "for",
# "like" (ب, ل, ك), alone or after "and" ("بـ35 آلية", "ل35", "وبـ35"), often with a tatweel to part them
# from the figure.  (Each a fixed-width look-behind: linear.)
_AND_BEFORE_FIGURE = rf"(?<=(?<![\w{IN_WORD}])و)(?=\d)|"
_CLITICS = [f"{a}{b}{t}" for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for t in ("", "ـ") if a + b]
_CLITIC_BEFORE_FIGURE = {"ar": "".join(rf"(?<=(?<![\w{IN_WORD}]){c})(?=\d)|" for c in _CLITICS), "fa": _AND_BEFORE_FIGURE}
# Persian writes the decimal point as a slash ("۵/۱" is 5.1); a number between slashes is a date
_SLASH_DECIMAL = r"\d{1,3}/\d{1,2}(?![/\d])|"


def _number_pattern(lang: str) -> re.Pattern:
    atom = _atoms(_ALL_WORDS.get(lang, _ALL_WORDS["en"]))
    scales = "|".join(sorted(map(re.escape, set(_SCALE_BY_LANGUAGE.get(lang, SCALE)) - {"m", "k"}), key=len, reverse=True))
    myriad = lang in _MYRIAD
    return re.compile(
        rf"(?:{_CLITIC_BEFORE_FIGURE.get(lang, '')}{_NOT_BEFORE})" + r"(?P<cur>[$€£¥₹])?\s?(?P<num>"
        + (_CJK_NUMBER + "|" if myriad else "")
        + (_SLASH_DECIMAL if lang == "fa" else "")
        # the Indian grouping ("2,00,000" is two lakh), then thousands and decimals
        + r"\d{1,2}(?:,\d\d(?=,))++,\d{3}(?!\d)|\d{1,3}(?:[,.\u202f \u066c'’]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?|"
        # atomic (once whole words are found, never retried) and at most eight words ("two thousand three
        # hundred and forty-five" is five): linear on any run of number words.  The words end where a word
        # ends, inside the group: "tres millones" is "tres" and a scale, not "tres mil" and "lones"
        + rf"(?>(?:{atom})(?:{_JOIN}(?:{atom})){{0,7}}{_NOT_AFTER})"
        + rf"|(?P<one>{_ONE})(?=[ \u00a0]+(?:{_ONE_SCALES})\b)"
        + rf")(?P<over>{_CJK_OVER if myriad else '(?!)'})?(?:(?P<short>[mk])\b|(?P<cjk>[{''.join(CJK_SCALE)}])|{_NOT_AFTER}"
        + rf"(?:(?P<half>{_HALF_BEFORE})?\s?(?P<scale>{scales})(?![\w{IN_WORD}])(?P<half_after>{_HALF_AFTER})?)?)(?:\s?(?P<pct>{_PERCENT}))?",
        re.I,
    )


# per language: its number words, hundreds and thousands, and the English ones (English names and
# figures turn up everywhere)
_EN = LANGUAGES["en"]
_ALL_WORDS = {lang: _WORDS["en"] | _EN.multipliers | words | LANGUAGES[lang].multipliers | LANGUAGES[lang].hundreds for lang, words in _WORDS.items()}
_ATOM = {lang: re.compile(_atoms(words), re.I) for lang, words in _ALL_WORDS.items()}
_NUM_BY_LANGUAGE = {lang: _number_pattern(lang) for lang in (*_ALL_WORDS, "zh", "ja")}
_NUM = _NUM_BY_LANGUAGE["en"]


def _lang(language: str | None) -> str:
    return (language or "en")[:2].lower()


def _words_value(raw: str, language: str | None) -> tuple[float, int] | None:
    """The count written in words in ``raw`` ("two hundred and twelve", "milleduecento"), and where in
    ``raw`` the words that make it end (a sequence stops where it stops making sense), or None."""
    lang = _lang(language)
    words = _ALL_WORDS.get(lang, _ALL_WORDS["en"])
    atoms = list(_ATOM.get(lang, _ATOM["en"]).finditer(raw))
    values = [words.get(_lower(m.group())) for m in atoms]
    if not atoms or atoms[0].start() or None in values:
        return None
    found = compound_value(values, LANGUAGES.get(lang, _NO_RULES).units_first)
    if found is None:
        return None
    value, used = found
    return float(value), atoms[used - 1].end()


# the counted noun, past a linking "of"/"de"/"d'" ("4.000 millones de euros", "3 millions d'euros")
_UNIT = re.compile(rf"(?<!\s)\s*+(?:-\s*+)?(?:(?:of|de|des|del|di|der)\s++|d['’])?((?:[^\W\d_]|(?!\d)[{IN_WORD}])+)", re.I)  # right after a number; possessive: linear
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_STOP_UNITS = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "und", "et", "y", "them", "those", "these", "which", "whom", "ellos", "ellas", "eux", "elles", "ihnen", "denen",
               # prepositions and conjunctions after a bare number ("23 votes to 17 after a debate")
               "after", "before", "since", "until", "during", "when", "while", "with", "from", "for", "by", "as", "than", "but",
               "nach", "vor", "seit", "bis", "après", "avant", "depuis", "después", "antes", "dopo", "prima", "depois", "na", "voor", "tot",
               # verbs right after a count: no noun was written ("28 were killed", "32 ficaram feridas", "vijf raakten gewond")
               "were", "are", "was", "is", "have", "had", "remain", "remained", "died", "sont", "ont", "étaient", "restent", "wurden",
               "sind", "waren", "kamen", "starben", "liegen", "fueron", "son", "están", "resultaron", "quedaron", "murieron", "siguen",
               "sono", "erano", "restano", "risultano", "rimasero", "morirono", "foram", "são", "estão", "ficaram", "morreram",
               "seguem", "continuam", "raakten", "werden", "zijn", "liggen", "overleden",
               # prepositions and pronouns: a part of a count before ("трое из них", "zwei von ihnen", "dwie z nich",
               # "dont quatre dans un état grave"), which compare.numbers counts under that count's noun
               "из", "от", "среди", "с", "у", "в", "на", "них", "з", "із", "від", "серед", "їх", "z", "ze", "spośród", "wśród", "w",
               "nich", "von", "unter", "dans", "parmi", "sur", "entre", "en", "sobre", "tra", "fra", "su", "dos", "das", "loro",
               # how badly, right after a count: no noun ("dont quatre grièvement", "drei schwer", "two seriously")
               "grièvement", "gravement", "légèrement", "sérieusement", "mortellement", "gravemente", "levemente", "leggermente",
               "seriamente", "schwer", "leicht", "lebensgefährlich", "seriously", "critically", "badly", "slightly", "ciężko", "lekko",
               "poważnie", "тяжело", "легко", "серьёзно", "серьезно", "важко", "серйозно"}  # fmt: skip


# languages that write a decimal point ("2.5"); the others write a comma ("2,5") and group thousands
# with a point or a space.  Arabic's own separators (٢٫٥, ١٬٢٠٠) are read in any language.
_DECIMAL_POINT = frozenset("en zh ja ko he th hi ar fa ur bn ta ms ga mt".split())

# a day and a month's name or abbreviation ("16 sep (AIN).-", "3 ноября.", "5 Sept"): a date, never a
# count (the times stage reads the dates it can resolve; a wire dateline it may leave).  The language's own
# months in any case, and the English ones capitalised ("up to 12 may have died" is a count).
_LONG_ABBREVIATIONS = {"sept", "janv", "févr", "fevr", "juil", "сент", "нояб", "февр"}


def _month_words(months, abbreviated: bool = True) -> set[str]:
    """Month names and, where the alphabet abbreviates them ("Sept.", "нояб."), their abbreviations.
    Arabic, Hebrew and the Asian scripts write months in full: "كانون" cut to "كان" would be "was"."""
    names = {m.lower() for m in months}
    if not abbreviated:
        return names
    return names | {m[:3] for m in names if len(m) > 3} | {m[:4] for m in names if m[:4] in _LONG_ABBREVIATIONS}


def _day_month(words: set[str], flags=re.I) -> re.Pattern:
    return re.compile(rf"[ \u00a0]?(?:{_atoms(words)})\.?(?!\w)", flags)


_EN_MONTHS = {m[:1].upper() + m[1:] for m in _month_words(LEXICONS["en"].months)}
_DAY_MONTH = {
    lang: _day_month(_month_words(lex.months, script(lang) in ("latin", "cyrillic", "greek"))) for lang, lex in LEXICONS.items() if lang != "en"
}
_DAY_MONTH_EN = _day_month(_EN_MONTHS, 0)


def _is_day_of_month(text: str, num: str, value: float, end: int, language: str | None) -> bool:
    if not num.isdigit() or not 1 <= value <= 31:
        return False
    own = _DAY_MONTH.get((language or "en")[:2])
    return bool(_DAY_MONTH_EN.match(text, end) or own and own.match(text, end))


# numbers that count nothing, kept (they still anchor the alignment of two sentences) under a unit no
# count has: an identifier after a number sign ("дом № 17", "Nr. 12", "n° 8") and a person's age
# ("67-летний", "a 67-year-old", "aged 67", "Elke Brandt, 67,", "Otto Brenner (67)")
LABEL, AGE = "№", "(age)"
_LABEL_BEFORE = re.compile(r"(?:№|#|(?<!\w)(?:[Nn][°º]|No\.|Nr\.?|nr\.?|[Nn]úm\.|n\.))[ \u00a0]?\Z")
# (with the hyphen where the age is one word with it: "5 летних лагерей" are five summer camps)
_AGE_AFTER = re.compile(
    r"-(?:jährig|летн|річн|letn|jarig)|[ \u00a0-](?:years?[ -]old|jaar oud|anni di età|años de edad|tuổi|yaşında\w*)(?!\w)", re.I
)  # (Vietnamese "45 tuổi", Turkish "34 yaşındaki")
_AGE_BEFORE = re.compile(r"(?<!\w)(?:aged|âgée?s? de|im Alter von|в возрасте|у віці|w wieku|de edad de|di età di)[ \u00a0]+\Z", re.I)
# a name, then the age in commas or brackets: "Elke Brandt, 67,", "Otto Brenner (67)"
_NAME_BEFORE = re.compile(r"(?<!\w)(?P<name>[^\W\d_][\w'’-]*)(?:(?P<comma>,)|[ \u00a0]*\()[ \u00a0]*\Z")
_CLOSE_AFTER = {",": re.compile(r"[ \u00a0]{0,3},"), "(": re.compile(r"[ \u00a0]{0,3}\)")}  # (bounded: linear in a scan)
# Chinese, Japanese and Korean papers give a person's age as a number alone in brackets right after the
# name or its honorific: "森田健太さん（34）", "김민수(34)씨", "张伟（45）" (no capital letter marks a name in
# these scripts, so the script before the bracket does).  "負傷者（12人）" and "17人（うち3人重傷）" hold more
# than the number: counts.
_CJK_NAME_BEFORE = re.compile(rf"[{_CJK}][ \u00a0]?[（(]\Z")
_CJK_CLOSE_AFTER = re.compile(r"[）)]")


def _label_or_age(text: str, num: str, value: float, start: int, end: int) -> str | None:
    """LABEL or AGE when the number at text[start:end] is an identifier or an age, else None."""
    before = text[max(0, start - 30) : start]
    if _LABEL_BEFORE.search(before):
        return LABEL
    if not num.isdigit() or value > 130:
        return None
    if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(before):
        return AGE
    if _CJK_NAME_BEFORE.search(before):
        return AGE if _CJK_CLOSE_AFTER.match(text, end) else None
    if (name := _NAME_BEFORE.search(before)) and name.group("name")[0].isupper():
        return AGE if _CLOSE_AFTER["," if name.group("comma") else "("].match(text, end) else None
    return None


# the genitive words before "тысячи" that make it one thousand ("около тысячи"), not thousands
_HEDGE_BEFORE = re.compile(r"(?<!\w)(?:около|более|свыше|менее|порядка|почти|больше|меньше|до|понад|близько|біля|майже|більше|менше)\s+\Z", re.I)
_PRONOUN_ONE = re.compile(r"(?<!\w)(?:no|any|every|each|the|this|that|which)\s+\Z", re.I)


def parse_number(raw: str, language: str | None = None) -> float | None:
    raw = " ".join(_lower(raw).split())
    lang = _lang(language)
    words = _WORDS.get(lang, {})
    if raw in words or raw in _WORDS["en"]:
        return float(words.get(raw) or _WORDS["en"][raw])
    if raw[:1].isalpha():
        found = _words_value(raw, language)
        return found[0] if found and found[1] == len(raw) else None
    decimal_comma = lang not in _DECIMAL_POINT
    s = raw.replace("\u202f", "").replace(" ", "").replace("'", "").replace("’", "").replace("\u066c", "")
    s = s.replace("\u066b", "," if decimal_comma else ".").replace("/", "," if decimal_comma else ".")
    if re.fullmatch(r"\d{1,2}(,\d\d)+,\d{3}", s):
        s = s.replace(",", "")  # the Indian grouping: "2,00,000" is two lakh
    elif decimal_comma:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
            s = s.replace(".", "")
        elif re.fullmatch(r"[1-9]\d{0,2}(,\d{3})+", s):
            s = s.replace(",", "")  # "1,200 personas" (Mexico, the US style in any language): a count, not 1.2
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def approximate_range(number: str, value: float, language: str | None) -> tuple[float, float] | None:
    """What an approximate count allows, lowest and highest: "une trentaine" 24 to 36, "数十" 10 to 90,
    "五十多" 50 to 59, "1,200여" 1,200 to 1,299; None for an exact number."""
    lang = _lang(language)
    words = " ".join(_lower(number).split())
    for table in (COLLECTIVES.get(lang, {}), COLLECTIVES["en"]):
        if words in table:
            share = table[words][1]
            return value * (1 - share), value * (1 + share)
    return cjk.approximate_range(number, value) if lang in _MYRIAD else None


# A clock time counts nothing, in any language: "15:30", "15h30", "15 h 30", "3.55pm", "3:55 p.m.",
# "15.30 Uhr", "3 p.m.", and an hour with a point after "at" ("alle 15.30", "um 15.30").  ("am" apart
# from its hour only in English: German "am" is "on the".)
_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-4])(?:"
    r"[:h][0-5]\d(?!\d)(?:[ \u00a0]?(?:[ap]\.?[ \u00a0]?m\.?(?!\w)|uhr(?!\w)|h(?!\w)|hrs(?!\w)))?"
    r"|\.[0-5]\d(?!\d)[ \u00a0]?(?:[ap]\.?[ \u00a0]?m\.?(?!\w)|uhr(?!\w)|h(?!\w)|hrs(?!\w))"
    r"|[ \u00a0]?(?:[ap]\.[ \u00a0]?m\.|pm(?!\w)|uhr(?!\w)|h(?:[ \u00a0]?[0-5]\d)?(?!\w))|am(?!\w))",
    re.I,
)
_CLOCK_AM = re.compile(r"(?:[01]?\d|2[0-4])[ \u00a0]am(?!\w)", re.I)
_CLOCK_POINT = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,])")
_AT_BEFORE = re.compile(
    r"(?<!\w)(?:at|um|gegen|ab|à|vers|alle|dalle|verso|las|às|om|kl|klo|klockan|kello|saat|στις|в|о|o|godz|ore)\.?[ \u00a0]+\Z", re.I
)


def _clock_end(text: str, s: int, m: re.Match, lang: str) -> int | None:
    """Where the clock time that starts at ``s`` ends, if the number there is one."""
    if m.group("pct") or m.group("scale") or m.group("cur"):
        return None
    if c := _CLOCK.match(text, s) or lang == "en" and _CLOCK_AM.match(text, s):
        return c.end()
    if (c := _CLOCK_POINT.match(text, s)) and _AT_BEFORE.search(text, max(0, s - 12), s):
        return c.end()
    return None


# Chinese, Japanese and Korean: what follows a number that is no count (an hour, a date, an age, a span
# of time: :data:`cjk.AFTER`), and the counter a number written in characters must stand before
_CJK_AFTER = re.compile("|".join(f"(?P<{k}>{v})" for k, v in cjk.AFTER.items()))
_COUNTER = re.compile(rf"[ \u00a0]?(?:{'|'.join(cjk.COUNTERS)})")
_DAY_PART = re.compile(rf"(?:{'|'.join(cjk.DAY_PARTS)})[ \u00a0]?\Z")
_HANGUL = re.compile("[\uac00-\ud7af]")
_DIGIT = re.compile(r"\d")


def _cjk_after(text: str, num: str, end: int) -> re.Match | None:
    """The word after a number that says what it measures (:data:`cjk.AFTER`), if there is one (a
    Korean word for a number stands apart from it: "세 살", "두 달")."""
    return _CJK_AFTER.match(text, end + (text[end : end + 1] == " " and bool(_HANGUL.match(num))))


def _cjk_counts_nothing(text: str, num: str, s: int, end: int, value: float) -> bool:
    """For Chinese, Japanese and Korean: whether the number at ``text[s:end]`` counts nothing: an
    ordinal, characters with no counter after, an hour or a date."""
    if text[s - 1 : s] in ("第", "제"):
        return True  # "第3", "제3회": an ordinal
    if not _DIGIT.search(num):
        if not _COUNTER.match(text, end) or num in ("一", "壹"):
            return True  # "一些", "十分", "한국": no count ("一名" is mostly "a")
        if _HANGUL.match(num) and s and _HANGUL.match(text, s - 1):
            return True  # "위한 사람": the end of a word
    if cjk.POINT_HOUR.match(text, end) or text[end : end + 1] in ("点", "點") and _DAY_PART.search(text, max(0, s - 4), s):
        return True  # "3点20分", "下午3点"
    after = _cjk_after(text, num, end)
    return after is not None and (after.lastgroup in (cjk.CLOCK, cjk.DATE) or after.lastgroup == "year" and value >= 1000)


def _cjk_measure(text: str, num: str, end: int) -> str | None:
    """What a number measures when that is no counted noun: AGE ("30세"), a span of time ("3시간" is
    "hour"), else None."""
    if after := _cjk_after(text, num, end):
        return AGE if after.lastgroup == cjk.AGE else after.lastgroup
    return None


_HOUR = re.compile(r"시|時|时|点|點")


def _clock_rest(text: str, end: int) -> int:
    """Past the minutes of an hour ("3시 20분", "3点20分"): where reading goes on after a number that
    counts nothing."""
    if not (hour := _HOUR.match(text, end)):
        return end
    rest = cjk.CLOCK_REST.match(text, hour.end())
    return rest.end() if rest else hour.end()


# per language, the words after a number that are no noun (postpositions, prepositions, conjunctions):
# a number word that counts only before a noun ("दो" is also "give!") is no count before them
_STOP_UNITS_BY_LANGUAGE = {
    "hi": {"को", "से", "में", "का", "की", "के", "ने", "पर", "और", "या", "तक", "भी", "ही", "है", "हैं", "था", "थे", "थी"},
    "fa": {"از", "در", "به", "و", "را", "که", "با", "تا", "هم", "نیز"},
    "ar": {"من", "في", "على", "إلى", "الى", "عن", "و", "منهم", "منهن", "بين", "مع"},
    "ro": {"care", "pentru", "în", "la", "și", "şi", "cu", "din", "pe", "au", "a", "sunt", "erau", "dintre", "ani"},
    "id": {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "oleh", "telah", "sudah", "antaranya"},
    "tr": {"ve", "ile", "de", "da", "bu", "için", "gibi"},
    "el": {"και", "σε", "από", "με", "για", "να", "που", "ή"},
    "sv": {"och", "i", "på", "av", "till", "med", "för", "som", "har", "var", "är"},
    "vi": {"là", "và", "của", "trong", "tại", "ở", "đã", "được", "bị", "từ", "đến", "với", "cho", "khi", "thì", "mà", "hoặc"},
}
_STOP_UNITS_BY_LANGUAGE |= {"ms": _STOP_UNITS_BY_LANGUAGE["id"], "da": {"og", "i", "på", "af", "til", "med", "for", "som", "har", "var", "er"}}
_STOP_UNITS_BY_LANGUAGE |= {lang: _STOP_UNITS_BY_LANGUAGE["da"] | {"av", "ble"} for lang in ("no", "nb", "nn")}
# words after a number that make it no count: a Persian weekday is "three Saturday" ("سه شنبه", Tuesday)
_NO_COUNT_UNITS = {"شنبه"}
# a hedge between a number and its noun, skipped to read the noun: Hindi "200 से अधिक लोग" (more than
# 200 people), Turkish "100'den fazla kişi", "100'ü aşkın kişi"
_HEDGE_BEFORE_NOUN = {
    "hi": re.compile(r"(?<![ \u00a0])[ \u00a0]++से[ \u00a0]++(?:अधिक|ज़्यादा|ज्यादा|ऊपर|कम)(?=[ \u00a0])"),
    "tr": re.compile(r"['’](?:[dt][ae]n[ \u00a0]++(?:fazla|çok|az)|[ıiuü]?[ \u00a0]++aşkın)(?=[ \u00a0])"),
}

# Arabic: a count after its noun takes the article, and counts that noun ("الأشخاص الثلاثة");
# a dual noun is two of it ("قتيلين", two dead)
_AR_ARTICLE = re.compile(r"و?ال")
_AR_NOUN_BEFORE = re.compile(rf"(?<![\w{IN_WORD}])(?:و?ال)?([\w{IN_WORD}]++)[ \u00a0]+\Z")
_AR_DUAL = re.compile(rf"(?<![\w{IN_WORD}])[وفبل]?(?:ال)?({'|'.join(DUALS)})(?:ان|ين)(?![\w{IN_WORD}])")


def _arabic_noun_before(text: str, s: int, num: str) -> str | None:
    """The noun a count with the article follows ("الأشخاص" before "الثلاثة"), without its article."""
    article = _AR_ARTICLE.match(num)
    if article is None or num[article.end() :] not in _WORDS["ar"]:
        return None  # ("الف" is a thousand without its hamza)
    noun = _AR_NOUN_BEFORE.search(text, max(0, s - 40), s)
    return noun.group(1) if noun else None


def _arabic_duals(text: str, skip: list[tuple[int, int]]) -> list[Quantity]:
    return [Quantity(d.group(), 2.0, d.start(), d.end(), d.group(1)) for d in _AR_DUAL.finditer(text)
            if not any(d.start() < te and ts < d.end() for ts, te in skip)]  # fmt: skip


def _skipped_word(text: str, s: int, m: re.Match, lang: str, nw: NumberWords, num: str) -> bool:
    """Whether a count written as one of its language's ambiguous words is to be left: a word for
    one with no scale or multiplier ("bir kişi", "یک نفر"), a word with another meaning and no
    noun after it ("Çocuk yemeği yedi."), in a language whose words count only before a counted noun
    one before none ("năm nay", this year), or after a word that makes it vague ("hàng trăm")."""
    if m.group("scale") or not num[:1].isalpha():
        return False
    key = " ".join(_lower(num).split())
    if key in nw.not_alone:
        return True
    if nw.counters and not _counter_after(text, m.end(), lang) or nw.vague_before and _word_before(text, s) in nw.vague_before:
        return True
    return key in nw.needs_noun and _unit_after(text, m.end(), lang) is None


_WORD_BEFORE = re.compile(rf"(?<![\w{IN_WORD}])([\w{IN_WORD}]++)[ \u00a0]++\Z")
_COUNTER_AFTER = {
    # (from the first space of a run only: a scan over a long run of spaces stays linear)
    lang: re.compile(rf"(?<![ \u00a0])[ \u00a0]++(?:{_atoms(nw.counters)})(?![\w{IN_WORD}])", re.I)
    for lang, nw in LANGUAGES.items()
    if nw.counters
}


def _word_before(text: str, s: int) -> str:
    """The word right before ``text[s:]`` (lower case), or ""."""
    w = _WORD_BEFORE.search(text, max(0, s - 20), s)
    return _lower(w.group(1)) if w else ""


def _counter_after(text: str, end: int, lang: str) -> bool:
    """Whether one of the language's counted nouns (:attr:`NumberWords.counters`) follows ``end``."""
    return bool((counter := _COUNTER_AFTER.get(lang)) and counter.match(text, end))


# between a scale and the rest of its number: a space, and in Arabic "و" ("مليون و200 ألف")
_REST_GAP = re.compile(r"[ \u00a0]++(?:و[ \u00a0]?(?=\d))?")


def _place_value(text: str, m: re.Match, value: float, lang: str) -> float | None:
    """The scale a number ends in ("2 bin": 1,000, "1 milyon": a million, "दो लाख": 100,000, the word
    "bin" or "ألفين": 1,000), which the rest of the number after it stays under; None if none."""
    if scale := m.group("scale"):
        place = _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(scale), 0)
        return place if place >= 1000 else None
    num = m.group("num")
    return 1000.0 if num[:1].isalpha() and value >= 1000 and value % 1000 == 0 else None


def _rest_after_scale(text: str, m: re.Match, value: float, lang: str, nw: NumberWords, pattern: re.Pattern) -> tuple[float, int] | None:
    """The rest of a number written after its scale, in figures or words (see
    :attr:`NumberWords.rest_after_scale`): "bin 200" is 1,000 and 200, "1 milyon 200 bin" a million and
    200,000.  (The value it adds, and where it ends), or None; each part stays under the scale before it,
    and one without a scale of its own under a thousand, so "2 bin 2026" is no number of 2,026 more.  At
    most two parts: linear."""
    if not nw.rest_after_scale or m.group("pct") or (place := _place_value(text, m, value, lang)) is None:
        return None
    added, end = 0.0, m.end()
    for _ in range(2):
        gap = _REST_GAP.match(text, end)
        if gap is None or (r := pattern.match(text, gap.end())) is None or r.start("num") != gap.end():
            break
        if r.group("cur") or r.group("pct") or r.group("one") or r.group("cjk") or r.group("short"):
            break
        part = parse_number(r.group("num"), lang)
        if part is None or _CLOCK.match(text, r.start("num")):
            break
        scale = r.group("scale")
        part *= _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(scale), 1) if scale else 1
        own_scale = bool(scale) or r.group("num")[:1].isalpha()  # "200 bin", "पचास हज़ार"
        if not 0 < part < (place if own_scale else min(place, 1000)):
            break  # (without a scale of its own the rest is the hundreds: "2 लाख 2025 में" holds a year)
        added, end = added + part, r.end()
        if not scale or (place := _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(scale), 0)) < 1000:
            break
    return (added, end) if added else None


def find_quantities(text: str, language: str | None, skip: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    lang = _lang(language)
    nw = LANGUAGES.get(lang, _NO_RULES)
    pattern = _NUM_BY_LANGUAGE.get(lang, _NUM)
    pos = 0
    while m := pattern.search(text, pos):
        s, e = m.span()
        pos = e
        s = m.start("cur") if m.group("cur") else m.start("num")  # not the space before it: it may end the sentence before
        if any(s < te and ts < e for ts, te in skip):
            continue  # part of a date or time expression
        num = m.group("num")
        if nw.ordinal_before and _word_before(text, s) in nw.ordinal_before:
            continue  # "lần thứ ba", "thứ 3": the third (or Tuesday)
        if (clock := _clock_end(text, s, m, lang)) is not None:
            pos = max(pos, clock)
            continue  # "3.55pm", "15:30", "alle 15.30": an hour
        if _lower(num) in PLURAL_THOUSANDS and not _HEDGE_BEFORE.search(text, max(0, s - 12), s):
            continue  # "тысячи людей": thousands, no figure ("около тысячи": about a thousand)
        if lang in ("fa", "ar") and ("/" in text[s - 1 : s] or text[e : e + 1] == "/"):
            continue  # "۱۴۰۲/۰۵/۱۲": a date
        if num[:1].isalpha() and (found := _words_value(num, language)) and found[1] < len(num):
            # "five six": five, then six on its own (the pattern takes in any run of number words)
            pos = m.start("num") + found[1]
            first = text[s:pos].strip()
            if _lower(first) not in nw.not_alone | nw.needs_noun and not nw.counters:
                out.append(Quantity(first, found[0], s, pos, None))
            continue
        if lang in _MYRIAD and _CJK_WHOLE.fullmatch(num):
            value = cjk.myriad_value(num)
        else:
            value = 1.0 if m.group("one") else parse_number(num, language)
        if value is None:
            continue
        # "bin 200 kişi": the rest of the number after its scale; "bin" alone before a noun it is not
        scaled = value * _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(m.group("scale") or ""), 1)
        rest = _rest_after_scale(text, m, scaled, lang, nw, pattern)
        if rest is None and _skipped_word(text, s, m, lang, nw, num):
            continue
        if _is_day_of_month(text, num, value, e, language):
            continue  # "16 sep", "3 ноября": a date
        if num.lower() == "one" and _PRONOUN_ONE.search(text, max(0, s - 8), s):
            continue  # "no one died", "the one who": a pronoun, not a count
        if scale := m.group("scale") or m.group("short"):
            scales = _SCALE_BY_LANGUAGE.get(lang, SCALE)
            value = (value + (0.5 if m.group("half") or m.group("half_after") else 0)) * scales.get(_lower(scale), 1)
        elif m.group("cjk"):
            value *= CJK_SCALE[m.group("cjk")]
        if rest is not None:
            value += rest[0]
            e = pos = rest[1]
        if lang in _MYRIAD and _cjk_counts_nothing(text, num, s, e, value):
            pos = max(pos, _clock_rest(text, e))
            continue
        measure = _cjk_measure(text, num, e) if lang in _MYRIAD else None
        unit = "%" if m.group("pct") else m.group("cur") or measure or _label_or_age(text, num, value, s, e) or _unit_after(text, e, lang)
        if unit in _NO_COUNT_UNITS:
            continue
        if lang == "ar" and (noun := _arabic_noun_before(text, s, num)):
            unit = noun  # "الأشخاص الثلاثة": three people
        out.append(Quantity((text[s:e] if rest else m.group()).strip(), value, s, e, unit))
    return sorted(out + _arabic_duals(text, skip), key=lambda q: q.start) if lang == "ar" else out


def _unit_after(text: str, end: int, lang: str = "en") -> str | None:
    """The noun right after a number, normalised (lower case, final "s" off), if it is one."""
    if (hedge := _HEDGE_BEFORE_NOUN.get(lang)) and (h := hedge.match(text, end)):
        end = h.end()
    um = _UNIT.match(text, end)
    if um and (classifiers := LANGUAGES[lang].classifiers if lang in LANGUAGES else ()) and _lower(um.group(1)) in classifiers:
        um = _UNIT.match(text, um.end(1)) or um  # "3 ngôi nhà": houses
    if um and _CJK_CHAR.match(um.group(1)):
        word = um.group(1)
        # the counter: "12人", "15名", "12명이"; past the general classifier ("3个人")
        return word[1] if word[0] in "个個" and len(word) > 1 else word[0]
    if um and (word := _lower(um.group(1))) not in _STOP_UNITS and word not in _STOP_UNITS_BY_LANGUAGE.get(lang, ()):
        return word.rstrip("s") or None
    return None


def _counted_noun(doc, q: Quantity) -> str | None:
    """With a parse, the noun a number counts, past its adjectives and modifiers ("212 mature
    trees" counts trees, "40 patrol vessels" vessels), normalised like the lexical unit."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    while tok is not None and tok.dep_ == "compound" and tok.head.like_num:
        tok = tok.head  # "2 million": the number's last word
    if tok is None or tok.dep_ != "nummod" or tok.head.pos_ != "NOUN" or tok.head.i <= tok.i or tok.head.i - tok.i > 4:
        return None
    return tok.head.text.lower().rstrip("s") or None


def _adverb_after(doc, q: Quantity) -> bool:
    """Whether the word after a number is an adverb, no noun ("dont quatre grièvement")."""
    after = doc.char_span(q.end, len(doc.text), alignment_mode="expand")
    return after is not None and len(after) > 0 and after[0].pos_ == "ADV"


@component("quantities")
def add_quantities(article: Article, paragraphs: list[Paragraph]) -> None:
    time_spans = [(t.start, t.end) for t in article.times]
    for para in paragraphs:
        skip = [(s - para.offset, e - para.offset) for s, e in time_spans]
        parsed = para.doc.has_annotation("DEP")
        for q in find_quantities(para.text, article.language, skip):
            if parsed and q.unit and q.unit.isalpha():  # (not LABEL or AGE)
                q.unit = _counted_noun(para.doc, q) or (None if _adverb_after(para.doc, q) else q.unit)
            q.start += para.offset
            q.end += para.offset
            article.quantities.append(q)
