"""Dates, session 39 (time39): possibility looks ahead, weekdays that contradict their date, and more.

A modal of possibility with its verb ("may be held", "könnte stattfinden", "puede celebrarse") speaks of what has not
happened yet: the bare weekday it governs is the coming one.  English tells a past ability on one occasion with
"could" only under a negation, so "neither ... could be located on Monday" stays past.
Published on Wednesday 11 March 2026: Monday is the 9th, Friday the 13th (or the 6th behind).
"""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

WEDNESDAY = "2026-03-11"
PAST_MONDAY, NEXT_MONDAY = "2026-03-09", "2026-03-16"
PAST_FRIDAY, NEXT_FRIDAY = "2026-03-06", "2026-03-13"


def _values(lang: str, text: str) -> list[str | None]:
    return [v for _, _, v, _ in resolve_text(text, lang, WEDNESDAY)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The vote could be held on Friday."),
        ("en", "The vote could be delayed until Friday."),
        ("en", "The vote might be held on Friday."),
        ("en", "Talks may resume on Friday."),
        ("de", "Die Abstimmung könnte am Freitag stattfinden."),
        ("de", "Die Entscheidung kann am Freitag fallen."),
        ("nl", "De stemming kan vrijdag plaatsvinden."),
        ("fr", "Le vote pourrait avoir lieu vendredi."),
        ("fr", "Le vote peut avoir lieu vendredi."),
        ("es", "La votación podría celebrarse el viernes."),
        ("es", "La votación puede celebrarse el viernes."),
        ("it", "Il voto può tenersi venerdì."),
        ("pt", "A votação pode ser realizada na sexta-feira."),
    ],
)
def test_a_modal_of_possibility_looks_ahead(lang: str, text: str) -> None:
    assert _values(lang, text) == [NEXT_FRIDAY]


def test_may_be_held_on_monday_is_the_coming_monday() -> None:
    assert _values("en", "The vote may be held on Monday.") == [NEXT_MONDAY]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Neither he nor his parents could be located on Monday."),
        ("en", "Nobody could be reached on Monday."),
        ("en", "He could not be reached on Monday."),
        ("en", "The minister may have met him on Monday."),
        ("de", "Er konnte am Montag nicht kommen."),
    ],
)
def test_a_past_ability_or_a_guess_about_the_past_stays_past(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST_MONDAY]


def test_the_month_may_is_no_modal() -> None:
    assert _values("en", "The report was released in May and discussed on Monday.")[-1] == PAST_MONDAY
