"""Chinese (and Japanese) counted nouns past their classifier, their kinds across languages, tolls, and
English and Chinese sentences that meet by a name heard in pinyin (invented reports throughout)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from parallax.analyze.quantities import find_quantities
from parallax.analyze.quantities.cjk_nouns import cjk_noun
from parallax.compare.count_nouns import counted
from parallax.compare.heard_anchors import heard_anchors
from parallax.compare.noun_kinds import kind_of
from parallax.compare.roles import role
from parallax.records import Article, Sentence
from tests.helpers import shown


def _units(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the noun after the classifier
        ("事故中3名警察受伤。", "zh", [(3.0, "警察")]),
        ("警方逮捕了27名抗议者。", "zh", [(27.0, "抗议者")]),
        ("1500多名示威者在广场聚集。", "zh", [(1500.0, "示威者")]),
        ("机场取消了30个航班，200所学校停课。", "zh", [(30.0, "航班"), (200.0, "学校")]),
        ("大火烧毁了120栋房屋，3家医院受损。", "zh", [(120.0, "房屋"), (3.0, "医院")]),
        ("约3万名士兵参加演习。", "zh", [(30000.0, "士兵")]),
        ("另有八名乘客受伤。", "zh", [(8.0, "乘客")]),
        # the head of a compound is its last word: riot police are police, a police station is none
        ("3名防暴警察在现场。", "zh", [(3.0, "警察")]),
        # a noun that is its own counter, and 人 itself
        ("执政党获得41席。", "zh", [(41.0, "席")]),
        ("在野党赢得41个席位。", "zh", [(41.0, "席位")]),
        ("洪水迫使300户居民撤离。", "zh", [(300.0, "户")]),
        ("造成12人死亡。", "zh", [(12.0, "人")]),
        ("与党は41議席を獲得した。", "ja", [(41.0, "議席")]),
        ("約1万世帯が停電し、30便が欠航した。", "ja", [(10000.0, "世帯"), (30.0, "便")]),
        ("3人が死亡した。", "ja", [(3.0, "人")]),
    ],
)
def test_the_counted_noun_past_the_classifier(text, lang, found):
    assert _units(text, lang) == found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("12名男子被警察逮捕。", "名"),  # a noun it does not know keeps the classifier: no later noun is taken
        ("5名在场的警察。", "名"),  # a clause between: no noun is guessed
        ("另有十二名消防员受伤。", "名"),
        ("3位专家出席。", "位"),
        ("5架飞机。", "架"),
    ],
)
def test_a_noun_it_does_not_know_stays_under_its_classifier(text, unit):
    assert _units(text, "zh")[0][1] == unit


def test_a_police_station_is_no_police():
    assert _units("市内5个警察局", "zh")[0][1] != "警察"
    assert cjk_noun("个警察局", "zh") is None


def test_a_chinese_reading_is_no_japanese_one():
    assert cjk_noun("便宜", "zh") is None  # Chinese 便 alone counts no flights
    assert cjk_noun("便が欠航", "ja") == "便"
    assert cjk_noun("名警察", "ko") is None


@pytest.mark.parametrize(
    ("unit", "kind"),
    [("警察", "police"), ("警察官", "police"), ("抗议者", "protester"), ("示威者", "protester"), ("士兵", "soldier"),
     ("席", "seat"), ("议席", "seat"), ("議席", "seat"), ("航班", "flight"), ("便", "flight"), ("户", "dwelling"),
     ("世帯", "dwelling"), ("居民", "resident"), ("学校", "school"), ("议员", "legislator"), ("选民", "voter")],
)  # fmt: skip
def test_chinese_and_japanese_nouns_have_kinds(unit, kind):
    assert kind_of(unit) == kind
    assert counted(unit, None) == kind


def test_counters_of_people_still_count_people():
    assert counted("名", "injured") == counted("人", "dead") == "people"
    assert kind_of("名") is None and kind_of("警察局") is None


def _q(text: str, lang: str = "zh"):
    return find_quantities(text, lang, [])[0]


@pytest.mark.parametrize(
    ("text", "what"),
    [("事故造成12人死亡。", "dead"), ("已有12人遇难。", "dead"), ("至少7人受伤。", "injured"), ("3名警察受伤。", "injured"),
     ("警方逮捕了27名抗议者。", "arrested"), ("1500多名示威者聚集。", "crowd")],
)  # fmt: skip
def test_chinese_tolls(text, what):
    assert role(text, _q(text)) == what


def _art(aid: str, text: str, lang: str, sentences: list[tuple[int, int]], quantities=()) -> Article:
    art = Article(id=aid, text=text, language=lang, outlet=aid, published="2026-05-04")
    art.sentences = [Sentence(s, e, text[s:e]) for s, e in sentences]
    art.quantities = list(quantities)
    return art


def test_a_name_is_heard_in_pinyin_across_scripts():
    en = _art("en", "Its leader, Zhou Minghui, spoke. Rain fell.", "en", [(0, 32), (33, 43)])
    zh = _art("zh", "下雨了。该党领导人周明辉讲话。", "zh", [(0, 4), (4, 15)])
    heard = heard_anchors(en, zh, [{"zhou minghui"}, set()], [set(), set()])
    assert heard.tolist() == [[0.0, 1.0], [0.0, 0.0]]
    # a name too short to tell, or another name, is not heard
    assert not heard_anchors(en, zh, [{"zhou"}, {"zhang wei"}], [set(), set()]).any()
    # two reports in one script: names compare as written, nothing is added
    assert not heard_anchors(en, en, [{"zhou minghui"}, set()], [{"zhou minghui"}, set()]).any()


def test_a_count_of_one_kind_is_half_an_anchor_across_scripts():
    en_text, zh_text = "The party won 41 seats.", "执政党获得43席。"
    en = _art("en", en_text, "en", [(0, len(en_text))], find_quantities(en_text, "en", []))
    zh = _art("zh", zh_text, "zh", [(0, len(zh_text))], find_quantities(zh_text, "zh", []))
    assert np.allclose(heard_anchors(en, zh, [set()], [set()]), [[0.5]])


_EN = (
    "A fire at a chemical plant in the port city of Lianyungang killed 12 people on Monday, officials said.\n\n"
    "Three police officers were injured while evacuating nearby residents.\n\n"
    "Its leader, Zhou Minghui, called the outcome a turning point for the region.\n\n"
    "In local elections last month, the ruling party won 41 seats in the city council."
)
_ZH = (
    "连云港一家化工厂周一发生火灾，造成14人死亡，官员表示。\n\n"
    "3名警察在疏散附近居民时受伤。\n\n"
    "该党领导人周明辉称，这一结果是该地区的转折点。\n\n"
    "在上个月的地方选举中，执政党在市议会赢得43席。"
)
_ZH2 = (
    "连云港一家化工厂周一起火，事故已造成12人遇难。\n\n"
    "另有5名警察在疏散居民时受伤。\n\n"
    "警方周二在工厂外拘留了30名示威者，此前逮捕了27名抗议者。\n\n"
    "执政党在上月的地方选举中获得41个席位。"
)


def _compare_cli(tmp_path, reports: list[tuple[str, str, str]]) -> dict:
    src = tmp_path / "story.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for aid, lang, text in reports:
            fh.write(json.dumps({"id": aid, "outlet": aid.upper(), "language": lang, "published": "2026-05-04", "text": text}) + "\n")
    out = tmp_path / "c.json"
    r = subprocess.run([sys.executable, "-m", "parallax", "compare", str(src), "-o", str(out)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text("utf-8"))


def _conflicts(report: dict) -> dict[tuple, tuple]:
    """(the values each article gives, in article order) -> the unit(s) of each number conflict."""
    out = {}
    for fact in report["facts"]:
        for c in fact["conflicts"]:
            if c["kind"] == "number":
                values = shown(c)
                units = values.get("units") or values.get("unit")
                out[tuple(v[0] for k, v in values.items() if k not in ("unit", "units"))] = units
    return out


@pytest.mark.slow
def test_an_english_and_a_chinese_report_disagree_on_the_toll_and_the_seats(tmp_path):
    report = _compare_cli(tmp_path, [("en", "en", _EN), ("zh", "zh", _ZH)])
    found = _conflicts(report)
    assert (12.0, 14.0) in found  # the toll: 12 people / 14人死亡
    assert found.get((41.0, 43.0)) == "seat"  # 41 seats / 43席
    assert not any(3.0 in values for values in found)  # three police officers / 3名警察 agree
    shared = [{s["article"]: s["sentence"] for s in f["sentences"]} for f in report["facts"] if len(f["sentences"]) == 2]
    assert {"en": 2, "zh": 2} in shared  # "Zhou Minghui" / "周明辉": one fact, by the name heard in pinyin


@pytest.mark.slow
def test_two_chinese_outlets_disagree_under_the_counted_noun(tmp_path):
    report = _compare_cli(tmp_path, [("a", "zh", _ZH), ("b", "zh", _ZH2)])
    found = _conflicts(report)
    assert (14.0, 12.0) in found  # 14人死亡 / 12人遇难
    assert found.get((3.0, 5.0)) == "police"  # 3名警察 / 5名警察
    assert found.get((43.0, 41.0)) == "seat"  # 43席 / 41个席位


def test_a_name_is_heard_in_its_japanese_reading():
    en = _art("en", "Kenichi Yamada resigned.", "en", [(0, 24)])
    ja = _art("ja", "山田健一氏が辞任した。", "ja", [(0, 11)])
    assert heard_anchors(ja, en, [set()], [{"kenichi yamada"}]).tolist() == [[1.0]]
