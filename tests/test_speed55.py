"""Session 55: the steps of the analysis that scanned every entity (or every time expression) once per quotation,
subject or figure, and so grew as the square of a long article's length.

Each test analyses an invented long report twice, the second twice as long, and counts the Python calls a step
makes (function calls and generator steps, through ``sys.setprofile``: an operation count, not a time, so a loaded
machine does not move it).  A linear step about doubles its count; the scans of every entity made it about four
times as large.  The report is built from the shared invented paragraphs (:data:`tests.helpers.HARBOUR_PARAS`,
:func:`tests.helpers.fifty_quake_reports`) with quotations and many names.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import pytest

from parallax.analyze import COMPONENTS, Analyzer, Paragraph
from parallax.records import Article
from tests.helpers import HARBOUR_PARAS, fifty_quake_reports

_GIVEN = ["Mira", "Jon", "Lena", "Petr", "Ines", "Tomas", "Anna", "Karim", "Oliver", "Sofia", "Rui", "Marta"]
_SURNAMES = ["Tovald", "Asker", "Varga", "Holm", "Okafor", "Reyl", "Keller", "Lemoine", "Grant", "Brenner", "Fonseca", "Dorn"]
_ROLES = ["engineer", "councillor", "spokeswoman", "inspector", "director", "teacher"]


def _long_report(rounds: int) -> str:
    """``rounds`` times five invented paragraphs: the harbour report's, a named person with a role and an agency's
    short form reporting a quake sentence, a quotation the surname speaks, one the role speaks, and a board's claim."""
    quakes = [a.text for a in fifty_quake_reports()]
    out = []
    for i in range(rounds):
        given, surname, role = _GIVEN[i % len(_GIVEN)], _SURNAMES[(i * 7) % len(_SURNAMES)], _ROLES[i % len(_ROLES)]
        out += [
            HARBOUR_PARAS[i % len(HARBOUR_PARAS)],
            f"{role.capitalize()} {given} {surname} of the Harbour Works Authority (HWA) said on day {i + 1} that {quakes[i % 50]}",
            f"\u201cWe checked the supports again in section {i + 3},\u201d {surname} said. \u201cThe cracks have not grown.\u201d",
            f"\u201cThe ferry will carry {100 + i} people a day,\u201d the {role} told reporters in Varnek.",
            f"The Varnek Regional Transport Board said the bridge would stay shut, and {surname} added that "
            f"\u201cnobody will cross before spring\u201d.",
        ]
    return "\n\n".join(out)


def _before(stage: str, rounds: int) -> tuple[Article, list[Paragraph]]:
    """The long report of ``rounds`` rounds with the stages before ``stage`` run, and its parsed paragraphs."""
    analyzer = Analyzer()
    article = Article(id=f"long{rounds}", text=_long_report(rounds), published="2026-03-05", language="en")
    paragraphs = analyzer.parse(article)
    article.sentences, article.entities, article.quotes, article.times, article.quantities = [], [], [], [], []
    for name in ("sentences", "entities", "times", "quantities", "quotes"):
        if name == stage:
            break
        COMPONENTS[name](article, paragraphs)
    return article, paragraphs


def _calls(step: Callable[[], object]) -> int:
    """The Python calls ``step`` makes (functions, generator steps and built-ins)."""
    n = 0

    def count(frame, event, arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        step()
    finally:
        sys.setprofile(None)
    return n


_READS = {"n": 0}


def _read_counted(items: list) -> list:
    """Copies of ``items`` (entities or times) that count each read of their offsets and label in :data:`_READS`:
    what a scan of all of them reads once per item, and a lookup in an index only for the few it finds."""
    out = []
    for item in items:
        copy = _counted_type(type(item)).__new__(_counted_type(type(item)))
        copy.__dict__.update(item.__dict__)
        out.append(copy)
    return out


@functools.cache
def _counted_type(base: type) -> type:
    """``base`` whose instances count the reads of their offsets and label (one such type per base: a dataclass's
    instances are equal only when of one type)."""

    class Counted(base):  # type: ignore[misc, valid-type]
        def __getattribute__(self, name: str):
            if name in ("start", "end", "label"):
                _READS["n"] += 1
            return object.__getattribute__(self, name)

    return Counted


def _reads_doubling(
    stage: str, step: Callable[[Article, list[Paragraph]], object], rounds: int = 24, ready: Callable | None = None
) -> list[int]:
    """The reads of entity and time offsets and labels ``step`` makes on the report of ``rounds`` rounds and on one
    twice as long, the stages before ``stage`` run on each (then ``ready``, not counted)."""
    counts = []
    for n in (rounds, 2 * rounds):
        article, paragraphs = _before(stage, n)
        if ready is not None:
            ready(article, paragraphs)
        article.entities, article.times = _read_counted(article.entities), _read_counted(article.times)
        _READS["n"] = 0
        step(article, paragraphs)
        counts.append(_READS["n"])
    return counts


def _doubling(stage: str, step: Callable[[Article, list[Paragraph]], object], rounds: int = 24) -> list[int]:
    """The calls ``step`` makes on the report of ``rounds`` rounds and on one twice as long, the stages before
    ``stage`` run on each."""
    counts = []
    for n in (rounds, 2 * rounds):
        article, paragraphs = _before(stage, n)
        counts.append(_calls(lambda a=article, p=paragraphs: step(a, p)))
    return counts


def test_the_long_report_names_people_and_their_quotations_are_theirs() -> None:
    """The report the counts are made on: a surname speaks for the person named in full, a role for its holder."""
    article, paragraphs = _before("quotes", 6)
    COMPONENTS["quotes"](article, paragraphs)
    speakers = {q.text: q.speaker for q in article.quotes if q.kind == "direct"}
    assert speakers["We checked the supports again in section 3"] == "Mira Tovald", speakers
    assert speakers["The ferry will carry 100 people a day"] == "Mira Tovald", speakers
    assert speakers["We checked the supports again in section 4"] == "Jon Lemoine", speakers
    assert sum(e.label == "ORG" and e.text.endswith("Authority") for e in article.entities) >= 6


def test_the_quotation_stage_grows_with_the_length() -> None:
    """The whole quotation stage: which body's name covers a speaker (:func:`.bracketed_short.names_a_body`), which
    person lies in a subject, starts after its comma or opens a name (:mod:`.subject_names`), which entity a span
    names (:func:`.person_names._entity_at`), whether a subject is a time, which person a subject's head is
    (:meth:`.antecedents._Antecedents._group`), whether a reported subject is a body (:mod:`.reported`) and the
    order of the speakers (:meth:`.people._Attributor.spoke`) each scanned every entity, time or speaker; and a
    definite description ("the engineer told reporters", :func:`.described.described_person`) read every person
    named before it again, with the fullest form of each name (:mod:`.described_before`)."""
    small, large = _reads_doubling("quotes", lambda a, p: COMPONENTS["quotes"](a, p))
    assert small > 0 and large <= 2.3 * small, (small, large)


@pytest.mark.parametrize("lookup", ["people_in", "entity_at", "is_time", "opens_a_name", "names_a_body"])
def test_the_lookups_of_a_speaker_are_linear_work(lookup: str) -> None:
    """Each lookup of :mod:`.subject_names`, :mod:`.person_names` and :mod:`.bracketed_short` ('the Harbour Works
    Authority (HWA) said': is the speaker all of a body's name?), asked once for every quotation's speaker."""
    from parallax.analyze.quotes import bracketed_short, person_names, subject_names

    ask = {
        "people_in": subject_names._people_in,
        "entity_at": person_names._entity_at,
        "is_time": subject_names._is_time,
        "opens_a_name": lambda art, s, e: subject_names._opens_a_name(art, s, e - s),
        "names_a_body": bracketed_short.names_a_body,
    }[lookup]

    def step(article: Article, paragraphs: list[Paragraph]) -> None:
        for q in article.quotes:
            ask(article, q.speaker_start if q.speaker_start is not None else q.start, q.speaker_end or q.end)

    small, large = _reads_doubling("quotes", step, ready=lambda a, p: COMPONENTS["quotes"](a, p))
    assert small > 0 and large <= 2.3 * small, (small, large)


def test_lone_surnames_are_found_in_linear_work() -> None:
    """'Okafor said' after 'Engineer Ines Okafor': each bare surname was tested against every entity of the article
    (:func:`parallax.analyze.person_spans.add_lone_surnames`)."""
    from parallax.analyze.person_spans import add_lone_surnames

    def step(article: Article, paragraphs: list[Paragraph]) -> None:
        article.entities = [e for e in article.entities if e.text not in _SURNAMES]  # the bare surnames, found again
        before = len(article.entities)
        add_lone_surnames(article, paragraphs, True)
        assert len(article.entities) > before

    small, large = _doubling("times", step)
    assert small > 0 and large <= 2.3 * small, (small, large)


def test_figures_skip_the_times_in_linear_work() -> None:
    """The figures of each paragraph were tested against every time expression of the article (the quantities
    stage shifted all of them for each paragraph)."""
    small, large = _doubling("quantities", lambda a, p: COMPONENTS["quantities"](a, p))
    assert small > 0 and large <= 2.3 * small, (small, large)


def test_the_analysis_is_the_one_the_scans_gave() -> None:
    """The indexes answer what the scans answered: every lookup, asked for each quotation's span, is the scan's."""
    from parallax.analyze.quotes import person_names, subject_names
    from parallax.analyze.quotes.bracketed_short import names_a_body

    article, paragraphs = _before("quotes", 12)
    COMPONENTS["quotes"](article, paragraphs)
    people = ("PERSON", "PER")
    for q in article.quotes:
        s, e = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else (q.start, q.end)
        for lo, hi in ((s, e), (s - 40, e + 40), (q.start, q.end)):
            inside = [x for x in article.entities if lo <= x.start and x.end <= hi]
            assert subject_names._people_in(article, lo, hi) == [x for x in inside if x.label in people]
            assert person_names._entity_at(article, lo, hi) == next((x for x in reversed(inside) if x.label in people), None)
            assert subject_names._is_time(article, lo, hi) == any(t.start <= lo and hi <= t.end + 1 for t in article.times)
            assert names_a_body(article, lo, hi) == any(
                x.label == "ORG" and x.start <= lo + 4 and hi <= x.end and len(x.text.split()) > 2 for x in article.entities
            )
    assert any(names_a_body(article, x.start, x.end) for x in article.entities), "no body's name in the report"
