"""A person described by an age in one report and named in the other ("the 34-year-old" / "Smith").

News prose gives a person's age once, tied to the name ("Smith, 34,", "34-year-old John Smith", "Smith (34)"), and
then lets the age stand for the person: "the 34-year-old was arrested".  Another report of the fact names him
there.  The noun-phrase pairing of :mod:`.referents` reads no phrase holding a figure, and meaning cannot tie an
age to a name; the article itself does.  A definite description by an age ("the 34-year-old", "der 34-Jährige",
"il 34enne") pairs with a name of the other sentence when its own article ties that age to exactly one person, by
the apposition and the words before a name that :mod:`parallax.analyze.quotes.described` reads for a speaker, and
that person is the one the other sentence names; the description's own sentence must not name them (then the age
is of someone else).  None or several persons of that age and no pair (never a guess).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.described import _AGE_WORD, _around
from parallax.analyze.titles import DEFINITE
from parallax.compare.described_names import _same_name
from parallax.records import Article, Sentence

_PERSON = frozenset({"PERSON", "PER"})
# a definite description by an age: the article, then the age as one word ("the 34-year-old", "der 34-Jährige")
_AGED = re.compile(rf"(?<!\w){DEFINITE}\s{_AGE_WORD.pattern}(?![\w-])", re.I)


def _aged_persons(art: Article, age: int) -> set[str]:
    """The names (canonical) of the persons the article writes the age next to."""
    lang = (art.language or "en")[:2]
    return {e.canonical or e.text for e in art.entities if e.label in _PERSON and age in _around(art.text, e.start, e.end, lang)[1]}


def _names_in(art: Article, s: Sentence) -> list[str]:
    """The persons' names (canonical) a sentence writes."""
    lo, hi = s.start, s.start + len(s.text)
    return [e.canonical or e.text for e in art.entities if e.label in _PERSON and lo <= e.start and e.end <= hi]


def _one_way(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """The ages described in ``sa`` that name a person ``sb`` names: (description, name as ``sb`` writes it)."""
    out = []
    named_b = [e for e in art_b.entities if e.label in _PERSON and sb.start <= e.start and e.end <= sb.start + len(sb.text)]
    for m in _AGED.finditer(sa.text):
        persons = _aged_persons(art_a, int(m.group(1)))
        if len(persons) != 1:
            continue  # none, or several of that age: no guess
        person = next(iter(persons))
        if any(_same_name(person, n) for n in _names_in(art_a, sa)):
            continue  # the sentence names the person too: the age is someone else's
        hit = next((e for e in named_b if _same_name(person, e.canonical or e.text)), None)
        if hit is not None:
            out.append((m.group(), art_b.text[hit.start : hit.end]))
    return out


def aged_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """The persons one of two aligned sentences describes by an age and the other names: (phrase of a, phrase of b)."""
    return _one_way(art_a, sa, art_b, sb) + [(a, b) for b, a in _one_way(art_b, sb, art_a, sa)]
