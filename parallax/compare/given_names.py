"""Whether two full names with one surname are namesakes: "Иван Иванов" / "Сергей Иванов", "Petr Novák" / "Pavel Novák".

A shared surname is most often one person named twice ("Novák" and "Petr Novák"), but where both reports give
a given name and the given names differ, they are two people -- relatives, or a namesake -- and a quotation given to
one by one report and to the other by another is a misattribution.  Given names are one name when they are the same
word, an initial of it ("P. Novák"), a form of it in another case ("Jana" / "Jan", "Ивана" / "Иван"), a spelling of
it in another transliteration ("Aleksandr" / "Alexander", "Mohammed" / "Muhammad": one sound key,
:func:`parallax.sounds.sound_key`), a short form that starts it ("Alex" / "Alexander"), or a known diminutive
("Bill" / "William", "Саша" / "Александр").
"""

from __future__ import annotations

import os

from parallax.analyze.names import NAME_PARTICLES
from parallax.sounds import sound_key

# diminutives the press writes for a given name, in Latin letters (Cyrillic names are compared so: to_latin)
_DIMINUTIVES = {
    "william": ("bill", "billy", "will", "willy", "liam"), "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("dick", "rick", "ricky", "rich"), "james": ("jim", "jimmy", "jamie"), "michael": ("mike", "mick", "mickey"),
    "thomas": ("tom", "tommy"), "elizabeth": ("liz", "beth", "betty", "lisa", "eliza"), "katherine": ("kate", "kathy", "katie"),
    "catherine": ("kate", "cathy", "katie"), "margaret": ("maggie", "meg", "peggy"), "edward": ("ed", "ted", "eddie", "ned"),
    "joseph": ("joe", "joey"), "charles": ("charlie", "chuck"), "john": ("jack", "johnny"), "anthony": ("tony",),
    "jennifer": ("jen", "jenny"), "rebecca": ("becky",), "susan": ("sue", "susie"), "patricia": ("pat", "patty", "trish"),
    "aleksandr": ("sasha", "sanya", "shura"), "aleksandra": ("sasha", "sanya", "shura"), "dmitriy": ("dima",),
    "sergey": ("serezha",), "ekaterina": ("katya",), "mikhail": ("misha",), "vladimir": ("volodya", "vova"),
    "aleksey": ("lesha", "alyosha"), "nikolay": ("kolya",), "ivan": ("vanya",), "yekaterina": ("katya",),
    "elena": ("lena",), "olena": ("lena",), "tatyana": ("tanya",), "natalya": ("natasha",), "mariya": ("masha",),
    "anastasiya": ("nastya",), "evgeniy": ("zhenya",), "yevgeniy": ("zhenya",), "pavel": ("pasha",), "petr": ("petya",),
    "josef": ("pepa",), "jiří": ("jirka",), "tomáš": ("tom",), "jan": ("honza",), "françois": ("franz",),
}  # fmt: skip


def _bare(word: str) -> str:
    """A given name without its final vowels, as :func:`parallax.compare.speakers.person_match` strips a Russian
    case ending ("Саша" is read "sash"): the table's forms and a name's meet so."""
    return word.rstrip("aeiouyʹ'")


_SHORT = {(_bare(short), _bare(full)) for full, shorts in _DIMINUTIVES.items() for short in shorts}
_MIN_PREFIX = 3


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) <= 1 or (word.endswith(".") and len(word) <= 4)  # "P.", "P", "Ch."


def one_given_name(x: str, y: str) -> bool:
    """Whether two given names (lower case) may name one person (see the module)."""
    if x == y or _initial(x) or _initial(y):
        return True  # an initial cannot tell: "P. Novák" may be Petr or Pavel
    n = len(os.path.commonprefix([x, y]))
    if n >= _MIN_PREFIX and (len(x) - n <= 3 and len(y) - n <= 3 or n == min(len(x), len(y))):
        return True  # "jana" / "jan", "alex" / "alexander"
    if sound_key(x) and sound_key(x) == sound_key(y):
        return True  # "aleksandr" / "alexander"
    return (_bare(x), _bare(y)) in _SHORT or (_bare(y), _bare(x)) in _SHORT


def namesakes(wa: list[str], wb: list[str]) -> bool:
    """Whether two names in words (lower case, the surname last, as :func:`parallax.compare.speakers.person_match`
    reads them) share a surname but are two people: both give a full given name, and no word before one's surname
    is a given name of the other's (so a role left before a name, "Kappelner Bürgermeister Lars Hinrichsen", or a
    middle name, "John F. Kennedy", is no other person)."""
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    given_a, given_b = _given(wa[:-1]), _given(wb[:-1])
    return bool(given_a and given_b) and not any(one_given_name(x, y) for x in given_a for y in given_b)


# particles that stand before a surname ("von", "de", "al", "bin"): no given name, so "Hans von Braun" and
# "Wernher von Braun" do not share one, nor "Maher al Sharaa" and "Ahmed al Sharaa"
_PARTICLES = NAME_PARTICLES | {"al", "el", "y", "af", "av"}


def _given(words: list[str]) -> list[str]:
    """The words before a surname that may be given names: all but its particles."""
    return [w for w in words if w not in _PARTICLES]
