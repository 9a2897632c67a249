"""The items of a report (entities, times, quantities, quotations) that lie in one sentence, found from an index.

A comparison reads every pair of aligned sentences, and each of its steps picked a sentence's items by scanning
the whole list of the report's items (:func:`.numbers.in_sentence` on each): the pairs times the report's items,
some twelve million tests on three reports of 2,700 words.  Each list is indexed once here, by where its items
start, and a sentence's items are the run of starts that lie in it, given in the list's own order (the order the
scans gave).  An index is kept for the list it was built from while that list is the same object, of the same
length, with the same first and last items (as :func:`.described_names._names_by_noun` keeps its own).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple, Protocol, TypeVar

from parallax.records import Sentence


class _Spanned(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Spanned)


class _Index(NamedTuple):
    items: Sequence  # the list indexed (held, so that its id names no other list while kept)
    length: int
    first: object
    last: object
    starts: list[int]  # the items' starts, sorted
    order: list[int]  # the item at each sorted start: its place in the list
    longest: int  # the longest item's length: how far before a sentence an item reaching into it may start


_INDEXES: dict[int, _Index] = {}
_KEEP = 32  # indexes kept (the lists of the reports of one comparison)


def _index(items: Sequence[T]) -> _Index:
    first, last = (items[0], items[-1]) if items else (None, None)
    hit = _INDEXES.get(id(items))
    if hit is not None and hit.items is items and hit.length == len(items) and hit.first is first and hit.last is last:
        return hit
    order = sorted(range(len(items)), key=lambda i: items[i].start)
    longest = max((items[i].end - items[i].start for i in order), default=0)
    built = _Index(items, len(items), first, last, [items[i].start for i in order], order, max(longest, 0))
    while len(_INDEXES) >= _KEEP:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[id(items)] = built
    return built


def starting_in(items: Sequence[T], sentence: Sentence) -> list[T]:
    """The items that start in ``sentence`` (``sentence.start <= item.start < sentence.end``), in list order."""
    index = _index(items)
    lo, hi = bisect_left(index.starts, sentence.start), bisect_left(index.starts, sentence.end)
    return [items[i] for i in sorted(index.order[lo:hi])]


def reaching_into(items: Sequence[T], lo: int, hi: int) -> list[T]:
    """The items that overlap the characters ``lo`` to ``hi`` (``item.start < hi and lo < item.end``), in list order."""
    index = _index(items)
    first, stop = bisect_left(index.starts, lo - index.longest), bisect_left(index.starts, hi)
    return [items[i] for i in sorted(index.order[first:stop]) if lo < items[i].end]
