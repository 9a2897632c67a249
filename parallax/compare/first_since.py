"""The record a report sets its event against: "the first strike since 1989" / "the first walkout in 37 years".

Reports of an event often say how long it had been since the last one: "It was the first strike since 1989", "the
first walkout in 37 years", "la primera huelga desde 1989", "der erste Streik seit 37 Jahren".  Two reports that
say it in two wordings scored too low to align (the year against a span of years shares no word), and two that
align ("since 1989" / "since 1992") were never compared (a year after "since" is no date of the event).  A report
rarely tells two such records of one event, so, as :mod:`.unanimity_links` does, each article's one sentence that
sets a "first" against a year or a span of years links to the other's, in any of the languages read (en, de, fr, es,
it, pt, nl), where the two records are of one kind of event (:mod:`.record_kinds`: "the first rate cut since 2019"
and "the first loss since 2015" are two records); and the two records conflict where their years differ: a span of
years counts back from the report's publication year, give or take one (a span is rounded, "in 37 years" from 2026
is 1989 or 1990), a span of decades give or take five ("in four decades" is 1981 to 1991), while two years written
out must be the same.  A span may be written in words ("in thirty-seven years", "en deux décennies", "in a decade").
A report with two records of one kind links neither of them and compares neither.
"""

from __future__ import annotations

import re

from parallax.compare.record_kinds import record_kinds
from parallax.records import Article, Sentence

Link = tuple[tuple[int, int], tuple[int, int]]

_REACH = 80  # the most characters between "first" and its "since ..." ("the first strike at the Varnek plant since")
_FIRST = re.compile(r"(?<!\w)(?:first|erste[nmrs]?|premi(?:er|ère)s?|primer[ao]?s?|prim[oa]|primeir[oa]s?|eerste)(?!\w)", re.I)
_ONE = r"an?|une?|una|uma|een|einem|einer"
_SINCE = re.compile(
    r"(?<!\w)(?:since|seit|depuis|desde|dal|dall['’]anno|sinds)\s+(?:(?:the\s+)?year\s+|(?:dem\s+)?jahr(?:e)?\s+|l['’]an(?:née)?\s+"
    r"|el\s+año\s+|(?:o\s+)?ano\s+de\s+)?(?P<year>1[89]\d\d|20\d\d)(?!\d)"
    r"|(?<!\w)(?:in|en|em|seit|depuis|desde\s+hace|da)\s+(?P<hedge>(?:nearly|almost|more\s+than|over|about|fast|über|mehr\s+als"
    r"|près\s+de|plus\s+de|casi|más\s+de|quasi|oltre|più\s+di|quase|mais\s+de|bijna|ruim|meer\s+dan)\s+)?"
    rf"(?P<span>\d{{1,3}}|{_ONE}|[^\W\d_]+(?:-[^\W\d_]+)?)\s+"
    r"(?:(?P<years>years|jahren|ans|années|años|anos|anni|jaar)|(?P<decades>decades?|jahrzehnten?|décennies?|décadas?|decenni|decennia))(?!\w)",
    re.I,
)


def _record(art: Article, s: Sentence) -> tuple[re.Match[str], re.Match[str]] | None:
    """The sentence's "first" and its "since ..." (see the module), or None."""
    for first in _FIRST.finditer(art.text, s.start, s.end):
        if m := _SINCE.search(art.text, first.end(), min(s.end, first.end() + _REACH)):
            return first, m
    return None


def _span_years(m: re.Match[str], language: str | None) -> tuple[int, int] | None:
    """(years, slack) of a span ("37 years", "thirty-seven years", "four decades", "a decade"), or None."""
    from parallax.analyze.quantities import parse_number

    span = m.group("span")
    n = 1.0 if re.fullmatch(_ONE, span, re.I) else parse_number(span, language or "en")
    if n is None or n <= 0 or n != int(n):
        return None
    if m.group("decades"):
        return int(n) * 10, 5  # a span of decades is rounded to one
    return int(n), 1 + (int(n) // 10 if m.group("hedge") else 0)


def record_year(art: Article, s: Sentence) -> tuple[int, int] | None:
    """(year, slack) of the record the sentence sets a "first" against, or None (see the module)."""
    if not (found := _record(art, s)):
        return None
    m = found[1]
    if m.group("year"):
        return int(m.group("year")), 0
    published = (art.published or "")[:4]
    span = _span_years(m, art.language)
    return (int(published) - span[0], span[1]) if published.isdigit() and span else None


def _kinds(art: Article, s: Sentence) -> frozenset[str]:
    first, since = _record(art, s) or (None, None)
    if first is None or since is None:
        return frozenset()
    return record_kinds(art.text[s.start : first.start()], art.text[first.end() : since.start()])


def _records(art: Article) -> dict[int, frozenset[str]]:
    """Each sentence that sets a record, with the kinds the record is of."""
    return {i: kinds for i, s in enumerate(art.sentences) if record_year(art, s) and (kinds := _kinds(art, s))}


def _mates(a: dict[int, frozenset[str]], b: dict[int, frozenset[str]]) -> list[tuple[int, int]]:
    """(sentence of a, sentence of b) of each kind both tell once (a report's two records of one kind link none)."""
    out = []
    for i, ka in a.items():
        for j, kb in b.items():
            shared = ka & kb
            if shared and all(sum(k in x for x in a.values()) == 1 and sum(k in x for x in b.values()) == 1 for k in shared):
                out.append((i, j))
    return out


def first_since_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that each set the event against a record of one kind (see the module)."""
    found = [_records(art) for art in articles]
    return [((i, a), (j, b)) for i in range(len(found)) for j in range(i + 1, len(found)) for a, b in _mates(found[i], found[j])]


def first_since_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(a's record, b's record) as written, where the two sentences' records of one kind differ (see the module)."""
    ra, rb = record_year(art_a, sa), record_year(art_b, sb)
    if not ra or not rb:
        return []
    ia, ib = _index(art_a, sa), _index(art_b, sb)
    if ia is None or ib is None or (ia, ib) not in _mates(_records(art_a), _records(art_b)):
        return []
    if abs(ra[0] - rb[0]) <= max(ra[1], rb[1]):
        return []
    return [(_written(art_a, sa), _written(art_b, sb))]


def _index(art: Article, s: Sentence) -> int | None:
    """Where the sentence stands in its article's body (a headline's stands nowhere)."""
    return next((i for i, x in enumerate(art.sentences) if x is s or (x.start, x.end, x.text) == (s.start, s.end, s.text)), None)


def _written(art: Article, s: Sentence) -> str:
    """The record's words as the report gives them ("since 1989", "in 37 years")."""
    found = _record(art, s)
    return found[1].group() if found else ""
