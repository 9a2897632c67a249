"""Two date rules, in reports published on Saturday 14 March 2026.

A quarter named without a year after a deadline word ("до конца второго квартала", by the end of the second
quarter) is the coming one, as a month after "by"/"until" is: a plan is not reported after its quarter ends.
And a Slavic weekday in the genitive after "с"/"від"/"od" (since) is read as English reads "since Saturday":
the latest such day on or before publication ("с пятницы" is Friday the 13th, "od soboty" the day itself)."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.records import Article

PUBLISHED = "2026-03-14"


def _values(text: str, lang: str) -> list[tuple[str, str]]:
    art = Article(id="a", text=text, outlet="A", published=PUBLISHED, language=lang)
    Analyzer().analyze_all([art])
    return [(t.text, t.value) for t in art.times]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Компания обещает завершить строительство моста до конца второго квартала.", [("второго квартала", "2026-Q2")]),
        ("ru", "Министерство рассчитывает запустить линию к концу третьего квартала.", [("третьего квартала", "2026-Q3")]),
        ("uk", "Уряд обіцяє відновити підстанцію до кінця другого кварталу.", [("другого кварталу", "2026-Q2")]),
        ("pl", "Spółka zapowiada otwarcie zakładu do końca drugiego kwartału.", [("drugiego kwartału", "2026-Q2")]),
        ("fr", "Le groupe promet d'ouvrir l'usine d'ici la fin du deuxième trimestre.", [("deuxième trimestre", "2026-Q2")]),
        ("es", "La empresa promete abrir la planta antes del final del segundo trimestre.", [("segundo trimestre", "2026-Q2")]),
        ("cs", "Ministerstvo chce linku spustit do konce druhého čtvrtletí.", [("druhého čtvrtletí", "2026-Q2")]),
        ("sk", "Spoločnosť chce závod otvoriť do konca druhého štvrťroka.", [("druhého štvrťroka", "2026-Q2")]),
    ],
)  # fmt: skip
def test_a_quarter_after_a_deadline_word_is_the_coming_one(lang, text, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Трасса М-4 перекрыта с пятницы из-за паводка.", [("пятницы", "2026-03-13")]),
        ("ru", "Шахтёры бастуют с субботы.", [("субботы", "2026-03-14")]),
        ("uk", "Трасу Київ–Чоп перекрито від п'ятниці через паводок.", [("п'ятниці", "2026-03-13")]),
        ("uk", "Шахтарі страйкують з суботи.", [("суботи", "2026-03-14")]),
        ("pl", "Droga krajowa nr 7 jest zamknięta od piątku z powodu powodzi.", [("piątku", "2026-03-13")]),
        ("pl", "Górnicy strajkują od soboty.", [("soboty", "2026-03-14")]),
    ],
)  # fmt: skip
def test_since_a_weekday_in_the_genitive(lang, text, expected):
    assert _values(text, lang) == expected


# Czech and Slovak name quarters and halves of a year with an ordinal ("v prvním čtvrtletí 2025", "v prvom
# štvrťroku", "v prvním pololetí"); one told in the past without a year is the last such one
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("cs", "Tržby firmy v prvním čtvrtletí 2025 vzrostly o pět procent.", [("prvním čtvrtletí 2025", "2025-Q1")]),
        ("cs", "Zisk skupiny ve druhém čtvrtletí klesl o třetinu.", [("druhém čtvrtletí", "2025-Q2")]),
        ("sk", "Tržby v prvom štvrťroku 2025 stúpli o päť percent.", [("prvom štvrťroku 2025", "2025-Q1")]),
        ("cs", "Je to první krok k dohodě.", []),
    ],
)  # fmt: skip
def test_czech_and_slovak_quarters(lang, text, expected):
    assert _values(text, lang) == expected
