"""A life term against a term of years: "jailed for life" / "a 25-year sentence" conflict.

:mod:`.prison_terms` compares two lengths of a prison term; a life term has no length, so one report's "jailed for
life" and another's "was given a 25-year sentence" were no conflict.  They tell two different sentences: a life term
and a fixed one are two penalties in every jurisdiction we read, whatever the convict serves in the end.  So a
sentence that names a life term (:data:`_LIFE`, in the languages of the comparison: "for life", "life
imprisonment", "lebenslang", "perpétuité", "cadena perpetua", "ergastolo", "prisão perpétua", "levenslang",
"dożywocie", "пожизненное", "müebbet", "seumur hidup", "無期懲役", "무기징역", "无期徒刑") and gives no length, against
an aligned sentence that gives a prison term to serve and names no life term, is a conflict: ("life", "P25Y").

Not a conflict: a life term with its minimum ("jailed for life and must serve at least 25 years", "life with a
minimum term of 25 years": the years are the minimum, :mod:`.minimum_terms` compares those), a length told as the
time before parole or as a minimum ("must serve at least 25 years before he can seek parole"), and "25 years to
life" (a life term named on the years' side), nor a penalty faced or sought ("faces life in prison if convicted").

A life term shares no figure with a term of years, and their sentences score low ("Marek was jailed for life." /
"Marek was given a 25-year sentence."): the one sentence of each report that tells the court's term links to the
other's where one is a life term (:func:`life_term_links`); two terms of years already meet on their shared words.
"""

from __future__ import annotations

import re

from parallax.compare.durations import prison_lengths
from parallax.records import Article, Sentence

_LIFE = re.compile(
    r"(?<![\w])(?:(?:jailed|imprisoned|sentenced|locked[ \u00a0]up|behind[ \u00a0]bars|years?[ \u00a0]to|prison|jail"
    # a headline's or a quotation's wording: "Killer gets life", "was given life", "You will go to prison for life"
    r"|gets|got|given|receives?|received)[ \u00a0]+(?:for[ \u00a0]+)?life(?![\w-]|[ \u00a0]+(?:insurance|savings|expectancy|support|jackets?))"
    r"|life[ \u00a0]+(?:sentences?|imprisonment|terms?|in[ \u00a0]+(?:prison|jail)|behind[ \u00a0]+bars)|whole[ \u00a0-]life"
    # the stems with their endings: "zu lebenslanger Haft", "na dożywocie", "к пожизненному заключению"
    r"|lebensl[aä]ng\w*|perpétuité|perpetua|prisión[ \u00a0]+permanente|ergastolo|perpétua|levenslang\w*"
    r"|dożywoci\w*|пожизненн\w*|довічн\w*|müebbet\w*|seumur[ \u00a0]+hidup)(?![\w])"
    r"|無期懲役|終身刑|无期徒刑|無期徒刑|终身监禁|終身監禁|무기징역|종신형",
    re.I,
)
# a minimum or the time before parole: the length is then no whole term
_MINIMUM = re.compile(
    r"minimum|at[ \u00a0]+least|parole|tariff|mindest|au[ \u00a0]+moins|sûreté|al[ \u00a0]+menos|revisable|almeno"
    r"|pelo[ \u00a0]+menos|minstens|najmniej|не[ \u00a0]+менее|en[ \u00a0]+az|最低|최소",
    re.I,
)


# a penalty the convict faced or the prosecution sought, not the one the court set ("faces life in prison if
# convicted", "prosecutors had sought life")
_NOT_SET = re.compile(
    r"(?<![\w])(?:fac(?:es|ed|ing)|could|up[ \u00a0]+to|maximum|risks?|if[ \u00a0]+convicted|sought|demanded|requested|asked"
    r"|droht|drohen|gefordert|forderte|encourt|risque|requis|enfrenta|pidió|pedía|rischia|chiesto|arrisca|pediu)(?![\w])",
    re.I,
)
Link = tuple[tuple[int, int], tuple[int, int]]


def _side(art: Article, s: Sentence) -> str | None:
    """The side of a term: "life" for a life term with no length, the term for a length with no life term, else None."""
    text = art.text[s.start : s.end]
    if _MINIMUM.search(text) or _NOT_SET.search(text):
        return None
    lengths = prison_lengths(art, s)
    life = _LIFE.search(text) is not None
    if life and not lengths and not any(t.granularity == "duration" and s.start <= t.start < s.end for t in art.times):
        return "life"
    return lengths[0] if lengths and not life and len(set(lengths)) == 1 else None


def _people(art: Article, s: Sentence) -> set[str]:
    """The words of the people a sentence names (its convict, where it names one)."""
    return {w.lower() for e in art.entities if e.label in ("PERSON", "PER") and s.start <= e.start < s.end for w in e.text.split()}


def _two_convicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> bool:
    """Whether the sentences name people and none in common: two convicts' terms ("His accomplice Novak was jailed for
    life" / "Marek received 25 years")."""
    pa, pb = _people(art_a, sa), _people(art_b, sb)
    return bool(pa and pb and not pa & pb)


def life_term_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(term in a, term in b) where one sentence names a life term and the other a term of years (see the module)."""
    a, b = _side(art_a, sa), _side(art_b, sb)
    if a and b and (a == "life") != (b == "life") and not _two_convicts(art_a, sa, art_b, sb):
        return [(a, b)]
    return []


def life_term_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence): each article's only sentence telling a term, where one of the two is a life term."""
    found: list[tuple[int, str] | None] = []
    for art in articles:
        told = [(i, side) for i, s in enumerate(art.sentences) if (side := _side(art, s))]
        found.append(told[0] if len(told) == 1 else None)
    return [
        ((i, a[0]), (j, b[0]))
        for i, a in enumerate(found)
        for j, b in enumerate(found)
        if i < j
        and a is not None
        and b is not None
        and (a[1] == "life") != (b[1] == "life")
        and not _two_convicts(articles[i], articles[i].sentences[a[0]], articles[j], articles[j].sentences[b[0]])
    ]
