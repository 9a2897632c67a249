"""Session 60 QA of European-language reports (Ukrainian, Russian, German, French, Spanish, Portuguese ...): invented
texts."""

from __future__ import annotations

import pytest

from tests.helpers import sentences, time_values

# --- East Slavic durations with a declined number word -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Страйк у Марківці тривав протягом трьох місяців.", "uk", "трьох місяців", "P3M"),
        ("Ремонт мосту триватиме упродовж п'яти днів.", "uk", "п'яти днів", "P5D"),
        ("Забастовка в Ольховске продолжалась в течение трёх месяцев.", "ru", "трёх месяцев", "P3M"),
        ("Работы на станции велись на протяжении двух недель.", "ru", "двух недель", "P2W"),
    ],
)
def test_east_slavic_genitive_number_word_measures_a_duration(text: str, lang: str, span: str, value: str) -> None:
    assert time_values(text, lang).get(span) == value


# --- German month abbreviations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Die Anhörung fand am 3. Febr. 2026 in Lindau statt.", "3. Febr. 2026", "2026-02-03"),
        ("Das Urteil fiel am 12. Sept. 2025 in Kornstadt.", "12. Sept. 2025", "2025-09-12"),
        ("Der Vertrag wurde am 7. Jän. 2026 unterzeichnet.", "7. Jän. 2026", "2026-01-07"),
        ("Die Strecke ist seit Okt. 2025 gesperrt.", "Okt. 2025", "2025-10"),
    ],
)
def test_german_month_abbreviation_reads_as_its_month(text: str, span: str, value: str) -> None:
    assert time_values(text, "de").get(span) == value


def test_german_month_abbreviation_before_its_year_ends_no_sentence() -> None:
    assert sentences("Die Anhörung fand am 3. Febr. 2026 statt. Danach sprach die Richterin.", "de") == [
        "Die Anhörung fand am 3. Febr. 2026 statt.",
        "Danach sprach die Richterin.",
    ]


def test_german_given_name_jan_is_no_month() -> None:
    assert time_values("Jan Wendler kam am Montag nach Kornstadt.", "de") == {"Montag": "2026-03-02"}
