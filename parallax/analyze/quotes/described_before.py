"""The people a definite description may be, gathered once along the article rather than again for each description.

"the engineer told reporters" is the one person named before it (outside quotations) with the noun "engineer" or
an age next to the name (:func:`.described.described_person`).  Each description read every such mention before it
again, with the fullest form of each name: on a long article, descriptions times mentions, the square of its
length.  The descriptions come in the order of the text, so what was gathered up to one of them is kept and only
the mentions after it are read for the next.  A description before the last one read starts over from the
article's opening; so do mentions whose ends are out of order (then the caller reads them all, as before).  The
people gathered are indexed by each noun and age next to their names (:meth:`MentionsBefore.fitting`): a
description compared with every person gathered so far was again descriptions times people.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from parallax.records import Entity

Found = dict[str, tuple[set[str], set[int]]]


class MentionsBefore:
    """What the described mentions ending at or before an offset say of each person: the nouns and ages next to each
    name (``found``) and the words beside it (``told``), in the order :func:`.described.described_person` reads them."""

    def __init__(
        self,
        mentions: list[tuple[Entity, set[str], set[int]]],
        outside: Callable[[int], bool],
        key_of: Callable[[Entity], str],
        beside_of: Callable[[Entity], str],
    ):
        self.mentions = mentions
        self.ends = [e.end for e, _, _ in mentions]
        self.in_order = self.ends == sorted(self.ends)
        self._outside, self._key_of, self._beside_of = outside, key_of, beside_of
        self._read = 0
        self.found: Found = {}
        self.told: dict[str, str] = {}
        # the people found with each noun and each age, for :meth:`fitting`
        self._with_noun: dict[str, set[str]] = {}
        self._with_age: dict[int, set[str]] = {}
        self._rank: dict[str, int] = {}  # each person's place in ``found``

    def upto(self, pos: int) -> tuple[Found, dict[str, str]] | None:
        """``found`` and ``told`` over the mentions that end at or before ``pos`` and lie outside quotations, or None
        when the mentions' ends are out of order (read them one by one).  The dictionaries are this object's: read
        them before the next call."""
        if not self.in_order:
            return None
        k = bisect_right(self.ends, pos)
        if k < self._read:
            self._read, self.found, self.told, self._with_noun, self._with_age, self._rank = 0, {}, {}, {}, {}, {}
        for e, nouns, ages in self.mentions[self._read : k]:
            if not self._outside(e.start):
                continue
            key = self._key_of(e)
            self._rank.setdefault(key, len(self._rank))
            have = self.found.setdefault(key, (set(), set()))
            have[0].update(nouns)
            have[1].update(ages)
            self.told[key] = self.told.get(key, "") + " " + self._beside_of(e)
            for noun in nouns:
                self._with_noun.setdefault(noun, set()).add(key)
            for age in ages:
                self._with_age.setdefault(age, set()).add(key)
        self._read = k
        return self.found, self.told

    def fitting(self, age: int | None, fits_noun: Callable[[str], bool], enough: int | None = None) -> list[str]:
        """Of the people :meth:`upto` last found, in its order, those who fit a description: with its ``age`` when it
        gives one, else with a noun ``fits_noun`` accepts.  Each distinct noun is asked once, not each person found
        so far; and a caller for whom ``enough`` people settle the answer ("the striker" of many strikers is nobody
        when nothing tells them apart) gets that many at most, in no particular order."""
        if age is not None:
            groups = [self._with_age.get(age, set())]
        else:
            groups = [people for noun, people in self._with_noun.items() if fits_noun(noun)]
        keys: set[str] = set()
        for people in groups:
            if enough is None:
                keys |= people
                continue
            for key in people:  # (at most ``enough`` new ones read: the ones already taken are fewer)
                keys.add(key)
                if len(keys) >= enough:
                    return list(keys)
        return sorted(keys, key=self._rank.__getitem__)
