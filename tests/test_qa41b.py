"""QA 41b: non-Latin scripts and Turkish names (invented texts)."""

from __future__ import annotations

from tests.helpers import analyzed


def test_turkish_given_name_marks_a_person() -> None:
    art = analyzed(
        "Sendika başkanı grevin sona erdiğini açıkladı. Görüşmelere Kerem Aydın da katıldı.", "tr", "2026-11-20"
    )
    people = {e.text for e in art.entities if e.label in ("PER", "PERSON")}
    assert "Kerem Aydın" in people


def test_turkish_names_keep_other_languages_genders() -> None:
    from parallax.analyze.names import FIRST_NAMES

    assert FIRST_NAMES["akın"] == "m" and FIRST_NAMES["tuğba"] == "f" and FIRST_NAMES["maria"] == "f"
