"""Two candidates' votes told apart in one sentence against another report's tally of the same result.

Nigerian, Ghanaian and Indian papers give each candidate's count in a clause of its own ("Adeyemi polled 384,312
votes to defeat his closest rival, who scored 261,907 votes"); a wire writes the result as one tally ("384,312 votes
against 216,907", :mod:`parallax.analyze.quantities.tallies`).  The tally is no count and the two counts no tally,
so the two aligned sentences compared nothing and a wrong count for the loser went unseen.  Where one sentence's
only vote figures are exactly two counts of votes and the other's only result is one tally with no count of votes
beside it, the two counts are that result, compared as an unordered pair (:func:`.tallies.tally_pair`): they
conflict where the pairs differ.  Two counts beside a tally, or three candidates' counts, stay apart (another
round, a third candidate).
"""

from __future__ import annotations

from parallax.analyze.quantities import TALLY, tally_pair
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Sentence

_VOTE_UNITS = frozenset({"vote", "votes"})


def _sides(art: Article, s: Sentence) -> tuple[list[str], list[tuple[str, float]]]:
    """The sentence's tallies and its counts of votes (text, value)."""
    qs = starting_in(art.quantities, s)
    tallies = [q.text for q in qs if q.unit == TALLY]
    votes = [(q.text, q.value) for q in qs if q.value is not None and (q.unit or "").lower() in _VOTE_UNITS]
    return tallies, votes


def count_tally_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[list[str], list[str]]]:
    """(a's result, b's result) where one sentence's two counts of votes and the other's one tally differ."""
    (ta, va), (tb, vb) = _sides(art_a, sa), _sides(art_b, sb)
    for tally, votes, flip in ((ta, vb, False), (tb, va, True)):
        if len(tally) != 1 or len(votes) != 2 or (ta and tb) or (va if not flip else vb):
            continue
        pair = tally_pair(tally[0])
        counts = sorted((int(v) for _, v in votes if v == int(v)), reverse=True)
        if pair is None or len(counts) != 2 or tuple(counts) == pair:
            continue
        told = [t for t, _ in votes]
        return [(told, tally)] if flip else [(tally, told)]
    return []
