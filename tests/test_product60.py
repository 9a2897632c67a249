"""product60: a disputed figure as an analyst reads it: every outlet's figure for it, and the outlets silent on it.

A conflict is found between two aligned sentences; a third outlet that tells one side's figure in a sentence that
did not align (or aligned only with one side) was left out of it, and the pairwise conflicts of one fact were
listed apart ({A: 14, B: 11} and {B: 11, C: 14}).  Invented reports throughout.
"""

from __future__ import annotations

import parallax
from parallax.records import Article
from tests.helpers import QA_PUBLISHED

ARRESTS = [
    "Police arrested 14 protesters outside the Velden parliament on Monday, a spokesman said. The protest was peaceful at first.",
    "Police arrested 11 protesters outside the Velden parliament on Monday, a spokesman said. Windows were broken.",
    "Windows were smashed and officers in riot gear moved in; by nightfall 14 protesters had been arrested. "
    "The interior minister, Lars Odegaard, condemned the violence.",
    "Organisers said about 3,000 people took part in the march through Velden.",
]

LIBRARY = [
    "The Harwick city council approved a new library that will have 120 reading seats, officials said on Tuesday. Construction starts in May.",
    "The Harwick city council approved a new library that will have 150 reading seats, officials said on Tuesday. Critics called it too costly.",
    "Construction of the new Harwick library, with 120 reading seats, begins in May after a vote by the council. "
    "The architect, Tomas Reyes, designed a glass roof.",
]


def _compared(texts: list[str]) -> dict:
    arts = [Article(id=i, text=t, outlet=i.upper(), published=QA_PUBLISHED, language="en") for i, t in zip("abcd", texts, strict=False)]
    return parallax.compare(arts).to_dict()


def _number_conflicts(comparison: dict) -> list[dict]:
    return [c for f in comparison["facts"] for c in f["conflicts"] if c["kind"] == "number"]


def test_one_conflict_lists_every_outlets_figure_and_the_silent_ones():
    got = _number_conflicts(_compared(ARRESTS))
    assert len(got) == 1, got  # not {a: 14, b: 11} and {b: 11, c: 14} apart
    assert got[0]["values"] == {"a": [14.0], "b": [11.0], "c": [14.0]}
    assert got[0]["unit"] == "protester"
    assert got[0]["silent"] == ["d"]  # the organisers' report counts no arrests


def test_a_figure_in_a_sentence_that_did_not_align_is_listed_with_that_sentence():
    comparison = _compared(LIBRARY)
    (got,) = _number_conflicts(comparison)
    assert got["values"] == {"a": [120.0], "b": [150.0], "c": [120.0]}
    assert got["outside"] == {"c": LIBRARY[2].split(". The architect")[0] + "."}
    assert "silent" not in got  # every outlet gives the figure


def test_another_figure_of_the_same_noun_in_an_unaligned_sentence_is_not_taken_for_it():
    texts = LIBRARY[:2] + [
        "The old Harwick library, closed since 2019, had 80 reading seats. The architect, Tomas Reyes, designed a glass roof."
    ]
    (got,) = _number_conflicts(_compared(texts))
    assert got["values"] == {"a": [120.0], "b": [150.0]}
    assert "c" not in got.get("silent", [])  # it gives a figure of seats, of another library: neither listed nor silent


def test_a_conflict_of_two_outlets_alone_says_nothing_more():
    (got,) = _number_conflicts(_compared(LIBRARY[:2]))
    assert got == {"kind": "number", "values": {"a": [120.0], "b": [150.0]}, "unit": "seat"}


def test_the_comparison_with_silent_and_outside_follows_its_schema():
    from parallax.report import validate

    for texts in (ARRESTS, LIBRARY):
        comparison = _compared(texts)
        assert comparison["schema"] == "parallax.comparison/3"
        validate(comparison)


def test_a_stored_v2_comparison_reads_as_v3_unchanged():
    from parallax.records import upgrade_comparison

    old = {
        "schema": "parallax.comparison/2",
        "facts": [{"conflicts": [{"kind": "number", "values": {"a": [1.0], "b": [2.0]}, "unit": "seat"}]}],
    }
    new = upgrade_comparison(old)
    assert new["schema"] == "parallax.comparison/3" and old["schema"] == "parallax.comparison/2"
    assert new["facts"] == old["facts"]


def _text(comparison: dict) -> str:
    """The text report with its table rules out and its lines run together: a wrapped cell reads as one line."""
    import re

    from parallax.report import render

    return " ".join(re.sub(r"[│┃]", " ", render(comparison, "text")).split())


def test_text_report_shows_every_figure_once_the_silent_outlet_and_the_unaligned_sentence():
    text = _text(_compared(ARRESTS))
    assert text.count("A: 14 protesters; B: 11 protesters; C: 14 protesters no such figure: D") == 1
    assert "B: 11 protesters; C: 14 protesters" not in text.replace("A: 14 protesters; B: 11 protesters; C: 14 protesters", "")
    library = _text(_compared(LIBRARY))
    assert "C's figure is from a sentence not aligned with this fact: “Construction of the new Harwick library" in library


def test_html_report_names_the_silent_outlet_and_shows_the_unaligned_sentence_escaped():
    from parallax.report import render

    texts = [LIBRARY[0], LIBRARY[1], LIBRARY[2].replace("Construction of", "<script>alert(1)</script> Construction of")]
    html = render(_compared(texts), "html")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    section = html.split('id="conflicts"')[1].split("</section>")[0]
    assert "not aligned with this fact" in section and "Construction of the new Harwick library" in section
    arrests = render(_compared(ARRESTS), "html").split('id="conflicts"')[1].split("</section>")[0]
    assert "No such figure" in arrests and ">D<" in arrests


def test_an_outlet_already_set_against_a_side_in_another_conflict_is_not_added_again():
    from tests.helpers import mixed_conflicts

    got = mixed_conflicts(
        ("es", "Un ferry con 86 pasajeros se hundió frente a Puerto Almena y al menos 9 personas murieron, según la guardia costera."),
        ("en", "A ferry carrying 86 passengers sank off Puerto Almena and at least 12 people died, the coast guard said."),
        ("en", "Rescue teams saved 70 people after a ferry sank off Puerto Almena. The coast guard said 9 people were killed."),
    )
    sets = [set(values) - {"unit", "units"} for kind, values in got if kind == "number"]
    assert sum({"a", "b"} <= outlets for outlets in sets) == 1, got  # "9 personas" / "12 people" told once
