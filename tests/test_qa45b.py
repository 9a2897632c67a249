"""QA round 45b: the publication's own weekday ahead in Greek, Finnish year offsets, Cyrillic country names, and the
sets' findings."""

from __future__ import annotations

from tests.helpers import resolved

_FRIDAY = "2026-11-13T09:30:00+02:00"


def test_greek_future_weekday_on_its_own_day_is_next_week() -> None:
    got = resolved("el", "Η γέφυρα θα δοθεί ξανά στην κυκλοφορία την Παρασκευή, σύμφωνα με την περιφέρεια.", _FRIDAY)
    assert got["Παρασκευή"] == "2026-11-20"


def test_greek_future_weekday_with_today_or_this_stays_the_day() -> None:
    assert resolved("el", "Σήμερα, Παρασκευή, θα κλείσει η λαϊκή αγορά.", _FRIDAY)["Παρασκευή"] == "2026-11-13"
    assert resolved("el", "Η λαϊκή θα κλείσει αυτή την Παρασκευή.", _FRIDAY)["Παρασκευή"] == "2026-11-13"


def test_greek_past_weekday_on_its_own_day_and_english_future_unchanged() -> None:
    assert resolved("el", "Η γέφυρα έκλεισε την Παρασκευή.", _FRIDAY)["Παρασκευή"] == "2026-11-13"
    assert resolved("en", "The bridge will reopen on Friday, officials said.", _FRIDAY)["Friday"] == "2026-11-13"


def test_finnish_partitive_unit_before_earlier_is_one_unit() -> None:
    got = resolved("fi", "Vuotta aiemmin kaupunki oli myynyt tontin yhtiölle.", "2026-11-13T09:30:00+02:00")
    assert got["Vuotta aiemmin"] == "2025"
    got = resolved("fi", "Kuusi viikkoa aikaisemmin silta oli suljettu.", "2026-11-13T09:30:00+02:00")
    assert got["Kuusi viikkoa aikaisemmin"] == "2026-W40"


def test_finnish_year_and_a_half_is_a_duration() -> None:
    got = resolved("fi", "Oikeudenkäynti kesti puolitoista vuotta.", _FRIDAY)
    assert got["puolitoista vuotta"] == "P18M"
    got = resolved("fi", "Rakentaminen alkoi kolme ja puoli vuotta sitten.", _FRIDAY)
    assert got["kolme ja puoli vuotta"] == "P42M"
