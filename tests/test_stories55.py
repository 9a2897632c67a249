"""Session stories55: story grouping across scripts.

* One event told in Persian, English and Arabic, among other disasters of the same hour in Urdu and Bengali, is one
  story in every stream order (a Persian report that came after the English one read it against its nearest rival,
  the Urdu story in its own script, and stayed alone).
* Chinese, Japanese and Korean are inside the gate of joins across scripts: a Chinese fire in one city and an
  English fire in another, published within the hour, are two stories; one fire told in Chinese ("达卡", Dhaka),
  Korean ("서울의", in Seoul) or Japanese and in English is one, and a place run into a longer word of
  transliteration ("西伯利亚克麦罗沃州") is read inside it.
* A place the place table does not know, in a lead written in Arabic letters ("کوئٹہ میں", in Quetta), is heard
  among its words when the other side's Latin lead names it, and confirms a join across scripts.

Invented articles only."""

from __future__ import annotations

import itertools

import pytest

from parallax.records import Article


def _articles(rows: list[tuple[str, str, str, str, str]]) -> list[Article]:
    return [Article(id=i, language=lang, published=p, title=t, text=x, outlet=f"outlet-{i}") for i, lang, p, t, x in rows]


def _groups(articles: list[Article], vectors=None) -> frozenset[frozenset[str]]:
    from parallax.stories import cluster_articles

    return frozenset(frozenset(s["articles"]) for s in cluster_articles(articles, vectors=vectors).stories)


def _vectors(articles: list[Article]) -> dict:
    from parallax.embed import get_embedder
    from parallax.stories.features import lead_text

    return dict(zip((a.id for a in articles), get_embedder("e5").embed([lead_text(a) for a in articles]), strict=True))


def _partitions(rows: list[tuple[str, str, str, str, str]]) -> dict[frozenset[frozenset[str]], list[str]]:
    """Each partition the stream gives in some order of ``rows`` (the publication times kept in place, the articles
    permuted over them), with one order that gives it."""
    vectors = _vectors(_articles(rows))
    times = [p for _, _, p, _, _ in rows]
    seen: dict[frozenset[frozenset[str]], list[str]] = {}
    for order in itertools.permutations(rows):
        moved = [(i, lang, t, title, x) for (i, lang, _, title, x), t in zip(order, times, strict=True)]
        seen.setdefault(_groups(_articles(moved), vectors), [i for i, *_ in order])
    return seen


# ------------------------------------------------------------------ 1. one partition in every order

TABRIZ = [
    ("quake-fa", "fa", "2026-11-10T05:05:00Z", "زمین‌لرزه در تبریز ۹ کشته برجای گذاشت",
     "زمین‌لرزه‌ای صبح سه‌شنبه استان آذربایجان شرقی را لرزاند و در تبریز دست‌کم ۹ نفر جان باختند و ده‌ها نفر زخمی شدند. "
     "تیم‌های امداد به منطقه اعزام شدند."),
    ("fire-ur", "ur", "2026-11-10T05:15:00Z", "لاہور میں فیکٹری میں آگ، ۹ مزدور ہلاک",
     "لاہور میں منگل کی صبح ایک فیکٹری میں آگ لگنے سے کم از کم ۹ مزدور ہلاک اور کئی زخمی ہو گئے۔ فائر بریگیڈ کی گاڑیاں موقع "
     "پر پہنچ گئیں۔"),
    ("bus-bn", "bn", "2026-11-10T05:25:00Z", "চট্টগ্রামে বাস দুর্ঘটনায় ৯ জন নিহত",
     "চট্টগ্রামে মঙ্গলবার সকালে একটি বাস খাদে পড়ে অন্তত ৯ জন নিহত এবং অনেকে আহত হয়েছেন। পুলিশ ঘটনাস্থলে পৌঁছেছে।"),
    ("quake-en", "en", "2026-11-10T05:35:00Z", "Earthquake in Tabriz kills 9 in northwestern Iran",
     "A magnitude 5.8 earthquake shook East Azerbaijan province on Tuesday morning, killing at least 9 people in Tabriz "
     "and injuring dozens, state media reported."),
    ("quake-ar", "ar", "2026-11-10T05:45:00Z", "مقتل 9 أشخاص في زلزال بمدينة تبريز",
     "لقي 9 أشخاص على الأقل حتفهم صباح الثلاثاء في زلزال بقوة 5.8 درجات ضرب مدينة تبريز شمال غربي إيران، بحسب وسائل "
     "إعلام رسمية."),
]  # fmt: skip


def test_a_quake_in_three_scripts_among_other_disasters_is_one_story_in_every_order() -> None:
    partitions = _partitions(TABRIZ)
    expected = frozenset({frozenset({"quake-fa", "quake-en", "quake-ar"}), frozenset({"fire-ur"}), frozenset({"bus-bn"})})
    assert set(partitions) == {expected}, {tuple(sorted(map(sorted, g))): order for g, order in partitions.items()}



# ------------------------------------------------------------------ 2. Chinese, Japanese and Korean inside the gate

_DHAKA_EN = ("fire-en", "en", "2026-10-03T02:25:00Z", "Factory fire in Dhaka kills 12",
             "A fire swept through a garment factory in Dhaka on Saturday morning, killing at least 12 workers and "
             "injuring dozens, the fire service said. Rescue work is going on.")  # fmt: skip


def _english(city: str) -> tuple[str, str, str, str, str]:
    i, lang, p, title, text = _DHAKA_EN
    return i, lang, p, title.replace("Dhaka", city), text.replace("Dhaka", city)


FIRE_ZH_CHONGQING = ("fire-zh", "zh", "2026-10-03T02:05:00Z", "重庆一家工厂发生火灾 12人死亡",
                     "3日上午，重庆市一家服装厂发生火灾，造成至少12名工人死亡、数十人受伤，消防部门正在救援。")
FIRE_ZH_DHAKA = ("fire-zh", "zh", "2026-10-03T02:05:00Z", "达卡一家工厂发生火灾 12人死亡",
                 "据当地消防部门消息，孟加拉国首都达卡一家服装厂3日上午发生火灾，造成至少12名工人死亡、数十人受伤。")
FIRE_JA_OSAKA = ("fire-ja", "ja", "2026-10-03T02:05:00Z", "大阪の工場で火災、12人死亡",
                 "3日午前、大阪市の縫製工場で火災が発生し、従業員少なくとも12人が死亡、数十人がけがをした。消防が消火にあたっている。")
FIRE_KO_SEOUL = ("fire-ko", "ko", "2026-10-03T02:05:00Z", "서울 공장 화재로 12명 사망",
                 "3일 오전 서울의 한 의류 공장에서 불이 나 노동자 최소 12명이 숨지고 수십 명이 다쳤다고 소방 당국이 밝혔다.")


@pytest.mark.parametrize(
    "first",
    [pytest.param(FIRE_ZH_CHONGQING, id="zh-chongqing"), pytest.param(FIRE_JA_OSAKA, id="ja-osaka")],
)
def test_a_fire_in_another_city_told_in_chinese_or_japanese_stays_apart(first) -> None:
    groups = _groups(_articles([first, _DHAKA_EN]))
    assert groups == {frozenset({first[0]}), frozenset({"fire-en"})}, groups


@pytest.mark.parametrize(
    ("first", "city"),
    [
        pytest.param(FIRE_ZH_DHAKA, "Dhaka", id="zh-dhaka"),
        pytest.param(FIRE_JA_OSAKA, "Osaka", id="ja-osaka"),
        pytest.param(FIRE_KO_SEOUL, "Seoul", id="ko-seoul"),
    ],
)
def test_one_fire_told_in_chinese_japanese_or_korean_and_english_is_one_story(first, city: str) -> None:
    groups = _groups(_articles([first, _english(city)]))
    assert groups == {frozenset({first[0], "fire-en"})}, groups


def test_a_latin_place_is_read_inside_a_run_of_transliteration() -> None:
    from parallax.stories.cjk_place_reading import read_in_runs

    words = ["西伯利亚克麦罗沃", "亚克麦罗沃"]  # the run as a Chinese report's words give it (Siberia's Kemerovo)
    assert read_in_runs("kemerovo", words)
    assert not read_in_runs("karaganda", words) and not read_in_runs("kemerovo", ["煤矿", "坍塌"])


def test_a_korean_place_is_read_without_its_particle() -> None:
    from parallax.stories.cjk_place_reading import korean_places

    assert korean_places(["3일 오전 서울의 한 공장에서 불이 났다."]) == ("seoul",)
    assert korean_places(["국회는 3일 본회의를 열어 예산안을 통과시켰다."]) == ()



# ------------------------------------------------------------------ 3. places the table does not know


def _unconfirmed(article: tuple[str, str], story: tuple[str, str]) -> bool:
    """Whether the gate of joins across scripts finds nothing joining ``article`` to a one-article story of ``story``
    ((text, language) each)."""
    from parallax.stories.features import signals_without_vector
    from parallax.stories.script_evidence import unconfirmed

    a, b = (signals_without_vector(Article(id=f"x{k}", text=t, language=lang)) for k, (t, lang) in enumerate((article, story)))
    one = dict.fromkeys
    return unconfirmed(a, 0.0, one(b.places, 1), one(b.names, 1), {b.language: one(b.words, 1)}, one(b.numbers, 1))


_QUETTA_UR = ("کوئٹہ میں ہفتے کی صبح ایک بس حادثے میں کم از کم سات افراد ہلاک ہو گئے۔", "ur")
_KERMAN_FA = ("زلزله‌ای صبح شنبه در کرمان دست‌کم هفت کشته برجای گذاشت.", "fa")


@pytest.mark.parametrize(
    ("uncased", "place", "elsewhere"),
    [pytest.param(_QUETTA_UR, "Quetta", "Multan", id="ur-quetta"), pytest.param(_KERMAN_FA, "Kerman", "Sirjan", id="fa-kerman")],
)
def test_a_place_the_table_does_not_know_is_heard_in_the_words_of_a_lead_without_capitals(uncased, place, elsewhere) -> None:
    english = (f"A disaster in {place} killed seven people on Saturday morning, officials said.", "en")
    other = (english[0].replace(place, elsewhere), "en")
    assert not _unconfirmed(english, uncased) and not _unconfirmed(uncased, english)
    assert _unconfirmed(other, uncased) and _unconfirmed(uncased, other)


def test_a_heard_place_needs_its_consonants_in_order() -> None:
    from parallax.stories.uncased_places import heard_place

    assert heard_place("quetta", ["کويٹہ"], "ur") and heard_place("kerman", ["کرمان"], "fa")
    assert not heard_place("kerman", ["کمران"], "fa") and not heard_place("quetta", ["کٹوتی"], "ur")


# ------------------------------------------------------------------ 4. features.py split by concern

MOVED_TO_ARTICLE_TEXT = [
    "LEAD_CHARS", "MAX_WORD_TOKENS", "_URLISH", "_SENT_END", "_WORD", "_UNSPACED_RUN", "_KATAKANA", "_KATAKANA_WORD",
    "_KANJI_RUN", "is_urlish", "sentences_of", "lead_text", "lead_parts", "_serbian", "stop_words", "content_words",
    "time_marks",
]  # fmt: skip


def test_the_text_readings_moved_out_of_features_keep_their_old_home() -> None:
    from parallax.stories import article_text, features

    for name in MOVED_TO_ARTICLE_TEXT:
        assert getattr(features, name) is getattr(article_text, name), name
