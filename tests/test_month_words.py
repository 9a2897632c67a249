"""One list of month words (timelex.month_words) for the two readers that must tell a month from
another word: a number before a month is a day, not a count, and a wire dateline's date names one."""

from __future__ import annotations

from parallax.analyze.quantities import find_quantities
from parallax.analyze.timelex import month_words
from parallax.ingest.datelines import split_dateline


def test_names_and_their_standard_abbreviations():
    assert {"september", "sep", "sept"} <= month_words("en")
    assert {"ноября", "ноя", "нояб"} <= month_words("ru")
    assert {"février", "fév", "févr"} <= month_words("fr")


def test_scripts_that_write_months_in_full_have_no_abbreviations():
    assert any(w.startswith("كانون") for w in month_words("ar"))
    assert "كان" not in month_words("ar")  # "كانون" cut to "كان" would be "was"


def test_datelines_and_quantities_read_the_same_month_words():
    assert split_dateline("МОСКВА, 3 нояб. /ТАСС/. Текст").place == "МОСКВА"
    assert [q.value for q in find_quantities("Встреча прошла 3 нояб. в Москве, пришли 40 человек.", "ru", [])] == [40.0]
    assert split_dateline("MOSKAU, 7 Tage (dpa) - Die Gespräche dauerten an.") is None  # "Tage" names no month
