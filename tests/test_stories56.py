"""Session stories56: story grouping across scripts.

* Figures in the digits of other scripts (Persian "۱٬۸۰۰", Arabic-Indic "١٤", Devanagari "२०२४") are the ASCII
  figures for every reading of grouping: the counts that are no years, the words of a text, its years.
* A Thai lead runs the word of place onto the name ("ที่เชียงใหม่", at Chiang Mai): the name is read after it,
  against the Latin place of the other side.
* A place of two consonants in Arabic letters ("قم", Qom) is a place after a noun of place ("مدينة قم") and is heard
  after a preposition of place ("در قم") when the other side's lead names it.

Invented articles only."""

from __future__ import annotations

import pytest

from parallax.records import Article


def _signals(text: str, language: str, **fields):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id="x", text=text, language=language, **fields))


def _story(sig) -> tuple[dict, dict, dict, dict]:
    """A one-article story's places, names, words by language and figures, as the gates read them."""
    return (dict.fromkeys(sig.places, 1), dict.fromkeys(sig.names, 1), {sig.language: dict.fromkeys(sig.words, 1)},
            dict.fromkeys(sig.numbers, 1))  # fmt: skip


def _unconfirmed(article, story) -> bool:
    """Whether the gate across scripts finds nothing but the cosines joining ``article`` to ``story``'s one report."""
    from parallax.stories.script_evidence import unconfirmed

    return unconfirmed(article, 0.0, *_story(story))


def _conflict(article, story) -> bool:
    from parallax.stories.event_places import place_conflict

    places, names, words, _ = _story(story)
    return place_conflict(article.places, article.names, article.words, places, names, words)


# ------------------------------------------------------------------ 1. digits of every script


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("سیل بیش از ۱٬۸۰۰ خانه را در استان گیلان ویران کرد.", "fa", id="fa-separator"),
        pytest.param("دمرت السيول أكثر من ١٬٨٠٠ منزل في المحافظة.", "ar", id="ar-separator"),
        pytest.param("बाढ़ ने राज्य में १,८०० घरों को नष्ट कर दिया।", "hi", id="hi-comma"),
        pytest.param("The floods destroyed more than 1,800 homes in the province.", "en", id="en"),
    ],
)
def test_a_count_of_four_digits_in_any_script_is_the_figure_1800(text: str, language: str) -> None:
    assert "1800" in _signals(text, language).numbers


def test_arabic_indic_and_ascii_digits_are_one_word_of_a_text() -> None:
    indic = _signals("أعلنت السلطات مقتل ١٤ شخصا في انهيار مبنى سكني بالمدينة القديمة.", "ar")
    ascii_ = _signals("أعلنت السلطات مقتل 14 شخصا في انهيار مبنى سكني بالمدينة القديمة.", "ar")
    assert indic.words == ascii_.words, indic.words ^ ascii_.words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("بارش‌های سال ۲۰۲۴ بیشترین خسارت را به کشاورزان وارد کرد.", "fa", id="fa"),
        pytest.param("वर्ष २०२४ की बाढ़ ने किसानों को सबसे अधिक नुकसान पहुंचाया।", "hi", id="hi"),
    ],
)
def test_a_year_in_the_digits_of_another_script_is_a_time_mark(text: str, language: str) -> None:
    assert "2024" in _signals(text, language, published="2026-04-02").times


# ------------------------------------------------------------------ 2. Thai: the word of place run onto the name

TH_CHIANG_MAI = "น้ำป่าไหลหลากที่เชียงใหม่ ชาวบ้านเสียชีวิต 6 ราย บ้านเรือนเสียหายหลายร้อยหลัง"
EN_CHIANG_MAI = "Flash floods in Chiang Mai killed six villagers on Wednesday night and damaged hundreds of homes."
EN_PHUKET = "Flash floods in Phuket killed four villagers on Wednesday night and damaged dozens of homes."


def test_a_thai_place_after_its_glued_word_of_place_meets_the_latin_place() -> None:
    th = _signals(TH_CHIANG_MAI, "th")
    chiang_mai, phuket = _signals(EN_CHIANG_MAI, "en"), _signals(EN_PHUKET, "en")
    assert not _unconfirmed(th, chiang_mai) and not _unconfirmed(chiang_mai, th)
    assert _unconfirmed(th, phuket) and _unconfirmed(phuket, th)


def test_a_thai_province_word_before_the_name_is_read_too() -> None:
    th = _signals("อุทกภัยในจังหวัดภูเก็ต มีผู้เสียชีวิต 4 ราย", "th")
    assert not _unconfirmed(th, _signals(EN_PHUKET, "en"))
    assert _unconfirmed(th, _signals(EN_CHIANG_MAI, "en"))


# ------------------------------------------------------------------ 3. a place of two consonants in Arabic letters

EN_QOM = "An earthquake struck the city of Qom in central Iran before dawn on Tuesday, killing 11 people."
EN_YAZD = "An earthquake struck the city of Yazd in central Iran before dawn on Tuesday, killing 8 people."


def test_a_short_arabic_place_after_a_noun_of_place_is_an_event_place() -> None:
    ar = _signals("لقي 11 شخصا حتفهم فجر الثلاثاء في زلزال ضرب مدينة قم وسط إيران.", "ar")
    assert ar.places, ar.places
    assert not _unconfirmed(ar, _signals(EN_QOM, "en"))
    assert _unconfirmed(ar, _signals(EN_YAZD, "en"))


def test_a_short_persian_place_after_a_preposition_is_heard_in_the_latin_lead() -> None:
    fa = _signals("زمین‌لرزه بامداد سه‌شنبه در قم دست‌کم ۱۱ کشته برجای گذاشت.", "fa")
    qom, yazd = _signals(EN_QOM, "en"), _signals(EN_YAZD, "en")
    assert not _unconfirmed(fa, qom) and not _unconfirmed(qom, fa)
    assert _unconfirmed(fa, yazd) and _unconfirmed(yazd, fa)


def test_a_short_word_after_a_preposition_is_no_place_of_its_own() -> None:
    """"در شب" (at night) is no place: a word of two consonants after a preposition alone names none."""
    fa = _signals("زمین‌لرزه در شب سه‌شنبه دست‌کم ۱۱ کشته برجای گذاشت.", "fa")
    assert not fa.places and not _conflict(fa, _signals(EN_QOM, "en"))


# ------------------------------------------------------------------ 4. Korean places the table does not hold

KO_BUSAN = "3일 새벽 부산의 한 고층 아파트에서 불이 나 주민 6명이 숨졌다고 소방당국이 밝혔다."
KO_DAEGU = "3일 새벽 대구의 한 고층 아파트에서 불이 나 주민 4명이 숨졌다고 소방당국이 밝혔다."
EN_BUSAN = "A fire in a high-rise apartment building in Busan killed six residents early on Thursday, officials said."
EN_DAEGU = "A fire in a high-rise apartment building in Daegu killed four residents early on Thursday, officials said."


def test_a_korean_place_before_the_genitive_and_a_is_an_event_place() -> None:
    """"부산의 한 아파트" (an apartment in Busan): the place of the event, which the table does not hold."""
    busan, daegu = _signals(KO_BUSAN, "ko"), _signals(KO_DAEGU, "ko")
    assert busan.places and daegu.places, (busan.places, daegu.places)
    assert _conflict(busan, daegu) and _conflict(daegu, busan)


def test_a_korean_place_meets_its_latin_name_and_not_another_city() -> None:
    busan = _signals(KO_BUSAN, "ko")
    assert not _unconfirmed(busan, _signals(EN_BUSAN, "en")) and not _unconfirmed(_signals(EN_BUSAN, "en"), busan)
    assert _unconfirmed(busan, _signals(EN_DAEGU, "en")) and _unconfirmed(_signals(EN_DAEGU, "en"), busan)


def test_two_korean_reports_of_one_fire_in_other_words_share_the_place() -> None:
    """One names the city in the formula, the other with the locative particle ("부산에서"): one place."""
    formula = _signals(KO_BUSAN, "ko")
    locative = _signals("부산시에서 3일 새벽 고층 아파트 화재가 발생해 6명이 숨졌다.", "ko")
    assert not _conflict(formula, locative) and not _conflict(locative, formula), (formula.places, locative.places)


def test_a_korean_noun_before_the_genitive_that_the_other_report_names_sets_no_conflict() -> None:
    """"정부의 한 관계자" (a government official) reads "정부" as a place; a report that names the government too
    ("정부는") is no other event for it."""
    official = _signals("정부의 한 관계자는 도심 집회에 경찰 3천 명이 투입됐다고 밝혔다.", "ko")
    other = _signals("광화문의 한 광장에서 열린 집회에 대해 정부는 경찰 3천 명을 투입했다고 밝혔다.", "ko")
    assert not _conflict(official, other) and not _conflict(other, official), (official.places, other.places)


# ------------------------------------------------------------------ 5. one place read alike on both sides of one script


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        pytest.param("서울의 한 아파트에서 불이 나 주민 6명이 숨지고 20명이 다쳤다고 소방당국이 밝혔다.",
                     "서울에서 3일 새벽 아파트 화재로 주민 6명이 숨지고 20명이 다쳤다.", "ko", id="ko-seoul"),
        pytest.param("کراچی میں ایک فیکٹری میں آگ لگنے سے ۱۲ مزدور ہلاک ہو گئے۔",
                     "کراچی میں فیکٹری میں آتشزدگی، ۱۲ مزدور جاں بحق ہو گئے۔", "ur", id="ur-karachi"),
    ],
)  # fmt: skip
def test_two_reports_in_a_script_without_capitals_that_read_one_place_are_no_two_events(first: str, second: str, language: str) -> None:
    """The place table's English name ("seoul", "karachi") is no word of either text and no name (no entity model reads
    these scripts): it must still count as named by both sides."""
    a, b = _signals(first, language), _signals(second, language)
    assert a.places and a.places == b.places, (a.places, b.places)
    assert not _conflict(a, b) and not _conflict(b, a)


# ------------------------------------------------------------------ 6. two fires in two Korean cities, two scripts

FIRES = [
    ("busan-ko", "ko", "2026-12-02T03:05:00Z", "부산 아파트 화재로 7명 숨져",
     "2일 새벽 부산의 한 고층 아파트에서 불이 나 주민 7명이 숨지고 35명이 다쳤다고 소방당국이 밝혔다."),
    ("daegu-ko", "ko", "2026-12-02T03:20:00Z", "대구 아파트 화재로 5명 숨져",
     "2일 새벽 대구의 한 고층 아파트에서 불이 나 주민 5명이 숨지고 12명이 다쳤다고 소방당국이 밝혔다."),
    ("busan-en", "en", "2026-12-02T03:35:00Z", "Apartment fire kills seven in Busan",
     "A fire in a high-rise apartment building in Busan killed seven residents and injured 35 early on Wednesday, "
     "fire officials said."),
    ("daegu-en", "en", "2026-12-02T03:50:00Z", "Apartment fire kills five in Daegu",
     "A fire in an apartment block in Daegu killed five residents and injured 12 early on Wednesday, fire officials said."),
    ("busan-ko2", "ko", "2026-12-02T04:05:00Z", "부산시 고층 아파트 불…주민 7명 사망",
     "부산시에서 2일 새벽 고층 아파트 화재가 발생해 주민 7명이 숨지고 35명이 부상을 입었다."),
]  # fmt: skip


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0), (1, 3, 0, 2, 4)], ids=["fwd", "rev", "daegu-first"])
def test_two_apartment_fires_in_busan_and_daegu_are_two_stories_in_any_order(order: tuple[int, ...]) -> None:
    from parallax.stories import cluster_articles

    times = [p for _, _, p, _, _ in FIRES]
    rows = [(FIRES[k][0], FIRES[k][1], t, FIRES[k][3], FIRES[k][4]) for k, t in zip(order, times, strict=True)]
    articles = [Article(id=i, language=lang, published=p, title=t, text=x, outlet=f"o-{i}") for i, lang, p, t, x in rows]
    groups = {frozenset(s["articles"]) for s in cluster_articles(articles).stories}
    assert groups == {frozenset({"busan-ko", "busan-en", "busan-ko2"}), frozenset({"daegu-ko", "daegu-en"})}, groups
