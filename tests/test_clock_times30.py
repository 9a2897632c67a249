"""A clock hour after the word for "at" in Spanish, Italian and Portuguese is a time even without minutes ("a las 22
horas", "alle 18", "às 22 horas"; "a las 22 horas" was read as a 22-hour length), a part of the day after it sets its
half of the day ("a las 3 de la tarde" is 15:00, "verso le 3 di notte" 03:00), and the day written after it is its day.
A noun after the hour ("alle 18 squadre") and a length with no "at" ("durante 22 horas") stay what they were."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUBLISHED = "2026-03-14"  # a Saturday: Tuesday is the 10th


@pytest.mark.parametrize(
    ("lang", "text", "expression", "value"),
    [
        ("es", "El incendio comenzó a las 22 horas del martes.", "a las 22 horas", "2026-03-10T22:00"),
        ("es", "El tren llegó a las 3 de la tarde del martes.", "a las 3 de la tarde", "2026-03-10T15:00"),
        ("es", "El incendio comenzó hacia las 3.15 de la madrugada.", "hacia las 3.15 de la madrugada", "2026-03-14T03:15"),
        ("es", "Llegó a las 10 de la noche.", "a las 10 de la noche", "2026-03-14T22:00"),
        ("es", "El pleno se celebra a las 12, según fuentes.", "a las 12", "2026-03-14T12:00"),
        ("it", "Il consiglio si è riunito alle 18.", "alle 18", "2026-03-14T18:00"),
        ("it", "La seduta è iniziata alle ore 18.", "alle ore 18", "2026-03-14T18:00"),
        ("it", "L'incendio è scoppiato verso le 3 di notte.", "verso le 3 di notte", "2026-03-14T03:00"),
        ("it", "L'incendio è scoppiato alle 22 di martedì.", "alle 22", "2026-03-10T22:00"),
        ("it", "È arrivato alle 10 di sera.", "alle 10 di sera", "2026-03-14T22:00"),
        ("pt", "O incêndio começou às 22 horas de terça-feira.", "às 22 horas", "2026-03-10T22:00"),
        ("pt", "O alarme soou às 3 da manhã.", "às 3 da manhã", "2026-03-14T03:00"),
        ("pt", "Chegou às 10 da noite.", "às 10 da noite", "2026-03-14T22:00"),
    ],
)
def test_an_hour_after_the_word_for_at_is_a_clock_time(lang: str, text: str, expression: str, value: str) -> None:
    assert resolved(lang, text, PUBLISHED).get(expression) == value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Se reunió con los directivos de las 3 empresas.", {}),
        ("es", "Durante 22 horas los bomberos trabajaron.", {"22 horas": "PT22H"}),
        ("es", "La huelga durará 22 horas.", {"22 horas": "PT22H"}),
        ("it", "Hanno partecipato alle 18 squadre.", {}),
        ("it", "Lo sciopero durerà 24 ore.", {"24 ore": "PT24H"}),
        ("pt", "A greve durou 22 horas.", {"22 horas": "PT22H"}),
        ("pt", "Chegou às 3 casas.", {}),
    ],
)
def test_a_noun_or_a_length_after_the_figure_is_no_clock_time(lang: str, text: str, expected: dict) -> None:
    assert resolved(lang, text, PUBLISHED) == expected


def test_two_outlets_two_hours_conflict() -> None:
    from tests.helpers import compared_conflicts

    found = compared_conflicts(["L'incendio è scoppiato alle 22 di martedì nel centro di Napoli.",
                                "L'incendio è scoppiato alle 23 di martedì nel centro di Napoli."], "it")
    assert any(kind == "date" for kind, _ in found)
