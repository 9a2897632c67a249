"""Sentences that time one act differently, joined into one fact so that the clock times are compared.

"Flight SK217 ... diverted about 40 minutes into the flight and landed at 14:20 local time" and "The
flight landed at 2:50 p.m., airport officials said." say one thing, yet the first carries so much
else that meaning alone does not pair them, and :func:`parallax.compare.clocks.clock_conflicts` reads
only aligned sentences.  As :func:`parallax.compare.numbers.casualty_links` does for a toll, a time
links where it is each article's only time of its act: the same word names the act (:func:`.clocks.clocks`
reads it as the content words nearest before the time, "landed"; the verbs, where both have one, must be one:
"the plane took off at 9:40" and "the plane landed at 11:20" time two acts of one plane), on the same day, neither planned,
both local or both zoned, and each article times that act once.  Only times that disagree link (the
conflict is what the link is for; agreeing ones are left to the alignment).
"""

from __future__ import annotations

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
                    gap = abs((x.minutes - (x.zone or 0)) - (y.minutes - (y.zone or 0)))
                    if gap > x.tolerance + y.tolerance and ((i, si), (j, sj)) not in links:
                        links.append(((i, si), (j, sj)))
    return links
