"""A Polish name in the genitive back in the nominative, for matching names across reports.

Polish declines every word of a name after "według" (according to), "słowa" (the words of) and the like:
one report's "według Jana Kowalskiego" and "słowa Anny Nowak" are another's "Jan Kowalski" and "Anna Nowak".
An article that also writes the nominative has its speaker put back by :mod:`parallax.analyze.quotes.inflection`;
this module reads the form alone, so that two reports meet on one name:

* a surname in -skiego/-ckiego/-dzkiego or -skiej/-ckiej/-dzkiej is Polish by its ending alone ("Kowalskiego" is
  Kowalski, "Zielińskiej" Zielińska);
* another surname in -iego/-ego/-ej, or a consonant stem's -a ("Górnego", "Nowaka", "Wróbla": Wróbel, its
  dropped "e" back between two consonants), only after a given name
  that is a genitive by the lexicon (:data:`parallax.analyze.names.FIRST_NAMES`): "Piotra Nowaka" is Piotr
  Nowak, but "Diego" or "Borrego" alone stays;
* a given name in the genitive ("Jana", "Marka", "Pawła", "Anny", "Marii", "Agnieszki") becomes the given name of
  the lexicon it declines, where it is no given name itself ("Anny Nowak": a woman's surname does not
  decline), or where the surname after it is a genitive by its ending alone ("Jana Kowalskiego"; "Jana
  Nováková", "Paula Costa" and, unavoidably, "Jana Nowaka" stay).

A name of one word, or in another script, is returned unchanged but for the first rule.
"""

from __future__ import annotations

from functools import lru_cache

from parallax.analyze.names import FIRST_NAMES

# surnames whose genitive no other language writes: (ending, nominative ending)
_STRONG = (("dzkiego", "dzki"), ("skiego", "ski"), ("ckiego", "cki"), ("dzkiej", "dzka"), ("skiej", "ska"), ("ckiej", "cka"))
# endings read only after a given name in the genitive: an adjective's (Górnego, Górnej), a consonant stem's (Nowaka)
_WEAK = (("iego", "i"), ("ego", "y"), ("iej", "ia"), ("ej", "a"), ("a", ""))
# a given name's genitive: a man's (Jan: Jana; Marek: Marka; Paweł: Pawła), a woman's (Anna: Anny; Maria: Marii;
# Alicja: Alicji; Agnieszka: Agnieszki; Olga: Olgi)
_GIVEN = ((("ka", "ek"), ("ła", "eł"), ("a", "")), (("ii", "ia"), ("ji", "ja"), ("ki", "ka"), ("gi", "ga"), ("y", "a")))
# nominatives a weak ending must not be read in: a woman's surname ("Kowalska", "Nowakowa")
_NOMINATIVE_WOMAN = ("ska", "cka", "dzka", "owa", "ová", "ná")


def _recased(word: str, lower: str) -> str:
    return word[:1] + lower[1:] if word[:1].isupper() else lower


_VOWELS = "aąeęioóuy"


def _replace(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    low = word.lower()
    for ending, base in endings:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)]
            if ending == "a" and stem[-1] in "lłkc" and stem[-2] not in _VOWELS:
                stem = stem[:-1] + "e" + stem[-1]  # the "e" the other cases drop: Wróbla, Dudka are Wróbel, Dudek
            return _recased(word, stem + base)
    return None


def _given(word: str) -> tuple[str | None, bool]:
    """The nominative of a given name in the genitive, and whether the word is a given name itself."""
    low = word.lower()
    itself = low in FIRST_NAMES
    for gender, endings in zip("mf", _GIVEN, strict=True):
        for ending, base in endings:
            stem = low[: -len(ending)]
            if low.endswith(ending) and len(stem) >= 2 and FIRST_NAMES.get(stem + base) == gender:
                return _recased(word, stem + base), itself
    return None, itself


@lru_cache(maxsize=4096)  # (alignment asks it of every person of a Polish article for each sentence)
def polish_nominative(name: str) -> str:
    """``name`` with a Polish genitive read back to the nominative (see the module); else unchanged."""
    words = name.split()
    if not words:
        return name
    strong = _replace(words[-1], _STRONG)
    if len(words) == 1:
        return strong or name
    givens = [_given(w) for w in words[:-1]]
    genitive_given = all(g is not None for g, _ in givens)
    surname = words[-1].lower()
    # (a given name that is also a nominative is no evidence: "Paula Costa" is no Paul Cost, so "Jana Nowaka" stays)
    unambiguous = not all(itself for _, itself in givens)
    if strong is None and genitive_given and unambiguous and not surname.endswith(_NOMINATIVE_WOMAN):
        strong = _replace(words[-1], _WEAK)
    if strong is None and genitive_given and not any(itself for _, itself in givens):
        strong = words[-1]  # "Anny Nowak": a woman's surname that does not decline
    if strong is None:
        return name
    return " ".join([g if g is not None else w for (g, _), w in zip(givens, words[:-1], strict=True)] + [strong])
