"""Session stories52: ``cluster_articles(...).near_duplicates`` counts a copy's figures; a weekday word that is a
name after a given name ("Plácido Domingo", Turkish "Mehmet Pazar") is a name, not the event's day; Indonesian and
Malay "sebelah timur" (east of) places a landmark; Bosnian, Croatian and Serbian "SAD" is the United States; a
Japanese or Chinese lead's place written in kanji or hanzi before 市/省/県 or a particle of place is its event place.

Invented articles only."""

from __future__ import annotations

import pytest

from parallax.config import Options
from parallax.records import Article


def _signals(text: str, language: str):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id="x", text=text, language=language))


# ------------------------------------------------------------------ 1. near_duplicates counts the figures

WIRE = ("A car bomb exploded near a police station in the northern city of Kirkuk on Monday, killing 12 people and "
        "wounding 30 others, police said. The blast destroyed several shops and set cars on fire. No group claimed "
        "responsibility for the attack, which came a day after officials announced new security measures in the city.")  # fmt: skip


def _near_duplicates(*texts: tuple[str, str]) -> list[dict]:
    from parallax.stories import cluster_articles

    articles = [Article(id=i, text=t, language="en", published="2026-11-30", outlet=i) for i, t in texts]
    return cluster_articles(articles, Options(embedder="hashing")).near_duplicates


def test_a_copy_with_a_changed_figure_is_not_shown_as_identical() -> None:
    (group,) = _near_duplicates(("a-wire", WIRE), ("b-copy", WIRE.replace("killing 12 people", "killing 14 people")))
    assert group["articles"] == ["a-wire", "b-copy"], group
    assert 0.5 < group["similarity"] < 1.0 and 0.5 < group["similarities"]["b-copy"] < 1.0, group
    assert group["figures_only"] == {"b-copy": True}, group


def test_a_word_for_word_copy_still_reads_as_identical() -> None:
    (group,) = _near_duplicates(("a-wire", WIRE), ("b-copy", WIRE))
    assert group["similarity"] == 1.0 and group["figures_only"] == {"b-copy": False}, group


def test_the_near_duplicates_of_a_run_match_the_schema() -> None:
    import json
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("parallax.stories").joinpath("stories.schema.json").read_text(encoding="utf-8"))
    from parallax.stories import cluster_articles

    articles = [Article(id=i, text=t, language="en", published="2026-11-30", outlet=i)
                for i, t in (("a-wire", WIRE), ("b-copy", WIRE.replace("12", "14")))]  # fmt: skip
    jsonschema.validate(cluster_articles(articles, Options(embedder="hashing")).to_dict(), schema)


# ------------------------------------------------------------------ 2. a weekday word that is a name


@pytest.mark.parametrize(
    ("text", "language", "name", "day"),
    [
        ("El tenor Plácido Domingo cantó el sábado en Madrid ante miles de personas.", "es", "domingo", "5"),
        ("Tenor Plácido Domingo sang in Vienna on Tuesday night.", "en", "domingo", "1"),
        ("Ünlü iş insanı Mehmet Pazar Salı günü İzmir'de gözaltına alındı.", "tr", "pazar", "1"),
    ],
)
def test_a_weekday_word_after_a_given_name_is_a_name_not_the_day(text: str, language: str, name: str, day: str) -> None:
    sig = _signals(text, language)
    assert name in sig.names and sig.days == (day,), (sig.names, sig.days)


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        ("Yangın Pazar sabahı İzmir'deki bir fabrikada çıktı, dedi Valilik.", "tr", "pazar", "6"),
        ("Kebakaran melanda sebuah pabrik di Bekasi pada Selasa pagi, kata polisi Jakarta.", "id", "selasa", "1"),
    ],
)
def test_a_weekday_not_after_a_given_name_stays_a_day(text: str, language: str, word: str, day: str) -> None:
    sig = _signals(text, language)
    assert word not in sig.names and sig.days == (day,), (sig.names, sig.days)


# ------------------------------------------------------------------ 3. "sebelah timur", "SAD"


@pytest.mark.parametrize(
    ("text", "language", "place", "landmark"),
    [
        ("Kebakaran melanda pabrik di Cikarang, sebelah timur Jakarta, pada Selasa.", "id", "cikarang", "jakarta"),
        ("Kebakaran melanda kilang di Klang, sebelah barat Kuala Lumpur, pada hari Khamis.", "ms", "klang", "kuala"),
        ("Banjir terjadi di Bogor, di sebelah selatan dari Jakarta, pada Senin.", "id", "bogor", "jakarta"),
    ],
)
def test_a_place_east_of_a_city_in_indonesian_is_a_landmark(text: str, language: str, place: str, landmark: str) -> None:
    sig = _signals(text, language)
    assert place in sig.places and landmark not in sig.places, sig.places


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pucnjava u SAD-u: ubijeno pet osoba u jednoj školi.", "hr"),
        ("Napad u SAD: ubijene tri osobe u školi.", "bs"),
        ("Пуцњава у САД, убијено пет особа.", "sr"),
    ],
)
def test_sad_in_capitals_is_the_united_states(text: str, language: str) -> None:
    sig = _signals(text, language)
    assert "united" in sig.places and "states" in sig.names, (sig.names, sig.places)


def test_sad_of_novi_sad_is_no_united_states() -> None:
    sig = _signals("Poplava u gradu Novi Sad, evakuisano 300 ljudi.", "sr")
    assert "united" not in sig.places and "states" not in sig.names, (sig.names, sig.places)


def test_a_shooting_in_the_us_in_croatian_and_english_shares_its_place() -> None:
    from parallax.stories.event_places import place_conflict

    hr = _signals("Pucnjava u SAD-u: ubijeno pet osoba u jednoj školi.", "hr")
    en = _signals("Five killed in a school shooting in the United States.", "en")
    assert not place_conflict(hr.places, hr.names, hr.words, dict.fromkeys(en.places, 1), dict.fromkeys(en.names, 1), {"en": dict.fromkeys(en.words, 1)})


# ------------------------------------------------------------------ 4. places in kanji and hanzi


@pytest.mark.parametrize(
    ("text", "language", "place", "not_places"),
    [
        ("大阪市で火災が発生し、3人が死亡した。", "ja", "大阪", ()),
        ("福岡県の工場で爆発があり、2人がけがをした。", "ja", "福岡", ()),
        ("北京市朝阳区一栋居民楼发生火灾，造成3人死亡。", "zh", "北京", ()),
        ("四川省发生6.1级地震，造成3人死亡。", "zh", "四川", ()),
        ("警方称，广东省深圳市一处市场发生爆炸，3人死亡。", "zh", "深圳", ("警方", "一处")),
        ("该公司上市后，股市大涨。", "zh", None, ("公司上", "股")),
    ],
)
def test_a_kanji_or_hanzi_place_in_the_lead_is_its_event_place(text: str, language: str, place: str | None, not_places: tuple[str, ...]) -> None:
    sig = _signals(text, language)
    assert (place is None or place in sig.places) and not set(not_places) & set(sig.places), sig.places


FIRES = [
    ("a-zh", "zh", "2026-09-03T04:00:00Z", "重庆市一工厂发生火灾 5人死亡",
     "重庆市一家化工厂3日凌晨发生火灾，造成5人死亡、12人受伤。消防部门出动40辆消防车，火势于清晨被扑灭，起火原因正在调查中。"),
    ("a-zh2", "zh", "2026-09-03T05:00:00Z", "重庆化工厂火灾致5死12伤",
     "据当地消防部门消息，重庆市一家化工厂3日凌晨发生火灾，已造成5人死亡、12人受伤，火势已被扑灭，起火原因正在调查。"),
    ("b-zh", "zh", "2026-09-03T06:00:00Z", "广州市一工厂发生火灾 3人死亡",
     "广州市一家化工厂3日凌晨发生火灾，造成3人死亡、8人受伤。消防部门出动30辆消防车，火势于清晨被扑灭，起火原因正在调查中。"),
]  # fmt: skip


def test_two_fires_in_two_chinese_cities_are_two_stories() -> None:
    from parallax.stories import cluster_articles

    articles = [Article(id=i, language=lang, published=p, title=t, text=x, outlet=f"outlet-{i}") for i, lang, p, t, x in FIRES]
    groups = {frozenset(s["articles"]) for s in cluster_articles(articles).stories}
    assert groups == {frozenset({"a-zh", "a-zh2"}), frozenset({"b-zh"})}, groups
