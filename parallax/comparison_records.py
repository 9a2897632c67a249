"""The records a comparison is made of: facts with their conflicts, quote groups, headlines, and the
:class:`Comparison` that holds them (split from :mod:`parallax.records`, which re-exports every name).

:func:`upgrade_comparison` reads a comparison stored under an earlier schema as the current one, so the store
and the report show what was saved before a change of schema.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from parallax.record_reprs import comparison_repr

if TYPE_CHECKING:
    from parallax.records import Article


@dataclass
class FactSentence:
    article: str
    text: str
    start: int
    end: int
    sentence: int = 0


@dataclass
class Conflict:
    """Where aligned sentences disagree.  ``values`` maps article id -> the value that article gives and
    holds nothing else, so an article may have any id ("unit", read from ``unit.txt``, too: in schema /1 the
    counted noun sat among the ids and took that article's place).  A number conflict names what it counts
    in ``unit`` (one noun or measure for both) or ``units`` (article id -> its own noun, "agentes" /
    "officers", "$" / "£"); either is ``None`` where it does not apply.  ``later``: where a number conflict's
    larger figure came in a report published an hour or more after the other's, of a count that grows as news
    comes in (a toll), that report's id: most likely an update, not a contradiction (:mod:`parallax.compare.updates`)."""

    kind: str  # date | number | name | place | quote | speaker | negation
    values: dict[str, Any]
    unit: str | None = None
    units: dict[str, str] | None = None
    later: str | None = None
    silent: list[str] | None = None  # number conflicts: the articles that count no such thing (compare.every_outlet)
    outside: dict[str, str] | None = None  # and article id -> the sentence, not the fact's, its figure was read from

    def to_dict(self) -> dict[str, Any]:
        """The conflict as a comparison writes it: ``unit``, ``units``, ``later``, ``silent`` and ``outside`` only where set."""
        return conflict_dict(asdict(self))


@dataclass
class WordChoice:
    fact: str
    values: dict[str, str]  # article id -> wording


@dataclass
class Fact:
    id: str
    status: str  # shared | unique | conflict
    sentences: list[FactSentence]
    conflicts: list[Conflict] = field(default_factory=list)
    word_choices: list[WordChoice] = field(default_factory=list)
    opinion: bool = False  # one opinion piece's own sentences: a view, not a unique fact (compare_articles)
    warnings: list[dict[str, Any]] = field(default_factory=list)  # slips inside one report (compare.warnings)

    @property
    def articles(self) -> list[str]:
        seen: list[str] = []
        for s in self.sentences:
            if s.article not in seen:
                seen.append(s.article)
        return seen


@dataclass
class QuoteVariant:
    article: str
    text: str
    speaker: str | None
    start: int
    end: int
    kind: str = "direct"
    cue: str | None = None  # the word that attributes it ("said", ":"); "near": inferred from whom the paragraph is about
    fidelity: str | None = None  # against the group's reference variant (that one: "verbatim"); None when single-source


@dataclass
class QuoteGroup:
    id: str
    speaker: str | None
    variants: list[QuoteVariant]
    fidelity: str  # verbatim | punctuation | trimmed | altered | paraphrase | single-source
    misattributed: bool = False
    reference: int | None = None  # index of the variant the others are graded against (None: single-source)
    # the articles that credit the words to an anonymous source ('a spokesman') where another names the person
    unnamed_in: list[str] = field(default_factory=list)


@dataclass
class EntitySummary:
    text: str
    label: str
    articles: list[str]


@dataclass
class TimeMention:
    article: str
    text: str
    value: str | None
    start: int
    end: int
    granularity: str = "day"


def headline_key(article: str) -> str:
    """The key of a headline's value in a conflict with its own article's body (``against`` "own"): the article's
    id with "#headline" after it.  The body's value sits under the id itself, so the two keys differ for any id;
    a fixed word ("headline") was also the id of an article read from ``headline.txt``, and the two values fell
    into one key."""
    return f"{article}#headline"


@dataclass
class HeadlineConflict:
    """A headline's disagreement with another report: ``values`` as a fact's conflict (article id -> value),
    ``article`` the other report, ``against`` "headline" or "text" (its headline or a sentence of its body), or
    "own" (a sentence of its own article's body: ``article`` is then its own, and the headline's value is keyed
    :func:`headline_key`), ``text`` that headline or sentence; ``later`` as a fact's conflict's: the headline's toll
    and another report's, published an hour or more apart (:mod:`parallax.compare.updates`)."""

    kind: str
    values: dict[str, Any]
    article: str
    against: str
    text: str
    unit: str | None = None  # as :class:`Conflict`'s
    units: dict[str, str] | None = None
    later: str | None = None  # as :class:`Conflict`'s; never against "own" (one report, one publication time)


@dataclass
class Headline:
    """An article's headline compared with the other reports (:mod:`parallax.compare.headlines`);
    ``word_choices`` are its words against another headline's in its language: {"article", "values"}."""

    article: str
    title: str
    conflicts: list[HeadlineConflict] = field(default_factory=list)
    word_choices: list[dict[str, Any]] = field(default_factory=list)


SCHEMA_COMPARISON = "parallax.comparison/3"  # /2: a conflict's unit and units out of its values; /3: its silent and outside


@dataclass
class Comparison:
    articles: list[Article]
    facts: list[Fact]
    quotes: list[QuoteGroup]
    entities: list[EntitySummary]
    times: list[TimeMention]
    word_choices: list[WordChoice]
    settings: dict[str, Any] = field(default_factory=dict)
    limits: list[dict[str, Any]] = field(default_factory=list)  # checks some articles' languages could not get (analyze.coverage)
    headlines: list[Headline] = field(default_factory=list)  # each titled article's headline against the other reports

    __repr__ = comparison_repr  # one line, not every field (parallax/record_reprs.py)

    def summary(self) -> dict[str, Any]:
        status = {"shared": 0, "unique": 0, "conflict": 0, "opinion": 0}
        for f in self.facts:
            status["opinion" if f.opinion else f.status] += 1
        fidelity: dict[str, int] = {}
        for q in self.quotes:
            fidelity[q.fidelity] = fidelity.get(q.fidelity, 0) + 1
        coverage = {}
        for a in self.articles:
            total = corroborated = 0
            for f in self.facts:
                n = sum(1 for s in f.sentences if s.article == a.id)
                total += n
                if f.status != "unique":
                    corroborated += n
            coverage[a.id] = round(corroborated / total, 3) if total else 0.0
        opinion = status.pop("opinion")  # listed only where an opinion piece is compared (an optional field)
        return {
            "articles": len(self.articles),
            "facts": len(self.facts),
            **status,
            **({"opinion": opinion} if opinion else {}),
            "conflicts": sum(len(f.conflicts) for f in self.facts),
            "quotes": len(self.quotes),
            "quote_fidelity": fidelity,
            "misattributed": sum(1 for q in self.quotes if q.misattributed),
            "word_choices": len(self.word_choices),
            "corroborated_share": coverage,
        }

    def to_dict(self) -> dict[str, Any]:
        facts = []
        for f in self.facts:
            d = {k: v for k, v in asdict(f).items() if k not in ("opinion", "warnings") or v}  # each only where there
            d["articles"] = f.articles
            d["conflicts"] = [c.to_dict() for c in f.conflicts]
            facts.append(d)
        return {
            "schema": SCHEMA_COMPARISON,
            "articles": [a.meta() for a in self.articles],
            "facts": facts,
            "quotes": [{k: v for k, v in asdict(q).items() if k != "unnamed_in" or v} for q in self.quotes],  # only where set
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "word_choices": [asdict(w) for w in self.word_choices],
            "headlines": [_headline_dict(h) for h in self.headlines],
            "summary": self.summary(),
            "limits": self.limits,
            "settings": self.settings,
        }


def conflict_dict(d: dict[str, Any]) -> dict[str, Any]:
    """A conflict's dict without a ``unit``, ``units``, ``later``, ``silent`` or ``outside`` that is not set (most
    conflicts count nothing)."""
    return {k: v for k, v in d.items() if k not in ("unit", "units", "later", "silent", "outside") or v is not None}


def _headline_dict(h: Headline) -> dict[str, Any]:
    d = asdict(h)
    d["conflicts"] = [conflict_dict(c) for c in d["conflicts"]]
    return d


def _units_out(conflict: dict[str, Any]) -> None:
    """Schema /1 kept a number conflict's ``unit`` (a noun, or null) and ``units`` (id -> noun) among its values;
    an article's value there is a list (or a string in other kinds), so a string or null under "unit" and a dict
    under "units" are the nouns and move out, and an article "unit" whose value is a list stays."""
    values = conflict.get("values")
    if conflict.get("kind") != "number" or not isinstance(values, dict):
        return
    if "unit" in values and (values["unit"] is None or isinstance(values["unit"], str)):
        unit = values.pop("unit")
        if unit is not None:
            conflict["unit"] = unit
    if isinstance(values.get("units"), dict):
        conflict["units"] = values.pop("units")


def upgrade_comparison(comparison: dict[str, Any]) -> dict[str, Any]:
    """``comparison`` as schema /3 reads it (a copy: the caller's dict is left as it was): a /1 record's conflicts (of facts,
    headlines and a near-duplicate copy's changed sentences) get their ``unit`` and ``units`` out of ``values``; a /2 record
    is a /3 one without the optional ``silent`` and ``outside`` of a conflict, and is only relabelled.  Anything else (a /3
    record, a dict that is no comparison) comes back as it was."""
    if isinstance(comparison, dict) and comparison.get("schema") == "parallax.comparison/2":
        return {**comparison, "schema": SCHEMA_COMPARISON}
    if not isinstance(comparison, dict) or comparison.get("schema") != "parallax.comparison/1":
        return comparison
    comparison = deepcopy(comparison)
    holders = [*(comparison.get("facts") or []), *(comparison.get("headlines") or [])]
    settings = comparison.get("settings") if isinstance(comparison.get("settings"), dict) else {}
    for copy in settings.get("copies") or []:  # parallax run's near-duplicates, each with its changed sentences
        holders += (copy.get("changed") or []) if isinstance(copy, dict) else []
    for holder in holders:
        for conflict in (holder.get("conflicts") or []) if isinstance(holder, dict) else []:
            if isinstance(conflict, dict):
                _units_out(conflict)
    comparison["schema"] = SCHEMA_COMPARISON
    return comparison
