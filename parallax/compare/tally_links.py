"""One vote of a small body told with two splits in sentences that do not align.

"Five members backed the cut, while four members wanted rates left on hold." and "The central bank cut its main
interest rate … on Thursday, with six members of its nine-member committee voting for the cut and three members
preferring to hold." report one vote of one committee, 5-4 and 6-3: the second sentence says more around it and
aligns with the other report's lead, so the two tallies never met and the split went uncompared.  As the counts,
sums and shares do (:mod:`.count_links`, :mod:`.figure_links`), a tally links where it is each article's only one
and the two differ while their counts add up to one total under :data:`_SMALL` (the same members voting: a
committee, a court, a council), or where both are a chamber's vote (each count above nine) and share one count, the
other side wrong: "Za głosowało 241 posłów, przeciw 89." / "The bill passed with 241 votes to 98." score 0.20 on
meaning, too little for the alignment even with the shared count (:mod:`.sentence_features`).  A sentence that tells of another occasion (a past year's vote, "since 1987") links
nothing, nor do two tallies with different totals (another body, or another motion with other voters).
"""

from __future__ import annotations

from parallax.analyze.quantities import TALLY, tally_pair
from parallax.compare.figure_links import another_time
from parallax.compare.vote_sides import failed, sides
from parallax.records import Article

_SMALL = 30  # a body whose every member's vote is told: a committee, a bench, a council
Link = tuple[tuple[int, int], tuple[int, int]]


def only_tally(art: Article) -> tuple[int, tuple[int, int]] | None:
    """The sentence and the pair of the article's only tally, or None (none, or more than one)."""
    found = []
    for q in art.quantities:
        if q.unit == TALLY and (pair := tally_pair(q.text)):
            si = next((i for i, s in enumerate(art.sentences) if s.start <= q.start < s.end), None)
            if si is not None:
                found.append((si, pair))
    if len({p for _s, p in found}) != 1 or another_time(art, art.sentences[found[0][0]]):
        return None
    return found[0]


def _one_side_shared(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two chamber tallies, each (for, against) (:mod:`.vote_sides`), share a count on one side: "241-98" /
    "241-89" is one vote with its other side wrong, while "190-150" / "241-190" share 190 on opposite sides, the
    winners of one motion and the losers of another, as "rejected 98 to 190" (98 for) / "passed 241 to 98" (98
    against) share 98 (an amendment rejected, the bill passed)."""
    return a[0] == b[0] or a[1] == b[1]


def _outcome(art: Article, si: int, pair: tuple[int, int]) -> tuple[bool, tuple[int, int]]:
    """Whether the tally's motion failed, and its counts for and against, as its sentence's outcome verb tells."""
    s = art.sentences[si]
    q = next(q for q in art.quantities if s.start <= q.start < s.end and q.unit == TALLY and tally_pair(q.text) == pair)
    lost = failed(s.text, q.start - s.start)
    return lost, sides(pair, lost)


def tally_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that give one small body's vote with two splits of one total (see the module)."""
    found = [only_tally(art) for art in articles]
    links: list[Link] = []
    for i, here in enumerate(found):
        for j in range(i + 1, len(found)):
            there = found[j]
            if here is None or there is None or here[1] == there[1]:
                continue
            small = sum(here[1]) == sum(there[1]) < _SMALL and min(here[1]) > 0 and min(there[1]) > 0
            chamber = min(here[1]) > 9 and min(there[1]) > 9
            if chamber:  # (one vote: one outcome, and a count on one side in both; a motion rejected and one passed are two)
                (lost_a, sides_a), (lost_b, sides_b) = _outcome(articles[i], *here), _outcome(articles[j], *there)
                chamber = lost_a == lost_b and _one_side_shared(sides_a, sides_b)
            if small or chamber:
                links.append(((i, here[0]), (j, there[0])))
    return links
