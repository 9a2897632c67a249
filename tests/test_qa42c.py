"""QA round 42c on floods, fires, quakes and a rail plan in scripts other than Latin and less covered languages
(ar, zh in both scripts, ja, ko, hi, tr, el, he, fa, id, vi, with English beside some): each test holds one rule of
the language or of news writing the round found missing."""

from __future__ import annotations

from tests.helpers import resolved


def test_a_bare_day_gone_this_month_stays_past_in_a_sentence_that_looks_ahead():
    # the day the ministry spoke is two days before the report, though what it spoke of is to come
    assert resolved("zh", "外交部发言人19日说，双方将在明年举行会谈。", "2026-11-21T08:00")["19日"] == "2026-11-19"
    assert resolved("ko", "경찰은 17일 앞으로 수사를 확대하겠다고 밝혔다.", "2026-11-20T08:00")["17일"] == "2026-11-17"
    assert resolved("ja", "知事は16日、来年度から補助を拡充する方針を示した。", "2026-11-19T08:00")["16日"] == "2026-11-16"
    # a day of next month stays next month's where it is the nearer one, or the text says "the coming"
    assert resolved("zh", "选举将于2日举行。", "2026-11-28T08:00")["2日"] == "2026-12-02"
    assert resolved("ko", "오는 9일 공청회가 열릴 예정이다.", "2026-11-20T08:00")["9일"] == "2026-12-09"
