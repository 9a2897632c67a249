"""A vote told by one side alone ("A javaslatot 214 képviselő támogatta.") against another report's tally ("The bill passed with 241 votes to 98.").

A report may give only the votes for a bill; read as a count of deputies, it never met another report's tally,
which is one result and no count, and each stood in a short sentence of its own whose meaning alone falls under the
alignment's floor across languages.  So where one article's only vote is such a count (above nine: a chamber, and no
tally anywhere in it) and the other's only vote a chamber's tally, the two sentences are one fact
(:func:`lone_vote_links`), and they conflict where the count is neither side of the tally (:func:`lone_vote_conflicts`:
214 for / 241-98).  A committee's side told alone, its members by their stance ("Four members wanted rates left on
hold", :func:`.committee_splits.stance_after`), meets another report's committee split of a larger total the same way
(4 / 6-3 conflict, 3 / 6-3 agree).  A sentence that tells of another occasion links nothing (:func:`.figure_links.another_time`).
"""

from __future__ import annotations

from parallax.analyze.quantities import TALLY
from parallax.analyze.quantities.committee_splits import stance_after
from parallax.analyze.quantities.vote_splits import votes_for_after
from parallax.compare.figure_links import another_time
from parallax.compare.sentence_features import measure_of
from parallax.compare.tally_links import Link, only_tally
from parallax.records import Article, Quantity, Sentence

_CHAMBER = 9  # a count above it is a chamber's vote, not a committee's
_SMALL = 30  # a body whose every member's vote is told (as :mod:`.tally_links` has it)


def _one_side(art: Article, q: Quantity) -> bool:
    """Whether the count is one side of a vote told alone: a chamber's votes in favour (above nine), or a committee's
    members by their stance ("Four members wanted rates left on hold")."""
    if q.value is None or q.value != int(q.value) or measure_of(q.unit) is not None:  # (no share: a poll's "60% in favour")
        return False
    if q.value > _CHAMBER and votes_for_after(art.text, q.end, art.language):
        return True
    return 0 < q.value < _SMALL and stance_after(art.text, q.end, (art.language or "en")[:2].lower())


def _lone_for(art: Article) -> tuple[int, Quantity] | None:
    """The sentence and the count of the article's only vote told by one side, or None (a tally in the article, none
    such, or more than one)."""
    if any(q.unit == TALLY for q in art.quantities):
        return None
    found = [q for q in art.quantities if _one_side(art, q)]
    if len({q.value for q in found}) != 1:
        return None
    si = next((i for i, s in enumerate(art.sentences) if s.start <= found[0].start < s.end), None)
    if si is None or another_time(art, art.sentences[si]):
        return None
    return si, found[0]


def _meet(count: float, pair: tuple[int, int]) -> bool:
    """Whether a side told alone and a tally can be one vote: a chamber's count and a chamber's tally, or a
    committee's count under the total of a committee's tally."""
    if count > _CHAMBER:
        return min(pair) > _CHAMBER
    return sum(pair) < _SMALL and count < sum(pair)


def lone_vote_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence): one article's lone count in favour and another's only chamber tally."""
    lone = [_lone_for(art) for art in articles]
    tallies = [only_tally(art) for art in articles]
    links: list[Link] = []
    for i, here in enumerate(lone):
        for j, there in enumerate(tallies):
            if i != j and here is not None and there is not None and _meet(here[1].value or 0, there[1]) and tallies[i] is None:
                links.append(((i, here[0]), (j, there[0])))
    return links


def lone_vote_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[list[str], list[str]]]:
    """(texts a, texts b) where one sentence holds its article's lone count in favour and the other its article's
    only chamber tally, and the count is neither side of it ("214 képviselő" / "241 votes to 98")."""
    for x, sx, y, sy, flip in ((art_a, sa, art_b, sb, False), (art_b, sb, art_a, sa, True)):
        lone, tally = _lone_for(x), only_tally(y)
        if lone is None or tally is None or not _meet(lone[1].value or 0, tally[1]):
            continue
        if (x.sentences[lone[0]].start, y.sentences[tally[0]].start) != (sx.start, sy.start):
            continue
        if int(lone[1].value or 0) in tally[1]:
            return []
        text = next(q.text for q in y.quantities if q.unit == TALLY and sy.start <= q.start < sy.end)
        pair = ([lone[1].text], [text])
        return [(pair[1], pair[0])] if flip else [pair]
    return []
