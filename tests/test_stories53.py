"""Session stories53: a dateline's place in capitals ("NOVI SAD -") is the report's place, also once ingest has taken
the dateline out of the text; a Chinese lead's place without a word of rank ("在成都发生", "成都一家化工厂") is its
event place, and "北京时间" (Beijing time) is none; a place in kanji or hanzi and its Latin name ("大阪", "Osaka") are
one place across scripts; a weekday word after a given name the lexicon lacks ("Oytun Pazar", "Xaver Freitag") is a
name, not the event's day.

Invented articles only."""

from __future__ import annotations

import pytest

from parallax.records import Article


def _signals(text: str, language: str, **fields):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id="x", text=text, language=language, **fields))


def _conflict(a, b) -> bool:
    """Whether the place rule finds ``a`` (an article) and ``b`` (a one-article story) two events."""
    from parallax.stories.event_places import place_conflict

    return place_conflict(a.places, a.names, a.words, dict.fromkeys(b.places, 1), dict.fromkeys(b.names, 1), {b.language: dict.fromkeys(b.words, 1)})


# ------------------------------------------------------------------ 1. a dateline's place in capitals


@pytest.mark.parametrize(
    ("text", "language", "place", "not_places"),
    [
        ("NOVI SAD, Dec 5 (Reuters) - A fire at a chemical plant killed three people on Tuesday, police said.", "en", "novi", ()),
        ("NOVI SAD - Požar u fabrici hemikalija usmrtio je tri osobe u utorak, saopštila je policija.", "sr", "novi", ("united", "states")),
        ("SAN DIEGO (AP) - A fire at a warehouse killed three people on Tuesday, police said.", "en", "diego", ()),
        ("NEW YORK, Dec 5 (Reuters) - A fire at a warehouse killed three people on Tuesday.", "en", "york", ()),
    ],
)
def test_a_datelines_place_in_capitals_is_the_reports_place(text: str, language: str, place: str, not_places: tuple[str, ...]) -> None:
    sig = _signals(text, language)
    assert place in sig.places and not set(not_places) & set(sig.places + sig.names), (sig.places, sig.names)


def test_an_ingested_reports_dateline_is_its_place() -> None:
    from parallax.ingest.text import article_from_text

    article = article_from_text("Fire kills three at chemical plant\n\nNOVI SAD - A fire at a chemical plant killed three people on Tuesday, police said.\n", "a", "a.txt")
    article.language = "en"
    assert article.dateline and "NOVI SAD" not in article.text  # ingest took the dateline out of the text
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(article)
    assert {"novi", "sad"} <= set(sig.places), sig.places


def test_two_fires_datelined_in_two_cities_are_two_events() -> None:
    novi = _signals("NOVI SAD - A fire at a chemical plant killed three people on Tuesday, police said.", "en")
    nis = _signals("NIŠ - A fire at a chemical plant killed three people on Tuesday, police said.", "en")
    novi2 = _signals("A fire at a chemical plant in Novi Sad killed three people, police said.", "en")
    assert _conflict(novi, nis) and not _conflict(novi, novi2), (novi.places, nis.places, novi2.places)


# ------------------------------------------------------------------ 2. Chinese places without a word of rank


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        ("12月5日在成都发生一起火灾，造成3人死亡。", "成都", ()),
        ("成都一家化工厂5日凌晨发生火灾，造成3人死亡。", "成都", ()),
        ("北京时间12月5日，土耳其东部发生6.1级地震，造成3人死亡。", "土耳其", ("北京",)),
        ("北京时间12月5日，一家化工厂发生火灾，造成3人死亡。", None, ("北京", "京时")),
    ],
)
def test_a_chinese_place_without_a_word_of_rank_is_the_event_place(text: str, place: str | None, not_places: tuple[str, ...]) -> None:
    sig = _signals(text, "zh")
    assert (place is None or place in sig.places) and not set(not_places) & set(sig.places), sig.places


def test_two_fires_in_two_chinese_cities_without_rank_words_are_two_events() -> None:
    chengdu = _signals("12月5日在成都发生一起化工厂火灾，造成3人死亡、8人受伤。", "zh")
    wuhan = _signals("12月5日在武汉发生一起化工厂火灾，造成3人死亡、8人受伤。", "zh")
    assert _conflict(chengdu, wuhan), (chengdu.places, wuhan.places)


# ------------------------------------------------------------------ 3. one place across scripts


def test_osaka_in_kanji_and_in_latin_letters_is_one_place() -> None:
    ja = _signals("大阪市で化学工場の火災が発生し、3人が死亡した。", "ja")
    en = _signals("A fire at a chemical plant in Osaka killed three people on Tuesday.", "en")
    kobe = _signals("A fire at a chemical plant in Kobe killed three people on Tuesday.", "en")
    assert not _conflict(ja, en) and not _conflict(en, ja), (ja.places, en.places)
    assert _conflict(ja, kobe) and _conflict(kobe, ja), (ja.places, kobe.places)


def test_chengdu_in_hanzi_and_in_pinyin_is_one_place() -> None:
    zh = _signals("四川省成都市一家化工厂发生火灾，造成3人死亡。", "zh")
    en = _signals("A fire at a chemical plant in Chengdu killed three people.", "en")
    assert "成都" in zh.places and not _conflict(zh, en) and not _conflict(en, zh), (zh.places, en.places)


# ------------------------------------------------------------------ 4. a weekday word after an unknown given name


@pytest.mark.parametrize(
    ("text", "language", "name", "day"),
    [
        ("Futbolcu Oytun Pazar Salı günü İzmir'de gözaltına alındı.", "tr", "pazar", "1"),
        ("Der Kabarettist Xaver Freitag trat am Dienstag in Wien auf.", "de", "freitag", "1"),
        ("Pemain Andika Minggu ditangkap polisi di Jakarta pada Selasa.", "id", "minggu", "1"),
    ],
)
def test_a_weekday_word_after_an_unknown_given_name_is_a_name(text: str, language: str, name: str, day: str) -> None:
    sig = _signals(text, language)
    assert name in sig.names and sig.days == (day,), (sig.names, sig.days)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Cumhurbaşkanı Erdoğan Salı günü Ankara'da konuştu.", "tr", "1"),
        ("Ein Feuer brach in Berlin am Dienstag aus, sagte die Polizei.", "de", "1"),
        ("Kebakaran terjadi di Bekasi Selasa (5/12) pagi, kata polisi.", "id", "1"),
        ("A fire broke out in Vienna on Tuesday, police said.", "en", "1"),
    ],
)
def test_a_weekday_after_a_name_or_place_that_dates_the_event_stays_a_day(text: str, language: str, day: str) -> None:
    sig = _signals(text, language)
    assert sig.days == (day,), (sig.names, sig.days)
