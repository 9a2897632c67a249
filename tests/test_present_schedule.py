"""A schedule told in the present looks ahead: "The council meets on Monday" in a report of Wednesday
6 May 2026 is Monday the 11th, so it agrees with "The council will meet on Monday" and no date
conflict is shown; the past tense still looks back."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

PUBLISHED = "2026-05-06T09:00:00"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council meets on Monday to discuss the budget.", "2026-05-11"),
        ("The trial opens Tuesday in Denver, officials said.", "2026-05-12"),
        ("The summit takes place on Friday.", "2026-05-08"),
        ("The minister visits Kyiv on Thursday, his office said.", "2026-05-07"),
        ("Voters go to the polls on Sunday.", "2026-05-10"),
        ("The council met on Monday.", "2026-05-04"),
        ("He said the council meets regularly and that it approved the plan on Monday.", "2026-05-04"),
    ],
)
def test_a_present_schedule_looks_ahead(text, value):
    assert [v for _, _, v, _ in resolve_text(text, "en", PUBLISHED)] == [value]
