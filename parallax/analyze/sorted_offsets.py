"""Lookups by offset in lists of spans given as plain offsets (time expressions as tuples, quotation spans,
sentences), in logarithmic time, with the answers a scan of the whole list gave.

:mod:`.span_index` answers for lists of entities and time expressions (objects with ``start`` and ``end``).  The
times stage keeps what it found as ``(start, end, value, granularity)`` tuples, and a step that asked "which
expressions start inside this quotation", "is this offset inside a quotation", "which sentence holds this offset"
scanned every expression, quotation or sentence once per quotation: on a long report the work grew as the square
of its length.  Each lookup here sorts the offsets once and bisects; an answer lists the items in the order of the
list they came from, as the scan did.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class OffsetIndex:
    """The positions of a list of offsets (the starts of spans), to ask which of them lie in a range."""

    def __init__(self, offsets: Sequence[int]):
        self._order = sorted(range(len(offsets)), key=offsets.__getitem__)
        self._sorted = [offsets[i] for i in self._order]

    def between(self, lo: int, hi: int) -> list[int]:
        """The positions, in ascending order, of the offsets with ``lo <= offset < hi``."""
        a, b = bisect_left(self._sorted, lo), bisect_left(self._sorted, hi)
        return sorted(self._order[a:b])


def inside_any(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """``any(a <= pos < b for a, b in spans)`` as a function of ``pos``, by bisection where the spans are in order and
    do not overlap (the matches of one pattern: then only the last span that starts at or before ``pos`` may hold
    it), else by the scan."""
    starts = [a for a, _ in spans]
    if any(spans[i][1] > spans[i + 1][0] or spans[i][0] > spans[i + 1][0] for i in range(len(spans) - 1)):
        return lambda pos: any(a <= pos < b for a, b in spans)

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    return inside


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def first_holding(items: Sequence[S]) -> Callable[[int], S | None]:
    """``next((s for s in items if s.start <= pos < s.end), None)`` as a function of ``pos``: by bisection where the
    items (an article's sentences) are in order and do not overlap, so at most one holds an offset; else by the scan."""
    starts = [s.start for s in items]
    if any(items[i].end > items[i + 1].start or items[i].start > items[i + 1].start for i in range(len(items) - 1)):
        return lambda pos: next((s for s in items if s.start <= pos < s.end), None)

    def holding(pos: int) -> S | None:
        k = bisect_right(starts, pos) - 1
        return items[k] if k >= 0 and pos < items[k].end else None

    return holding
