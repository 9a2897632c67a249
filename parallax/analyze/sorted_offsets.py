"""Lookups by offset in lists of spans that do not overlap (quotation spans, sentences), in logarithmic time, with
the answers a scan of the whole list gave.

A step of the times stage asked "is this offset inside a quotation", "which sentence holds this offset" (and
"which expressions start inside this quotation", which :class:`.span_index.SpanIndex` answers) by scanning every
quotation or sentence once per quotation: on a long report the work grew as the square of its length.  Each
lookup here bisects the starts of spans in order, and falls back on the scan where they are not.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


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
