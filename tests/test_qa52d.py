"""Session 52, helper qa52d: Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian, Malay, Tagalog, Swahili and
Turkish reports: the session's known leftovers and the sets' findings (each fix has a test below with an invented
sentence)."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _art(text: str, lang: str, published: str = "2026-12-04T10:00:00+00:00") -> Article:
    return parallax.analyze([Article(id="t", text=text, language=lang, published=published)])[0]


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in _art(text, lang).quotes]


def _times(text: str, lang: str, published: str = "2026-12-04T10:00:00+00:00") -> dict[str, str | None]:
    return {t.text: t.value for t in _art(text, lang, published).times}


def test_chinese_speaker_stops_before_the_date_written_after_it() -> None:
    # Chinese writes the day between the subject and the verb of saying ("王部长18日表示"): the day, the part of the day
    # and the place after it are when and where he spoke, no part of the speaker (it gave "王部长18日")
    assert _speakers("王部长18日表示：“我们将全力救援。”", "zh") == ["王部长"]
    assert _speakers("王部长18日表示，救援工作仍在进行。", "zh") == ["王部长"]
    assert _speakers("外交部发言人毛宁18日表示，中方对此表示关切。", "zh") == ["毛宁"]
    assert _speakers("王部长3月18日上午在记者会上表示：“我们将全力救援。”", "zh") == ["王部长"]


def test_korean_day_of_the_month_of_a_past_saying_is_in_the_past() -> None:
    # "김 장관은 18일 … 말했다" (the minister said on the 18th), out on 4 December: the 18th he spoke on is 18 November,
    # as Chinese "18日表示" and Japanese "18日、…と述べた" already read
    assert _times('김 장관은 18일 "최선을 다하겠다"고 말했다.', "ko")["18일"] == "2026-11-18"
