"""Malayalam and Marathi, which the identifier's set lacks and which came out as Serbian and Hindi.

Malayalam has a script of its own (U+0D00-U+0D7F) and no other language of the press writes it, so a text mostly in
its letters is Malayalam; restricted to the configured set, the identifier had named the nearest it knew, Serbian.
Marathi is written in Devanagari, as Hindi is, and the identifier named it Hindi, so Hindi's date, number and speaker
rules ran on it silently ("मंगळवारी", on Tuesday, is no Hindi weekday).  The two differ in their commonest words:
Marathi "आहे" (is), "आणि" (and), "आहेत", "होते", "यांनी", "म्हणाले", "मध्ये" and the letter ळ, which Hindi does not
write; Hindi "है", "और", "में", "की", "के", "ने", "को", "से", "हैं", which Marathi does not use as words.  A Devanagari text
with more Marathi words than Hindi ones is Marathi.  Neither language has rules of its own, so a comparison lists
their checks as not made (:mod:`parallax.analyze.coverage`).
"""

from __future__ import annotations

import re

_MALAYALAM = re.compile(r"[\u0d00-\u0d7f]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[\u0900-\u097f]+")
_MARATHI_WORDS = frozenset("आहे आहेत आणि होते होती होता यांनी म्हणाले म्हणाल्या मध्ये केली केले झाला झाली झाले त्यांनी नाही".split())
_HINDI_WORDS = frozenset("है हैं और में की के ने को से था थी थे नहीं गया गई कहा".split())


def indic_language(sample: str) -> str | None:
    """"ml" for a text mostly in Malayalam letters, "mr" for a Devanagari one with more Marathi words (and ळ) than
    Hindi ones; None for any other (the identifier decides)."""
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    if len(_MALAYALAM.findall(sample)) * 2 > letters:
        return "ml"
    if len(_DEVANAGARI.findall(sample)) * 2 <= letters:
        return None
    words = _WORD.findall(sample)
    marathi = sum(w in _MARATHI_WORDS for w in words) + sample.count("ळ")
    hindi = sum(w in _HINDI_WORDS for w in words)
    return "mr" if marathi > hindi else None
