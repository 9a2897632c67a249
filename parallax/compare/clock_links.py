"""Sentences that time one act differently, joined into one fact so that the clock times are compared.

"Flight SK217 ... diverted about 40 minutes into the flight and landed at 14:20 local time" and "The
flight landed at 2:50 p.m., airport officials said." say one thing, yet the first carries so much
else that meaning alone does not pair them, and :func:`parallax.compare.clocks.clock_conflicts` reads
only aligned sentences.  As :func:`parallax.compare.numbers.casualty_links` does for a toll, a time
links where it is each article's only time of its act: the same word names the act (:func:`.clocks.clocks`
reads it as the content words nearest before the time, "landed"; the verbs, where both have one, must be one:
"the plane took off at 9:40" and "the plane landed at 11:20" time two acts of one plane), on the same day, neither planned,
both local or both zoned, and each article times that act once.  An act told with two verbs that mean it
("touched down" / "landed", "broke out" / "started") links the same way, where the clauses name one subject
(:mod:`.clock_acts`).  Only times that disagree link (the conflict is what the link is for; agreeing ones are
left to the alignment).
"""

from __future__ import annotations

from parallax.compare.clock_acts import acts, one_subject
from parallax.compare.clocks import Clock, clocks
from parallax.compare.durations import same_word
from parallax.records import Article


def _timed(art: Article) -> list[tuple[int, Clock]]:
    return [(si, c) for si, s in enumerate(art.sentences) for c in clocks(art, s) if not c.planned]


def clock_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) that time one act at clock times that disagree (see the module)."""
    timed = [_timed(art) for art in articles]
    links = []
    for i, mine in enumerate(timed):
        for j in range(i + 1, len(timed)):
            for si, x in mine:
                for word in x.words:
                    here = [(s, c) for s, c in mine if word in c.words]
                    there = [(s, c) for s, c in timed[j] if word in c.words]
                    if len(here) != 1 or len(there) != 1:
                        continue
                    sj, y = there[0]
                    if x.day != y.day or (x.zone is None) != (y.zone is None):
                        continue
                    if x.verb and y.verb and not same_word(x.verb, y.verb):
                        continue  # "the plane took off at 9:40" / "the plane landed at 11:20": two acts of one subject
                    if _differ(x, y) and ((i, si), (j, sj)) not in links:
                        links.append(((i, si), (j, sj)))
    return links + [link for link in _act_links(articles, timed) if link not in links]


def _differ(x: Clock, y: Clock) -> bool:
    gap = abs((x.minutes - (x.zone or 0)) - (y.minutes - (y.zone or 0)))
    return gap > x.tolerance + y.tolerance


def _act_links(articles: list[Article], timed: list[list[tuple[int, Clock]]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) that time one act told with two verbs of one act ("touched down at 2:20pm" /
    "landed at 2:50 p.m.", :mod:`.clock_acts`): each article's only time of that act, of one subject."""
    read = [[(si, c, *acts(art, art.sentences[si], c)) for si, c in mine] for art, mine in zip(articles, timed, strict=True)]
    links = []
    for i, mine in enumerate(read):
        for j in range(i + 1, len(read)):
            for key in {k for _, _, keys, _ in mine for k in keys}:
                here = [r for r in mine if key in r[2]]
                there = [r for r in read[j] if key in r[2]]
                if len(here) != 1 or len(there) != 1:
                    continue  # an article that times the act twice (two planes landed): no telling which is meant
                (si, x, _, sx), (sj, y, _, sy) = here[0], there[0]
                if x.day != y.day or (x.zone is None) != (y.zone is None) or not one_subject(sx, sy):
                    continue
                if _differ(x, y) and ((i, si), (j, sj)) not in links:
                    links.append(((i, si), (j, sj)))
    return links
