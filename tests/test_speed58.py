"""Session 58: the speaker lookups and the comparison steps that still grew faster than a report's length.

Each test analyses (or compares) invented reports twice, the second time twice as long, and counts the lines of code a
step runs in the modules named (through ``sys.settrace``, each turn of a loop or a comprehension counted: an operation
count, not a time, so a loaded machine does not move it).  A linear step about doubles its count; a scan of every
name or holder of a role once per mention made it about four times as large.  The report is built from invented
paragraphs about a power cut in an invented valley: water-board spokespeople introduced with their title, who then
speak by their given name alone ("said Lena") and as their title ("the spokeswoman said").
"""

from __future__ import annotations

import functools

from parallax.analyze import Analyzer, Paragraph
from parallax.records import Article
from tests.test_speed56 import _lines  # the line counter session 56's doubling tests use
from tests.test_speed57 import quote_stage_lines  # session 57's count of the quotation stage's lines

# (given names the shared list knows, so that one alone may stand for the person named in full with it)
_GIVEN = ["Lena", "Petr", "Ines", "Anna", "Sofia", "Marta", "Greta", "Elena", "Jonas", "Lukas", "Laura", "Tobias", "Ingrid"]
_OPENINGS = ["Brev", "Dost", "Ferr", "Grov", "Hask", "Jorv", "Kelm", "Lund", "Mosk", "Nyv", "Orst", "Pell", "Quar"]
_ENDINGS = ["ander", "elius", "inger", "olt", "ström", "ovic", "arra", "etti", "ansky", "uret", "ijn"]
_TOWNS = ["Varnby", "Oskeld", "Trelloe", "Hamsund", "Pirrow", "Ledwick"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _surname(i: int) -> str:
    """A surname of its own for each round (the count of people grows with the report, as in a long one)."""
    return _OPENINGS[i % len(_OPENINGS)] + _ENDINGS[(i // len(_OPENINGS)) % len(_ENDINGS)]


def outage_report(rounds: int) -> str:
    """``rounds`` times three invented paragraphs: a spokesperson named in full with the title before the name, a
    quotation given by the given name alone and one by the title, and a paragraph of figures."""
    out = []
    for i in range(rounds):
        g, s, town, day = _GIVEN[i % len(_GIVEN)], _surname(i), _TOWNS[i % len(_TOWNS)], _DAYS[i % 7]
        role = ("spokeswoman", "spokesman")[i % 2]
        out += [
            f"{role.capitalize()} {g} {s} of the {town} water board said on {day} that {200 + 7 * i} homes had lost power after the storm.",
            f"\u201cThe pumps stopped at {1 + i % 12} o'clock,\u201d said {g}. "
            f"\u201cWe expect the grid back by {_DAYS[(i + 2) % 7]},\u201d the {role} said.",
            f"The board counted {30 + i} fallen pylons and {4 + i % 9} flooded substations, and spent "
            f"\u20ac{2 + i % 15}.{i % 10} million on generators.",
        ]
    return "\n\n".join(out)


@functools.cache
def _paragraphs(rounds: int) -> list[Paragraph]:
    """The parsed paragraphs of the report of ``rounds`` rounds (no stage changes a spaCy doc: parsed once)."""
    return Analyzer().parse(_article(rounds))


def _article(rounds: int) -> Article:
    return Article(id=f"outage{rounds}", text=outage_report(rounds), published="2026-03-05", language="en")


def _quote_stage_lines(files: tuple[str, ...], rounds: int = 20) -> list[int]:
    """The lines of ``files`` the quotation stage runs on the outage report of ``rounds`` rounds and one twice as long."""
    return quote_stage_lines(_article, _paragraphs, files, rounds)


def test_the_outage_report_names_its_speakers() -> None:
    """The report the counts are made on: the given name alone speaks for the one person named in full with it."""
    article = Analyzer().analyze(_article(3))
    said = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert ("The pumps stopped at 1 o'clock", f"{_GIVEN[0]} {_surname(0)}") in said, said
    assert ("The pumps stopped at 2 o'clock", f"{_GIVEN[1]} {_surname(1)}") in said, said


def test_a_given_name_alone_finds_its_full_form_in_linear_work() -> None:
    """A given name alone ("said Lena") read every name of the report for the one full name it opens
    (:meth:`.people._Attributor.full`), once per mention: the report's people times its mentions."""
    small, large = _quote_stage_lines(("quotes/people.py",))
    assert small > 0 and large <= 2.1 * small, (small, large)


def test_a_title_finds_its_holder_in_linear_work() -> None:
    """A title that speaks ("the spokeswoman said") read every holder of the title in the report, each through
    :meth:`.people._Attributor.full`, once per quotation (:meth:`.roles._RoleHolders.role_holder`)."""
    small, large = _quote_stage_lines(("quotes/roles.py",))
    assert small > 0 and large <= 2.1 * small, (small, large)


# (an invented paragraph with two quotations, a straight and a curly one, and prose around them that grows)
def _quoted_paragraph(prose_sentences: int) -> str:
    prose = " ".join(
        f"Crews from {_TOWNS[k % len(_TOWNS)]} cleared {10 + k} fallen trees on the valley road." for k in range(prose_sentences)
    )
    return f'{prose} \u201cThe lines are down,\u201d said {_GIVEN[0]} {_surname(0)}. {prose} "We wait," the engineer said. {prose}'


def test_quotation_marks_are_found_in_work_that_does_not_grow_with_the_prose() -> None:
    """The quotation marks of a paragraph were found by a step through each of its characters in Python
    (:func:`parallax.analyze.quotes.marks.find_quote_spans`); the work now follows the marks, not the letters."""
    from parallax.analyze.quotes.marks import find_quote_spans

    short, long = _quoted_paragraph(10), _quoted_paragraph(40)
    spans = [long[s.start : s.end] for s in find_quote_spans(long, [(0, len(long))])]
    assert spans == ["The lines are down", "We wait"], spans
    small = _lines(lambda: find_quote_spans(short, [(0, len(short))]), ("quotes/marks.py",))
    large = _lines(lambda: find_quote_spans(long, [(0, len(long))]), ("quotes/marks.py",))
    assert small > 0 and large <= 1.2 * small, (small, large)


def test_the_sentence_splitter_reads_the_quotation_state_from_the_marks_alone() -> None:
    """Whether a piece of a paragraph ends inside a quotation was read character by character
    (:func:`parallax.analyze.sentence_quotes._quote_state`), once per cut the splitter weighs."""
    from parallax.analyze.sentence_quotes import _quote_state

    short, long = _quoted_paragraph(10), _quoted_paragraph(40)
    assert _quote_state(long) == (None, False) and _quote_state(long + " \u201cThe") == ("\u201c", False)
    small = _lines(lambda: _quote_state(short), ("analyze/sentence_quotes.py",))
    large = _lines(lambda: _quote_state(long), ("analyze/sentence_quotes.py",))
    assert small > 0 and large <= 1.2 * small, (small, large)


@functools.cache
def _analysed(rounds: int) -> Article:
    return Analyzer().analyze(_article(rounds))


def test_a_description_finds_the_name_its_report_ties_it_to_in_linear_work() -> None:
    """Word choice ("the spokeswoman" in one report, "Lena Brevander" in another): each pair of noun phrases compared
    parsed the sentence of every named entity of the report again for the nouns it ties to it
    (:func:`parallax.compare.described_names.tied_name`), once per sentence pair: now read once per report."""
    from parallax.compare.described_names import tied_name

    one = _analysed(1)
    assert tied_name(one, "the spokeswoman", "spokeswoman", frozenset({f"{_GIVEN[0]} {_surname(0)}"})) == f"{_GIVEN[0]} {_surname(0)}"
    counts = []
    for n in (8, 16):
        article = _analysed(n)

        def step(a: Article = article, names: frozenset[str] = frozenset({f"{_GIVEN[0]} {_surname(0)}"})) -> None:
            for _ in a.sentences:  # (as a comparison asks: once per sentence pair)
                tied_name(a, "the spokesman", "spokesman", names)

        counts.append(_lines(step, ("compare/described_names.py",)))
    small, large = counts
    assert small > 0 and large <= 2.1 * small, (small, large)
