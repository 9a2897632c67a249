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


def test_russian_ages_in_the_dative_are_no_durations() -> None:
    from tests.helpers import resolved

    got = resolved("ru", "Спасённым туристам 29 и 46 лет, они вернулись в Омск в среду.", "2026-11-20")
    assert not any(v and v.startswith("P") for v in got.values())
    assert resolved("ru", "Пострадавшей было 58 лет.", "2026-11-20") == {}
    assert resolved("ru", "Женщина в возрасте 63 лет попала в больницу.", "2026-11-20") == {}
    assert resolved("uk", "Йому 37 років.", "2026-11-20") == {}


def test_russian_spans_of_years_stay_durations() -> None:
    from tests.helpers import resolved

    assert resolved("ru", "Он прожил с женой 12 лет.", "2026-11-20") == {"12 лет": "P12Y"}
    assert resolved("ru", "Завод работает 41 год.", "2026-11-20") == {"41 год": "P41Y"}
    assert resolved("ru", "Им дали 8 лет.", "2026-11-20") == {"8 лет": "P8Y"}


def test_arabic_dateline_with_bracketed_agency_between_dashes() -> None:
    from parallax.ingest.datelines import split_dateline

    d = split_dateline("المكلا - (رويترز) - أعلنت السلطات المحلية يوم الأحد إغلاق الميناء بسبب العاصفة.")
    assert d is not None and (d.place, d.agency) == ("المكلا", "رويترز") and d.after.startswith("أعلنت")
    d = split_dateline("طرابلس - (أ ف ب) - قال شهود إن الأمطار أغرقت الشوارع.")
    assert d is not None and (d.place, d.agency) == ("طرابلس", "أ ف ب")
    assert split_dateline("وأضاف - (مبتسما) - أن الفريق سيعود الأسبوع المقبل إلى التدريبات.") is None


def test_russian_role_of_a_country_in_the_genitive_speaks() -> None:
    def speaker(text: str) -> str | None:
        return analyzed(text, "ru", "2026-11-20").quotes[0].speaker

    assert speaker("«Диалог возможен», — сказал глава МИД Норвегии.") == "глава МИД Норвегии"
    assert speaker("«Учения пройдут в срок», — заявил министр обороны Молдавии.") == "министр обороны Молдавии"
    assert speaker("«Визы не нужны», — сказал посол Франции.") == "посол Франции"
    assert speaker("«Учения пройдут в срок», — заявил министр обороны Соколов.") == "Соколов"
