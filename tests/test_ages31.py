"""An age told with "to have" or "at the" in the Romance languages and Serbo-Croatian is a person's age, not a span of
years: "qui avait 54 ans", "que tenía 54 años", "aveva 54 anni", "imao je 32 godine", "a los 54 años".  Years that
go on to what they are of ("tiene 54 años de historia") stay a span, and "ago" ("il y a 54 ans") and a prison
sentence ("condenado a 10 años") keep their readings.  Invented sentences."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities.labels import years_of_age
from tests.helpers import resolved

_AGES = [
    ("fr", "Le conducteur, qui avait 54 ans, est mort sur place."),
    ("fr", "Selon la police, il a 54 ans."),
    ("es", "El conductor, que tenía 54 años, murió en el acto."),
    ("es", "Murió a los 54 años tras el accidente."),
    ("it", "L'autista aveva 54 anni e viveva a Pavia."),
    ("pt", "O motorista tinha 54 anos."),
    ("pt", "Morreu aos 54 anos no hospital."),
    ("ca", "El conductor tenia 54 anys."),
    ("hr", "Vozač je imao 54 godine."),
    ("sr", "Возач, који је имао 54 године, погинуо је."),
    ("sr", "Vozač, koji je imao 54 godine, poginuo je."),
]


@pytest.mark.parametrize(("lang", "text"), _AGES)
def test_an_age_with_to_have_is_no_span_of_years(lang: str, text: str) -> None:
    assert not any(v == "P54Y" for v in resolved(lang, text, "2026-03-14").values())
    start = text.index("54")
    assert years_of_age(text, start, start + 2)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "La empresa tiene 54 años de historia.", "P54Y"),
        ("hr", "Ima 54 godine iskustva u struci.", "P54Y"),
        ("fr", "Il a travaillé 54 ans à l'usine.", "P54Y"),
        ("es", "Fue condenado a 10 años de prisión.", "P10Y"),
        ("es", "Lo condenaron a 10 años.", "P10Y"),
        ("it", "È stato condannato a 10 anni.", "P10Y"),
        ("pt", "Foi condenado a 10 anos.", "P10Y"),
        ("fr", "Il y avait 54 ans que le pont tenait.", "P54Y"),
    ],
)
def test_spans_and_sentences_stay_spans(lang: str, text: str, value: str) -> None:
    assert value in resolved(lang, text, "2026-03-14").values()


def test_ago_stays_a_year() -> None:
    assert resolved("fr", "Il y a 54 ans, le pont s'effondrait.", "2026-03-14") == {"Il y a 54 ans": "1972"}
