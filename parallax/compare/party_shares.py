"""Each party's own share: two parties' shares swapped between two reports, or one party's changed, conflict party
by party.

Two aligned sentences listing the parties' results ("Labour took 41% of the vote, the Conservatives 33%" / "The
Conservatives took 41% and Labour 33%") are compared figure by figure (:func:`.numbers.number_conflicts`): the same
figures on both sides agree, whoever holds each, so a swap of two parties' shares was no conflict.  The holder of
each share is the name nearest before it in its clause (:func:`.holders.holder`); where each sentence gives two or
more shares held by different names, and the names pair one for one across the sentences (:func:`.holders.same_holder`:
"Labour" / "le Labour", "PSOE" / "los Socialistas"), each party's share is compared with its own share in the other
report.  A name that meets two names of the other sentence, or that holds two shares in its sentence ("Labour's
vote rose 5 points to 41%"), pairs with nothing; two shares whose clauses name two kinds ("41% of the vote" /
"turnout of 64%", :mod:`.share_kinds`) are not compared.

A list of results names its parties where the entity layer often tags none ("the Conservatives 33%", "les Tories
33 %"): where :func:`.holders.holder` finds no name, the last run of capitalised words in the share's clause before
it is the holder (less a determiner opening the sentence: "Les Tories ont obtenu 41 %"), as the list's shape gives
each party its figure.
"""

from __future__ import annotations

import re

from parallax.compare.hedges import bounds, fits
from parallax.compare.holders import holder, same_holder
from parallax.compare.parties import listed_party
from parallax.compare.party_nouns import party_noun
from parallax.compare.share_kinds import PERCENT, figure_kinds
from parallax.records import Article, Quantity, Sentence

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a list's items are cut by a comma, a semicolon, a colon or a word for "and" (en, fr, es, it, pt, de, nl, pl, ru, tr, id)
_ITEM_CUT = re.compile(r"[,;:]|\s(?:and|et|y|e|und|en|i|и|ve|dan)\s")
_DETERMINERS = frozenset("the le la les l el los las il lo gli i die der den das de het a o os as".split())


def _item_start(art: Article, s: Sentence, q: Quantity) -> int:
    """Where the share's list item starts: after the last cut of the sentence before it."""
    lo = s.start
    for cut in _ITEM_CUT.finditer(art.text, s.start, q.start):
        lo = cut.end()
    return lo


def _listed_name(art: Article, s: Sentence, q: Quantity) -> str | None:
    """The last run of capitalised words in the share's list item before it (see the module), or None."""
    lo = _item_start(art, s, q)
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(art.text, lo, q.start):
        if not m.group()[0].isupper():
            continue
        if run and not art.text[run[-1].end() : m.start()].strip():
            run.append(m)
        else:
            run = [m]
    if run and run[0].start() == s.start and run[0].group().lower() in _DETERMINERS:
        run = run[1:]
    return " ".join(m.group() for m in run) or None


def _held_shares(art: Article, s: Sentence) -> list[tuple[str, Quantity]]:
    """(holder, percentage) of a sentence's percentages, where each has a holder and no holder holds two."""
    shares = [q for q in art.quantities if s.start <= q.start < s.end and q.value is not None and (q.unit or "").lower() in PERCENT]
    # a party written as its members' noun ("los socialistas", :mod:`.party_nouns`) where no name holds the share
    # a party the table of parties names since the share before it comes first ("Prawo i Sprawiedliwość uzyskało 30%",
    # which the tagger and the list's "i" (and) cut to "Sprawiedliwość", :mod:`.parties`)
    ends = [s.start, *(q.end for q in shares)]  # (one more than the shares: the last ends no share's stretch)
    held = [
        (h, q)
        for lo, q in zip(ends, shares, strict=False)
        if (
            h := listed_party(art.text, lo, q.start)
            or holder(art, s, q)
            or _listed_name(art, s, q)
            or party_noun(art.text, _item_start(art, s, q), q.start)
        )
    ]
    if len(held) < 2 or len(held) != len(shares):
        return []
    names = [h for h, _ in held]
    if any(same_holder(x, y) for i, x in enumerate(names) for y in names[i + 1 :]):
        return []  # one party twice, or two names the rule cannot tell apart
    return held


def party_share_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[float, float]]:
    """(share in a, share in b) of each party whose shares in the two sentences differ (see the module)."""
    held_a, held_b = _held_shares(art_a, sa), _held_shares(art_b, sb)
    out = []
    for name, qa in held_a:
        mates = [(h, qb) for h, qb in held_b if same_holder(name, h)]
        if len(mates) != 1 or sum(same_holder(n, mates[0][0]) for n, _ in held_a) != 1:
            continue
        qb = mates[0][1]
        ka, kb = figure_kinds(art_a, sa, qa), figure_kinds(art_b, sb, qb)
        if ka and kb and not ka & kb:
            continue
        if not fits(bounds(art_a.text, qa, art_a.language), bounds(art_b.text, qb, art_b.language)):
            out.append((qa.value, qb.value))
    return out
