"""A source that opens its sentence with "according to" reports the clause after it (QA sweep 20):
Indonesian "Menurut", Bulgarian "Според" (no comma needed), Persian "به گفته", Hindi "के अनुसार",
Korean "에 따르면"."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("lang", "text", "clause", "speaker"),
    [
        ("id", "Menurut Rudi Hartono, jembatan itu akan dibuka kembali bulan depan.",
         "jembatan itu akan dibuka kembali bulan depan", "Rudi Hartono"),
        ("bg", "Според Петко Илиев пожарът е започнал в склада.", "пожарът е започнал в склада", "Петко Илиев"),
        ("fa", "به گفته مهدی صالحی، جاده تا فردا بسته می‌ماند.", "جاده تا فردا بسته می‌ماند", "مهدی صالحی"),
        ("hi", "अजय सिंह के अनुसार, पुल अगले महीने खुल जाएगा।", "पुल अगले महीने खुल जाएगा", "अजय सिंह"),
        ("ko", "정우성 대변인에 따르면 다리는 다음 달에 다시 개통된다.", "다리는 다음 달에 다시 개통된다", "정우성"),
    ],
)
def test_according_to_reports_the_clause_after_it(lang, text, clause, speaker):
    quotes = [(q.text, q.speaker, q.kind) for q in analyzed(text, lang).quotes]
    assert (clause, speaker, "indirect") in quotes


def test_according_to_needs_a_clause_after_it():
    # Korean: a clause of under eight characters after "에 따르면" is no report
    assert analyzed("정우성 대변인에 따르면 맞다.", "ko").quotes == []
    assert analyzed("정우성 대변인에 따르면 다리는 다음 달에 다시 개통된다.", "ko").quotes


def test_persian_time_and_place_between_subject_and_verb():
    # Persian puts the time and place before the final verb: the subject is the name before them
    text = "استاندار گیلان، کامران نوری، روز یکشنبه در رشت گفت: «جاده‌ها تا فردا باز می‌شوند.»"
    assert [(q.text, q.speaker) for q in analyzed(text, "fa").quotes] == [("جاده‌ها تا فردا باز می‌شوند.", "کامران نوری")]


def test_chinese_ju_frames_a_short_clause():
    # "据…介绍，" makes even a short clause the source's account; without "据" too (session 54: four characters are a
    # whole Chinese clause, "警方表示，两人被捕。"; the old expectation that it was left is dropped)
    framed = [(q.text, q.speaker) for q in analyzed("据消防局局长王强介绍，火已扑灭。", "zh").quotes]
    assert framed == [("火已扑灭", "王强")]
    assert [(q.text, q.speaker) for q in analyzed("消防局局长王强介绍，火已扑灭。", "zh").quotes] == [("火已扑灭", "王强")]
