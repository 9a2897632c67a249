"""Session 59: three patterns that grew quadratically on long runs, and comparison steps that grew with a report's length.

The patterns: each ended at the end of its text (``\\Z``) after a run it could start from any of its characters, so a
long run it then failed on was read once from each character.  Each now starts a run from its first character only
(and keeps every match it made: the same spans on the texts below).  Their tests read a run long enough that a
quadratic scan takes minutes, under a timeout; a linear one takes milliseconds.

The comparison steps are counted as :mod:`tests.test_speed56` counts them: the lines a step runs (an operation count,
not a time), on invented reports of one event and on reports twice as long.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable

import pytest

from parallax.analyze import Analyzer
from parallax.analyze.office_holders import _NAME
from parallax.analyze.party_after_name import _ACRONYM_AFTER, acronym_after_name
from parallax.records import Article
from tests.test_speed56 import _lines  # the line counter session 56's doubling tests use
from tests.test_speed58 import outage_report  # session 58's invented report of a power cut

_LONG = 120_000  # characters: a quadratic scan reads about 7e9 of them, a linear one 1e5


def test_the_last_two_names_of_a_run_are_found_as_before() -> None:
    """The name after an office ("Minister of Water Affairs Petra Valdemar"): the last two capitalised words."""
    found = [
        (m.group("name"), m.start("name"))
        for m in map(_NAME.search, ["Water Affairs Petra Valdemar", "Roads McKellan Orrin", "aLpha Beta"])
    ]
    assert found == [("Petra Valdemar", 14), ("McKellan Orrin", 6), ("Lpha Beta", 1)]
    assert _NAME.search("Water Affairs Petra valdemar") is None and _NAME.search("Petra-Valdemar") is None


@pytest.mark.timeout(60)
def test_a_long_run_of_capitals_is_read_once() -> None:
    assert _NAME.search("Ё" * _LONG + "!") is None and _NAME.search("Z" * _LONG + "!") is None


def test_the_acronym_after_a_name_is_found_as_before() -> None:
    """The acronym after "Markus Feld von der CDU": starts where the name ends, at the first space before the particle."""
    assert acronym_after_name("Markus Feld von der CDU") == (11, 20)
    assert acronym_after_name("Markus Feld   de  PSC") == (11, 18)
    assert acronym_after_name("Feld von der CDU") == (4, 13) and acronym_after_name(" von der CDU") is None


@pytest.mark.timeout(60)
def test_a_long_run_of_spaces_is_read_once() -> None:
    assert _ACRONYM_AFTER.search(" " * _LONG) is None and _ACRONYM_AFTER.search(" " * _LONG + "!") is None


def _lines_in(step: Callable[[], object], files: tuple[str, ...], functions: frozenset[str]) -> int:
    """The lines ``step`` runs in the functions named ``functions`` of ``files`` (a comprehension: "in" and the name of
    the function it is written in)."""
    n = 0

    def line(frame, event, arg):
        nonlocal n
        n += event == "line"
        return line

    def call(frame, event, arg):
        code = frame.f_code
        named = code.co_name if not code.co_name.startswith("<") or frame.f_back is None else "in " + frame.f_back.f_code.co_name
        return line if named in functions and code.co_filename.endswith(files) else None

    sys.settrace(call)
    try:
        step()
    finally:
        sys.settrace(None)
    return n


_CREWS = ["Vårdal", "Øyrens", "Brekka", "Sundeby", "Kjølvik", "Tarnå", "Ulsberg", "Fjærholm"]


def _quotations(count: int, side: str) -> list[str]:
    """``count`` invented quotations of one report (``side``: "a" or "b", the other report's words a little changed)."""
    verb = ("stopped", "halted")[side == "b"]
    return [
        f"The pumps at {_CREWS[i % len(_CREWS)]} {verb} at {i} o'clock, and the crews of shift {i} worked through the "
        f"night to bring the grid back for {100 + i} homes in the valley"
        for i in range(count)
    ]


# the steps that read one text of a pair: stripping its marks, and (in a comprehension) the set of its words
_READ_ONCE = frozenset({"_bare", "_words_by_initial", "in _words_by_initial", "in one_house_spelling"})


def test_each_quotation_is_normalised_once_per_comparison() -> None:
    """Quote fidelity grades every pair of two reports' quotations; each grade stripped both texts of their marks
    letter by letter (:func:`parallax.compare.quote_fidelity._bare`) and read the first text's words for the other
    press's spellings (:func:`parallax.compare.house_spellings.one_house_spelling`): each text once per pair."""
    from parallax.compare import house_spellings, quote_fidelity

    pairs = [(a, b) for a, b in zip(_quotations(3, "a"), _quotations(3, "b"), strict=True)]
    assert [quote_fidelity.relation(a, b) for a, b in pairs] == ["altered"] * 3
    counts = []
    for size in (8, 16):
        for cached in (quote_fidelity._bare, getattr(house_spellings, "_words_by_initial", None)):
            getattr(cached, "cache_clear", lambda: None)()
        side_a, side_b = _quotations(size, "a"), _quotations(size, "b")

        def grade_all(a_side: list[str] = side_a, b_side: list[str] = side_b) -> None:
            for a in a_side:
                for b in b_side:
                    quote_fidelity.relation(a, b)

        counts.append(
            _lines_in(
                grade_all,
                ("compare/quote_fidelity.py", "compare/house_spellings.py"),
                _READ_ONCE,
            )
        )
    small, large = counts
    assert small > 0 and large <= 2.1 * small, (small, large)


def test_a_report_s_counts_are_read_once_per_comparison() -> None:
    """A number conflict between two sentences is dropped where one report gives the other's figure in another of its
    sentences (:func:`parallax.compare.stated_elsewhere.stated_elsewhere`); each conflict read the counts of every
    sentence of both reports again (:func:`parallax.compare.numbers.numbers`): now once per comparison."""
    from parallax.compare.numbers import numbers
    from parallax.compare.stated_elsewhere import ELSEWHERE, stated_elsewhere

    counts = []
    for rounds in (6, 12):
        art_a, art_b = _analysed(rounds, 0), _analysed(rounds, 3)
        pairs = [(sa, numbers(art_a, sa), sb, numbers(art_b, sb)) for sa, sb in zip(art_a.sentences, art_b.sentences, strict=False)]

        def each_pair(a: Article = art_a, b: Article = art_b, held: list = pairs) -> None:
            token = ELSEWHERE.set({})
            try:
                for sa, na, sb, nb in held:  # (as a comparison asks: once per pair of sentences in conflict)
                    stated_elsewhere("pylons", a, sa, na, b, sb, nb)
            finally:
                ELSEWHERE.reset(token)

        counts.append(_lines(each_pair, ("compare/numbers.py",)))
    small, large = counts
    assert small > 0 and large <= 2.1 * small, (small, large)


@functools.cache
def _analysed(rounds: int, shift: int) -> Article:
    """The outage report of ``rounds`` rounds (session 58's), its figures raised by ``shift``: another outlet's."""
    text = re.sub(r"\d+(?= fallen pylons)", lambda m: str(int(m.group()) + shift), outage_report(rounds))
    return Analyzer().analyze(Article(id=f"outage{rounds}-{shift}", text=text, published="2026-03-05", language="en"))
