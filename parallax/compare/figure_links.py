"""One share or one temperature given two ways in sentences that do not align, in any two languages.

"Der Umsatz legte um 7,8 Prozent zu, während Europa schwächelte" and "celebró unas ventas un 8,7% más altas y
prometió nuevos modelos" report one figure, but each sentence says other things around it, and across
languages the alignment reads meaning alone, which does not pair them; the figure comparison
(:mod:`parallax.compare.conflicts`) reads only aligned sentences.  As the counts, sums and tolls do
(:mod:`.count_links`, :mod:`.money_links`, :mod:`.casualties`), a figure links where it is each article's only
one of its kind: a percentage whose clause names what it measures (sales, profit, turnout, the vote,
inflation ...: the kinds of :mod:`.share_kinds`, in en, es, pt, it, fr and de), a temperature or a height or
depth (a storm surge, rain; read with its unit, a conversion in brackets one figure: :mod:`.measures`).  The meaning of the two clauses alone
cannot tell what a figure measures (e5 scores "turnout was #" and "the party won # of the vote" as close as
a translation), so the kind comes from the clause's words, and a percentage whose clause names none links
nothing.  Two figures link only where two reports of one figure may differ: a percentage within half again
of the other (7.8 and 8.7; a turnout of 64% and a share of 38% never meet, as their kinds differ anyway), a
temperature within 5 degrees (43C and 45C), a height within half again (10 inches and 300 mm).  Sentences about another occasion (a past year, a record), a forecast
("temperatures are expected to reach 46C", "se prevé un crecimiento del 2%": :data:`_FORECAST`) and
sentences that name different places (by their first letters, folded: "Seville" meets "Séville") link
nothing.  A share of the vote is held by one party or candidate of several, so two shares of the vote link only
where the two sentences name one holder ("Unity won 38.2% of the vote" / "Los socialdemócratas de Marta Ruiz
obtuvieron el 31%" are two parties' shares; a holder translated, "Unity" / "Unidad", does not meet, and the two go
unlinked).  Only figures that disagree link.
"""

from __future__ import annotations

import re

from parallax.compare.duration_links import past_words
from parallax.compare.measures import measures
from parallax.compare.share_kinds import PERCENT, figure_kinds, writes
from parallax.compare.targets import benchmark
from parallax.letters import fold
from parallax.records import Article, Sentence

_CLOSE = 1.5  # the most one report of a percentage exceeds another's
_DEGREES = 5.0  # the most two reports of one temperature differ (°C)
_PLACES = frozenset({"GPE", "LOC"})
# a figure foreseen, not measured (en, de, fr, es, it, pt): it counts as the article's figure of its kind, so that an
# article giving a forecast and a reading links neither, but links nothing itself
_FORECAST = re.compile(
    r"(?<!\w)(?:expected|forecasts?|forecaster\w*|predict\w*|projected|could|might|will|would|erwartet\w*|vorhergesagt"
    r"|prognos\w*|soll(?:en)?|könnte\w*|werden|wird|prévu\w*|prévision\w*|devrai\w*|pourrai\w*|prevé|prevista?|previsto"
    r"|previsión\w*|podría\w*|previsione\w*|potrebbe\w*|dovrebbe\w*|deverá|poderá)(?!\w)",
    re.I,
)
_MEASURED = ("temperature", "height")  # the measures linked (:mod:`.measures`)
_HELD = frozenset({"vote"})  # kinds of share each holder has its own of
_PREFIX = 5  # the folded letters two spellings of one place share ("sevil": Seville, Séville, Sevilla)

Link = tuple[tuple[int, int], tuple[int, int]]
Figure = tuple[int, float, float]  # sentence, lowest, highest


def another_time(art: Article, s: Sentence) -> bool:
    """Whether the sentence tells of another occasion than the event's: by its words ("since 1987", "a record") or
    a date in another year; not by a month it names, which may be the event's own ("by the end of September")."""
    return past_words(s) or _another_year(art, s)


# the word that opens the span a figure is ranked over, not its date ("the second highest since 1989", "la plus forte
# depuis 1989", "die höchste seit 1989", "la más alta desde 1989", "la più alta dal 1989", "a maior desde 1989")
_SINCE = re.compile(r"(?<!\w)(?:since|depuis|seit|desde|dal|dall['’]|sinds|od|от|с|з)[ \u00a0]*(?:(?:the|l['’]|le|el|o|il|an|année|year|ano|año|anno|Jahr)[ \u00a0]+)?\Z", re.I)


def _another_year(art: Article, s: Sentence) -> bool:
    """Whether the sentence dates its figure to a year other than the article's (a past year's growth); a year
    that opens the span the figure is ranked over (:data:`_SINCE`) dates nothing."""
    year = (art.published or "")[:4]
    return any(
        s.start <= t.start < s.end and t.value and t.value[:4].isdigit() and year and t.value[:4] != year
        and not _SINCE.search(art.text, max(s.start, t.start - 12), t.start)
        for t in art.times
    )  # fmt: skip


def _shares(art: Article) -> dict[str, list[Figure]]:
    """The article's percentages by the kind their clause names (see the module)."""
    out: dict[str, list[Figure]] = {}
    if not writes(art.language):
        return out
    for q in art.quantities:
        if q.value is None or (q.unit or "").lower() not in PERCENT:
            continue
        si = art.sentence_of(q.start)
        if si < 0 or _another_year(art, art.sentences[si]):
            continue
        # a forecast, or a goal or a bound ("below the 2 percent target": :mod:`.targets`), is no reading
        foreseen = _FORECAST.search(art.sentences[si].text) or benchmark(art.text, art.language, q.start, q.end)
        value = float("nan") if foreseen else q.value
        for kind in figure_kinds(art, art.sentences[si], q):
            out.setdefault(kind, []).append((si, value, value))
    return out


def _measured(art: Article) -> dict[str, list[Figure]]:
    """The article's temperatures in °C and heights or depths in metres (a storm surge, rain: "10 inches of rain" /
    "254 mm de lluvia"), a measure and its conversion one figure."""
    out: dict[str, list[Figure]] = {}
    for si, s in enumerate(art.sentences):
        for kind in _MEASURED:
            found = [m for m in measures(art, s) if m[0] == kind]
            if found and (another_time(art, s) or _FORECAST.search(s.text)):
                out.setdefault(kind, []).append((si, float("nan"), float("nan")))  # a record's or a forecast's
                continue
            out.setdefault(kind, []).extend((si, lo, hi) for _, _, lo, hi, _ in found)
    return {kind: figures for kind, figures in out.items() if figures}


def _names(art: Article, s: Sentence, labels: frozenset[str] | None = None) -> set[str]:
    """The folded openings of the names the sentence gives (of ``labels`` only, where given), figures left out."""
    return {
        fold(e.canonical or e.text)[:_PREFIX]
        for e in art.entities
        if (labels is None or e.label in labels) and s.start <= e.start < s.end and not any(c.isdigit() for c in e.text)
    }


def _differ(kind: str, x: Figure, y: Figure) -> bool:
    """Whether two figures of one kind disagree but lie close enough to be one figure reported twice."""
    if x[1] != x[1] or y[1] != y[1]:
        return False  # (NaN: a figure of another occasion or a forecast)
    if kind == "temperature":
        gap = max(x[1] - y[2], y[1] - x[2])
        return 0 < gap <= _DEGREES
    if kind == "height":  # ranges that do not meet, within half again of each other (10 inches / 300 mm)
        return (x[2] < y[1] or y[2] < x[1]) and max(x[1], y[1]) <= _CLOSE * min(x[2], y[2])
    lo, hi = sorted((x[1], y[1]))
    return lo != hi and lo > 0 and hi <= _CLOSE * lo


def figure_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that give one share or temperature differently (see the module)."""
    found = [_shares(art) | _measured(art) for art in articles]
    links: list[Link] = []
    for i, mine in enumerate(found):
        for j in range(i + 1, len(found)):
            for kind, here in mine.items():
                there = found[j].get(kind, [])
                if len(here) != 1 or len(there) != 1 or not _differ(kind, here[0], there[0]):
                    continue
                si, sj = here[0][0], there[0][0]
                sa, sb = articles[i].sentences[si], articles[j].sentences[sj]
                pa, pb = _names(articles[i], sa, _PLACES), _names(articles[j], sb, _PLACES)
                if pa and pb and not pa & pb:
                    continue  # "43C in Seville" / "45C in Córdoba": two places' figures
                if kind in _HELD and not _names(articles[i], sa) & _names(articles[j], sb):
                    continue  # "Unity won 38.2%" / "the Social Democrats took 31%": two holders' shares
                if ((i, si), (j, sj)) not in links:
                    links.append(((i, si), (j, sj)))
    return links
