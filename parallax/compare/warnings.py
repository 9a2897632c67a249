"""Warnings on a fact: a slip inside one report, which no other report need contradict.

A conflict sets two reports against each other; a report can also contradict itself, and a fact-checker wants to
see that beside the fact it touches.  The one slip the analysis records so far is a weekday written with a date it
does not fall on ("on Tuesday, 12 November" when the 12th is a Thursday: :mod:`parallax.analyze.times.weekday_check`
flags the time ``weekday_mismatch``).  A warning is ``{"kind", "article", "text", "value", "weekday"}``: the words as
printed, the written date that stands as the value, and the weekday that date really is (in English, as the JSON's
keys are).  It does not change the fact's status: the fact may still be shared or in conflict with the others.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from parallax.records import Article, FactSentence

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_name(value: str | None) -> str | None:
    try:
        return _WEEKDAYS[date.fromisoformat(value or "").weekday()]
    except ValueError:
        return None


def fact_warnings(articles: list[Article], sentences: list[FactSentence]) -> list[dict[str, Any]]:
    """The slips inside one report that the sentences of a fact carry, one per day written twice: a weekday read
    apart from its date ("am Dienstag, | 12. November") gives one warning that spans both."""
    by_id = {a.id: a for a in articles}
    out: list[dict[str, Any]] = []
    for fs in sentences:
        art = by_id.get(fs.article)
        if art is None:
            continue
        spans: dict[str | None, tuple[int, int]] = {}
        for t in art.times:
            if t.weekday_mismatch and fs.start <= t.start < fs.end:
                lo, hi = spans.get(t.value, (t.start, t.end))
                spans[t.value] = (min(lo, t.start), max(hi, t.end))
        for value, (lo, hi) in spans.items():
            warning = {
                "kind": "weekday_mismatch",
                "article": art.id,
                "text": art.text[lo:hi],
                "value": value,
                "weekday": _weekday_name(value),
            }
            if warning not in out:
                out.append(warning)
    return out
