"""One person's surname as another language adapts it: Latvian "Vilnis Kalniņš" is "Vilnis Kalninis" in Lithuanian.

Lithuanian and Latvian give a foreign surname their own nominative ending ("Kalniņš" → "Kalninis", "Ozols" →
"Ozolas", "Zelenskyy" → "Zelenskis"), and Slavic presses decline or respell one ("Kalninsh").  A Latvian and a
Lithuanian report of one mayor's words showed a name conflict between the two spellings (session 50).  Two names in
reports in two languages are read as one person's where their first names are one and their folded surnames share a
stem of six letters or more, each with at most three letters after it: an adapted ending, not another surname
("Kowalski" / "Kowalczyk" share five letters only).

A name one press respells whole is one person's too where the two names have as many words, two or more, and each
word has the consonants of the other's word at its place (:func:`parallax.sounds.sound_key`, two classes or more):
Ukrainian "Андрій Садовий" is Russian "Андрей Садовый", "Олександр" is "Александр", "Володимир" "Владимир" (the
vowels and soft signs the two orthographies write differently); a Ukrainian and a Russian report of one fire showed
a name conflict between them (session 52).  Another person's name keeps other consonants ("Игорь Зинкевич").
"""

from __future__ import annotations

from parallax.letters import fold
from parallax.sounds import sound_key

_STEM = 6
_ENDING = 3


def _stem_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def adapted_surname(a: str, b: str) -> bool:
    """Whether two full names (first name and surname) are one person's, the surname adapted to another language."""
    wa, wb = fold(a).lower().split(), fold(b).lower().split()
    if len(wa) == len(wb) >= 2 and all(len(k := sound_key(x)) >= 2 and k == sound_key(y) for x, y in zip(wa, wb, strict=True)):
        return True  # respelt whole: "Андрій Садовий" / "Андрей Садовый"
    if len(wa) < 2 or len(wb) < 2 or wa[:-1] != wb[:-1]:
        return False
    sa, sb = wa[-1], wb[-1]
    n = _stem_len(sa, sb)
    return sa != sb and n >= _STEM and len(sa) - n <= _ENDING and len(sb) - n <= _ENDING
