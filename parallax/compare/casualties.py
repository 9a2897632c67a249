"""Casualty links: sentences to join because each is its article's only report of one toll.

Outlets word a toll sentence differently and the meaning alone may not pair them, yet the toll is
what a reader compares first; the alignment joins these sentences before it compares them.
"""

from __future__ import annotations

from parallax.analyze.quantities.money import is_money
from parallax.compare.count_nouns import NOT_COUNTS, TIME_WORDS, counted
from parallax.compare.duration_links import another_occasion
from parallax.compare.hedges import bounds
from parallax.compare.kind_tolls import Tolls, bare_toll_links, kind_toll_links
from parallax.compare.part_tolls import part_toll, whole_of
from parallax.compare.role_words import VICTIM
from parallax.compare.roles import role
from parallax.compare.totals import apart
from parallax.letters import fold
from parallax.records import Article


def casualty_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Sentences to join because each is its article's only report of one casualty count: the
    dead, the injured, the missing ... of the event.  Outlets word a toll sentence differently
    ("Погибли семь человек" / "По данным штаба, 9 погибших, 24 человека пострадали") and the
    meaning alone may not pair them, yet the toll is what a reader compares first.  A count of a
    group joins its own kind ("Twelve workers are still missing" / "A dozen workers are still
    missing"), so a third outlet's figure meets the other two.  An article with two sentences
    counting the same role (a toll and a past disaster's) joins nothing.  Victims who are not read as
    dead (a fraud's: "the scheme defrauded 300 victims" / "the scheme had 200 victims") are a count
    of their own, joined as one.  A toll of people whose sentence names a kind of person ("Two workers
    were killed and seven injured") joins another article's toll of that kind, and one whose sentence names
    no kind ("12 people were killed") another's only toll of one kind ("12 miners died", :mod:`.kind_tolls`).
    A crowd's size is no toll: its figures link by who estimated them (:mod:`.crowd_links`); nor are bodies found so
    far ("Three bodies were recovered"), a part of the toll that links only with another count of bodies, nor
    survivors, who link with the rescued where a verb of rescue stands beside them (:mod:`.rescue_counts`)."""
    by_role: dict[tuple[str, str], dict[int, set[int]]] = {}
    nouns_in: dict[tuple[int, int], set[str]] = {}  # the nouns each sentence counts in a role
    tolls: Tolls = {}  # each article's counts of each role, outside sentences of another occasion
    for ai, art in enumerate(articles):
        for q in art.quantities:
            if q.value is None or q.unit in NOT_COUNTS:
                continue
            what = role(art.text, q) or ("victims" if q.unit and VICTIM.fullmatch(q.unit) else None)
            if what is None and q.unit is None and (whole := whole_of(art, q)) is not None:
                what = part_toll(art.text, whole)  # "21 of the 60 workers were injured" (:mod:`.part_tolls`)
            noun = counted(q.unit, what)
            if what is None or what == "crowd" or noun is None or not noun.isalpha() or noun in TIME_WORDS or is_money(noun):
                continue
            si = art.sentence_of(q.start)
            if si >= 0 and not apart(art, art.sentences[si], q):  # a running total is no count of this event
                by_role.setdefault((what, fold(noun)), {}).setdefault(ai, set()).add(si)
                nouns_in.setdefault((ai, si), set()).add(fold(noun))
                if not another_occasion(art, art.sentences[si]):
                    tolls.setdefault((ai, what), []).append((si, fold(noun), bounds(art.text, q, art.language)))
                else:
                    tolls.setdefault((ai, what), []).append((si, "", (0.0, 0.0, 0.0)))  # another event's: no toll stands alone
    links = []
    for per_article in by_role.values():
        only = sorted((ai, next(iter(sis))) for ai, sis in per_article.items() if len(sis) == 1)
        # every pair, not a star from the first: a pair of a fact is compared only when it is linked itself
        # (see :class:`parallax.compare.align.Relatedness`), and each of these counts answers every other
        links += [(x, y) for i, x in enumerate(only) for y in only[i + 1 :]]
    # a toll of people in a sentence that names a kind of person meets another article's toll of that kind
    links += [x for x in kind_toll_links(by_role, nouns_in) if x not in links]
    # and a toll of people whose sentence names no kind meets another's only toll of one kind (:mod:`.kind_tolls`)
    return links + [x for x in bare_toll_links(tolls, nouns_in) if x not in links]
