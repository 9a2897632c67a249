"""A bare clock time of the small hours after a night the paragraph names is past that night's midnight.

"dün gece saat 02.14" (last night, at 02.14) in a paper out at 07:00 is 02:14 of the publication day, not
of the day before; "Thursday night at 2:14 a.m." is Friday's 02:14.
"""

from __future__ import annotations

import pytest

import parallax
from parallax import Article


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    art = Article(id="a", outlet="O", text=text, language=lang, published="2026-11-21T07:00:00+03:00")  # a Saturday
    (done,) = parallax.analyze([art])
    return [(t.text, t.value) for t in done.times]


@pytest.mark.parametrize(
    ("lang", "text", "clock", "value"),
    [
        ("tr", "Malatya'da dün gece saat 02.14'te deprem meydana geldi.", "saat 02.14", "2026-11-21T02:14"),
        ("en", "The quake struck on Thursday night at 2:14 a.m.", "2:14 a.m.", "2026-11-20T02:14"),
        ("de", "Das Beben ereignete sich gestern Nacht um 2.14 Uhr.", "2.14 Uhr", "2026-11-21T02:14"),
        ("de", "In der Nacht zu Freitag um 2.14 Uhr bebte die Erde.", "2.14 Uhr", "2026-11-20T02:14"),
        # the next sentence of the paragraph too, and the small hours after it go on in that day
        ("en", "On Thursday night a fire broke out. Firefighters arrived at 1:30 a.m. and left at 5 a.m.", "5 a.m.", "2026-11-20T05:00"),
    ],
)
def test_small_hours_after_a_night_are_the_next_day(lang: str, text: str, clock: str, value: str) -> None:
    assert dict(_times(text, lang))[clock] == value


@pytest.mark.parametrize(
    ("lang", "text", "clock", "value"),
    [
        # the evening hours of the night stay on its day
        ("tr", "Malatya'da dün gece saat 23.10'da deprem meydana geldi.", "saat 23.10", "2026-11-20T23:10"),
        ("en", "The quake struck on Thursday night at 8 p.m.", "8 p.m.", "2026-11-19T20:00"),
        # a clock time that names its own day is left alone
        ("en", "The fire started on Thursday night. It was put out at 2 a.m. on Thursday.", "2 a.m. on Thursday", "2026-11-19T02:00"),
    ],
)
def test_other_hours_keep_their_day(lang: str, text: str, clock: str, value: str) -> None:
    assert dict(_times(text, lang))[clock] == value
