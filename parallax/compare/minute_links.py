"""One player's goal timed at two minutes in sentences that do not align: one fact in conflict.

A match report times a goal where it tells it, and two outlets tell it in sentences of different shape
("City levelled through Marco Rossi in the 38th minute, but Rovers regained the lead ..." / "Marco Rossi
scored City's goal in the 38th minute" / "Marco Rossi equalised for City in the 36th minute"), which the
meaning of the sentences may not align, so :func:`parallax.compare.minutes.minute_conflicts` never meets
them.  Those sentences join one fact where each article gives the player one minute in all its text and
the minutes differ.  A player said to have scored more than once in either report ("twice", "his second
goal", "a brace"; "Doppelpack", "doublé", "doblete", "doppietta") is left out: each report may then time another
of the goals.  The languages the minutes are read in (en, de, fr, es, it), also across them.
"""

from __future__ import annotations

import re

from parallax.compare.minutes import LANGUAGES, minutes_by_person, surnames
from parallax.compare.speakers import person_match
from parallax.records import Article

_MORE_THAN_ONE = re.compile(
    r"\b(?:twice|brace|double|hat[- ]trick|(?:second|third|two|three)\s+(?:goal|strike)s?|scored\s+again"
    r"|zweimal|doppelt|doppelpack|dreierpack|(?:zweit|dritt)(?:e[nsr]?)?\s+(?:Tor|Treffer)|(?:zwei|drei)\s+(?:Tore|Treffer)|traf\s+erneut"
    r"|doublé|triplé|deux\s+fois|(?:deux|trois)\s+buts|(?:deuxième|second|troisième)\s+but|récidiv\w*"
    r"|doblete|triplete|dos\s+veces|(?:dos|tres)\s+goles|(?:segundo|tercer)\s+(?:gol|tanto)|volvió\s+a\s+marcar|repitió"
    r"|doppietta|tripletta|due\s+volte|(?:due|tre)\s+gol|(?:secondo|terzo)\s+gol|il\s+bis|si\s+ripete)\b",
    re.I,
)

Link = tuple[tuple[int, int], tuple[int, int]]


def _timed(art: Article, known: frozenset[str]) -> dict[str, list[tuple[int, int]]]:
    """Each named player's (sentence, minute) pairs over the article (``known``: the other reports' surnames)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for si, s in enumerate(art.sentences):
        for person, minutes in minutes_by_person(art, s, known).items():
            out.setdefault(person, []).extend((si, m) for m in minutes)
    return out


def _scored_more_than_once(art: Article, person: str) -> bool:
    surname = person.split()[-1]
    return any(surname in s.text and _MORE_THAN_ONE.search(s.text) for s in art.sentences)


def minute_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that time one player's only goal at different minutes (see the module)."""
    if not all((a.language or "en")[:2] in LANGUAGES for a in articles):
        return []
    timed = [_timed(art, surnames([a for a in articles if a is not art])) for art in articles]
    links: list[Link] = []
    for i, mine in enumerate(timed):
        for j in range(i + 1, len(timed)):
            for pa, xa in mine.items():
                theirs = [(pb, xb) for pb, xb in timed[j].items() if person_match(pa, pb)]
                if len(xa) != 1 or len(theirs) != 1 or len(theirs[0][1]) != 1 or xa[0][1] == theirs[0][1][0][1]:
                    continue
                if _scored_more_than_once(articles[i], pa) or _scored_more_than_once(articles[j], theirs[0][0]):
                    continue
                links.append(((i, xa[0][0]), (j, theirs[0][1][0][0])))
    return links
