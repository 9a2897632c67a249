"""Korean words in the Latin spelling the press of other languages uses for Korean names.

Korean places are spelt in Latin letters by the Revised Romanization ("부산" Busan, "서울" Seoul, "인천"
Incheon, "해운대" Haeundae), and people mostly by older conventions ("이재명" Lee Jae-myung, "윤석열" Yoon
Suk-yeol).  The coarse sound keys of :mod:`parallax.sounds` are too short to trust for such names (Busan has
three consonant classes), so a Korean word is also written here in the Revised Romanization, and both that
spelling and a Latin name are brought to one press form (:func:`press_form`) that keeps the vowels: "eo", "eu"
and "o" as "u", "ae" as "e" ("myeong" and "myung" are one), so two spellings of one name meet exactly, while a
spelling of five letters or more (:data:`MIN_LETTERS`, counted before the vowels are brought together) rarely
meets another word by chance.  A Korean personal name is written as one
word, surname first: its given name (the syllables after the first) is spelt on its own too, as the press
writes it apart ("Jae-myung").
"""

from __future__ import annotations

import re
import unicodedata

_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
_HANGUL = re.compile("[\uac00-\ud7a3]+")
# the Revised Romanization's vowels brought to the press's ("Suk", "Myung", "Jae"), longest first
_PRESS = (("yeo", "yo"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("o", "u"))
_NOT_LETTER = re.compile(r"[^a-z]")
MIN_LETTERS = 5  # a spelling this long is a name's, not a chance (as the readings of Chinese and Japanese)


def revised(word: str) -> str:
    """The Hangul syllables of ``word`` in the Revised Romanization, letter by letter (no sound changes
    across syllables but "ll" for two ㄹ: "울릉" is Ulleung); other characters are dropped."""
    out: list[str] = []
    last_final = ""
    for ch in "".join(_HANGUL.findall(unicodedata.normalize("NFC", word))):
        code = ord(ch) - 0xAC00
        initial, medial, final = _INITIALS[code // 588], _MEDIALS[(code % 588) // 28], _FINALS[code % 28]
        initial = "" if initial == "-" else ("l" if initial == "r" and last_final == "l" else initial)
        last_final = "" if final == "-" else final
        out.append(initial + medial + last_final)
    return "".join(out)


def press_form(latin: str) -> str:
    """A Latin spelling of a Korean name in one form for comparison (see the module)."""
    text = _NOT_LETTER.sub("", latin.lower())
    for a, b in _PRESS:
        text = text.replace(a, b)
    return text


def korean_keys(word: str) -> set[str]:
    """The press forms a Korean word may be a name by: the whole word, and the given name of a word of three
    syllables (a person's name, surname first); only forms of :data:`MIN_LETTERS` letters or more."""
    syllables = "".join(_HANGUL.findall(unicodedata.normalize("NFC", word)))  # (folded words come decomposed)
    spellings = [revised(syllables)] + ([revised(syllables[1:])] if len(syllables) == 3 else [])
    return {press_form(r) for r in spellings if len(r) >= MIN_LETTERS}


def long_enough(name: str) -> bool:
    """Whether a Latin name token is long enough to be heard by its press form (:data:`MIN_LETTERS` letters)."""
    return len(_NOT_LETTER.sub("", name.lower())) >= MIN_LETTERS


# The press spellings of the frequent Korean surnames, which follow no romanization ("이" is Lee, Yi or Rhee, "박"
# Park, "정" Jung or Chung): a Hangul name and a Latin one are one person's only when the surname is one of its
# spellings and the given name is spelt alike too (:func:`same_korean_name`), for a surname alone is shared by
# millions ("Kim", "Lee") and short enough to meet another by chance
SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"), "이": ("lee", "yi", "rhee", "ri", "rhie", "i", "yee"), "박": ("park", "pak", "bak"),
    "최": ("choi", "choe", "choy"), "정": ("jung", "chung", "jeong", "cheong", "joung"), "강": ("kang", "gang"),
    "조": ("cho", "jo", "joh", "chough"), "윤": ("yoon", "yun", "youn"), "장": ("jang", "chang"),
    "임": ("lim", "im", "rim", "yim"), "한": ("han",), "오": ("oh", "o"), "서": ("seo", "suh", "so"),
    "신": ("shin", "sin", "sheen"), "권": ("kwon", "gwon", "kweon"), "황": ("hwang", "whang"), "안": ("ahn", "an"),
    "송": ("song",), "전": ("jeon", "chun", "jun", "chon"), "홍": ("hong",), "유": ("yoo", "yu", "you"),
    "고": ("ko", "go", "koh"), "문": ("moon", "mun"), "양": ("yang", "ryang"), "손": ("son", "sohn"),
    "배": ("bae", "bai", "pae"), "백": ("baek", "paik", "paek", "back"), "허": ("heo", "huh", "hur"), "남": ("nam",),
    "심": ("shim", "sim"), "노": ("noh", "roh", "no", "ro"), "하": ("ha",), "곽": ("kwak", "gwak"),
    "성": ("sung", "seong"), "차": ("cha",), "주": ("joo", "ju", "chu", "choo"), "우": ("woo", "wu", "u"),
    "구": ("koo", "ku", "gu"), "민": ("min",), "류": ("ryu", "yoo", "yu", "ryoo", "lyu"), "나": ("na", "ra"),
    "진": ("jin", "chin"), "지": ("ji", "chi"), "엄": ("eom", "um", "uhm"), "채": ("chae",), "원": ("won",),
    "천": ("cheon", "chun"), "방": ("bang",), "공": ("kong", "gong"), "현": ("hyun", "hyeon"), "함": ("ham",),
    "변": ("byun", "byeon", "pyun"), "염": ("yeom", "yum"), "여": ("yeo", "yuh"), "추": ("choo", "chu"),
    "도": ("do", "doh"), "석": ("seok", "suk"), "선": ("sun", "seon"), "설": ("seol", "sul"), "길": ("gil", "kil"),
    "연": ("yeon", "yun"), "표": ("pyo",), "명": ("myung", "myeong"), "기": ("ki", "gi"), "반": ("ban", "pan"),
    "왕": ("wang",), "금": ("keum", "geum", "kum"), "육": ("yook", "yuk"), "인": ("in",), "탁": ("tak",),
    "국": ("kook", "guk"), "봉": ("bong",), "경": ("kyung", "gyeong"),
    "황보": ("hwangbo",), "남궁": ("namgung", "namkoong"), "제갈": ("jegal",), "선우": ("sunwoo", "seonwoo"),
}  # fmt: skip
# the press's spellings of a given name brought together after :func:`press_form`: voiced and unvoiced
# consonants ("Kyung" and gyeong), "sh" and "s", "oo"/"uu" and "u", "ee" and "i", "l" and "r"
_LOOSE = (("uu", "u"), ("ee", "i"), ("ui", "i"), ("wu", "u"), ("sh", "s"), ("ch", "j"), ("g", "k"), ("d", "t"),
          ("b", "p"), ("r", "l"), ("ck", "k"), ("h", ""))  # fmt: skip


def _loose(latin: str) -> str:
    text = press_form(latin)
    for a, b in _LOOSE:
        text = text.replace(a, b)
    return text


_LOOSE_SURNAMES = {h: {_loose(s) for s in (*spelt, revised(h))} for h, spelt in SURNAMES.items()}
_ANY_SURNAME = frozenset().union(*_LOOSE_SURNAMES.values())


def same_korean_name(hangul: str, latin: str) -> bool | None:
    """Whether a Korean name in Hangul ("이재명", one word, surname first) is the Latin name of another report
    ("Lee Jae-myung", "Jae-myung Lee", "Kim Jong Un"): the surname one of its press spellings (:data:`SURNAMES`)
    and the given name spelt alike (:func:`_loose`).  False when the Latin name opens or closes on a Korean
    surname and yet does not match (another surname, or another given name: "Kim Jae-myung", "Lee Min-su");
    None when that cannot be told (a surname not listed)."""
    syllables = "".join(_HANGUL.findall(unicodedata.normalize("NFC", hangul)))
    words = [w for w in re.split(r"\s+", latin.strip()) if w]
    if syllables != hangul.strip() or not 2 <= len(syllables) <= 4 or not 2 <= len(words) <= 3 or not latin.isascii():
        return None
    cut = 2 if len(syllables) >= 3 and syllables[:2] in SURNAMES else 1
    surname, given = syllables[:cut], revised(syllables[cut:])
    if surname not in SURNAMES:
        return None
    korean_shaped = False
    for family, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if _loose(family) not in _ANY_SURNAME:
            continue
        korean_shaped = True
        if _loose(family) in _LOOSE_SURNAMES[surname] and _loose("".join(rest)) == _loose(given):
            return True
    return False if korean_shaped else None
