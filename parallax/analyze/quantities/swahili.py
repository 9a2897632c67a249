"""Swahili counts follow their noun: "watu 12" (12 people), "abiria 150", "shilingi milioni 5", "watu kumi na
wawili".  The word after the count is mostly the verb ("watu 14 wamefariki"), so a count whose noun before it
is one of the nouns news counts takes that noun; "wengine" (others: "na wengine 35 wameokolewa") is the rest
of a toll, as "others" is.  Only this list: the word before a number is as often a verb or a preposition.
"""

from __future__ import annotations

import re
import unicodedata

# nouns counted in news (people, casualties, homes, vehicles, money, measures), as written before the count
COUNTED = frozenset(
    "watu wengine abiria wanafunzi wagonjwa wanajeshi askari polisi wakazi wananchi familia kaya nyumba magari vijiji shule"
    " miili maiti majeruhi wahanga waathirika wakimbizi wafungwa watoto wanawake wanaume wafanyakazi wachezaji wapiga"
    " kura viti mabao magoli visa vifo wavuvi wachimbaji madaktari walimu shilingi dola euro kilomita mita tani lita hekta"
    " ekari vituo hospitali mikoa wilaya".split()
)
# Hausa and Yoruba write the count after its noun as well ("mutane 20 sun mutu", "èèyàn 20 ló kú"): their nouns of
# people, casualties, homes and vehicles the press counts
_OTHER_COUNTED = {
    "ha": frozenset("mutane mutum sojoji dalibai yara mata maza gidaje motoci kauyuka fasinjoji ma'aikata gawarwaki".split()),
    "yo": frozenset("èèyàn ènìyàn eeyan eniyan ọmọ ilé ọkọ̀ akẹ́kọ̀ọ́ ọlọ́pàá sójà òṣìṣẹ́ abúlé".split()),
}
# the noun, then the words that may stand between it and the count ("zaidi ya", more than; "takriban", about)
_NOUN_BEFORE = re.compile(r"(?<!\w)(\w++)[ \u00a0]++(?:(?:zaidi[ \u00a0]++ya|takriban|karibu|kama|wapatao)[ \u00a0]++)?\Z", re.I)


def swahili_noun_before(text: str, start: int, lang: str = "sw") -> str | None:
    """The counted noun right before the count at ``text[start:]``, lower case, else None (Swahili, or the Hausa
    and Yoruba nouns of :data:`_OTHER_COUNTED` with ``lang``)."""
    m = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    word = unicodedata.normalize("NFC", m.group(1).lower()) if m else ""
    return word if word in _OTHER_COUNTED.get(lang, COUNTED) else None


# the scale between the noun and the figure: "shilingi milioni 20" (20 million shillings), "dola bilioni 1.5", "watu elfu
# 3"; the figure alone read 20, so a fine of 20 million shillings was a bare count of 20
_SCALES = {"elfu": 1e3, "milioni": 1e6, "bilioni": 1e9, "trilioni": 1e12}
_SCALE_BEFORE = re.compile(r"(?<!\w)(\w++)[ \u00a0]++(elfu|milioni|bilioni|trilioni)[ \u00a0]++\Z", re.I)


def swahili_scaled(text: str, start: int) -> tuple[float, str, int] | None:
    """For the figure at ``text[start:]`` after a counted noun and a scale ("shilingi milioni 20"): the scale's factor,
    the noun (lower case) and where the scale starts; else None."""
    m = _SCALE_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() not in COUNTED:
        return None
    return _SCALES[m.group(2).lower()], m.group(1).lower(), m.start(2)
