"""A Latin name read with the letters of Central Europe: Polish, Czech, Slovak, Croatian and Hungarian "c" is "ts".

The sound keys of :mod:`parallax.sounds` read a Latin "c" as English and the Romance languages do: "k" before a, o,
u, a consonant or the word's end ("Marc", "Nicolas").  The press of Central Europe writes "ts" so ("Siemieniec",
"Kovács" has "cs" for "ch"), and Russian, Ukrainian or Greek reports write the name as it sounds: "Томаш Семенец" is
"Tomasz Siemieniec", whose key had a "k" where the Cyrillic has "ts".  :func:`central` gives the word as that press
says it ("cz" as "ch", "cs" as "ch", any other "c" as "ts"), which a name is compared by as well as by the English
reading: either meeting is one name.
"""

from __future__ import annotations

import re

_CZ = re.compile(r"c[zs]", re.I)
_C = re.compile(r"c(?![hk])", re.I)


def central(word: str) -> str:
    """``word`` with its "c" read the Central European way (see the module); unchanged without a "c"."""
    if "c" not in word.lower():
        return word
    return _C.sub("ts", _CZ.sub("ch", word))
