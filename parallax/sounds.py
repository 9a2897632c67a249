"""The sound of a name, in any script: so "Stoltenberg", "Столтенберг", "ستولتنبرغ", "스톨텐베르그" and "ストルテンベルグ" meet.

Reports of one event in different languages name the same people and places,
each in its own script and spelling.  :func:`parallax.letters.to_latin`
already writes Cyrillic and Greek in Latin letters; Arabic, Persian, Hebrew,
Devanagari, Hangul and Kana are romanised here, letter by letter (Hangul
syllables are decomposed arithmetically).  Chinese characters in a Chinese
text are read in pinyin (:func:`heard_keys`), which is how other languages'
press spells Chinese names and places ("深圳" Shenzhen, "习近平" Xi Jinping);
kanji in a Japanese text are read in Hepburn romaji by pykakasi's dictionary
("植田" Ueda, "東京" Tokyo), the long vowels written once as the press does.

A romanisation still differs by language ("Nikos"/"نيكوس" has no vowels,
"Lesbos"/"Λέσβου" is "lesvou"), so names are compared by :func:`sound_key`:
the consonants only, in six classes (b f p v w · g k q and a hard c · d t ·
l r · m n · s z j and the soft c, sh, ch; h and y dropped), repeats of a class
in a row written once.  The key is coarse on purpose; callers accept a match only for keys of
three classes or more ("Alexiou", two classes, is too short to tell), and only after spelling has failed.
The readings of Chinese characters and kanji are in :mod:`parallax.han_readings`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from parallax.central_letters import central
from parallax.ethiopic_letters import ETHIOPIC_SYLLABLES
from parallax.han_readings import _ALL_KANJI, _HAN, _LONG_VOWEL, _READING_MIN, _pinyin, _press_romaji, _romaji, pinyin_readings  # noqa: F401  (moved)
from parallax.korean import korean_keys, long_enough, press_form, same_korean_name
from parallax.letters import fold, to_latin
from parallax.pinyin_names import pinyin_name
from parallax.short_names import short_words_name
from parallax.thai_letters import THAI_CONSONANTS

# Arabic, Persian and Urdu letters; long vowels and weak letters (ا و ي ى ع ء ه ة) carry no consonant here
_ARABIC = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "", "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
    "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k",
    "گ": "g", "ل": "l", "م": "m", "ن": "n", "ٹ": "t", "ڈ": "d", "ڑ": "r",
}  # fmt: skip
_HEBREW = {
    "ב": "b", "ג": "g", "ד": "d", "ז": "z", "ח": "kh", "ט": "t", "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n",
    "ן": "n", "ס": "s", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip
# Devanagari consonants with their inherent "a" (a virama takes it away); vowel signs dropped but the vocalic "ri" ("कृष्णन");
# the anusvara and the candrabindu are the nasal the Latin spelling writes as "n" or "m" ("रंजीत" Ranjit, "संजय" Sanjay)
_DEVANAGARI = {"\u0943": "ri", "\u0944": "ri", "\u090b": "ri", "\u0902": "n", "\u0901": "n"} | dict(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
    (c + "a" for c in "k kh g gh n ch chh j jh n t th d dh n t th d dh n p f b bh m y r l v sh sh s h".split()),
    strict=True,
))  # fmt: skip
# Bengali and Tamil: Devanagari's letters 0x80 and 0x280 on ("রাশিদা বেগম" Rashida Begum, "சக்கரபாணி" Sakkarapani), and
_BENGALI = {chr(ord(k) + off): v for off in (0x80, 0x280) for k, v in _DEVANAGARI.items()} | dict(zip("\u09ce\u09dc\u09dd\u09df\u0bb1\u0bb4\u0ba9\u0bb3\u0b9a", "t r r y ra la na la sa".split(), strict=True))
_VIRAMA = re.compile("a[\u094d\u09cd\u0bcd]")  # (the khanda ta, ড়, ঢ়, য়; Tamil's ற, ழ, ன, ள, and ச, which Latin writes "s")
_DAD_AS_Z = str.maketrans({"ض": "ز"})
# Kana: each syllable's consonant with a vowel ("a" keeps two consonants apart); the long mark and small tsu carry none
_KANA_ROWS = {
    "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サスセソ", "sh": "シ", "z": "ザズゼゾジ", "t": "タテト", "ch": "チ",
    "ts": "ツ", "d": "ダヂヅデド", "n": "ナニヌネノン", "h": "ハヒヘホ", "f": "フ", "b": "バビブベボ", "p": "パピプペポ",
    "m": "マミムメモ", "y": "ヤユヨャュョ", "r": "ラリルレロ", "w": "ワヲ", "v": "ヴ",
}  # fmt: skip
_KANA = {ch: cons + ("" if ch in "ンャュョ" else "a") for cons, chars in _KANA_ROWS.items() for ch in chars}
_KANA.update(dict.fromkeys("アイウエオ", "a"))
_KANA.update({chr(ord(ch) - 0x60): cons for ch, cons in list(_KANA.items()) if "\u30a1" <= ch <= "\u30f6"})  # hiragana
_TABLE = str.maketrans({**_ARABIC, **_HEBREW, **_DEVANAGARI, **_BENGALI, **_KANA, **THAI_CONSONANTS, **ETHIOPIC_SYLLABLES, "χ": "kh"})
# two signs for one sound, read first: Hebrew geresh "ch", "j", "zh" ("סמוטריץ'" Smotrich), Arabic ta+shin "ch" ("سموتريتش")
_DIGRAPH_SIGNS = {"צ": "ch", "ץ": "ch", "ג": "j", "ז": "zh"}
_SIGN_PAIRS = re.compile(r"([צץגז])[׳'’]|تش")

# Hangul: initial and final consonants of a syllable (U+AC00 + (initial * 21 + vowel) * 28 + final)
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_FINALS = "- k k ks n nj nh t l lk lm lb ls lt lp lh m p ps t t ng t t k t p h".split()

_CLASSES = {**dict.fromkeys("bfpvw", "1"), **dict.fromkeys("gkqx", "2"), **dict.fromkeys("dt", "3"), **dict.fromkeys("lr", "4"),
            **dict.fromkeys("mn", "5"), **dict.fromkeys("cjsz", "6")}  # fmt: skip
# (after these, a "c" left before a, o, u or a consonant is hard: "Nicolas", "Cristina")
_DIGRAPHS = (("sch", "s"), ("ph", "f"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("ch", "c"), ("x", "ks"))
_HARD_C = re.compile(r"c(?![eiyc])")


def _hangul(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial, final = _INITIALS[code // 588], _FINALS[code % 28]
            out.append((initial if initial != "-" else "") + "a" + (final if final != "-" else ""))
        else:
            out.append(ch)
    return "".join(out)


def romanize(token: str) -> str:
    """``token`` in lower-case Latin letters, as far as its script allows (consonants only for abjads)."""
    # NFC: kana keep their voicing mark, Hangul its syllables; a Devanagari nukta letter is its base letter and the nukta
    text = unicodedata.normalize("NFC", token)
    text = _hangul(text) if any("\uac00" <= c <= "\ud7a3" for c in text) else text
    text = _SIGN_PAIRS.sub(lambda m: _DIGRAPH_SIGNS[m[1]] if m[1] else "ch", text)
    return fold(to_latin(_VIRAMA.sub("", text.lower().translate(_TABLE))))


@lru_cache(maxsize=65536)
def sound_key(token: str, loose: bool = False) -> str:
    """The classes of the consonants of ``token`` (see the module docstring); "" when it has none.

    ``loose``: a class repeated across a vowel is written once too ("Zelensky" and "젤렌스키", whose
    Korean spelling puts a vowel between s and k; "Mohammed" and "محمد", which writes no short vowels)."""
    text = romanize(token)
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = _HARD_C.sub("k", text)
    key: list[str] = []
    last = ""
    for ch in text:
        cls = _CLASSES.get(ch, "")
        if cls:
            if cls != last:
                key.append(cls)
            last = cls
        elif ch not in "hwy'’" and not loose:  # a vowel separates two consonants of one class ("Nikos": k, s); h, w, y do not
            last = ""
    return "".join(key)


def same_sound(a: str, b: str, min_classes: int = 3) -> bool:
    """Whether two name tokens share a sound key of ``min_classes`` classes or more, or a longer
    one (one class more) either loosely or with one more class at the end of one of them (a case
    ending: "Stoltenbergs").  Three classes are 216 keys: only an exact match is trusted there."""
    for loose in (False, True):
        short, long_ = sorted((sound_key(a, loose), sound_key(b, loose)), key=len)
        if short == long_ and len(short) >= min_classes + loose:
            return True
        if len(short) > min_classes and len(long_) == len(short) + 1 and long_.startswith(short):
            return True
    return False


_SCRIPTS = {  # the script each language is written in, where it is not the Latin alphabet
    **dict.fromkeys(("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"), "cyrillic"), "el": "greek",
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ku"), "arabic"), **dict.fromkeys(("he", "yi"), "hebrew"),
    **dict.fromkeys(("hi", "mr", "ne", "sa"), "devanagari"), "ko": "hangul", "ja": "kana", "zh": "han", "th": "thai",
    "bn": "bengali", "ta": "tamil", "am": "ethiopic", "ti": "ethiopic",  # (until stories54 "latin": Bengali met English)
}  # fmt: skip


def script(language: str | None) -> str:
    """The script ``language`` (an ISO 639-1 code) is written in: "latin" unless listed."""
    return _SCRIPTS.get((language or "")[:2].lower(), "latin")


_CASELESS = frozenset({"arabic", "hebrew", "devanagari", "bengali", "tamil", "hangul", "kana", "han", "thai", "ethiopic"})


def caseless(language: str | None) -> bool:
    """Whether ``language`` is written without capitals: no capital marks its names, and there is
    no packaged entity model for it, so its names hide among its words."""
    return script(language) in _CASELESS


# Korean writes its particles onto the word ("벨모라에서", "바르가는"): the name is the word without them
_KO_PARTICLE = re.compile(r"(?:에서|에게|으로|로|까지|부터|은|는|이|가|을|를|의|에|와|과|도|만)$")


def heard_keys(words, language: str | None, min_classes: int = 4) -> set[str]:
    """The keys of ``words`` (of a text in ``language``) that may stand for a name: sound keys of
    four classes or more, for a name of that length found among a text's words is rarely chance
    (see :meth:`parallax.stories.story.Story.names_heard`).  A Chinese word gives its pinyin
    instead (``"=shenzhen"``): pinyin syllables are a consonant, a vowel and at most n or ng, so
    coarse keys of them meet unrelated names ("Johnson" and 深圳 share one), while the press of
    other languages spells Chinese names in that very pinyin.  A Japanese word in kanji gives its
    romaji the same way (``"~ueda"``, :func:`_romaji`), and a Korean word its Latin spelling (``"@busan"``,
    :func:`parallax.korean.korean_keys`).  A run of the characters the Chinese press spells foreign names with
    gives the consonants of its sound too (``"%6141"``, 齐维廖夫 "Tsivilev": :mod:`parallax.press_keys`).  Match
    names with :func:`name_keys`."""
    from parallax.press_keys import han_key

    ko, han, kana = script(language) == "hangul", script(language) == "han", script(language) == "kana"
    keys = set()
    for w in words:
        if han:
            reading = _pinyin(w)
            if len(reading) >= _READING_MIN and reading.isascii() and reading.isalpha():
                keys.add("=" + reading)
            if len(spelt := han_key(w)) >= min_classes:  # a foreign name in characters of transliteration: 齐维廖夫
                keys.add("%" + spelt)
            continue
        if kana and _ALL_KANJI.fullmatch(w):
            keys.update("~" + r for r in _romaji(w) if len(r) >= _READING_MIN and r.isascii() and r.isalpha())
            continue
        key = sound_key(_KO_PARTICLE.sub("", w) if ko else w)
        if len(key) >= min_classes:
            keys.add(key)
        if ko:  # and its Latin spelling, which places of three consonants need ("부산" Busan): see parallax.korean
            keys.update("@" + f for f in korean_keys(_KO_PARTICLE.sub("", w)) | korean_keys(w))
    return keys


def hearable(name: str, language: str | None) -> bool:
    """Whether a (folded, Latin) name token is long enough to be heard among the words of a text in
    ``language`` (:func:`heard_keys`): four sound classes, or five letters against a reading of
    Chinese (pinyin) or Japanese kanji (romaji)."""
    kind = script(language)
    if kind == "han":
        return len(name) >= _READING_MIN
    return len(sound_key(name)) >= 4 or (kind == "kana" and len(_press_romaji(fold(name))) >= _READING_MIN)


def spelt_among(name: str, keys: set[str]) -> bool:
    """Whether a name too short to be :func:`hearable` ("Busan", "Seoul": three consonant classes) is among the
    Korean words of ``keys`` by its spelling (:mod:`parallax.korean`): five letters spelt alike are no chance.
    Only a name so found counts, so the names a Korean report leaves out dilute no share they did not before."""
    return long_enough(name) and "@" + press_form(fold(name)) in keys


def name_keys(name: str) -> set[str]:
    """The keys a name token is heard by among :func:`heard_keys`: its sound key, itself as pinyin,
    itself as romaji with its long vowels written once ("Inoue" and 井上 "inoue" both "inoe"), and its
    Korean press form ("Busan" and 부산, :mod:`parallax.korean`), and the consonants every press keeps of it
    ("Tsivilev", "Ziwilew" and 齐维廖夫, :mod:`parallax.press_keys`), and its sound key with "w" read as the vowel
    letter Arabic and Korean write it with ("Antwerp" is 5341 as "انتويرب" and "앤트워프" are; with "w" a consonant
    it is 53141, and the first report of a blast in Antwerp, in Arabic, shared no name with the English ones)."""
    from parallax.press_keys import press_key

    folded = fold(name).replace("-", "").replace("'", "")
    return {sound_key(name), sound_key(name.replace("w", "u")), "=" + folded, "~" + _press_romaji(folded), "@" + press_form(folded),
            "%" + press_key(name)}  # fmt: skip


_RANGES = (
    ("latin", "A-Za-zÀ-ɏ"), ("latin", "Ͱ-ϿЀ-ӿ"),  # Greek and Cyrillic names are compared in Latin letters (letters.to_latin)
    ("arabic", "\u0600-\u06ff\u0750-\u077f"), ("hebrew", "\u0590-\u05ff"), ("devanagari", "\u0900-\u097f"),
    ("hangul", "\uac00-\ud7a3\u1100-\u11ff"), ("kana", "\u3040-\u30ff"), ("han", "\u4e00-\u9fff\u3400-\u4dbf"), ("ethiopic", "\u1200-\u137f"),
)  # fmt: skip
_SCRIPT_OF = [(name, re.compile(f"[{chars}]")) for name, chars in _RANGES]


def text_script(text: str) -> str:
    """The script of the first letter of ``text`` that belongs to one this module knows ("" for none)."""
    best = ("", len(text))
    for name, pattern in _SCRIPT_OF:
        m = pattern.search(text, 0, best[1])
        if m:
            best = (name, m.start())
    return best[0]


def same_name_by_sound(a: str, b: str) -> bool | None:
    """Whether two names written in different scripts are one name: True when a word of one
    sounds like a word of the other, False when every word of both has a key long enough to
    tell and none meets, ``None`` when that cannot be told (a name in Chinese characters, or
    one too short: "Ali")."""
    korean = same_korean_name(a, b) if (found := same_korean_name(b, a)) is None else found
    if korean is not None:
        return korean  # "이재명" / "Lee Jae-myung" by the surname's press spellings; not "Kim Jae-myung"
    if same_han_name(a, b) or same_han_name(b, a) or same_hangul_name(a, b) or same_hangul_name(b, a):
        return True
    if (pinyin := pinyin_name(a, b) if (found := pinyin_name(b, a)) is None else found) is not None:
        return pinyin  # "吕大良" / "Lü Daliang", and not "Wang Jianguo": a Chinese name against pinyin (:mod:`parallax.pinyin_names`)
    # Persian and Urdu say "ض" as z, and Arabic writes a Persian name's z with it ("رضائي", Rezaei): either reading
    if ((za := a.translate(_DAD_AS_Z)) != a or b.translate(_DAD_AS_Z) != b) and same_name_by_sound(za, b.translate(_DAD_AS_Z)):
        return True
    wa, wb = a.split(), b.split()
    if any(same_sound(x, y) or same_sound(_unsounded(x), _unsounded(y)) or same_sound(central(x), central(y)) for x in wa for y in wb):
        return True
    if _word_by_word(wa, wb):
        return True
    if (whole := short_words_name(wa, wb)) is not None:
        return whole  # "Avi Cohen" / "דני לוי": two whole names of short words, no word meeting (:mod:`parallax.short_names`)
    if all(len(sound_key(w)) >= 3 for w in wa + wb):
        return False
    return None


_SILENT_R = re.compile(r"(?<=[a-z]ie)r\Z|(?<=[aeiou][nr])[td]\Z", re.I)


def _unsounded(word: str) -> str:
    """A Latin name as French says it where its spelling ends on a silent letter: the "r" of "-ier" ("Mercier"), a "t"
    or "d" after a vowel and "n"/"r" ("Dupont", "Bernard"), which other scripts do not write ("Мерсье", "Дюпон")."""
    return _SILENT_R.sub("", word)


def _word_by_word(wa: list[str], wb: list[str]) -> bool:
    """Two names of as many words, two or more, each word sounding like the other name's word at its place,
    with two consonant classes each at least: "Hassan Nour" / "حسن نور".  One short word alone tells
    nothing (36 keys of two classes), but every word of a whole name meeting in order is what one name
    transcribed does."""
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    # (or loosely, a class repeated across a vowel written once: "Mohammad" / "محمد", which writes no short vowel)
    return all(any(len(k := sound_key(x, lo)) >= 2 and k == sound_key(y, lo) for lo in (False, True)) for x, y in zip(wa, wb, strict=True))


_MIN_READ_NAME = 5  # letters a Latin name needs before a reading of Chinese characters may match it ("Sato" alone may not)


def same_han_name(han: str, latin: str) -> bool:
    """Whether a name in Chinese characters (kanji) is the Latin name of another report: "王丽华" / "Wang Lihua"
    by pinyin, "山田健一" / "Kenichi Yamada" or "Yamada" by the Hepburn readings of its words, either
    order.  Sound keys cannot tell (characters carry no consonants of their own), so such a speaker stayed
    unmatched and two reports' quotations of one person could not meet.  The whole Latin name must be read,
    every word of it, and be five letters or more; a name that is not read stays undecided, never a
    different person."""
    if not _ALL_KANJI.fullmatch(han) or text_script(latin) != "latin":
        return False
    words = [fold(w).replace("-", "").replace("'", "").replace("’", "") for w in latin.split()]
    if not words or sum(map(len, words)) < _MIN_READ_NAME:
        return False
    if not pinyin_readings(han).isdisjoint(("".join(words), "".join(reversed(words)))):  # (a second reading: "朝阳", stories60)
        return True
    readings = {r.replace("'", "") for r in _romaji(han)}
    return all(_press_romaji(w) in readings for w in words)


_HANGUL_NAME = re.compile("[\uac00-\ud7a3]{2,4}")


def same_hangul_name(hangul: str, latin: str) -> bool:
    """Whether a Korean name in Hangul ("김민수", one word) is the Latin name of another report ("Kim Min-su",
    "Lee Jung-ho", "Park Jun-ho"): the sound key of the whole name, each side's words run together, with
    "l" and "r" left out, since the press writes 이 as "Lee" and 박 as "Park" (the Hangul has no such
    consonant).  Word by word the syllables of a given name ("Min-su") are too short to tell; the whole
    name has three classes or more."""
    if not _HANGUL_NAME.fullmatch(hangul) or text_script(latin) != "latin" or len(latin.split()) > 3:
        return False
    key_h = sound_key(romanize(hangul)).replace("4", "")
    key_l = sound_key(fold(latin).replace("-", "").replace(" ", "")).replace("4", "")
    return len(key_h) >= 3 and key_h == key_l
