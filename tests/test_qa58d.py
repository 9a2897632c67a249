"""Session 58 QA of Japanese, Chinese, Arabic, Russian, Ukrainian and Turkish reports (invented texts)."""

from __future__ import annotations

import pytest

from tests.helpers import quote_speakers

# --------------------------------------------------------------------------- Japanese compound titles


@pytest.mark.parametrize(
    "text, speaker",
    [
        # 本部長 (head of a task force) is no 部長 after a name ending in 本
        ("県災害対策本部の森田健二本部長は記者会見で「まだ連絡が取れない人が多い」と述べた。", "森田健二"),
        ("森田健二本部長は「被害はこれ以上拡大しない見通しだ」と語った。", "森田健二"),
        # 事務局長 (secretary general), 代表取締役 (representative director), with or without 社長 after it
        ("対策本部の山田太郎事務局長は「調査を続ける」と述べた。", "山田太郎"),
        ("同社の鈴木次郎代表取締役は「深くおわびする」と述べた。", "鈴木次郎"),
        ("同社の鈴木次郎代表取締役社長は「深くおわびする」と述べた。", "鈴木次郎"),
        ("工場の小野三郎工場長は「設備に問題はなかった」と話した。", "小野三郎"),
        ("県議会の高木四郎議長は「審議を急ぐ」と述べた。", "高木四郎"),
    ],
)
def test_japanese_speaker_keeps_the_name_before_a_compound_title(text: str, speaker: str) -> None:
    assert quote_speakers(text, "ja") == [speaker]


def test_japanese_surname_and_compound_title_is_the_full_name_given_before() -> None:
    text = "県災害対策本部の森田健二本部長は「まだ連絡が取れない人が多い」と述べた。森田本部長は「救助を急ぐ」と語った。"
    assert quote_speakers(text, "ja") == ["森田健二", "森田健二"]


# --------------------------------------------------------------------------- Turkish months with a case ending


@pytest.mark.parametrize(
    "text, month",
    [
        ("Yıllık enflasyon şubatta yüzde 33,2 seviyesindeydi.", ("şubat", "2026-02")),
        ("Fabrika nisanda yeniden açılacak.", ("nisan", "2026-04")),
        ("Fiyatlar mayısın sonunda yeniden artacak.", ("mayıs", "2026-05")),
        ("İhracat temmuzdan itibaren yüzde 8 düştü.", ("temmuz", "2025-07")),
        ("Banka faizi Ocak'ta sabit tuttu.", ("Ocak", "2026-01")),
        ("Kurul Mart'ta toplandı.", ("Mart", "2026-03")),
    ],
)
def test_turkish_month_alone_with_a_case_ending_is_read(text: str, month: tuple[str, str]) -> None:
    from tests.helpers import resolved

    assert resolved("tr", text, "2026-03-14") == dict([month])


@pytest.mark.parametrize("text", ["İşçiler ocakta mahsur kaldı.", "Kur bir süre bu aralıkta kaldı."])
def test_turkish_month_words_that_are_common_nouns_take_no_bare_case_ending(text: str) -> None:
    from tests.helpers import resolved

    assert resolved("tr", text, "2026-03-14") == {}


# --------------------------------------------------------------------------- Japanese bounds written as verbs


@pytest.mark.parametrize(
    "bound",
    [
        "地震で200人を超える人がけがをした。",
        "けが人は200人を超えている。",
        "けが人は200人を上回った。",
        "けが人は250人に満たない。",
        "けが人は250人足らずだった。",
    ],
)
def test_japanese_count_bounded_by_a_verb_of_exceeding_allows_the_other_figure(bound: str) -> None:
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts("地震で230人がけがをした。", bound, "ja") == []


def test_japanese_count_bounded_the_other_way_still_conflicts() -> None:
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts("地震で230人がけがをした。", "けが人は250人を上回った。", "ja") == [
        ("number", {"a": [230.0], "b": [250.0], "unit": "人"})
    ]


# --------------------------------------------------------------------------- the day results were published


SUNDAY_VOTE_RU = ("ru", "Олег Савин набрал 52,4% голосов на выборах мэра Заречья, состоявшихся в воскресенье.")


@pytest.mark.parametrize(
    "published",
    [
        ("ru", "Олег Савин победил на выборах мэра Заречья с 52,4% голосов, по данным избиркома, опубликованным 13 марта."),
        ("uk", "Олег Савін переміг на виборах мера Заріччя з 52,4% голосів, за даними комісії, оприлюдненими в п'ятницю."),
        ("id", "Oleg Savin memenangi pemilihan wali kota Zarechye dengan 52,4% suara, menurut data yang dirilis pada Jumat."),
    ],
)
def test_day_results_were_published_is_no_event_day(published: tuple[str, str]) -> None:
    from tests.helpers import mixed_conflicts

    assert mixed_conflicts(published, SUNDAY_VOTE_RU) == []


def test_day_of_the_vote_itself_still_conflicts() -> None:
    from tests.helpers import mixed_conflicts

    other = ("ru", "Олег Савин победил на выборах мэра Заречья с 52,4% голосов 13 марта.")
    assert mixed_conflicts(other, SUNDAY_VOTE_RU) == [("date", {"a": ["2026-03-13"], "b": ["2026-03-08"]})]
