"""Where session 37's branches met: cases neither branch's tests covered alone."""

from __future__ import annotations

import pytest

from parallax.ingest.text import article_from_text


@pytest.mark.parametrize(
    ("closing", "agency"),
    [("ČTK", "ČTK"), ("(MTI)", "MTI"), ("PA Media", "PA Media"), ("Theo TTXVN", "TTXVN"), ("LETA", "LETA")],
)
def test_an_agency_line_at_the_edge_is_dropped_and_credited(closing: str, agency: str) -> None:
    """qa39 drops an agency's acronym alone on the last line; batch39 keeps the agencies a text credits: one line
    both read."""
    a = article_from_text(f"The council approved the budget on Tuesday. Sixty members voted for it.\n\n{closing}", "x", "x.txt")
    assert a.text.endswith("voted for it.")
    assert a.agencies == [agency]


def test_an_acronym_inside_the_text_credits_no_agency() -> None:
    a = article_from_text("NATO\n\nThe alliance met on Tuesday. Its ministers agreed a plan.\n\nThe meeting ended at noon.", "x", "x.txt")
    assert "NATO" not in a.agencies


@pytest.mark.parametrize(
    ("dateline", "agencies"),
    [
        ("SELENKA (Karvelia) — Un séisme a frappé la province de Karvelia mardi.", []),
        ("SPRINGFIELD (Illinois) - Lawmakers in Illinois passed the bill on Tuesday.", []),
        ("LONDON (Reuters) - Lawmakers passed the bill on Tuesday, Reuters reported.", ["Reuters"]),
        ("MADRID (Europa Press) - El Gobierno aprobó el plan el martes.", ["Europa Press"]),
        ("RIGA (Continental Wire) - The Continental Wire learned the pact was signed.", ["Continental Wire"]),
    ],
)
def test_a_region_in_a_datelines_brackets_is_no_agency(dateline: str, agencies: list[str]) -> None:
    """A dateline's brackets hold an agency or the place's region; batch39 took every bracket for an agency, so a
    French report's "SELENKA (Karvelia) —" credited "Karvelia" (found in the demo)."""
    a = article_from_text(f"{dateline} Rescuers worked through the night.\n\nMore news followed later.", "x", "x.txt")
    assert a.agencies == agencies
    assert (a.outlet or None) == (agencies[0] if agencies else None)


def test_a_czech_bare_office_after_the_cue_speaks() -> None:
    """mixed37b's bare-role rule reads a role from the titles list, which held only Czech sports roles: '„…,“ řekl
    předseda vlády.' had no speaker."""
    from tests.helpers import analysed_articles

    (a,) = analysed_articles(["„Vláda rozpočet podpoří,“ řekl předseda vlády."], "cs")
    assert [q.speaker for q in a.quotes] == ["předseda vlády"]


def test_a_data_body_in_html_leaves_its_scripts_out() -> None:
    """ext39's data body read an ``articleBody`` given as HTML with ``text_content()``, which keeps a script's code
    as words of the body."""
    from parallax.ingest.embedded_body import _paragraphs

    body = "<p>The council approved the plan on Tuesday after a long debate.</p><script>alert('x')</script><p>It takes effect in May.</p>"
    assert _paragraphs(body) == ["The council approved the plan on Tuesday after a long debate.", "It takes effect in May."]
