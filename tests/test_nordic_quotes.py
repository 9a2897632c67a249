"""Swedish, Danish and Norwegian quotations and their speakers: dialogue after a dash ("– Vi är chockade,
säger Anna Berg."), the marks of each press (”…”, »…«, «…»), the cue verbs in the present and the past,
Bokmål and Nynorsk records ("nb", "nn", "seier"), and a quoted name that no one says.  Invented sentences."""

from __future__ import annotations

import pytest

from parallax.analyze import coverage
from tests.helpers import analyzed


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", "– Vi är chockade och sörjer med de anhöriga, säger kommunstyrelsens ordförande Anna Berg.",
         ("Vi är chockade och sörjer med de anhöriga", "Anna Berg", "säger")),
        ("sv", "”Bussen körde alldeles för fort”, påpekar vittnet Lars Ek.", ("Bussen körde alldeles för fort", "Lars Ek", "påpekar")),
        ("da", "»Vi hørte et kæmpe brag«, udtaler havnearbejder Søren Dahl.", ("Vi hørte et kæmpe brag", "Søren Dahl", "udtaler")),
        ("da", "– Det er en frygtelig tragedie, siger borgmester Mette Holm.", ("Det er en frygtelig tragedie", "Mette Holm", "siger")),
        ("no", "«Vi hørte et drønn», uttaler nabo Ola Berg.", ("Vi hørte et drønn", "Ola Berg", "uttaler")),
        ("no", "– Dette er ein forferdeleg dag, seier ordførar Kari Nilsen.", ("Dette er ein forferdeleg dag", "Kari Nilsen", "seier")),
        ("nb", "«Vi hørte et drønn», sier nabo Ola Berg.", ("Vi hørte et drønn", "Ola Berg", "sier")),
        ("nn", "«Vi høyrde eit drønn», seier ordførar Kari Nilsen.", ("Vi høyrde eit drønn", "Kari Nilsen", "seier")),
    ],
)  # fmt: skip
def test_nordic_quotation_and_speaker(lang, text, expected):
    assert _quotes(text, lang) == [expected]


@pytest.mark.parametrize("code", ["nb", "nn"])
def test_bokmal_and_nynorsk_records_have_speakers(code):
    assert "speakers" not in coverage.unread(code)


def test_a_quoted_name_is_no_quotation_of_anyone():
    assert _quotes("Han åkte med ”Snabbussen”, en modell från 1990.", "sv") == []


def test_danish_dialogue_after_a_hyphen():
    assert _quotes("- Det er en frygtelig tragedie, siger borgmester Mette Holm.", "da") == [
        ("Det er en frygtelig tragedie", "Mette Holm", "siger")
    ]
    assert [q.kind for q in analyzed("- Det er en frygtelig tragedie, siger borgmester Mette Holm.", "da").quotes] == ["direct"]


def test_a_hyphenated_list_item_is_no_quotation():
    assert _quotes("- 17 personer kvæstet\n\n- 2 døde", "da") == []


def test_nynorsk_dialogue_after_a_dash():
    assert _quotes("– Dette er ein forferdeleg dag, seier ordførar Kari Nilsen.", "nn") == [
        ("Dette er ein forferdeleg dag", "Kari Nilsen", "seier")
    ]
