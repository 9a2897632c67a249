"""The record a report sets its event against: "the first strike since 1989" / "the first walkout in 37 years".

Reports of an event often say how long it had been since the last one: "It was the first strike since 1989", "the
first walkout in 37 years", "la primera huelga desde 1989", "der erste Streik seit 37 Jahren".  Two reports that
say it in two wordings scored too low to align (the year against a span of years shares no word), and two that
align ("since 1989" / "since 1992") were never compared (a year after "since" is no date of the event).  A report
rarely tells two such records of one event, so, as :mod:`.unanimity_links` does, each article's one sentence that
sets a "first" against a year or a span of years links to the other's, in any of the languages read (en, de, fr, es,
it, pt, nl); and the two records conflict where their years differ: a span of years counts back from the report's
publication year, give or take one (a span is rounded, "in 37 years" from 2026 is 1989 or 1990), while two years
written out must be the same.  A report with two such sentences links none and compares none of them.
"""

from __future__ import annotations

import re

from parallax.records import Article, Sentence

Link = tuple[tuple[int, int], tuple[int, int]]

_REACH = 80  # the most characters between "first" and its "since ..." ("the first strike at the Varnek plant since")
_FIRST = re.compile(r"(?<!\w)(?:first|erste[nmrs]?|premi(?:er|ère)s?|primer[ao]?s?|prim[oa]|primeir[oa]s?|eerste)(?!\w)", re.I)
_SINCE = re.compile(
    r"(?<!\w)(?:since|seit|depuis|desde|dal|dall['’]anno|sinds)\s+(?:(?:the\s+)?year\s+|(?:dem\s+)?jahr(?:e)?\s+|l['’]an(?:née)?\s+"
    r"|el\s+año\s+|(?:o\s+)?ano\s+de\s+)?(?P<year>1[89]\d\d|20\d\d)(?!\d)"
    r"|(?<!\w)(?:in|en|em|seit|depuis|desde\s+hace|da)\s+(?P<span>\d{1,3})\s+(?:years|jahren|ans|años|anos|anni|jaar)(?!\w)",
    re.I,
)


def record_year(art: Article, s: Sentence) -> tuple[int, bool] | None:
    """(year, written out) of the record the sentence sets a "first" against, or None (see the module)."""
    text = art.text
    for first in _FIRST.finditer(text, s.start, s.end):
        if m := _SINCE.search(text, first.end(), min(s.end, first.end() + _REACH)):
            if m.group("year"):
                return int(m.group("year")), True
            published = (art.published or "")[:4]
            return (int(published) - int(m.group("span")), False) if published.isdigit() else None
    return None


def _only_record(art: Article) -> int | None:
    found = [i for i, s in enumerate(art.sentences) if record_year(art, s)]
    return found[0] if len(found) == 1 else None


def first_since_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that each set the event against a record (see the module)."""
    found = [_only_record(art) for art in articles]
    return [((i, a), (j, b)) for i, a in enumerate(found) for j, b in enumerate(found) if i < j and a is not None and b is not None]


def first_since_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(a's record, b's record) as written, where the two sentences' records differ (see the module)."""
    ra, rb = record_year(art_a, sa), record_year(art_b, sb)
    if not ra or not rb or _only_record(art_a) is None or _only_record(art_b) is None:
        return []
    slack = 0 if ra[1] and rb[1] else 1
    if abs(ra[0] - rb[0]) <= slack:
        return []
    return [(_written(art_a, sa), _written(art_b, sb))]


def _written(art: Article, s: Sentence) -> str:
    """The record's words as the report gives them ("since 1989", "in 37 years")."""
    for first in _FIRST.finditer(art.text, s.start, s.end):
        if m := _SINCE.search(art.text, first.end(), min(s.end, first.end() + _REACH)):
            return m.group()
    return ""
