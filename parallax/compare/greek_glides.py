"""The "y" of a foreign name as Greek writes it: "γι" between vowels ("Στογιάνοφ" is Stoyanov, Стоянов).

Greek has no letter for the glide /j/ and writes it "γι" before a vowel; between vowels in a foreign name that "γ" is
no consonant, but read letter by letter it is a "g" ("stogianof"), and the name's sound key gains a class the other
spellings lack, so "Атанас Стоянов" and "Ατανάς Στογιάνοφ" read as two people.  A native Greek name says its "γ" there
and the Latin press writes it ("Παναγιώτης", "Panagiotis"), so the glide is read only as a second reading: a name
meets another by its written key or by this one.
"""

from __future__ import annotations

import re

from parallax.sounds import same_name_by_sound

_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
# "γι" between a vowel and a vowel, accented or not: the glide
_GLIDE = re.compile(r"(?<=[αεηιουωάέήίόύώ])γ(?=[ιί][αεοουωάέόύώ])", re.I)


def glided(word: str) -> str:
    """A Greek word with the "γ" of an intervocalic "γι" before a vowel left out ("Στογιάνοφ" -> "Στοιάνοφ")."""
    return _GLIDE.sub("", word)


def same_surname_glided(a: str, b: str) -> bool:
    """Whether two names, one in Greek letters and the other not, end in one surname once the Greek one's glide is
    read as a glide (see the module)."""
    greek_a, greek_b = bool(_GREEK.search(a)), bool(_GREEK.search(b))
    if greek_a == greek_b or not a.split() or not b.split():
        return False
    last_a, last_b = a.split()[-1], b.split()[-1]
    ga, gb = glided(last_a), glided(last_b)
    if (ga, gb) == (last_a, last_b):
        return False
    return bool(same_name_by_sound(ga, gb))
