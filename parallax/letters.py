"""Letters of the alphabets Parallax reads, as regular-expression character ranges.

Python's ``re`` has no "upper-case letter" class, so name, dateline and
sentence patterns spell the capitals out: Latin with its Western and Central
European letters, Cyrillic with the Ukrainian ones, Greek.  One definition, so a new
alphabet is added in one place.  :func:`to_latin` writes Cyrillic and Greek in
Latin letters, so a name compares across scripts.
"""

import re
import unicodedata

# scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar):
# a run of ``\w`` there is a clause, not a word
UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
# the Han characters of Chinese and of Japanese kanji (the unified ideographs and their first extension)
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# letters and marks Python's ``re`` leaves out of ``\w`` (it takes only letters and digits): the vowel signs
# and viramas of the Indic scripts (Devanagari to Sinhala, their dandas left out), Arabic vowel marks,
# combining accents, and the zero-width (non-)joiner Persian and the Indic scripts write inside a word.
# ``[\w{IN_WORD}]+`` is a whole word in every script ("रविवार", not "रव" and "व").
MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
IN_WORD = MARKS + "\u200c\u200d"
WORD = f"[\\w{IN_WORD}]+"
# Vietnamese: the letters with a horn or breve and Đ, and the stacked tone marks of Latin Extended
# Additional ("Nguyễn", "Đặng", "Thạnh"), each case on its own
_VIETNAMESE = "ĂăĐđĨĩŨũƠơƯư" + "".join(map(chr, range(0x1EA0, 0x1EFA)))
# (with the Lithuanian and Latvian letters: "Ėglė", "Įvykis", "Ūla", "Ābele", "Ģirts", "Ķīpsala", "Ļuba", "Ņina")
_BALTIC = "ĀāĒēĖėĢģĪīĮįĶķĻļŅņŪūŲų"
# Romanian s and t with a comma below, and the cedilla forms older fonts and pages use ("Ștefan", "Țiriac", "Ţurcanu")
_ROMANIAN = "ȘșȚțŢţ"
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰŞĞİĐĽĹŔЂЈЉЊЋЏЃЌЅΑ-ΡΣ-ΩΆΈ-ΊΌΎΏΪΫ" + "".join(c for c in _VIETNAMESE + _BALTIC + _ROMANIAN if c.isupper())
LOWER = "a-zà-öø-ÿа-яёєіїґąćęłńśźżčďěňřšťůžőűşğıđľĺŕђјљњћџѓќѕά-ώΐΰ" + "".join(c for c in _VIETNAMESE + _BALTIC + _ROMANIAN if c.islower())

# A simple, lossy transliteration of lower-case Cyrillic and Greek: enough for "Ирина Васько",
# "Ірина Васько" and "Irina Vasko", or "Μητσοτάκης" and "Mitsotakis", to compare as one name.
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "ж": "zh", "з": "z", "и": "i",
    "і": "i", "ї": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
    # Serbian and Macedonian letters ("Јелена" is Jelena, "Ђоковић" Djokovic)
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz",
    "α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z", "η": "i", "ή": "i", "θ": "th",
    "ι": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "ό": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "ύ": "y", "ϋ": "y", "ΰ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o", "ώ": "o",
})  # fmt: skip


def to_latin(text: str) -> str:
    """Lower-case Cyrillic and Greek letters in ``text`` written in Latin ones; the rest as is."""
    return text.replace("ου", "ou").replace("ού", "ou").translate(_LATIN)


_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold(token: str) -> str:
    """Lower case without accents: 'Élysée' and 'Elysee' are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", token.lower()) if not unicodedata.combining(c))


def loose(text: str) -> str:
    """``text`` as a search compares it: folded (:func:`fold`, also Greek stress marks: "Πειραιά"
    finds "Πειραια"), "ß" as "ss", Arabic without its vowel marks and with one alef ("الإسكندرية"
    finds "الاسكندرية")."""
    return fold(text.casefold()).translate(_ALEF)


_DECIMAL_DIGIT = re.compile(r"[^\W\D0-9]")  # a decimal digit (Unicode category Nd) other than the ASCII ones


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script (Unicode category Nd: Arabic-Indic "١٤", Persian "۱۴",
    Devanagari "१४", Bengali "১৪", Thai "๑๔", full-width "１４") as its ASCII digit, one character for one, so offsets
    hold; the rules that read figures and years are written for ASCII digits."""
    if text.isascii():
        return text
    return _DECIMAL_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
