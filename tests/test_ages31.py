"""An age told with "to have" or "at the" in the Romance languages and Serbo-Croatian, or with "de" in Romanian and "berusia" in Indonesian, is a person's age, not a span of
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


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("ro", "Un copil de 7 ani a fost rănit în accident.", "7"),
        ("ro", "Ion Popescu, de 58 de ani, a murit pe loc.", "58"),
        ("ro", "Șoferul, în vârstă de 61 de ani, a murit.", "61"),
        ("ro", "Un bărbat de 45 de ani a fost reținut.", "45"),
        ("id", "Seorang anak berusia 5 tahun tewas tertimbun.", "5"),
        ("id", "Korban berumur 45 tahun.", "45"),
    ],
)
def test_romanian_and_indonesian_ages(lang: str, text: str, figure: str) -> None:
    from tests.helpers import analyzed

    assert not resolved(lang, text, "2026-03-14")
    assert [(q.text, q.unit) for q in analyzed(text, lang, "2026-03-14").quantities] == [(figure, "(age)")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greva a durat 22 de ore.", {"22 de ore": "PT22H"}),
        ("A lucrat 30 de ani la fabrică.", {"30 de ani": "P30Y"}),
        ("Ancheta va dura 30 de zile.", {"30 de zile": "P30D"}),
        ("Acum 20 de ani, podul s-a prăbușit.", {"Acum 20 de ani": "2006"}),
        ("Podul s-a prăbușit în urmă cu 25 de ani.", {"în urmă cu 25 de ani": "2001"}),
        ("Greva a durat 3 zile.", {"3 zile": "P3D"}),
        ("A fost condamnat la 10 ani de închisoare.", {"10 ani": "P10Y"}),
    ],
)
def test_romanian_lengths_with_de(text: str, expected: dict[str, str]) -> None:
    """Romanian puts "de" between a figure of 20 or more and its noun: "22 de ore" is a length, "acum 20 de ani" ago."""
    assert resolved("ro", text, "2026-03-14") == expected


def test_indonesian_lengths_stay() -> None:
    assert resolved("id", "Proyek itu berlangsung 5 tahun.", "2026-03-14") == {"5 tahun": "P5Y"}
