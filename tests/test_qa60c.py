"""Session 60 QA (qa60c): Persian, Hebrew, Arabic, Turkish, Korean, Japanese and Chinese reports (invented texts)."""

from __future__ import annotations

import pytest

import parallax
from tests.helpers import first_sentence_conflicts, outlet_articles, quote_speakers

# an invented footbridge collapse on Wednesday 11 March 2026, and the fire service's statement of Friday the 13th
_COLLAPSE = {
    "fa": "پل عابر پیاده در شهر کرج روز چهارشنبه فروریخت و هفت نفر زخمی شدند.",
    "ko": "경기도 수원시의 육교가 11일 붕괴해 7명이 다쳤다.",
    "ja": "埼玉県川口市で11日、歩道橋が崩落し、7人がけがをした。",
    "zh": "河北省保定市一座人行天桥11日坍塌，造成7人受伤。",
    "tr": "Kocaeli'de bir üst geçit çarşamba günü çöktü, yedi kişi yaralandı.",
    "he": "גשר להולכי רגל בחיפה קרס ביום רביעי ושבעה בני אדם נפצעו.",
}
_TOLD_ON_FRIDAY = [
    ("fa", "سخنگوی آتش‌نشانی روز جمعه گفت که پل عابر پیاده در شهر کرج فروریخت و هفت نفر زخمی شدند."),
    ("fa", "پل عابر پیاده در شهر کرج فروریخت و هفت نفر زخمی شدند، سخنگوی آتش‌نشانی روز جمعه گفت."),
    ("fa", "سخنگوی آتش‌نشانی روز جمعه به خبرنگاران اعلام کرد که پل عابر پیاده در شهر کرج فروریخت و هفت نفر زخمی شدند."),
    ("ko", "경기도 수원시의 육교가 붕괴해 7명이 다쳤다고 소방당국이 13일 밝혔다."),
    ("ko", "소방당국은 13일 경기도 수원시의 육교가 붕괴해 7명이 다쳤다고 밝혔다."),
    ("ja", "埼玉県川口市で歩道橋が崩落し、7人がけがをしたと消防が13日、発表した。"),
    ("ja", "消防は13日、埼玉県川口市で歩道橋が崩落し、7人がけがをしたと発表した。"),
    ("zh", "河北省保定市一座人行天桥坍塌，造成7人受伤，消防部门13日表示。"),
    ("zh", "消防部门13日表示，河北省保定市一座人行天桥坍塌，造成7人受伤。"),
    ("tr", "İtfaiye cuma günü yaptığı açıklamada Kocaeli'de bir üst geçidin çöktüğünü ve yedi kişinin yaralandığını söyledi."),
    ("tr", "Vali cuma günü, Kocaeli'de bir üst geçidin çöktüğünü ve yedi kişinin yaralandığını söyledi."),
    ("he", "גשר להולכי רגל בחיפה קרס ושבעה בני אדם נפצעו, כך מסרו בכבאות ביום שישי."),
    ("he", "דובר הכבאות אמר ביום שישי כי גשר להולכי רגל בחיפה קרס ושבעה בני אדם נפצעו."),
]


@pytest.mark.parametrize(("lang", "told"), _TOLD_ON_FRIDAY)
def test_the_day_a_statement_was_made_is_not_the_event_day(lang: str, told: str) -> None:
    assert first_sentence_conflicts(_COLLAPSE[lang], told, lang) == [], told


_TOLD_OF_FRIDAY = [
    ("fa", "سخنگوی آتش‌نشانی گفت که پل عابر پیاده در شهر کرج روز جمعه فروریخت و هفت نفر زخمی شدند."),
    ("ko", "소방당국은 경기도 수원시의 육교가 13일 붕괴해 7명이 다쳤다고 밝혔다."),
    ("ja", "消防によると、埼玉県川口市で13日、歩道橋が崩落し、7人がけがをした。"),
    ("zh", "消防部门表示，河北省保定市一座人行天桥13日坍塌，造成7人受伤。"),
    ("tr", "Vali, Kocaeli'de bir üst geçidin cuma günü çöktüğünü ve yedi kişinin yaralandığını söyledi."),
    ("he", "דובר הכבאות אמר כי גשר להולכי רגל בחיפה קרס ביום שישי ושבעה בני אדם נפצעו."),
]


@pytest.mark.parametrize(("lang", "told"), _TOLD_OF_FRIDAY)
def test_a_day_inside_the_reported_clause_still_dates_the_event(lang: str, told: str) -> None:
    assert first_sentence_conflicts(_COLLAPSE[lang], told, lang) == [("date", {"a": ["2026-03-11"], "b": ["2026-03-13"]})], told


def test_he_a_role_before_a_bank_is_the_speaker_not_the_bank() -> None:
    assert quote_speakers('"האינפלציה תרד עד סוף השנה", אמר נגיד בנק ישראל.', "he") == ["נגיד בנק ישראל"]
    assert quote_speakers('מנהלת רכבת ישראל אמרה: "הקו ייפתח מחדש בקרוב".', "he") == ["מנהלת רכבת ישראל"]
    assert quote_speakers('"המצב קשה", אמר נשיא אוניברסיטת חיפה.', "he") == ["נשיא אוניברסיטת חיפה"]
    # a person named after the role is still the speaker
    assert quote_speakers('"המצב קשה", אמר נגיד בנק ישראל, אבי שגיא.', "he") == ["אבי שגיא"]


def test_he_the_governor_and_the_governor_named_are_one_speaker() -> None:
    texts = [
        'בנק ישראל הותיר את הריבית ללא שינוי ביום שני. "האינפלציה תרד עד סוף השנה", אמר נגיד בנק ישראל.',
        'נגיד בנק ישראל, אבי שגיא, הודיע ביום שני כי הריבית תישאר ללא שינוי. "האינפלציה תרד עד סוף השנה", אמר שגיא.',
    ]
    quotes = parallax.compare(outlet_articles(texts, "he")).to_dict()["quotes"]
    assert [q["misattributed"] for q in quotes] == [False]
    assert {v["speaker"] for v in quotes[0]["variants"]} == {"נגיד בנק ישראל", "אבי שגיא"}


def test_ko_times_and_households_written_with_two_counters_are_one_count() -> None:
    headline = "규모 5.8 지진 강타…여진 23차례"
    assert first_sentence_conflicts(headline, "규모 5.8 지진 이후 여진이 19회 이어졌다.", "ko") == [
        ("number", {"a": [23.0], "b": [19.0], "unit": "회"})
    ]
    assert first_sentence_conflicts(headline, "규모 5.8 지진 이후 여진이 23회 이어졌다.", "ko") == []
    assert first_sentence_conflicts("지진으로 120가구가 정전됐다.", "지진으로 150세대가 정전됐다.", "ko") == [
        ("number", {"a": [120.0], "b": [150.0], "unit": "가구"})
    ]


def test_ko_a_magnitude_with_its_particle_is_a_magnitude() -> None:
    told = "기상청은 이번 지진의 규모를 5.6으로 수정했다."
    assert first_sentence_conflicts("규모 5.8 지진…여진 23차례", told, "ko") == [("number", {"a": [5.8], "b": [5.6], "unit": "magnitude"})]
