"""Session stories54: reports of different disasters published in the same hour in different scripts stay apart
(a Bengali factory fire in Dhaka, a Persian earthquake in Kerman, an Urdu bus crash near Quetta had joined one story
with an English report of the Kerman quake: the cosines of short disaster leads across scripts, the day and one
shared death toll were all they had), while one event told in English, Arabic, Hindi, Bengali, Persian and Urdu
still joins; the event places of leads written without capitals are read (Arabic "في", Persian "در", Urdu "میں",
Hindi "में", Bengali "-এ/-তে/-য়", after a noun of place); "Kobe" / "神戸"; "大阪で火災"; Indonesian
"Presiden Joko Widodo Selasa mengatakan".

Invented articles only."""

from __future__ import annotations

import pytest

from parallax.records import Article


def _articles(rows: list[tuple[str, str, str, str, str]]) -> list[Article]:
    return [Article(id=i, language=lang, published=p, title=t, text=x, outlet=f"outlet-{i}") for i, lang, p, t, x in rows]


def _groups(articles: list[Article]) -> set[frozenset[str]]:
    from parallax.stories import cluster_articles

    return {frozenset(s["articles"]) for s in cluster_articles(articles).stories}


def _signals(text: str, language: str, **fields):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id="x", text=text, language=language, **fields))


# ------------------------------------------------------------------ 1. three disasters in one hour, four scripts

DISASTERS = [
    ("fire-bn", "bn", "2026-12-05T08:05:00Z", "ঢাকায় ভয়াবহ অগ্নিকাণ্ডে ১২ জনের মৃত্যু",
     "ঢাকায় শনিবার সকালে একটি কারখানায় ভয়াবহ অগ্নিকাণ্ডে অন্তত ১২ জনের মৃত্যু হয়েছে এবং বহু মানুষ আহত হয়েছেন। উদ্ধারকাজ চলছে।"),
    ("quake-fa", "fa", "2026-12-05T08:20:00Z", "زلزله در کرمان دست‌کم ۱۲ کشته برجای گذاشت",
     "در پی زلزله صبح شنبه در استان کرمان دست‌کم ۱۲ نفر جان باختند و شمار زیادی زخمی شدند. عملیات امداد و نجات ادامه دارد."),
    ("bus-ur", "ur", "2026-12-05T08:35:00Z", "کوئٹہ کے قریب بس حادثہ، ۱۲ افراد ہلاک",
     "کوئٹہ کے قریب ہفتے کی صبح ایک بس حادثے میں کم از کم ۱۲ افراد ہلاک اور متعدد زخمی ہو گئے۔ امدادی کارروائیاں جاری ہیں۔"),
    ("quake-en", "en", "2026-12-05T08:50:00Z", "Magnitude 6.1 earthquake in Iran's Kerman kills 12",
     "A magnitude 6.1 earthquake struck Kerman province in southeastern Iran on Saturday morning, killing at least 12 "
     "people and injuring 90, the Red Crescent said."),
]  # fmt: skip


def test_three_disasters_in_one_hour_in_four_scripts_are_three_stories() -> None:
    groups = _groups(_articles(DISASTERS))
    assert groups == {frozenset({"fire-bn"}), frozenset({"quake-fa", "quake-en"}), frozenset({"bus-ur"})}, groups


def test_the_disasters_stay_apart_in_another_order() -> None:
    rows = [DISASTERS[2], DISASTERS[1], DISASTERS[0], DISASTERS[3]]  # the bus crash first, the fire between the quake's reports
    times = ["2026-12-05T08:05:00Z", "2026-12-05T08:20:00Z", "2026-12-05T08:35:00Z", "2026-12-05T08:50:00Z"]
    groups = _groups(_articles([(i, lang, t, title, x) for (i, lang, _, title, x), t in zip(rows, times, strict=True)]))
    assert groups == {frozenset({"fire-bn"}), frozenset({"quake-fa", "quake-en"}), frozenset({"bus-ur"})}, groups


# ------------------------------------------------------------------ 2. one flood in six languages still joins

FLOOD = [
    ("flood-en", "en", "2026-08-14T06:00:00Z", "Floods in Karachi kill 23, thousands evacuated",
     "Torrential rain flooded large parts of Karachi on Friday, killing at least 23 people and forcing 1,500 families "
     "from their homes, officials said. The army was called in to help with rescue work."),
    ("flood-ar", "ar", "2026-08-14T06:20:00Z", "مقتل 23 شخصا في فيضانات بمدينة كراتشي",
     "أدت أمطار غزيرة إلى فيضانات في مدينة كراتشي يوم الجمعة، ما أسفر عن مقتل 23 شخصا على الأقل وإجلاء 1500 أسرة من "
     "منازلها، بحسب مسؤولين. واستدعي الجيش للمساعدة في أعمال الإنقاذ."),
    ("flood-hi", "hi", "2026-08-14T06:40:00Z", "कराची में बाढ़ से 23 लोगों की मौत",
     "कराची में शुक्रवार को मूसलाधार बारिश के बाद आई बाढ़ में कम से कम 23 लोगों की मौत हो गई और 1500 परिवारों को अपने घर "
     "छोड़ने पड़े, अधिकारियों ने बताया। बचाव कार्य के लिए सेना बुलाई गई है।"),
    ("flood-bn", "bn", "2026-08-14T07:00:00Z", "করাচিতে বন্যায় ২৩ জনের মৃত্যু",
     "করাচিতে শুক্রবার প্রবল বর্ষণের পর বন্যায় অন্তত ২৩ জনের মৃত্যু হয়েছে এবং ১৫০০ পরিবার ঘর ছাড়তে বাধ্য হয়েছে, "
     "কর্মকর্তারা জানিয়েছেন। উদ্ধারকাজে সেনাবাহিনী তলব করা হয়েছে।"),
    ("flood-fa", "fa", "2026-08-14T07:20:00Z", "سیل در کراچی ۲۳ کشته برجای گذاشت",
     "باران شدید روز جمعه بخش‌های بزرگی از شهر کراچی را زیر آب برد و دست‌کم ۲۳ نفر کشته شدند و ۱۵۰۰ خانواده خانه‌های خود "
     "را ترک کردند، به گفته مقامات. ارتش برای کمک به امدادرسانی فراخوانده شد."),
    ("flood-ur", "ur", "2026-08-14T07:40:00Z", "کراچی میں سیلاب سے ۲۳ افراد ہلاک",
     "کراچی میں جمعے کو موسلا دھار بارش کے بعد سیلاب سے کم از کم ۲۳ افراد ہلاک ہو گئے اور ۱۵۰۰ خاندانوں کو اپنے گھر چھوڑنے "
     "پڑے، حکام نے بتایا۔ امدادی کاموں کے لیے فوج طلب کر لی گئی ہے۔"),
]  # fmt: skip


def test_one_flood_in_six_languages_is_one_story() -> None:
    groups = _groups(_articles(FLOOD))
    assert groups == {frozenset(i for i, *_ in FLOOD)}, groups


def test_the_flood_told_first_in_bengali_and_arabic_still_joins() -> None:
    rows = [FLOOD[3], FLOOD[1], FLOOD[0]]
    times = ["2026-08-14T06:00:00Z", "2026-08-14T06:20:00Z", "2026-08-14T06:40:00Z"]
    groups = _groups(_articles([(i, lang, t, title, x) for (i, lang, _, title, x), t in zip(rows, times, strict=True)]))
    assert groups == {frozenset({"flood-bn", "flood-ar", "flood-en"})}, groups


def test_a_bengali_and_an_english_report_of_one_fire_join_by_its_place() -> None:
    """One shared figure and the place: the Bengali "ঢাকায়" (in Dhaka) is the English report's Dhaka."""
    rows = [
        ("fire-bn", "bn", "2026-12-05T08:05:00Z", DISASTERS[0][3], DISASTERS[0][4]),
        ("fire-en", "en", "2026-12-05T08:30:00Z", "Factory fire in Dhaka kills 12",
         "A fire at a factory in Dhaka killed at least 12 people on Saturday morning and injured many more, the fire "
         "service said. Rescue work is going on."),
    ]  # fmt: skip
    assert _groups(_articles(rows)) == {frozenset({"fire-bn", "fire-en"})}


# ------------------------------------------------------------------ 3. event places of leads without capitals


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        pytest.param("ঢাকায় শনিবার সকালে একটি কারখানায় আগুন লেগেছে।", "bn", "dhaka", id="bn-dhaka"),
        pytest.param("করাচিতে শুক্রবার বন্যায় ২৩ জনের মৃত্যু হয়েছে।", "bn", "karachi", id="bn-karachi"),
        pytest.param("बाढ़ के बाद कराची में 23 लोगों की मौत हो गई।", "hi", "karachi", id="hi-karachi"),
        pytest.param("أدت أمطار غزيرة إلى فيضانات في مدينة كراتشي يوم الجمعة.", "ar", "karachi", id="ar-karachi"),
        pytest.param("باران شدید روز جمعه در کراچی دست‌کم ۲۳ کشته برجای گذاشت.", "fa", "karachi", id="fa-karachi"),
        pytest.param("کراچی میں جمعے کو سیلاب سے ۲۳ افراد ہلاک ہو گئے۔", "ur", "karachi", id="ur-karachi"),
    ],
)
def test_a_lead_without_capitals_names_its_event_place(text: str, language: str, place: str) -> None:
    sig = _signals(text, language)
    assert place in sig.places, sig.places


def test_a_persian_place_after_a_noun_of_place_is_heard_in_its_latin_name() -> None:
    fa = _signals("زلزله صبح شنبه استان کرمان را لرزاند و دست‌کم ۱۲ نفر کشته شدند.", "fa")
    assert fa.places, fa.places
    from parallax.stories.event_places import place_conflict

    en = _signals("A magnitude 6.1 earthquake struck Kerman province in Iran, killing 12 people.", "en")
    assert not place_conflict(
        fa.places, fa.names, fa.words, dict.fromkeys(en.places, 1), dict.fromkeys(en.names, 1), {"en": dict.fromkeys(en.words, 1)}
    )


# ------------------------------------------------------------------ 4. short Latin places across scripts, places before で


def _conflict(a, b) -> bool:
    """Whether the place rule finds ``a`` (an article) and ``b`` (a one-article story) two events."""
    from parallax.stories.event_places import place_conflict

    return place_conflict(a.places, a.names, a.words, dict.fromkeys(b.places, 1), dict.fromkeys(b.names, 1), {b.language: dict.fromkeys(b.words, 1)})


def test_kobe_in_kanji_and_in_latin_letters_is_one_place() -> None:
    ja = _signals("神戸市で化学工場の火災が発生し、3人が死亡した。", "ja")
    kobe = _signals("A fire at a chemical plant in Kobe killed three people on Tuesday.", "en")
    nara = _signals("A fire at a chemical plant in Nara killed three people on Tuesday.", "en")
    assert not _conflict(ja, kobe) and not _conflict(kobe, ja), (ja.places, kobe.places)
    assert _conflict(ja, nara) and _conflict(nara, ja), (ja.places, nara.places)


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        pytest.param("大阪で火災、3人死亡", "大阪", (), id="title"),
        pytest.param("5日未明、京都で住宅が全焼し、2人が死亡した。", "京都", (), id="after-comma"),
        pytest.param("火災で3人死亡、工場で爆発", None, ("火災", "工場"), id="common-nouns"),
    ],
)
def test_a_kanji_place_run_into_its_particle_is_the_event_place(text: str, place: str | None, not_places: tuple[str, ...]) -> None:
    sig = _signals(text, "ja")
    assert (place is None or place in sig.places) and not set(not_places) & set(sig.places), sig.places


def test_osaka_without_a_rank_word_meets_osaka_and_not_kobe() -> None:
    ja = _signals("大阪で化学工場の火災が発生し、3人が死亡した。", "ja")
    osaka = _signals("A fire at a chemical plant in Osaka killed three people on Tuesday.", "en")
    kobe = _signals("A fire at a chemical plant in Kobe killed three people on Tuesday.", "en")
    assert not _conflict(ja, osaka) and _conflict(ja, kobe), (ja.places, osaka.places, kobe.places)


# ------------------------------------------------------------------ 5. a bare weekday after a full name is the day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("Presiden Joko Widodo Selasa mengatakan banjir di Bekasi menewaskan tiga orang.", "id", id="id"),
        pytest.param("Menteri Budi Santoso Selasa meninjau lokasi kebakaran di Bekasi.", "id", id="id-minister"),
    ],
)
def test_a_bare_weekday_after_a_full_name_is_the_day(text: str, language: str) -> None:
    sig = _signals(text, language)
    assert "selasa" not in sig.names and sig.days == ("1",), (sig.names, sig.days)
