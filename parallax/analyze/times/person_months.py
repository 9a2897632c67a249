"""A month that is part of a person's name ("Lily March", "Theresa May", "Ann August") is no date.

Surnames and given names that are month names are common in English ("March", "May", "June", "April",
"August"); read as a date, "passenger Lily March, 43, told a local TV station" dated the report to this
year's March, which could then conflict with another report's month.  The entities stage runs before the
times, so a month written without figures that lies inside a person the article names, with more of the name
around it, is dropped.  Only there: "March" alone, or "March 3" inside a mis-tagged span, stays a date; and
only a month: the small model's PERSON may take in a weekday after a name ("confirmed Whitlock Tuesday").
"""

from __future__ import annotations

import re

from parallax.records import Article


def in_a_person(article: Article, start: int, end: int) -> bool:
    """Whether ``article.text[start:end]``, a time with no figure, is a word of a person's name: inside a PERSON
    entity that holds more words than it."""
    if any(ch.isdigit() for ch in article.text[start:end]):
        return False
    return any(
        ent.label == "PERSON" and ent.start <= start and end <= ent.end and (ent.end - ent.start) > (end - start) and " " in ent.text
        for ent in article.entities
    )


# a capitalised month after a capitalised word and the "of" of the Romance languages: "Rio de Janeiro", "Avenida
# Sete de Setembro", "Plaza Dos de Mayo" is a place's name ("no Rio de Janeiro" read as this year's January, and the
# time took the city's last word out of its entity).  (A sentence's "Início de Janeiro" is lost with it.)
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+\s(?:de|do|da|del|di|du|des|dos|das)\s\Z")


def in_a_place_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a month with no figure, written with its capital, ends the capitalised name
    before it ("Rio de Janeiro", "Sete de Setembro"): a place's name, not a month."""
    month = text[start:end]
    if any(ch.isdigit() for ch in month) or not month[:1].isupper() or " " in month.strip():
        return False
    return _NAME_BEFORE.search(text, max(0, start - 40), start) is not None
