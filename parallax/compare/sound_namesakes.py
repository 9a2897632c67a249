"""Two names in two scripts that share a surname by sound but are two people.

:func:`parallax.sounds.same_name_by_sound` calls two names in different scripts one person when any word of one sounds
like any word of the other.  That is what one name transcribed does, but a surname is often shared by two people
("Rajesh Kumar" / "சுரேஷ் குமார்", Suresh Kumar).  In one script such names are told apart (:func:`parallax.compare.given_names.namesakes`: "Petr Novák" /
"Pavel Novák"), so a quotation an English report gave to one and a Tamil report to the other was never flagged as
misattributed.  Here the same reading holds across scripts, word by word by sound: the surnames (the last words)
meet, both names give a given name, and no given name of one may be one of the other's.

A given name may be written by another script's habits, so "may be one" is lenient: any reading :mod:`parallax.sounds`
trusts, or consonant keys one edit apart (Tamil writes the "ksh" of "Meenakshi" as "ட்ச", "மீனாட்சி"; Hebrew drops
the "j" of "Benjamin", "בנימין").  An initial ("K.", "எஸ்.") or a given name too short for its sound to tell (fewer
than three consonant classes: "Vijay", "அஜய்") never tells two people apart.  A shared given name with surnames that
do not meet is left undecided: a surname's spellings drift too far across scripts ("Banerjee" / "বন্দ্যোপাধ্যায়",
"Chan-o-cha" / "จันทร์โอชา") for their sound to tell two people.  Chinese, Japanese and Korean names are read by
their own rules before.
"""

from __future__ import annotations

from parallax.central_letters import central
from parallax.sounds import same_sound, sound_key

_TELLS = 3  # consonant classes a given name needs before its sound may tell two people apart


def _one_edit(x: str, y: str) -> bool:
    """Whether two keys are one substitution, insertion or deletion apart."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) <= 1
    short, long = sorted((x, y), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _may_be_one(x: str, y: str) -> bool:
    """Whether two words in two scripts may be one word (see the module)."""
    if same_sound(x, y) or same_sound(central(x), central(y)):
        return True
    for lo in (False, True):
        kx, ky = sound_key(x, lo), sound_key(y, lo)
        if len(kx) >= 2 and kx == ky or min(len(kx), len(ky)) >= _TELLS and max(len(kx), len(ky)) > _TELLS and _one_edit(kx, ky):
            return True
    return False


def _given(words: list[str]) -> list[str]:
    """The words before a surname, less its initials ("K.", "எஸ்.", a single letter)."""
    return [w for w in words[:-1] if not w.endswith(".") and len(sound_key(w)) > 1]


def two_people_by_sound(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b``, in two scripts, which share a word by sound, are namesakes (see the module)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or not _may_be_one(wa[-1], wb[-1]):
        return False
    given_a, given_b = _given(wa), _given(wb)
    if not given_a or not given_b or any(len(sound_key(w)) < _TELLS for w in given_a + given_b):
        return False
    return not any(_may_be_one(x, y) for x in given_a for y in given_b)
