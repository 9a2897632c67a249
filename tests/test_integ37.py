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
