"""The regular expression that finds a number, one per language: figures in every national style
("1,200", "1.200", "1 200", "2,00,000", "٢٫٥"), a run of number words, "a million", then a scale,
a percent sign or a currency sign.

Each language's pattern reads its own number words and scales besides the English ones.  The pattern
only finds where a number is and which parts it has (named groups ``cur``, ``num``, ``one``,
``over``, ``short``, ``cjk``, ``half``, ``scale``, ``half_after``, ``pct``); what it is worth and
whether it counts anything is decided in :mod:`.values` and :mod:`.find`.  Every repetition is
possessive or atomic, so a scan stays linear on hostile text.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import cjk
from parallax.analyze.numwords.bengali import GLUED_COUNTERS
from parallax.analyze.quantities.base import _ALL_WORDS, _CJK, _MYRIAD, _atoms
from parallax.analyze.quantities.endings import hyphen_case_gap
from parallax.analyze.quantities.money import CURRENCY_BEFORE
from parallax.analyze.quantities.scales import _HALF_AFTER, _HALF_BEFORE, _ONE, _ONE_SCALES, _SCALE_BY_LANGUAGE, CJK_SCALE, SCALE
from parallax.letters import IN_WORD

# a percent after the number, as a sign or in words
_PERCENT = r"%|％|percent|per cento|por cento|per cent|prozent|pour cent|por ciento|procent"
# a language's own words for a percent, before the shared ones (longest first: "percentá" whole, not "percent" and "á")
_SH_PERCENT = r"procenata|procenta|процената|процента|posto|odsto|посто|одсто"
_PERCENT_BY_LANGUAGE = {
    "sk": r"percentá|percenta|percentami",
    **dict.fromkeys(("hr", "bs", "sr"), _SH_PERCENT),
    "sl": r"odstotkov|odstotka|odstotke|odstotki|odstotek|odstotkih",
    "bg": r"процента|процент|на сто",  # "36,8 на сто", as the Bulgarian press writes a share
    "fi": r"prosenttia|prosentin|prosenttiin|prosentti",
    "et": r"protsenti|protsendi|protsendini|protsent",
    "lt": r"procentų|procentai|procento|procentus|proc\.",
    "lv": r"procentiem|procentus|procenti|procentu|procents",
    # Polish, Ukrainian, Russian, Greek, Romanian, Arabic, Persian, Vietnamese ("4,9 proc.", "4,3 відсотка", "3,1 τοις
    # εκατό", "5,1 la sută", "28 في المئة", "3,5 phần trăm"): otherwise "εκατό" and "sută" would read as a hundred
    "pl": r"procent(?:ów|y|a)?|proc\.",
    "uk": r"відсотк(?:ів|а|и)|відсоток",
    "ru": r"процент(?:ов|а)?",
    "el": r"τοις εκατό|τοις εκ\.",
    "ro": r"la sută|la suta",
    "ar": r"٪|في المئة|في المائة|في المية|بالمئة|بالمائة",
    "fa": r"٪|درصد",
    "vi": r"phần trăm",
    # Hungarian declines "százalék" (its share "a dolgozók 85 százaléka", "15 százalékos béremelés", "4,3 százalékról
    # 4,5 százalékra": every case ending is the percent; a percentage point, "százalékpont", is none), Czech
    # "procento" by number, Hebrew has a singular and a plural;
    # Indonesian, Malay and Hindi each have a word of their own ("5,2 persen", "5.2 प्रतिशत")
    "hu": r"százalék(?!pont)\w*",  # any case ending ("százalékról", "százaléktól", "százalékban"), not the point
    "cs": r"procenta|procento|procentům|procenty|procent",
    "he": r"אחוזים|אחוז",
    "id": r"persen|peratus",  # (Malay's word too: a Malay report may be identified as Indonesian)
    "ms": r"peratus|persen",
    **dict.fromkeys(("no", "nb", "nn"), r"prosent"),  # Norwegian (Danish and Swedish write the shared "procent")
    "hi": r"प्रतिशत|फ़ीसदी|फीसदी|फ़ीसद|फीसद",
    "bn": r"শতাংশ",
}
# what joins the words of one count: "two hundred and twelve", "cento e cinquanta", "mille deux cents",
# "هزار و دویست", "ثلاثة وعشرون" (the Arabic "and" is written against the next word), "fourteen hundred",
# or nothing ("centocinquanta", "twaalfhonderd", "zweihundertfünfzig")
_JOIN = r"(?:[ \u00a0]+(?:and|e|y|et|und|en)[ \u00a0]+|[ \u00a0]+و[ \u00a0]*|[ \u00a0-]|)"

# A number starts and ends at a word's edge, also where the word goes on in a vowel sign or a zero-width
# joiner ("विचार" holds no "चार"); a CJK character next to it is no word going on ("12人")
_NOT_BEFORE = rf"(?<!(?![{_CJK}])[\w.,\u066b\u066c{IN_WORD}])"
_NOT_AFTER = rf"(?!(?![{_CJK}])[\w{IN_WORD}])"
# or where a classifier written against the count ends the word (Bengali "৮০টি", "তিনটি", "পাঁচজন": :mod:`.numwords.bengali`)
_GLUED_COUNTER = {"bn": "|".join(GLUED_COUNTERS)}


def _not_after(lang: str) -> str:
    """Where a number may end in ``lang``: a word's edge, or before a classifier glued to it that ends the word."""
    glued = _GLUED_COUNTER.get(lang)
    return rf"(?:(?=(?:{glued})(?![\w{IN_WORD}]))|{_NOT_AFTER})" if glued else _NOT_AFTER


# Chinese, Japanese and Korean numbers in figures and characters, grouped by ten thousand
# ("1천200", "3만 5천", "12万5千", "两千", "数十"), then "more" ("五十多", "200여"; Korean 여 only before a
# counter or the end of the word: "3여단" is the 3rd brigade).  Possessive throughout: linear.  A 千 before 瓦, 米 or 克
# after a figure, a myriad, ten or a hundred is the unit's "kilo", no thousand ("十千米" is 10 km, not 1,010 m), and a
# 兆 before 瓦 the "mega": "2850万千瓦" is 28.5 million kilowatts (:data:`.units._CJK_METRIC`)
_KO_DIGIT = f"[{''.join(cjk.KO_DIGITS)}]"  # a Sino-Korean digit: before a multiplier ("삼십"), or after one ("이십오")
_CJK_SECTION = (rf"(?:\d{{1,3}}(?:,\d{{3}})++(?!\d)|\d++(?:\.\d++)?+|(?!(?<=[\d万萬亿億十百拾佰])[千仟][瓦米克])[{''.join(cjk.DIGITS)}{''.join(cjk.SMALL)}数數几幾]"
                r"|수(?=[십백천만])|" + _KO_DIGIT + r"(?=[십백천만억])|(?<=[십백천])" + _KO_DIGIT + ")++")
_CJK_NUMBER = rf"{_CJK_SECTION}(?:[{cjk.OVER}]?(?!兆瓦)[{''.join(cjk.BIG)}](?:[ \u00a0]?{_CJK_SECTION})?+)*+"  # ("20多万": 200,000 and more)
_KO_COUNTERS = "|".join(c for c in cjk.COUNTERS if "\uac00" <= c[0] <= "\ud7af")
_CJK_OVER = rf"[{cjk.OVER.replace('여', '')}]|여(?=[ \u00a0]|{_KO_COUNTERS}|[^\w{IN_WORD}]|\Z)"
_CJK_WHOLE = re.compile(_CJK_NUMBER)
# Arabic and Persian write "and" against the next word, a figure too ("و١٢٣"); Arabic also "with", "for",
# "like" (ب, ل, ك), alone or after "and" ("بـ35 آلية", "ل35", "وبـ35"), often with a tatweel to part them
# from the figure.  (Each a fixed-width look-behind: linear.)
_AND_BEFORE_FIGURE = rf"(?<=(?<![\w{IN_WORD}])و)(?=\d)|"
_CLITICS = [f"{a}{b}{t}" for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for t in ("", "ـ") if a + b]
_CLITIC_BEFORE_FIGURE = {"ar": "".join(rf"(?<=(?<![\w{IN_WORD}]){c})(?=\d)|" for c in _CLITICS), "fa": _AND_BEFORE_FIGURE}
# the scale abbreviations glued to a figure ("$1.2bn", "£300m", "5k"); apart from it only "bn" is one
# ("1.2 bn"): "3 m" is three metres and "2 tn" two tonnes
_GLUED = ("bn", "mn", "tn", "m", "k")
# and a language's own scale glued to its figure: Italian "20mila persone" (20,000)
_GLUED_BY_LANGUAGE = {"it": ("mila",)}
_NOT_APART = frozenset({"mn", "tn", "m", "k"})
# Persian writes the decimal point as a slash ("۵/۱" is 5.1); a number between slashes is a date
_SLASH_DECIMAL = r"\d{1,3}/\d{1,2}(?![/\d])|"


# between a number and its scale: a space or nothing; Slovak also writes a hyphen ("150-tisíc eur"), Romanian
# a "de" from twenty on ("120 de milioane de lei", "20 de mii de oameni": the scale, then the noun past its own "de")
_GAP = r"\s?"
_SCALE_GAP = {"sk": r"[\s-]?", "ro": r"(?:[ \u00a0]de[ \u00a0]|\s?)"}
# and the Cyrillic languages a count's case ending after a hyphen ("2-х тысяч": two thousand, :mod:`.endings`)
_SCALE_GAP |= {lang: rf"(?:{gap}|{_GAP})" for lang in ("ru", "uk", "be", "bg") if (gap := hyphen_case_gap(lang))}


def _percent(lang: str) -> str:
    """The words for a percent after a number in ``lang``, whole words: "20 posto", "5 odstotkov"."""
    own = _PERCENT_BY_LANGUAGE.get(lang)
    return rf"(?:{own})(?![\w{IN_WORD}])|{_PERCENT}" if own else _PERCENT


def _number_pattern(lang: str) -> re.Pattern:
    atom = _atoms(_ALL_WORDS.get(lang, _ALL_WORDS["en"]))
    scales = "|".join(sorted(map(re.escape, set(_SCALE_BY_LANGUAGE.get(lang, SCALE)) - _NOT_APART), key=len, reverse=True))
    myriad = lang in _MYRIAD
    return re.compile(
        rf"(?:{_CLITIC_BEFORE_FIGURE.get(lang, '')}{_NOT_BEFORE})(?P<cur>{CURRENCY_BEFORE})?" + r"\s?(?P<num>"
        + (_CJK_NUMBER + "|" if myriad else "")
        + (_SLASH_DECIMAL if lang == "fa" else "")
        # the Indian grouping ("2,00,000" is two lakh), then thousands and decimals
        + r"\d{1,2}(?:,\d\d(?=,))++,\d{3}(?!\d)|\d{1,3}(?:[,.\u202f \u066c'’]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?|"
        # atomic (once whole words are found, never retried) and at most eight words ("two thousand three
        # hundred and forty-five" is five): linear on any run of number words.  The words end where a word
        # ends, inside the group: "tres millones" is "tres" and a scale, not "tres mil" and "lones"
        + rf"(?>(?:{atom})(?:{_JOIN}(?:{atom})){{0,7}}{_not_after(lang)})"
        + rf"|(?P<one>{_ONE})(?=[ \u00a0]+(?:{_ONE_SCALES})\b)"
        + rf")(?P<over>{_CJK_OVER if myriad else '(?!)'})?(?:(?P<short>{'|'.join((*_GLUED_BY_LANGUAGE.get(lang, ()), *_GLUED))})\b|(?P<cjk>[{''.join(CJK_SCALE)}])|{_not_after(lang)}"
        + rf"(?:(?P<half>{_HALF_BEFORE})?{_SCALE_GAP.get(lang, _GAP)}(?P<scale>{scales})(?![\w{IN_WORD}])(?P<half_after>{_HALF_AFTER})?)?)(?:\s?(?P<pct>{_percent(lang)}))?",
        re.I,
    )


_NUM_BY_LANGUAGE = {lang: _number_pattern(lang) for lang in (*_ALL_WORDS, "zh", "ja")}
_NUM = _NUM_BY_LANGUAGE["en"]
