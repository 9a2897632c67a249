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
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Span)


class SpanIndex(Generic[T]):
    """The items of one list with ``start`` and ``end``, sorted by start; each answer in the list's own order."""

    def __init__(self, items: Sequence[T]):
        self.items = list(items)
        self._order = sorted(range(len(self.items)), key=lambda i: self.items[i].start)
        self._starts = [self.items[i].start for i in self._order]
        # the longest span: one that covers an offset starts at most this far before it
        self.longest = max((max(0, it.end - it.start) for it in self.items), default=0)

    def starting(self, lo: int, hi: int) -> list[T]:
        """The items with ``lo <= start <= hi``."""
        a, b = bisect_left(self._starts, lo), bisect_right(self._starts, hi)
        return [self.items[i] for i in sorted(self._order[a:b])]

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
