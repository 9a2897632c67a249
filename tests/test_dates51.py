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


def _day(text: str, lang: str) -> dict[str, str | None]:
    doc = parallax.analyze([Article(id="a", text=text, title="t", outlet="o", published=_TUESDAY, language=lang)])[0]
    return {t.text: t.value for t in doc.times}


def test_a_change_from_a_day_in_swahili_is_announced_before_it() -> None:
    # (qa51d: "has raised prices from Wednesday" against "will rise from Wednesday" made a false date conflict)
    assert _day("EWURA imepandisha bei ya petroli kuanzia Jumatano.", "sw") == {"Jumatano": "2026-03-11"}
    assert _day("Bei mpya zilianza kutumika kuanzia Jumatatu iliyopita.", "sw") == {"Jumatatu iliyopita": "2026-03-09"}
    assert _day("Mgomo ulianza Jumatatu.", "sw") == {"Jumatatu": "2026-03-09"}


def test_a_fixture_told_in_the_present_is_still_to_come() -> None:
    assert _day("O Flamengo volta a jogar na quarta-feira, contra o Palmeiras.", "pt") == {"quarta-feira": "2026-03-11"}
    assert _day("El Betis recibe al Sevilla el sábado en el Villamarín.", "es") == {"sábado": "2026-03-14"}
    # (a fixture already played keeps its past)
    assert _day("O Flamengo jogou na quarta-feira contra o Palmeiras.", "pt") == {"quarta-feira": "2026-03-04"}
    assert _day("El Betis recibió al Sevilla el sábado.", "es") == {"sábado": "2026-03-07"}
