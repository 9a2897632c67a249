"""Session 49 QA (qa49c): the findings of a round in Hebrew, Japanese, Chinese, Korean, Thai, Arabic, Persian, Urdu,
Hindi, Bengali and Tamil, with English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed

PUB = "2026-11-20T10:00:00Z"  # a Friday


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a post the short title list lacks, after the body's の: the name alone, not the organisation nor the post
        ("気象庁の太田健二予報官は「週末にかけて大雨に警戒してほしい」と話した。", "太田健二"),
        ("防衛省の高木誠審議官は「問題はない」と話した。", "高木誠"),
        ("同大学の中村優子上席研究員は「問題はない」と話した。", "中村優子"),
        # a surname of one kanji before a title, before and after the quotation
        ("森首相は「国民の命を守る」と述べた。", "森"),
        ("「国民の命を守る」と森首相は述べた。", "森"),
        ("林外相は「問題はない」と述べた。", "林"),
        # ... but a determiner or a country's one-kanji abbreviation before a title is no surname
        ("同社長は「問題はない」と述べた。", "同社長"),
        ("米大統領は「問題はない」と述べた。", "米大統領"),
        ("元首相は「問題はない」と述べた。", "元首相"),
    ],
)
def test_japanese_speaker_is_the_name_without_its_post(text: str, speaker: str) -> None:
    art = analyzed(text, "ja", PUB)
    assert [q.speaker for q in art.quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the nouns and counters for people of Urdu, Bengali, Tamil and Hindi meet "people" in a toll
        ("ur", "ہماچل پردیش میں منگل کو ایک بس کھائی میں گرنے سے 11 افراد ہلاک ہو گئے۔"),
        ("ur", "منگل کو 11 لوگ ہلاک ہو گئے۔"),
        ("ur", "منگل کو 11 اشخاص ہلاک ہو گئے۔"),
        ("bn", "মঙ্গলবার ১১ জন নিহত হয়েছেন।"),
        ("ta", "செவ்வாய்க்கிழமை 11 பேர் உயிரிழந்தனர்."),
        ("hi", "मंगलवार को 11 व्यक्तियों की मौत हो गई।"),
    ],
)
def test_a_toll_of_people_in_south_asian_nouns_meets_an_english_toll(lang: str, text: str) -> None:
    from tests.helpers import mixed_articles, sentence_pair_conflicts

    x, y = mixed_articles(("en", "Nine people were killed on Tuesday when a bus fell into a gorge."), (lang, text), published=PUB)
    assert [(kind, v["a"], v["b"]) for kind, v in sentence_pair_conflicts(x, 0, y, 0)] == [("number", [9.0], [11.0])]
