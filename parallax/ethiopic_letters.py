"""Ethiopic (Ge'ez) syllables in Latin letters, for hearing a name written in Amharic or Tigrinya (:mod:`parallax.sounds`).

Amharic and Tigrinya write each syllable as one letter, a consonant and one of seven vowels ("orders"): አበበ ከበደ is
a-be-be ke-be-de, the press's "Abebe Kebede".  With no romanisation a report in Amharic never met the same person
named in English, and a quotation translated between them stayed two sources.  The letters are read from their
Unicode names ("ETHIOPIC SYLLABLE BEE"), so the table covers the whole block with no list to keep: the consonant as
the press writes it (the ejectives and the second h, s and ts as the plain ones, "ቸ" and "ጨ" both "ch"), and the
vowel of its order: the first "e" (ä: በ "be"), the fourth "a", the sixth none (ə, mostly unwritten: ግርማ "Girma");
a syllable on the glottal or pharyngeal carrier (አ, ዐ) is its vowel alone ("a" for the first order: አበበ "Abebe").
Only the consonants matter to a sound key; the vowels keep two consonants of one class apart, as in the press form.
"""

from __future__ import annotations

import re
import unicodedata

# the consonant letters of the Unicode names as the press writes them
_CONSONANTS = {"X": "h", "HH": "h", "KX": "kh", "QH": "q", "SZ": "s", "TH": "t", "PH": "p", "TZ": "ts", "DD": "d", "GG": "g",
               "C": "ch", "CH": "ch"}  # fmt: skip
# the vowel of each order: 1st ä, 2nd u, 3rd i, 4th a, 5th e, 6th ə (none), 7th o; "WA" and "OA" the labialised forms
_VOWELS = {"A": "e", "U": "u", "I": "i", "AA": "a", "EE": "e", "E": "", "O": "o", "OA": "wa", "WA": "wa", "WAA": "wa",
           "WE": "we", "WEE": "we", "WI": "wi", "YA": "ya"}  # fmt: skip
_SYLLABLE = re.compile(r"(?P<carrier>GLOTTAL |PHARYNGEAL )?(?P<cons>[B-DF-HJ-NP-TV-Z]*?)(?P<vowel>Y?W?(?:AA|EE|OA|A|E|I|O|U))")


def _reading(char: str) -> str | None:
    """The Latin reading of one Ethiopic syllable, None for another character."""
    name = unicodedata.name(char, "")
    if not name.startswith("ETHIOPIC SYLLABLE "):
        return None
    m = _SYLLABLE.fullmatch(name.removeprefix("ETHIOPIC SYLLABLE ").removeprefix("SEBATBEIT "))
    if m is None:
        return None
    vowel = m.group("vowel")
    if m.group("carrier"):
        return {"A": "a", "E": "e"}.get(vowel, _VOWELS.get(vowel, vowel.lower()))  # አ "a", እ "e" (the vowel alone)
    cons = m.group("cons")
    if not cons and vowel[0] in "WY" and vowel[1:]:
        cons, vowel = vowel[0], vowel[1:]  # "WE" is w of the sixth order (ው), "YA" y of the first (የ)
    return _CONSONANTS.get(cons, cons.lower()) + _VOWELS.get(vowel, vowel.lower()[:2])


ETHIOPIC_SYLLABLES = {chr(c): r for c in range(0x1200, 0x1380) if (r := _reading(chr(c))) is not None}
