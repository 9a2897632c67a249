"""The mentions, descriptions and groups a pronoun may take up: those within reach before it, found by bisection.

A pronoun's person is looked for among the people named at most ``_PRONOUN_REACH`` characters before it, a
description among the subjects that end within that reach, and what "it" or "they" stands for among the subjects
within ``_GROUP_REACH`` (:mod:`.antecedents`).  Each lookup read every mention, description or group from the
article's opening and skipped those out of reach: on a long report, pronouns times mentions, the square of its
length.  The lists are kept in the order of the text (the mentions by their start, the others as the paragraphs
are read), so the first item a lookup may use is found by bisection; the ones before it are those the scan
skipped, so each answer is the scan's.  A list whose items are out of order is read from its opening, as before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int


M = TypeVar("M", bound=_Span)


def mentions_near(mentions: list[M], longest: int, lo: int, hi: int) -> list[M]:
    """Of ``mentions`` (in order of their start, none longer than ``longest`` characters), those from the first that
    may end at ``lo`` or after to the last that starts at ``hi`` or before, in order: every mention with ``lo <= end``
    and ``start <= hi`` is among them, and every mention before them ends before ``lo``."""
    a = bisect_left(mentions, lo - longest, key=_start)
    return mentions[a : bisect_right(mentions, hi, lo=a, key=_start)]


def _start(m: _Span) -> int:
    return m.start


Orders = dict[tuple[int, Callable], tuple[Sequence, int, list[int] | None]]


def first_reaching(items: Sequence[Any], key: Callable[[Any], int], bound: int, orders: Orders) -> int:
    """Where to start reading ``items`` (a list only appended to) for those whose ``key`` is at least ``bound``: the
    first such item where the keys are in order, so every item before it has a smaller key; 0 where they are not.
    When the list has grown, only the new items' keys are read (``orders`` keeps them, one such dictionary per
    attributor): reading them all again at every lookup after an append made the lookups quadratic again."""
    hit = orders.get((id(items), key))
    if hit is None or hit[0] is not items or hit[1] > len(items):
        hit = (items, 0, [])
    if hit[1] < len(items):
        keys = hit[2]
        if keys is not None:
            keys.extend(key(it) for it in items[hit[1] :])
            if any(keys[i] > keys[i + 1] for i in range(max(0, hit[1] - 1), len(keys) - 1)):
                keys = None
        orders[(id(items), key)] = hit = (items, len(items), keys)
    return 0 if hit[2] is None else bisect_left(hit[2], bound)
