"""Word choices in Chinese and Japanese, whose words are cut from runs without spaces (analyze.segment)."""

import parallax
from parallax.analyze.segment import segments
from parallax.records import Article
from tests.helpers import shown


def _choices(a: str, b: str, language: str) -> list[tuple[str, str]]:
    arts = [Article(id="a", text=a, language=language, published="2026-03-14", outlet="A"),
            Article(id="b", text=b, language=language, published="2026-03-14", outlet="B")]
    return [(shown(c)["a"], shown(c)["b"]) for c in parallax.compare(arts).to_dict()["word_choices"]]


def test_chinese_militants_or_terrorists_is_a_choice_of_words():
    a = "周二，武装分子在喀布尔市中心发动袭击，造成至少12人死亡。"
    b = "周二，恐怖分子在喀布尔市中心发动袭击，造成至少12人死亡。"
    assert _choices(a, b, "zh") == [("武装分子", "恐怖分子")]


def test_japanese_arrested_or_detained_is_a_choice_of_words():
    a = "警察によると、容疑者は現場で逮捕された。"
    b = "警察によると、容疑者は現場で拘束された。"
    assert _choices(a, b, "ja") == [("逮捕", "拘束")]


def test_the_same_sentence_has_no_choice():
    a = "警察によると、容疑者は現場で逮捕された。"
    assert _choices(a, a + "市長は警備を強化すると述べた。", "ja") == []


def test_segments_cover_the_run_and_other_unspaced_scripts_stay_whole():
    run = "反政府勢力をテロリストと呼んだ"
    cuts = segments(run, "ja")
    assert cuts[0][0] == 0 and cuts[-1][1] == len(run) and len(cuts) > 3
    zh = "武装分子发动袭击"
    assert [zh[a:b] for a, b in segments(zh, "zh")] == ["武装", "分子", "发动", "袭击"]
    assert segments("ตำรวจจับกุมผู้ต้องสงสัย", "th") == [(0, len("ตำรวจจับกุมผู้ต้องสงสัย"))]
