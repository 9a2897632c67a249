"""Amharic, Hausa and Yoruba, which the identifier's set lacks and which came out as Norwegian, Romanian and Turkish.

Amharic is written in the Ethiopic script (Ge'ez, U+1200-U+139F and U+2D80-U+2DDF), which only Amharic and
Tigrinya write in the press: a text mostly in its letters is one of the two.  Tigrinya spells the words it shares
with Amharic with its own vowel carrier ("ኣብ", in; "እዩ", is; "ምስ", with) where Amharic writes "አ" ("ነው", is;
"እና", and; "ላይ", on): the one with more of its own words is the language, Amharic on a tie (its press is larger).

Hausa and Yoruba are written in Latin letters the identifier knows from other languages, so they went to the nearest
it knew.  Each writes letters of its own standard orthography: Hausa the hooked consonants ɓ, ɗ, ƙ and ƴ (Boko, as
the Nigerian and Nigerien standards and the BBC Hausa service print it), Yoruba the dotted vowels ẹ, ọ and the
dotted ṣ (with tone accents).  Igbo dots ọ too, but also ị and ụ, and Vietnamese ẹ and ọ among its many other
dotted and hooked vowels, which Yoruba never writes.  Where a text prints
no hooks, Hausa is still told by its commonest words ("ya ce", he said; "kuma", and; "wannan", this; "cikin",
in): a text where they are one word in eight is Hausa.  Neither language nor Amharic has rules for dates and numbers
here, so a comparison lists those checks as not made (:mod:`parallax.analyze.coverage`); their speakers are read
(:mod:`parallax.analyze.quotes.west_african`, :mod:`parallax.analyze.quotes.amharic`).
"""

from __future__ import annotations

import re
import unicodedata

_ETHIOPIC = re.compile(r"[\u1200-\u139f\u2d80-\u2ddf]")
_LETTER = re.compile(r"[^\W\d_]")
_ETHIOPIC_WORD = re.compile(r"[\u1200-\u135a\u2d80-\u2ddf]+")
_TIGRINYA_WORDS = frozenset("ኣብ እዩ እያ ኢዩ ምስ ካብ ንሱ ንሳ ኣሎ ኣለዉ ብዛዕባ ከምኡ ውን".split())
_AMHARIC_WORDS = frozenset("ነው ናቸው እና ላይ ውስጥ ጋር ወደ ግን ደግሞ ይህ ይህን እሱ እሷ አለ አሉ".split())
_HAUSA_HOOKS = re.compile(r"[ɓɗƙƴƁƊƘƳ]")
_YORUBA_DOTTED = re.compile(r"[ẹọṣẸỌṢ]")
# Igbo's ị, ụ, ṅ, and Vietnamese, which dots ẹ and ọ too ("họ", they) among letters Yoruba never writes (ă, ơ, ư, đ,
# ạ, ộ, ị ...: the block U+1EA0-U+1EF9 less ẹ and ọ)
_NOT_YORUBA = re.compile("[ṅṄăâđơưĂÂĐƠƯ\u1ea0-\u1eb7\u1eba-\u1ecb\u1ece-\u1ef9]")
_WORD = re.compile(r"[^\W\d_]+")
# (not "ya", he, nor "za", will, which Swahili writes as often: "ya" and "za" are its "of")
_HAUSA_WORDS = frozenset("ce cewa kuma wanda wadda waɗanda wannan cikin domin amma shi daga zuwa yana tana suna".split())


def african_language(sample: str) -> str | None:
    """"am" (or "ti") for a text mostly in Ethiopic letters, "yo" for one whose letters are dotted as Yoruba writes,
    "ha" for one with Hausa's hooked letters or commonest words; None for any other (the identifier decides)."""
    sample = unicodedata.normalize("NFC", sample)
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    if len(_ETHIOPIC.findall(sample)) * 2 > letters:
        words = _ETHIOPIC_WORD.findall(sample)
        tigrinya = sum(w in _TIGRINYA_WORDS for w in words)
        return "ti" if tigrinya > sum(w in _AMHARIC_WORDS for w in words) else "am"
    if len(_YORUBA_DOTTED.findall(sample)) * 30 >= letters and not _NOT_YORUBA.search(sample):
        return "yo"
    words = [w.lower() for w in _WORD.findall(sample)]
    hausa = sum(w in _HAUSA_WORDS for w in words)
    hooks = len(_HAUSA_HOOKS.findall(sample))
    if words and (hooks >= 2 and hausa * 20 >= len(words) or hausa * 8 >= len(words)):
        return "ha"
    return None
