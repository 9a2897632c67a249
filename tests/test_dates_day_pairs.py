"""Two days of one month joined by "and" or "to", in the languages that write the day with a full stop
("14. und 15. März", "od 14. do 15. marca") and in Vietnamese and Hebrew: one range, not the second day alone."""

import pytest

import parallax
from parallax.records import Article


def _times(text: str, language: str) -> list[tuple[str, str | None]]:
    article = parallax.analyze([Article(id="t", text=text, language=language, published="2026-03-01")])[0]
    return [(t.text, t.value) for t in article.times]


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("de", "Der Gipfel findet am 14. und 15. März in Wien statt.", "14. und 15. März"),
        ("cs", "Summit se koná od 14. do 15. března ve Vídni.", "14. do 15. března"),
        ("sk", "Samit sa uskutoční 14. a 15. marca vo Viedni.", "14. a 15. marca"),
        ("sl", "Vrh bo potekal 14. in 15. marca na Dunaju.", "14. in 15. marca"),
        ("hr", "Samit će se održati 14. i 15. ožujka u Beču.", "14. i 15. ožujka"),
        ("da", "Topmødet finder sted den 14. og 15. marts i Wien.", "14. og 15. marts"),
        ("fi", "Huippukokous pidetään 14. ja 15. maaliskuuta Wienissä.", "14. ja 15. maaliskuuta"),
        ("vi", "Hội nghị diễn ra từ ngày 14 đến 15 tháng 3 tại Hà Nội.", "14 đến 15 tháng 3"),
        ("vi", "Hội nghị diễn ra ngày 14 và 15 tháng 3 tại Hà Nội.", "14 và 15 tháng 3"),
        ("he", "הפסגה תתקיים ב-14 וב-15 במרץ בווינה.", "14 וב-15 במרץ"),
        ("he", "הפסגה תתקיים בין 14 ל-15 במרץ בווינה.", "14 ל-15 במרץ"),
    ],
)
def test_two_days_of_one_month_are_one_range(language, text, span):
    assert (span, "2026-03-14/2026-03-15") in _times(text, language)


def test_a_day_with_a_full_stop_alone_is_still_one_day():
    assert _times("Der Gipfel findet am 15. März in Wien statt.", "de") == [("15. März", "2026-03-15")]
