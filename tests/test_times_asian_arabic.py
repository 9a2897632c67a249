"""Time expressions in Korean, Japanese, Chinese and Arabic, and the words that only look like them.
Invented sentences; PUB is a Wednesday, so "last week" is 2026-W11 and Tuesday of last week 2026-03-10."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

PUB = "2026-03-18"  # a Wednesday


def found(lang: str, text: str, published: str = PUB) -> dict[str, str | None]:
    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, published)}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # Korean: particles written onto words, "지난 화요일" (the last Tuesday) and "지난주 화요일" (Tuesday of last week)
        ("ko", "어제 청솔시에서 화재가 발생했다.", "어제", "2026-03-17"),
        ("ko", "어제는 하루 종일 비가 내렸다.", "어제", "2026-03-17"),
        ("ko", "그저께 주민 회의가 열렸다.", "그저께", "2026-03-16"),
        ("ko", "모레 결과가 발표될 예정이다.", "모레", "2026-03-20"),
        ("ko", "지난 화요일 다리가 무너졌다.", "지난 화요일", "2026-03-17"),
        ("ko", "지난주 화요일 다리가 무너졌다.", "지난주 화요일", "2026-03-10"),
        ("ko", "이번 주 금요일 공청회가 열릴 예정이다.", "이번 주 금요일", "2026-03-20"),
        ("ko", "다음 주 월요일에 결과를 발표한다.", "다음 주 월요일", "2026-03-23"),
        ("ko", "화요일에 시의회가 예산을 통과시켰다.", "화요일", "2026-03-17"),
        ("ko", "사흘 전 공장에서 폭발이 있었다.", "사흘 전", "2026-03-15"),
        ("ko", "이틀 전에 계약을 맺었다.", "이틀 전", "2026-03-16"),
        ("ko", "3일 전 공장에서 폭발이 있었다.", "3일 전", "2026-03-15"),
        ("ko", "3일전 공장에서 폭발이 있었다.", "3일전", "2026-03-15"),
        ("ko", "일주일 전 시장이 사임했다.", "일주일 전", "2026-W11"),
        ("ko", "한 달 전 가게가 문을 닫았다.", "한 달 전", "2026-02"),
        ("ko", "3일 후 재판이 열린다.", "3일 후", "2026-03-21"),
        ("ko", "2주 뒤 새 노선이 개통할 예정이다.", "2주 뒤", "2026-W14"),
        ("ko", "지난주 시장이 사임했다.", "지난주", "2026-W11"),
        ("ko", "지난달 물가가 크게 올랐다.", "지난달", "2026-02"),
        ("ko", "작년 수출이 줄었다.", "작년", "2025"),
        ("ko", "내년 총선이 치러진다.", "내년", "2027"),
        ("ko", "작년 5월 홍수가 났다.", "작년 5월", "2025-05"),
        ("ko", "5월에 선거가 열린다.", "5월", "2026-05"),
        ("ko", "2025년 경제가 성장했다.", "2025년", "2025"),
        ("ko", "작년 5월 14일 홍수가 났다.", "작년 5월 14일", "2025-05-14"),
        ("ko", "지난 14일 산불이 났다.", "14일", "2026-03-14"),
        ("ko", "오는 20일 공청회가 열릴 예정이다.", "20일", "2026-03-20"),
        ("ko", "오후 3시 20분 열차가 탈선했다.", "오후 3시 20분", "2026-03-18T15:20"),
        ("ko", "어제 오후 3시 20분께 열차가 탈선했다.", "오후 3시 20분", "2026-03-17T15:20"),
        ("ko", "밤 11시 정전이 일어났다.", "밤 11시", "2026-03-18T23:00"),
        ("ko", "새벽 2시 지진이 났다.", "새벽 2시", "2026-03-18T02:00"),
        ("ko", "어젯밤 폭우가 쏟아졌다.", "어젯밤", "2026-03-17TNI"),
        ("ko", "오늘 오전 회의가 열렸다.", "오늘 오전", "2026-03-18TMO"),
        ("ko", "화요일 저녁 시위가 있었다.", "화요일 저녁", "2026-03-17TEV"),
        ("ko", "지난 주말 시위가 열렸다.", "지난 주말", "2026-W11-WE"),
        ("ko", "회의는 3시간 동안 이어졌다.", "3시간", "PT3H"),
        ("ko", "축제는 이틀 동안 열렸다.", "이틀", "P2D"),
    ],
)
def test_day_words(lang, text, expr, value):
    assert found(lang, text).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Korean: "일" (work, matter), "주" (state, main), "월" inside words, native counts before a person or a deed
        ("ko", "그는 이번 일로 사과했다."),
        ("ko", "그가 한 일을 자세히 설명했다."),
        ("ko", "주 정부는 새 법안을 발표했다."),
        ("ko", "주요 회의가 열렸다."),
        ("ko", "월드컵 예선이 열렸다."),
        ("ko", "세 분이 회의에 참석했다."),
        ("ko", "그제서야 사실을 알았다."),
        ("ko", "어제오늘 일이 아니다."),
        ("ko", "2000명이 집회에 참가했다."),
    ],
)
def test_words_that_only_look_like_times(lang, text):
    assert found(lang, text) == {}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ko", "다음 일요일 선거가 열린다.", {"다음 일요일": "2026-03-22"}),
    ],
)
def test_whole_sentences(lang, text, expected):
    """A trap drops only what it covers; a day word names the day the next expression hangs on."""
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # "사흘 뒤" in a story about the past is three days after the day it named, not after publication
        ("ko", "어제 사고가 났다. 사흘 뒤 경찰이 용의자를 체포했다.", "사흘 뒤", "2026-03-20"),
        ("ko", "사고 사흘 뒤 경찰이 용의자를 체포했다.", "사흘 뒤", None),
        # "the next day" after a day word, which a particle may follow ("어제는")
        ("ko", "어제는 사고가 났다. 다음날 경찰이 도착했다.", "다음날", "2026-03-18"),
        # a bare day of the month looks ahead in a future sentence: "오는 20일" (the coming 20th), "지난 20일"
        ("ko", "오는 20일 공청회가 열릴 예정이다.", "20일", "2026-03-20"),
        ("ko", "지난 20일 공청회가 열렸다.", "20일", "2026-02-20"),
        ("ko", "오는 5일 공청회가 열릴 예정이다.", "5일", "2026-04-05"),
    ],
)
def test_days_placed_by_the_text(lang, text, expr, value):
    assert found(lang, text).get(expr, "missing") == value
