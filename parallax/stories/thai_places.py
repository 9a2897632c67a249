"""Where a Thai report says its event happened: the name written onto the word of place before it ("ที่เชียงใหม่").

Thai writes no capitals and no spaces between words (a run between spaces is a clause), so grouping keeps a Thai
text's words as pairs of letters (:func:`parallax.stories.article_text.content_words`) and read no place in it: a Thai
report of flash floods in Chiang Mai had nothing but the cosine to show the join across scripts that it told of the
English report's floods in Chiang Mai, not of another report's floods in Phuket (:mod:`.script_evidence`, stories56).
Thai marks a place by a word of place written right before the name, onto it: the prepositions "ที่" (at) and "ใน"
(in), and the nouns of place "จังหวัด" (province), "อำเภอ" (district), "ตำบล" (subdistrict) and "เมือง" (city):
"น้ำท่วมที่เชียงใหม่" is floods at Chiang Mai.

So the letters after such a word, to the end of the run and :data:`SPAN` letters at most, are kept among the text's
words, marked (:data:`MARK`), and a Latin event place of the other side is read in them (:func:`thai_place_heard`):
some beginning of those letters has the place's consonants, three at least, read by the Royal Thai General System
(:mod:`parallax.thai_letters`: "เชียงใหม่" is ch-ng-m as "Chiang Mai" is), where the press's spellings and the
system's differ only by aspiration or voice ("Phuket" and "ภูเก็ต", "Pattaya" and "พัทยา", ph; a final "ด" read "t").
Only agreement is read so: a word after "ที่" is as often a thing as a place ("ที่ผ่านมา", past), so the letters
make no place of the report's own, and two Thai leads set no place against another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.thai_letters import THAI_CONSONANTS

MARK = "ที่:"  # the mark of a word that holds the letters after a word of place (never a Thai word: it ends in ":")
SPAN = 14  # letters after the word of place kept: a name of several words ("นครราชสีมา", ten)
MIN_CONSONANTS = 3  # consonants of a place read so ("Phuket": p-k-t); two meet a common word's by chance
_CUE = re.compile("ที่|ใน|จังหวัด|อำเภอ|ตำบล|เมือง")
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
# the press's spellings and the Royal Thai General System's, brought together: a sound of two letters as one, the
# aspirated and voiced letters as the plain ones, vowels and the glides y, h, w left out
_PAIRS = (("ng", "N"), ("ch", "C"), ("sh", "C"), ("ph", "p"), ("th", "t"), ("kh", "k"))
_PLAIN = str.maketrans({"b": "p", "f": "p", "d": "t", "g": "k", "c": "k", "q": "k", "j": "C", "z": "s", "x": "k", "v": "w"})
_SILENT = set("aeiouyhw")


def cued_letters(run: str) -> list[str]:
    """The letters after each word of place in a run of Thai letters (:data:`SPAN` at most), each marked
    (:data:`MARK`); empty where the run holds none."""
    return [MARK + run[m.end() : m.end() + SPAN] for m in _CUE.finditer(run) if m.end() < len(run)]


def thai_cued_words(text: str) -> set[str]:
    """The marked letters after the words of place of a Thai text's runs (:func:`cued_letters`)."""
    return {w for run in _THAI_RUN.findall(text) for w in cued_letters(run)}


def _key(latin: str) -> str:
    """The consonants of a Latin spelling (lower case) as the Thai press and the transcription share them."""
    for pair, one in _PAIRS:
        latin = latin.replace(pair, one)
    out: list[str] = []
    for c in latin.translate(_PLAIN):
        if c not in _SILENT and c.isascii() and c.isalpha() and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def _readings(letters: str) -> Iterable[str]:
    """The consonant keys of each beginning of Thai letters, shortest first ("ำ" is "am", a vowel letter a vowel)."""
    latin = ""
    for c in letters:
        latin += "am" if c == "\u0e33" else THAI_CONSONANTS.get(c, "a")
        yield _key(latin)


def thai_place_heard(places: Iterable[str], words: Iterable[str]) -> bool:
    """Whether a Latin event place (folded name tokens in text order; a name of two words, "chiang mai", is two of
    them, read together too) of :data:`MIN_CONSONANTS` consonants or more begins the letters after a word of place
    among a Thai text's ``words`` (:func:`cued_letters`)."""
    places = [p for p in places if p.isascii() and p.isalpha()]
    keys = {_key(p) for p in places} | {_key(a + b) for a, b in zip(places, places[1:], strict=False)}
    keys = {k for k in keys if len(k) >= MIN_CONSONANTS}
    if not keys:
        return False
    return any(r in keys for w in words if w.startswith(MARK) for r in _readings(w[len(MARK) :]))
