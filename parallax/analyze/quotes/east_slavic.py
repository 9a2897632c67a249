"""Where a speaker's name starts after a role and the region or body it is of, in Russian, Ukrainian and Belarusian.

These languages set the place or body an office belongs to in the genitive between the role and the name, and
a region's name is an adjective with a noun in lower case: '— заявил губернатор Тверской области Игорь Руденя',
'— заявив голова Київської області Олег Іванов'.  A cue pattern that takes the capitalised words after the
cue stops at "Тверской", and the region's adjective became the speaker.  The person is the name of two or three
words (a patronymic may stand in the middle: "Игорь Иванович Руденя") that closes the clause after it.

Only a lone capitalised word with an adjective's ending is so passed over, and only lower-case words that are
no preposition may stand between it and the name: in '— сказал Толстой в беседе с Иваном Петровым' the
speaker stays the one before "в беседе".  (The three-word rule of :func:`.name_after_role.slavic_name` does not
apply here: a Russian full name has three words with the patronymic.)
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

EAST_SLAVIC = frozenset({"ru", "uk", "be"})

# the feminine, masculine and plural genitive (and nominative) endings of an adjective: "Тверской", "Московского",
# "Нижегородской", "Київської", "Львівського", "Российской", "Центральной", "Северных"
_ADJECTIVE = re.compile(r"(?:ой|ей|ого|его|ых|их|ий|ый|ій|ої|ьої|ська|ская|ское|цкая|ое|ая|яя)\Z")
# prepositions and conjunctions: the words between a speaker and a later name that make that name someone else
_NOT_BETWEEN = frozenset(
    "в во с со к ко на по о об от до за из у при для без над под перед через про и а но или с со"
    " з із зі до від для без над під перед через про та і й".split()
)
_LATER_NAME = re.compile(rf"(?P<between>(?:\s[{LOWER}][\w-]*+){{1,4}})\s(?P<spk>[{UPPER}][\w’'-]*+(?:\s[{UPPER}][\w’'-]*+){{1,2}})(?=\s*(?:[,.;!?]|$))")


def east_slavic_name(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The person in a speaker span ``text[start:end]`` that is only the adjective of a region or body: the name
    of two or three capitalised words that follows its noun and closes the clause before ``limit``; the span
    unchanged otherwise."""
    word = text[start:end]
    if " " in word or not _ADJECTIVE.search(word):
        return start, end
    later = _LATER_NAME.match(text[:limit], end)
    if later is None or any(w in _NOT_BETWEEN for w in later.group("between").split()):
        return start, end
    return later.start("spk"), later.end("spk")


# a patronymic in any case: "Иванович", "Ивановича", "Сергеевной", "Петрівна", "Ильич"
_PATRONYMIC = re.compile(r"(?:ович|евич|овн|евн|ічн|ичн|івн|ьич|ьинич|ич)\w{0,3}\Z")
_CAPITALISED = re.compile(rf"[{UPPER}][\w’'-]*")


def east_slavic_source(src: str) -> tuple[int, int]:
    """Where the person is in the source of 'По словам главы МЧС России Александра Куренкова, ...': the last two
    capitalised words (three with a patronymic between them), past the body or region before them ("МЧС России",
    "Тверской области"), as (start, end) in ``src``; the whole of it when its capitalised words are no longer."""
    words = [w for w in _CAPITALISED.finditer(src) if src[w.end() : w.end() + 1] != "-"]
    trailing = 0
    for w in reversed(words):
        gap = src[w.end() : words[len(words) - trailing].start()] if trailing else src[w.end() :]
        if gap.strip():
            break  # a word in lower case between: the run of the name ended
        trailing += 1
    keep = 3 if trailing >= 3 and _PATRONYMIC.search(words[-2].group()) else 2
    if trailing <= keep:
        return 0, len(src)
    return words[-keep].start(), len(src)
