"""Session 56: the steps of the analysis that still grew faster than a long report's length.

Each test analyses an invented long report twice, the second twice as long, and counts the lines of code a step
runs in the modules named (through ``sys.settrace``, each turn of a loop or a comprehension counted: an operation
count, not a time, so a loaded machine does not move it).  A linear step about doubles its count; a scan of every
entity, mention or quotation once per paragraph, pronoun or quotation made it about four times as large.  The report is built from invented paragraphs about an invented flood in an invented river town, with many
people, quotations with their speakers named, by a pronoun and by a role, dates, weekdays and figures.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from parallax.analyze import COMPONENTS, DEFAULT_PIPELINE, Analyzer, Paragraph
from parallax.records import Article

# (a woman's given name and a man's in turn: the pronoun after round i's surname is "she" or "he" by i's parity)
_GIVEN = ["Edda", "Bruno", "Halla", "Ivo", "Nadia", "Casimir", "Greta", "Oskar", "Yara", "Tobias", "Lucia", "Emil", "Petra", "Anselm"]
_SURNAMES = ["Quillan", "Ostrava", "Brandel", "Mervik", "Salto", "Ferrand", "Lindqvar", "Paszek", "Orrin", "Velde", "Cavour", "Tenny", "Harsk", "Molander"]
_ROLES = ["hydrologist", "mayor", "fire chief", "nurse", "ferry captain", "schoolteacher", "dyke warden"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["March", "April", "May", "June"]
_TOWNS = ["Elbrin", "Saxholm", "Tarrow", "Quenby", "Mossgate", "Ulvara"]


def long_report(rounds: int) -> str:
    """``rounds`` times six invented paragraphs about a river flood: a named person with a role and a town, a
    quotation the surname speaks and one a pronoun of the person's gender speaks, a role's quotation with a weekday, a body's figures with a
    date, and a paragraph of reported speech with a quoted weekday and an amount of money."""
    out = []
    for i in range(rounds):
        g, s = _GIVEN[i % len(_GIVEN)], _SURNAMES[(i * 5 + i // len(_GIVEN)) % len(_SURNAMES)]
        role, day, town = _ROLES[i % len(_ROLES)], _DAYS[i % 7], _TOWNS[i % len(_TOWNS)]
        month, dom = _MONTHS[i % len(_MONTHS)], 1 + i % 28
        out += [
            f"The {role} {g} {s}, who has lived in {town} for {12 + i % 30} years, watched the Lenna river rise "
            f"by {1 + i % 4}.{i % 10} metres overnight as sandbags were piled along the quay.",
            f"\u201cWe moved {40 + i} families out of the lower streets before midnight,\u201d {s} said. "
            f"\u201cThe water came faster than in {1990 + i % 30}.\u201d",
            f"\u201cNobody has slept since yesterday,\u201d {('she', 'he')[i % 2]} added on {day}, pointing at the pumping station. "
            f"\u201cWe will need another {3 + i % 9} pumps by the weekend.\u201d",
            f"\u201cThe bridge at {town} stays closed until {day},\u201d the {role} told the Lenna Valley Herald, "
            f"while {_GIVEN[(i + 3) % len(_GIVEN)]} {_SURNAMES[(i + 7) % len(_SURNAMES)]} of the Regional Flood Office "
            f"counted {200 + 7 * i} damaged homes.",
            f"On {month} {dom}, the Regional Flood Office (RFO) said it had spent \u20ac{1 + i % 20}.{i % 10} million "
            f"on repairs, about {10 + i % 60} percent more than planned, and that {5 + i % 13} people were still missing.",
            f"{s} said the council had promised on \u201c{_DAYS[(i + 2) % 7]}\u201d that the schools would reopen "
            f"within {2 + i % 5} weeks, but {g} doubted it: \u201cI heard that last week, and today it is the same.\u201d",
        ]
    return "\n\n".join(out)


@functools.cache
def _paragraphs(rounds: int) -> list[Paragraph]:
    """The parsed paragraphs of the long report of ``rounds`` rounds (no stage changes a spaCy doc: parsed once)."""
    return Analyzer().parse(_article(rounds))


def _article(rounds: int) -> Article:
    return Article(id=f"flood{rounds}", text=long_report(rounds), published="2026-03-05", language="en")


def _lines(step: Callable[[], object], files: tuple[str, ...]) -> int:
    """The lines of the modules ``files`` (paths' ends) that ``step`` runs, each turn of a loop or a comprehension
    counted (an operation count that sees a scan written as a loop, which a count of calls does not)."""
    n = 0

    def line(frame, event, arg):
        nonlocal n
        if event == "line":
            n += 1
        return line

    def call(frame, event, arg):
        return line if frame.f_code.co_filename.endswith(files) else None

    sys.settrace(call)
    try:
        step()
    finally:
        sys.settrace(None)
    return n


def _stage_lines(stage: str, files: tuple[str, ...], rounds: int = 24) -> list[int]:
    """The lines of ``files`` the stage ``stage`` runs on the report of ``rounds`` rounds and on one twice as long
    (after a warm-up on a short one: the lexicons and patterns a stage builds once), the stages before it run."""
    counts = []
    for n in (1, rounds, 2 * rounds):
        article, paragraphs = _article(n), _paragraphs(n)
        article.sentences, article.entities, article.quotes, article.times, article.quantities = [], [], [], [], []
        for name in DEFAULT_PIPELINE[: DEFAULT_PIPELINE.index(stage)]:
            COMPONENTS[name](article, paragraphs)
        counts.append(_lines(lambda a=article, p=paragraphs: COMPONENTS[stage](a, p), files))
    return counts[1:]


def test_the_flood_report_names_its_speakers() -> None:
    """The report the counts are made on: a surname speaks for the person named in full, so does the pronoun after
    it, and a relative day inside a quotation counts from the day the sentence says it was said."""
    article = Analyzer().analyze(_article(3))
    said = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert ("We moved 41 families out of the lower streets before midnight", "Bruno Ferrand") in said, said
    for name in ("Edda Quillan", "Bruno Ferrand", "Halla Cavour"):  # "she added", "he added", "she added"
        assert ("Nobody has slept since yesterday", name) in said, said
    assert ("The bridge at Saxholm stays closed until Tuesday", "Bruno Ferrand") in said, said  # "the mayor told"
    yesterday = [t.value for t in article.times if t.text == "yesterday"]
    assert yesterday == ["2026-03-01", "2026-03-02", "2026-03-03"], yesterday  # the day before Monday, Tuesday, Wednesday


def test_each_paragraph_reads_only_its_own_entities() -> None:
    """The entity stage gave each paragraph's entities to the evidence of people and places by filtering all the
    entities found so far, once per paragraph."""
    small, large = _stage_lines("entities", ("analyze/entities.py",))
    assert small > 0 and large <= 2.1 * small, (small, large)


def test_the_day_a_quotation_was_said_is_found_in_linear_work() -> None:
    """"Nobody has slept since yesterday," she added on Monday: each quotation read every time expression, every
    sentence and every other quotation of the report (:mod:`parallax.analyze.times.quoted_days`)."""
    small, large = _stage_lines("times", ("times/quoted_days.py", "analyze/sorted_offsets.py", "analyze/span_index.py"))
    assert small > 0 and large <= 2.1 * small, (small, large)


def test_pronouns_find_their_people_in_linear_work() -> None:
    """Each subject pronoun ("she added") read every mention and description of the report from its opening, and
    every entity and mention again for the gender it shows (:mod:`.antecedents`, :class:`.people._Attributor`)."""
    files = ("quotes/antecedents.py", "quotes/people.py", "quotes/within_reach.py", "analyze/span_index.py")
    small, large = _stage_lines("quotes", files)
    assert small > 0 and large <= 2.1 * small, (small, large)
