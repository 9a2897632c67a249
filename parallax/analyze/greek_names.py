"""A Greek name in the genitive or accusative back in the nominative, for matching names across reports.

Greek declines a man's given name and surname after an article or a preposition: the nominative "δήλωσε ο Γιώργος
Παπαδόπουλος" is the accusative "σύμφωνα με τον Γιώργο Παπαδόπουλο" and the genitive "του Νίκου Δημητρίου" (a man's
-ος: -ου, -ο; -ης: -η; -ας: -α); a woman's given name declines in the genitive alone ("της Ελένης", "της Μαρίας": -η:
-ης, -α: -ας), her surname never ("Ελένη Μάρκου" is a genitive form in every case).  Like :mod:`.name_forms` for
Polish, the name is read back only when its given name is a form of a given name of the lexicon
(:data:`parallax.analyze.names.FIRST_NAMES`) that is not a given name itself ("Κώστα" is Κώστας; "Μαρία" stays),
and the surname follows the case that form shows:

* accusative (-ο, -η, -α of a man's given name): "Παπαδόπουλο" is Παπαδόπουλος, "Παπαδάκη" Παπαδάκης;
* genitive (-ου): a surname in -η or -α is Παπαδάκης, Μπακογιάννης; one in -ου stays as written: it may be the genitive
  of -ος ("Παπαδόπουλου") or a surname that is a genitive in every case ("Δημητρίου", "Αλεξίου"), which the form
  alone cannot tell (:mod:`.declined_names` reads it against the nominative the article writes).

A given name of -η or -α is ambiguous between a man's accusative and a woman's nominative; the lexicon's gender
decides ("Κώστα" is no woman's name, "Ελένη" no man's).
"""

from __future__ import annotations

from functools import lru_cache

from parallax.analyze.names import FIRST_NAMES

# a given name's oblique ending, its nominative ending, the case ("g", "a") and the gender it is read for
_GIVEN = (("ου", "ος", "g", "m"), ("ο", "ος", "a", "m"), ("η", "ης", "ga", "m"), ("α", "ας", "ga", "m"),
          ("ας", "α", "g", "f"), ("ης", "η", "g", "f"))  # fmt: skip
# a man's surname in a case: (ending, nominative ending, cases)
_SURNAME = (("ο", "ος", "a"), ("η", "ης", "ga"), ("α", "ας", "ga"))


def _recased(word: str, lower: str) -> str:
    return word[:1] + lower[1:] if word[:1].isupper() else lower


def _given(word: str) -> tuple[str, str, str] | None:
    """(nominative, cases, gender) of a given name in an oblique case, or None (a nominative, or no given name)."""
    low = word.lower()
    if low in FIRST_NAMES:
        return None
    for ending, base, cases, gender in _GIVEN:
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and FIRST_NAMES.get(stem + base) == gender:
            return _recased(word, stem + base), cases, gender
    return None


def _surname(word: str, cases: str) -> str:
    low = word.lower()
    for ending, base, its in _SURNAME:
        if low.endswith(ending) and len(low) - len(ending) >= 3 and set(cases) & set(its):
            return _recased(word, low[: -len(ending)] + base)
    return word


@lru_cache(maxsize=4096)  # (alignment asks it of every person of a Greek article for each sentence)
def greek_nominative(name: str) -> str:
    """``name`` with a Greek genitive or accusative read back to the nominative (see the module); else unchanged."""
    words = name.split()
    if not words or (given := _given(words[0])) is None:
        return name
    nominative, cases, gender = given
    rest = words[1:]
    if gender == "m" and rest:
        rest = rest[:-1] + [_surname(rest[-1], cases)]
    return " ".join([nominative, *rest])
