"""A sorted index of an article's spans (entities, times), for lookups by offset in logarithmic time.

Several quotation steps asked "which entity starts here", "which person lies inside this subject", "which body's
name covers this speaker" by scanning every entity of the article, once per quotation or per subject: on a long
article the work grew as the square of its length (a 100,000-character report: a quarter of a million entity
visits for one such question).  :class:`SpanIndex` sorts the spans by their start once and answers from a slice
found by bisection; the items it gives back keep the order of the list they came from, so an answer is the one
the scan gave.

:func:`index_of` keeps the index of the last few lists it was asked about: the quotation stage reads the entities
and times that the stages before it left, and changes neither.  An index is built again when its list is another
object, or has another length or other first or last item (a list changed in between).

The times stage keeps what it found as ``(start, end, value, granularity)`` tuples and replaces a tuple's value in
place as it reads the quotations (:mod:`parallax.analyze.times.quoted_days`): it indexes them with the offsets'
readers and asks for the positions of the items (:meth:`SpanIndex.positions`), not the items.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Generic, TypeVar

T = TypeVar("T")  # an item with ``start`` and ``end``, or one ``start_of`` and ``end_of`` read


class SpanIndex(Generic[T]):
    """The items of one list with a start and an end, sorted by start; each answer in the list's own order.  The
    start and end are the items' ``start`` and ``end``, or what ``start_of`` and ``end_of`` read (plain offset
    tuples: ``itemgetter(0)``, ``itemgetter(1)``)."""

    def __init__(
        self, items: Sequence[T], start_of: Callable[[T], int] = attrgetter("start"), end_of: Callable[[T], int] = attrgetter("end")
    ):
        self.items = list(items)
        starts = [start_of(it) for it in self.items]
        self._order = sorted(range(len(starts)), key=starts.__getitem__)
        self._starts = [starts[i] for i in self._order]
        # the longest span: one that covers an offset starts at most this far before it
        self.longest = max((max(0, end_of(it) - s) for it, s in zip(self.items, starts, strict=True)), default=0)

    def positions(self, lo: int, hi: int) -> list[int]:
        """The positions in the list, ascending, of the items with ``lo <= start <= hi`` (a caller that replaces
        items in its own list as it goes reads them there)."""
        a, b = bisect_left(self._starts, lo), bisect_right(self._starts, hi)
        return sorted(self._order[a:b])

    def starting(self, lo: int, hi: int) -> list[T]:
        """The items with ``lo <= start <= hi``."""
        return [self.items[i] for i in self.positions(lo, hi)]

    def inside(self, lo: int, hi: int) -> list[T]:
        """The items with ``lo <= start`` and ``end <= hi``."""
        return [it for it in self.starting(lo, hi) if it.end <= hi]

    def reaching(self, lo: int, hi: int) -> list[T]:
        """The items that may overlap or cover ``lo:hi``: every item that starts at most ``hi`` and ends at least
        at ``lo`` is among them (the caller tests its own condition on each)."""
        return self.starting(lo - self.longest, hi)


_CACHE: dict[int, tuple[Sequence, int, object, object, SpanIndex]] = {}
_KEEP = 6  # indexes kept (an article's entities and times, a few articles at once)
_LOCK = threading.Lock()


def index_of(items: Sequence[T]) -> SpanIndex[T]:
    """The :class:`SpanIndex` of ``items``, built once for a list that does not change (see the module)."""
    n = len(items)
    first, last = (items[0], items[-1]) if n else (None, None)
    hit = _CACHE.get(id(items))
    if hit is not None and hit[0] is items and hit[1] == n and hit[2] is first and hit[3] is last:
        return hit[4]
    index = SpanIndex(items)
    with _LOCK:
        while len(_CACHE) >= _KEEP:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[id(items)] = (items, n, first, last, index)  # (the list is held: its id names no other list meanwhile)
    return index


def forget() -> None:
    """Drop every index kept (a stage that starts reading lists the stages before it may have changed in place)."""
    with _LOCK:
        _CACHE.clear()
