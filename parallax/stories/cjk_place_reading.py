"""Places of Chinese, Japanese and Korean leads read against the Latin places of a story told in other scripts.

The join across scripts needs evidence (:mod:`.script_evidence`); a Chinese, Japanese or Korean lead gives it only
where its place is read as the other side's.  Three readings were missing:

* A Chinese report spells a foreign place in characters of transliteration and runs it into the next name:
  "西伯利亚克麦罗沃州" (Siberia's Kemerovo region) is one word, and its run of such characters, "亚克麦罗沃", has
  the consonants of no place (stories54).  Here a place of the other side is read *inside* such a run: some part of
  the run, three characters or more, keeps the consonants every press keeps of the Latin name
  (:func:`parallax.press_keys.han_key` against :func:`parallax.press_keys.press_key`, "克麦罗沃" and "Kemerovo"
  are both 2541), four consonant classes at least, the length of a name that a text's words rarely meet by chance.
* A short foreign place in characters ("达卡", Dhaka, read "daka") is no pinyin spelling of its Latin name, so the
  two sides' event places, each a handful, meet by their consonants (:func:`.uncased_places.consonants`, "dk")
  and a spelling near enough (rapidfuzz ratio 80), as the places of leads without capitals meet the place table.
* Korean writes places in Hangul with their particles ("서울에서", in Seoul): a word of a Korean lead, its particle
  cut, is a place where its Revised Romanization is the place table's English name (:mod:`parallax.korean`, five
  letters or more as there: "seoul", "pyongyang").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz import fuzz

from parallax.han_readings import _romaji, pinyin_readings
from parallax.korean import MIN_LETTERS, press_form, revised
from parallax.letters import HAN
from parallax.press_keys import TRANSLITERATION_RUN, han_key, press_key
from parallax.stories.place_names import exonyms
from parallax.stories.uncased_places import consonants

MIN_CLASSES = 4  # consonant classes a Latin place needs to be read inside a run of transliteration
MIN_RATIO = 80  # how alike two event places' spellings must be once their consonants agree
_RUN_PART_MIN = 3  # characters of the part of a run read as a name
_HAN_PLACE = re.compile(f"[{HAN}々]{{2,5}}")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]{2,}")
_KO_PARTICLE = re.compile(r"(?:에서|에게|으로|로|까지|부터|은|는|이|가|을|를|의|에|와|과|도|만)$")
MAX_PLACES = 6


def read_in_runs(place: str, words: Iterable[str]) -> bool:
    """Whether a Latin place (of four consonant classes or more by its press key) is some part of a run of
    transliteration characters among ``words`` (a Chinese side's words: see the module docstring)."""
    if not place.isascii() or len(key := press_key(place)) < MIN_CLASSES:
        return False
    for w in words:
        for run in TRANSLITERATION_RUN.findall(w):
            n = len(run)
            if any(han_key(run[i:j]) == key for i in range(n) for j in range(i + _RUN_PART_MIN, n + 1)):
                return True
    return False


def _readings(place: str) -> set[str]:
    """The Latin readings of a place in kanji or hanzi (pinyin, Hepburn romaji) or in Hangul (Revised Romanization)."""
    if _HAN_PLACE.fullmatch(place):
        return {*pinyin_readings(place), *(r.replace("'", "") for r in _romaji(place))} - {""}
    if _HANGUL_WORD.fullmatch(place := unicodedata.normalize("NFC", place)):
        return {revised(place)}
    return set()


def places_read(place: str, other: str) -> bool:
    """Whether two event places, one in kanji, hanzi or Hangul and one in Latin letters, are one place by the
    consonants of a reading and a spelling near enough ("达卡" / "Dhaka": see the module docstring)."""
    readings = _readings(place) or _readings(other)
    latin = other if _readings(place) else place
    if not readings or not latin.isascii() or not latin.isalpha():
        return False
    key = consonants(latin)
    return len(key) >= 2 and any(consonants(r) == key and fuzz.ratio(r, latin) >= MIN_RATIO for r in readings)


def cjk_agreement(
    places: Iterable[str], words: Iterable[str], story_places: Mapping[str, int], story_words: Mapping[str, Mapping[str, int]]
) -> bool:
    """Whether an article and a story (one side Chinese, Japanese or Korean) name one place by a reading: an event
    place of one side read among the other's event places (:func:`places_read`) or inside the runs of transliteration
    of the other's Chinese words (:func:`read_in_runs`)."""
    places = tuple(places)
    if any(places_read(p, q) for p in places for q in story_places):
        return True
    if any(read_in_runs(q, words) for q in story_places):
        return True
    chinese = [w for lang, bag in story_words.items() if lang == "zh" for w in bag]
    return bool(chinese) and any(read_in_runs(p, chinese) for p in places)


@lru_cache(maxsize=1)
def _by_press_form() -> dict[str, str]:
    """The place table's English names of one word (five letters or more) by their Korean press form."""
    out: dict[str, str] = {}
    for english, _ in exonyms().values():
        if " " not in english and english.isascii() and english.isalpha() and len(english) >= MIN_LETTERS:
            out.setdefault(press_form(english), english)
    return out


def korean_places(lead: Iterable[str]) -> tuple[str, ...]:
    """The places of a Korean lead (title and opening sentences) in text order, each once: a word the place table
    knows by the Revised Romanization of the word without its particle ("서울에서" is "seoul"), else, in Hangul, a
    word a Korean lead writes as a place (:func:`_written_place`: "부산의 한 아파트", "수원시에서")."""
    out: list[str] = []
    for part in lead:
        words = part.split()
        for i, word in enumerate(words):
            found = [_by_press_form().get(press_form(latin)) for m in _HANGUL_WORD.finditer(word)
                     if len(latin := revised(_KO_PARTICLE.sub("", m.group()))) >= MIN_LETTERS]  # fmt: skip
            word = unicodedata.normalize("NFC", word.strip(_EDGE))
            if not any(found) and _HANGUL_WORD.fullmatch(word):
                found = [_written_place(word, words[i + 1] if i + 1 < len(words) else "")]
            out.extend(p for p in found if p is not None and p not in out)
    return tuple(out[:MAX_PLACES])


# Korean news locates its event by a formula: the place in the genitive before the determiner "한" (a, one): "부산의 한
# 아파트에서" (in an apartment in Busan), and names a city with its noun of place written onto it, "시" (city): "수원시에서",
# and a district or a county so too, "구" and "군" ("강남구에서", "양평군의"), two to four syllables before them
_CITY = re.compile("^(?P<name>[\uac00-\ud7a3]{2,})시(?:에서|의|에|는|가|)$")
_DISTRICT = re.compile("^(?P<name>[\uac00-\ud7a3]{2,4})[구군](?:에서|의|에|는|가|)$")
# common nouns that end in "구" or "군" as a district and a county do, by their last two syllables: an organisation
# ("국제기구"), research, a friend, a tool, furniture, population, a demand, a port, an entrance, an exit ("비상구",
# "출입구"), a crater, an army ("정부군", "연합군", "동맹군", "반란군") and a general
_NOT_DISTRICT = frozenset(
    "기구 연구 친구 도구 가구 인구 요구 항구 입구 출구 상구 화구 용구 부군 합군 맹군 란군 령군 압군 장군 국군 전구 탐구 추구 강구".split()
)
_EDGE = "\"'“”‘’()[],.·…"  # quotation marks and punctuation around a word
_MIN_SYLLABLES = 2  # a name in the formula: one syllable before "의" is a pronoun ("그의 한 측근", one of his aides)


def _written_place(word: str, following: str) -> str | None:
    """The name a Korean word writes as a place, in Hangul: before "의 한" ("부산의" and "한") or with "시" onto it
    ("수원시에서"), two syllables at least; None for none."""
    if following == "한" and word.endswith("의") and len(word) - 1 >= _MIN_SYLLABLES:
        return _without_noun_of_place(word[:-1])
    m = _noun_of_place(word)
    return m.group("name") if m else None


def _noun_of_place(word: str) -> re.Match[str] | None:
    """A word written as a city, a district or a county with its particle ("수원시에서", "강남구에서"), its name as
    the group "name"; None for none or a common noun (:data:`_NOT_DISTRICT`)."""
    m = _CITY.match(word) or _DISTRICT.match(word)
    if m is None or word[m.end("name") - 1 : m.end("name") + 1] in _NOT_DISTRICT:
        return None
    return m


def _without_noun_of_place(name: str) -> str:
    """A name before the genitive without the noun of place written onto it ("부산시", "양평군": "부산", "양평"), as
    the other forms read it; as it is where none is written onto it."""
    m = _noun_of_place(name)
    return m.group("name") if m else name


def korean_stems(text: str) -> set[str]:
    """The Hangul words of ``text`` without their particles ("정부는" is "정부"), two syllables at least, composed (NFC):
    a Korean place in Hangul (:func:`korean_places`) is named by a text that writes it with any particle; and the name
    of a city, district or county without its noun of place too ("강남구에서": "강남구" and "강남"), which the other
    side's Latin name is heard by ("Gangnam")."""
    out: set[str] = set()
    for m in _HANGUL_WORD.finditer(unicodedata.normalize("NFC", text)):
        stem = _KO_PARTICLE.sub("", m.group())
        if len(stem) >= _MIN_SYLLABLES:
            out.update({stem, _without_noun_of_place(stem)})
    return out
