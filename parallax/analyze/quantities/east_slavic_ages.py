"""A person's age in Russian, Ukrainian and Belarusian, which is written as a count of years.

These languages give an age with the person in the dative right before the years ("Ему 41 год", "Пострадавшей
23 года", "Освобождённым 34 и 41 год", "Погибшему было 52 года", "Йому 41 рік") or after "in the age of" ("в
возрасте 41 года", "у віці 41 року"); read as a span these became durations of 41 years (P41Y).  The dative
word stands right before the figures (a list of ages "34 и 41" included, "было"/"исполнилось" allowed) and the
years end the clause, so that "Им дали 5 лет." (a sentence, a verb between) and "первым 5 лет назад" stay spans.
"""

from __future__ import annotations

import re

# the dative pronouns, and the dative endings of a noun or an adjective used as one ("пострадавшему", "погибшей",
# "освобождённым", "заложникам"), then to be or to turn, then earlier ages of a list ("34, 37 и ")
_DATIVE_BEFORE = re.compile(
    r"(?<!\w)(?P<who>ему|ей|им|мне|тебе|нам|вам|йому|їй|їм|мені|тобі|яму|ёй|[^\W\d_]{2,}?(?:ому|ему|ым|им|ам|ям|ой|ей|ові|еві|ці))"
    r"[ \u00a0]+(?:(?:было|был|была|были|будет|исполнилось|исполнится|исполняется|було|буде|виповнилося|виповниться)[ \u00a0]+)?"
    r"(?:\d{1,3}(?:[ \u00a0]*,[ \u00a0]*\d{1,3})*+[ \u00a0]+(?:и|і|та)[ \u00a0]+)?\Z",
    re.I,
)
_AGE_OF = re.compile(r"(?<!\w)(?:в[ \u00a0]+возрасте|у[ \u00a0]+віці|віком)[ \u00a0]+(?:(?:от|до|від)[ \u00a0]+)?\Z", re.I)
# the years, then the end of the clause: a mark, a dash, "and"/"but" or the end of the text
_YEARS_THEN_END = re.compile(
    r"[ \u00a0]+(?:год[ау]?|лет|рік|роки|років|року|гадоў|гады)(?=[ \u00a0]*(?:[.,;:!?)»\"—–]|\Z|-[ \u00a0])|[ \u00a0]+(?:и|а|но|і|та|але)[ \u00a0])",
    re.I,
)
# a preposition before the word makes its ending that of another case: "с женой 5 лет" (with his wife for 5 years)
_PREPOSITION = re.compile(r"(?<!\w)(?:с|со|за|под|над|перед|между|из|от|до|у|для|без|после|около|з|із|від|під|між)[ \u00a0]+\Z", re.I)
_YEARS = re.compile(r"[ \u00a0]+(?:год[ау]?|лет|рок[уі]|років|гадоў)(?!\w)", re.I)


def east_slavic_age(text: str, start: int, end: int) -> bool:
    """Whether the figures at text[start:end] are a person's age: "Ему 41 год.", "в возрасте 41 года"."""
    before = text[max(0, start - 60) : start]
    if _AGE_OF.search(before) and _YEARS.match(text, end):
        return True
    if not _YEARS_THEN_END.match(text, end) or not (m := _DATIVE_BEFORE.search(before)):
        return False
    return not _PREPOSITION.search(before, 0, m.start("who"))
