"""Typed records that flow one way through the stages.

One :class:`Article` is created by ``ingest`` and every later stage adds its own layer to it (spaCy's ``Doc`` is
the model): ``analyze`` fills ``sentences``, ``entities``, ``quotes``, ``times`` and ``quantities``; ``compare``
reads a list of analysed articles and produces a :class:`Comparison`.  All character offsets index
``Article.text`` (the cleaned text), never the raw input.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Sentence:
    """A sentence of the cleaned text; never crosses a paragraph."""

    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Entity:
    """A named entity mention.  ``canonical`` is the article-level name it refers to."""

    text: str
    label: str
    start: int
    end: int
    canonical: str = ""


@dataclass
class Quote:
    """A quotation: ``text`` is what stands inside the marks (or, for indirect
    speech, the reported clause); ``start``/``end`` delimit it."""

    text: str
    start: int
    end: int
    kind: str = "direct"  # direct | partial | indirect
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    sentence: int = 0


@dataclass
class TimeExpression:
    """A temporal expression resolved against the publication time.

    ``value`` is ISO 8601 at the expression's real granularity (``2022-04-07``, ``2022-03``, ``2022``, ``2022-W14``, a
    range ``2022-04-06/2022-04-07``, a duration ``P2D``; TimeML's forms for the rest: ``2022-Q1``, ``2022-SU``,
    ``201``/``20`` for a decade/century, ``PRESENT_REF``, sets such as ``P1W``) or ``None`` when it cannot be resolved
    (no publication date for a relative expression).  ``weekday_mismatch``: the weekday written with the date is not
    that date's ("Tuesday, 12 November" when the 12th is a Thursday; the written date is the value), a slip in the
    report that a fact-checker should see (:mod:`parallax.analyze.times.weekday_check`)."""

    text: str
    value: str | None
    start: int
    end: int
    granularity: str = "day"  # time | day | week | month | quarter | season | year | decade | century | range | duration | set | ref
    weekday_mismatch: bool = False


@dataclass
class Quantity:
    text: str
    value: float | None
    start: int
    end: int
    unit: str | None = None


@dataclass
class TitleLayers:
    """The headline's analysis, made with its article's (``analyze/title.py``) so a comparison never parses it
    again; offsets index ``Article.title.strip()``, and no sentence means a title too long to be a headline."""

    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)


_LAYERS = {"sentences": Sentence, "entities": Entity, "quotes": Quote, "times": TimeExpression, "quantities": Quantity}


@dataclass
class Article:
    """The central record.  Ingest fills the metadata and ``text``;
    analysis fills the layers below."""

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    language: str | None = None
    dateline: str | None = None
    dateline_offset: int | None = None
    # the date the dateline prints, as printed ("Nov. 19", "19. listopadu"): the day a wire report was written, which
    # its "today" counts from (parallax.analyze.times.written).  Kept as printed, not as a date: which month a word
    # names depends on the language ("listopada" is November in Polish, October in Croatian), known only after
    # cleaning, and a date without a year takes the publication's, which a feed or --published may set later
    dateline_date: str | None = None
    boilerplate_removed: list[str] = field(default_factory=list)
    kind: str | None = None  # "opinion" or "analysis" where the page says so (ingest/article_kind.py); None: a report
    source: str | None = None  # file (and line) it came from
    content_hash: str = ""
    # analysis layers
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    title_layers: TitleLayers | None = None  # None: no title, or stored before titles were analysed (analysed on read)
    analyzed: bool = False
    analyzed_by: str | None = None  # the analysis stamp (parallax.stamps) of the layers above

    def in_another_language(self, other: Article) -> bool:
        """Whether both languages are known and differ (compare then reads meaning, not words)."""
        return bool(self.language and other.language) and self.language[:2] != other.language[:2]

    def meta(self) -> dict[str, Any]:
        """The article as it appears in a comparison's ``articles`` list."""
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "language": self.language,
            "dateline": self.dateline,
            "dateline_offset": self.dateline_offset,
            "dateline_date": self.dateline_date,
            "text": self.text,
            "boilerplate_removed": list(self.boilerplate_removed),
            **({"kind": self.kind} if self.kind else {}),
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f for f in cls.__dataclass_fields__}
        kwargs = {k: v for k, v in data.items() if k in known and k not in _LAYERS and k != "title_layers"}
        art = cls(**kwargs)
        for name, typ in _LAYERS.items():
            setattr(art, name, [typ(**item) for item in data.get(name) or []])
        if isinstance(title := data.get("title_layers"), dict):
            art.title_layers = TitleLayers(**{k: [typ(**x) for x in title.get(k) or []] for k, typ in _LAYERS.items()})
        return art

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (or -1)."""
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return -1


# --------------------------------------------------------------- comparison


@dataclass
class FactSentence:
    article: str
    text: str
    start: int
    end: int
    sentence: int = 0


@dataclass
class Conflict:
    kind: str  # date | number | name | place | quote | speaker | negation
    values: dict[str, Any]


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
    :func:`headline_key`), ``text`` that headline or sentence."""

    kind: str
    values: dict[str, Any]
    article: str
    against: str
    text: str


@dataclass
class Headline:
    """An article's headline compared with the other reports (:mod:`parallax.compare.headlines`);
    ``word_choices`` are its words against another headline's in its language: {"article", "values"}."""

    article: str
    title: str
    conflicts: list[HeadlineConflict] = field(default_factory=list)
    word_choices: list[dict[str, Any]] = field(default_factory=list)


SCHEMA_COMPARISON = "parallax.comparison/1"


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
            facts.append(d)
        return {
            "schema": SCHEMA_COMPARISON,
            "articles": [a.meta() for a in self.articles],
            "facts": facts,
            "quotes": [asdict(q) for q in self.quotes],
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "word_choices": [asdict(w) for w in self.word_choices],
            "headlines": [asdict(h) for h in self.headlines],
            "summary": self.summary(),
            "limits": self.limits,
            "settings": self.settings,
        }
