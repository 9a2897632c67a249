"""A notice's expiry told in the present looks ahead: "the warning expires on Wednesday" is the coming Wednesday,
while "expired on Wednesday" stays in the past (session 51; facts51 found the false date conflict it caused)."""

from __future__ import annotations

import parallax
from parallax.records import Article

_TUESDAY = "2026-03-10T09:00:00+00:00"


def _times(text: str) -> dict[str, str | None]:
    doc = parallax.analyze([Article(id="a", text=text, title="t", outlet="o", published=_TUESDAY, language="en")])[0]
    return {t.text: t.value for t in doc.times}


def test_an_expiry_in_the_present_is_the_coming_day() -> None:
    assert _times("The flood warning expires on Wednesday.") == {"Wednesday": "2026-03-11"}
    got = _times("The warning was issued on Monday and expires on Wednesday.")
    assert got == {"Monday": "2026-03-09", "Wednesday": "2026-03-11"}
    assert _times("The ceasefire lapses on Friday, officials said.") == {"Friday": "2026-03-13"}


def test_an_expiry_in_the_past_stays_past() -> None:
    assert _times("The warning expired on Monday.") == {"Monday": "2026-03-09"}
    assert _times("The permit, which lapsed on Friday, was not renewed.") == {"Friday": "2026-03-06"}
