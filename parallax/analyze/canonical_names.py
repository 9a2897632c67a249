"""Canonical names: each mention points at the longest same-label name of the
article it is a part of ("Stoltenberg" -> "Jens Stoltenberg").

Comparisons across articles match names, not strings, so every mention needs
the fullest form its article gives.  Kept apart from the entity finders in
:mod:`parallax.analyze.entities` because it reads only the finished list of
mentions, whichever finder (a model, or runs of capitals) made it.
"""

from __future__ import annotations

import re

from parallax.analyze.given_name_press import may_be_given_name
from parallax.records import Entity

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_name(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return re.sub(r"^(the|The)\s+", "", text).strip(" .,;:")


def canonical_names(entities: list[Entity], language: str | None = None) -> None:
    """Point short mentions at the longest name of the same label containing them.  Each distinct name
    is compared with each distinct name once (the mentions, a name repeated a thousand times in a long
    text, made this quadratic in the mentions); the first of equal length still wins, as before.  Only
    the names holding the name's rarest word are compared (:func:`_by_word`): every distinct name
    compared with every other was the square of a long report's count of people and bodies."""
    by_label: dict[str, dict[str, None]] = {}
    for e in entities:
        by_label.setdefault(_label_family(e.label), {})[clean_name(e.text)] = None
    with_word = {family: _by_word(names) for family, names in by_label.items()}
    # the people's names of two words or more by their last word and by their first
    people = [p for p in by_label.get("PERSON", {}) if len(p.split()) > 1]
    by_last, by_first = _by_word_at(people, -1), _by_word_at(people, 0)
    done: dict[tuple[str, str], tuple[str, str]] = {}
    for e in entities:
        name = clean_name(e.text)
        if (key := (name, e.label)) in done:
            e.label, e.canonical = done[key]
            continue
        words = name.split()
        best = name
        if e.label not in ("PERSON", "PER") and len(words) == 1:
            # a surname the model mislabelled: "Stoltenberg" (ORG) after "Jens Stoltenberg"
            full = by_last.get(name, set())
            # or a given name alone, as the Brazilian and Italian press call a politician ("disse Marta" after "Marta
            # Queiroz"): the one person the article names in full with it; only a run of capitals no model labelled
            # (a model's place is one: "Charlotte" beside "Charlotte Mayor Jennifer Roberts")
            given = by_first.get(name, set()) if may_be_given_name(name, language) and e.label == "MISC" else set()
            if full or len(given) == 1:
                e.label = "PERSON"
        index = with_word.get(_label_family(e.label), {})
        for other in min((index.get(w, []) for w in words), key=len) if words else []:
            ow = other.split()
            if len(ow) > len(best.split()) and _contains_words(ow, words) and not _what_it_is_of(ow, words, e.label):
                best = other
        e.canonical = best
        done[key] = (e.label, best)


def _by_word(names: dict[str, None]) -> dict[str, list[str]]:
    """Each word of ``names`` with the names that hold it, in the order of ``names``."""
    out: dict[str, dict[str, None]] = {}
    for name in names:
        for w in name.split():
            out.setdefault(w, {})[name] = None
    return {w: list(held) for w, held in out.items()}


def _by_word_at(names: list[str], at: int) -> dict[str, set[str]]:
    """The names by their word at ``at`` (the first, the last)."""
    out: dict[str, set[str]] = {}
    for name in names:
        out.setdefault(name.split()[at], set()).add(name)
    return out


def _label_family(label: str) -> str:
    return "PERSON" if label in ("PERSON", "PER") else label


# the words that link a name to the place or body it is of: "Câmara Municipal de Braga", "Bank of England",
# "Universität von Wien", "Comune di Torino", "Urząd Miasta w Gdańsku"
_OF_WORDS = frozenset({"de", "da", "do", "das", "dos", "del", "della", "di", "du", "des", "of", "von", "van", "w", "we", "in"})


def _what_it_is_of(haystack: list[str], needle: list[str], label: str) -> bool:
    """Whether a shorter name stands in a longer one only after a linking word ("Braga" in "Câmara Municipal de
    Braga"): the place or body the longer name is of, never its short form (the city, not its council).  A person's
    name keeps its particles ("Ursula von der Leyen", "Lula da Silva": the surname is the short form)."""
    if _label_family(label) == "PERSON":
        return False
    n = len(needle)
    at = [i for i in range(len(haystack) - n + 1) if haystack[i : i + n] == needle]
    return bool(at) and all(i > 0 and haystack[i - 1].lower() in _OF_WORDS for i in at)


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
