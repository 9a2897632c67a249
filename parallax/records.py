"""Typed records that flow one way through the stages.

One :class:`Article` is created by ``ingest`` and every later stage adds its own layer to it (spaCy's ``Doc`` is
the model): ``analyze`` fills ``sentences``, ``entities``, ``quotes``, ``times`` and ``quantities``; ``compare``
reads a list of analysed articles and produces a :class:`Comparison`.  All character offsets index
``Article.text`` (the cleaned text), never the raw input.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from parallax.record_reprs import article_repr


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
    # where ``published`` came from when not from the source itself: "capture" (a WARC record's capture time),
    # "given" (the user's --published) or "guessed" (a page's date found in its text, no metadata giving one); None: the
    # page's, record's or feed item's own time.  A stored time is replaced
    # on a re-read only by one as good (parallax/store/corrections.py: a capture time never overwrites a page's own)
    published_from: str | None = None
    language: str | None = None
    dateline: str | None = None
    dateline_offset: int | None = None
    # the date the dateline prints, as printed ("Nov. 19", "19. listopadu"): the day a wire report was written, which
    # its "today" counts from (parallax.analyze.times.written).  Kept as printed, not as a date: which month a word
    # names depends on the language ("listopada" is November in Polish, October in Croatian), known only after
    # cleaning, and a date without a year takes the publication's, which a feed or --published may set later
    dateline_date: str | None = None
    boilerplate_removed: list[str] = field(default_factory=list)
    kind: str | None = None  # "opinion", "analysis" or "roundup" (ingest/article_kind.py); None: a report
    # the news agencies the article credits: its dateline's ("LONDON (Reuters) -") and its credit lines' ("Avec AFP",
    # "Con información de EFE", a closing "LETA"), which cleaning removes from the text (ingest/agencies.py)
    agencies: list[str] = field(default_factory=list)
    # who wrote it, as its source names them (feed author, page metadata, a JSON line's "byline"/"author"): a list of
    # names, empty where none is given (ingest/authors.py says why a list)
    byline: list[str] = field(default_factory=list)
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

    __repr__ = article_repr  # one line, not every field (parallax/record_reprs.py)

    def published_at(self) -> datetime | None:
        """The publication time as a naive datetime (its offset dropped: the local clock the report wrote), or
        None where it is missing or no ISO 8601 time."""
        from parallax.publication_times import publication_window

        window = publication_window(self.published)
        return window[0].replace(tzinfo=None) if window else None

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
            **({"agencies": list(self.agencies)} if self.agencies else {}),
            **({"byline": list(self.byline)} if self.byline else {}),
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
# The comparison's records live in :mod:`parallax.comparison_records` (records.py had reached its size limit); every
# name keeps this home too.  Imported last: that module reads :class:`Article` from here.
from parallax.comparison_records import (  # noqa: E402
    SCHEMA_COMPARISON,
    Comparison,
    Conflict,
    EntitySummary,
    Fact,
    FactSentence,
    Headline,
    HeadlineConflict,
    QuoteGroup,
    QuoteVariant,
    TimeMention,
    WordChoice,
    headline_key,
    upgrade_comparison,
)

__all__ = [
    "Sentence", "Entity", "Quote", "TimeExpression", "Quantity", "TitleLayers", "Article",
    "FactSentence",
    "Conflict",
    "WordChoice",
    "Fact",
    "QuoteVariant",
    "QuoteGroup",
    "EntitySummary",
    "TimeMention",
    "headline_key",
    "HeadlineConflict",
    "Headline",
    "SCHEMA_COMPARISON",
    "Comparison",
    "upgrade_comparison",
]
