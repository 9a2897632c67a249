"""A month that is part of a person's name ("Lily March", "Theresa May", "Ann August") is no date.

Surnames and given names that are month names are common in English ("March", "May", "June", "April",
"August"); read as a date, "passenger Lily March, 43, told a local TV station" dated the report to this
year's March, which could then conflict with another report's month.  The entities stage runs before the
times, so a month written without figures that lies inside a person the article names, with more of the name
around it, is dropped.  Only there: "March" alone, or "March 3" inside a mis-tagged span, stays a date; and
only a month: the small model's PERSON may take in a weekday after a name ("confirmed Whitlock Tuesday").
"""

from __future__ import annotations

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
