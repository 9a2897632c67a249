"""Session 46 QA (qa46c): a weekday's direction in verb-last clauses (Bengali, Hindi, Urdu), Hebrew speakers set off
in commas, Persian trimmed quotations, and the findings of a round in Arabic, Persian, Hindi, Russian, Hebrew,
Japanese, Korean, Chinese, Indonesian and Vietnamese.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-11-20T10:00:00Z"  # a Friday


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a perfect before a comma, "that" or "and" is another clause's: the day's own clause, verb last, is future
        ("bn", "আবহাওয়া অফিস জানিয়েছে, সোমবার পর্যন্ত নদীবন্দরে সতর্কসংকেত বহাল থাকবে", "সোমবার", "2026-11-23"),
        ("bn", "পুলিশ বলেছে যে মঙ্গলবার পর্যন্ত মহাসড়কে যান চলাচল সীমিত থাকবে", "মঙ্গলবার", "2026-11-24"),
        ("bn", "সেতুটি বুধবার থেকে বন্ধ করা হয়েছে এবং শনিবার পর্যন্ত বন্ধ থাকবে", "শনিবার", "2026-11-21"),
        ("hi", "पुल को बुधवार को बंद कर दिया गया और शनिवार तक बंद रहेगा", "शनिवार", "2026-11-21"),
        ("ur", "محکمہ تعلیم نے اعلان کیا کہ منگل تک تمام کالج بند رہیں گے", "منگل", "2026-11-24"),
        # ... and a past clause keeps its day in the past
        ("bn", "মঙ্গলবার পর্যন্ত বাজার বন্ধ ছিল, এখন দোকান খুলেছে", "মঙ্গলবার", "2026-11-17"),
        ("bn", "পুলিশ জানিয়েছে, বুধবার রাতে গুদামে আগুন লেগেছিল", "বুধবার রাতে", "2026-11-18TNI"),
    ],
)
def test_verb_last_clause_places_the_weekday(lang: str, text: str, expr: str, value: str) -> None:
    assert resolved(lang, text, PUB).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("lang", "text", "expr"),
    [
        # "postponed until Monday" in a perfect: the day is still to come, as "postponed until Monday" is in English
        ("bn", "পৌরসভার নির্বাচন সোমবার পর্যন্ত স্থগিত করা হয়েছে", "সোমবার"),
        ("hi", "विधानसभा की कार्यवाही सोमवार तक स्थगित कर दी गई", "सोमवार"),
    ],
)
def test_postponed_until_a_weekday_is_ahead(lang: str, text: str, expr: str) -> None:
    assert resolved(lang, text, PUB).get(expr) == "2026-11-23"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # a role and a name in commas before "said that", and after "according to": the name speaks
        ("מנכ\"ל חברת החשמל, יעקב שטרן, אמר כי הרשת תחזור לפעול עד הערב.", "יעקב שטרן", "הרשת תחזור לפעול עד הערב"),
        ("לדברי דוברת המשטרה, נועה פרץ, שלושה חשודים נעצרו הבוקר.", "נועה פרץ", "שלושה חשודים נעצרו הבוקר"),
    ],
)
def test_hebrew_name_in_commas_before_the_verb_speaks(text: str, speaker: str, said: str) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, "he", PUB)
    assert [(q.speaker, text[q.start : q.end]) for q in art.quotes] == [(speaker, said)]


@pytest.mark.parametrize(
    ("a", "b", "grade"),
    [
        # Persian typed with Arabic letters (ي, ك) and without its non-joiner is the same words
        ("کارخانه را تا پایان هفته بازسازی می‌کنیم", "كارخانه را تا پايان هفته بازسازي ميكنيم", "verbatim"),
        # ... and words cut at an ellipsis from a quotation so typed, or with "می" written apart, a trim
        ("کارگران آسیب‌دیده را به بیمارستان منتقل کردیم و خانواده‌ها را در جریان می‌گذاریم",
         "كارگران آسيب‌ديده را ... در جريان مي گذاريم", "trimmed"),
    ],
)
def test_persian_in_arabic_letters_is_one_spelling(a: str, b: str, grade: str) -> None:
    from parallax.compare.quote_fidelity import relation

    assert relation(a, b, language="fa") == grade


def test_persian_speaker_typed_with_arabic_letters_is_one_person() -> None:
    import parallax
    from tests.helpers import outlet_articles

    a = 'وزیر کار، حسین کریمی، گفت: «کارگران آسیب‌دیده را به بیمارستان منتقل کردیم و همه خسارت‌ها جبران می‌شود.»'
    b = 'وزير كار، حسين كريمي، گفت: «کارگران آسيب‌ديده را به بيمارستان منتقل كرديم و همه خسارت‌ها جبران ميشود.»'
    groups = parallax.compare(outlet_articles([a, b], "fa")).to_dict()["quotes"]
    assert len(groups) == 1 and not groups[0]["misattributed"]
    assert {v["fidelity"] for v in groups[0]["variants"]} <= {"verbatim", "punctuation", None}


@pytest.mark.parametrize(
    ("a", "b", "grade"),
    [
        # the first clause alone with the last verb the two clauses shared: a trim
        ("قیمت بنزین در ماه گذشته ثابت مانده و دولت برای افزایش آن برنامه‌ای نداشته است",
         "قیمت بنزین در ماه گذشته ثابت مانده است", "trimmed"),
        ("خسارت کارخانه بسیار سنگین بوده و بیمه هنوز نظر نداده است", "خسارت کارخانه بسیار سنگین بوده است", "trimmed"),
        # ... but the second clause's own verb kept after the first is a change of words
        ("قیمت بنزین ثابت مانده و دولت برنامه‌ای ندارد", "قیمت بنزین ثابت مانده ندارد", "altered"),
    ],
)
def test_persian_clause_cut_keeping_the_last_verb(a: str, b: str, grade: str) -> None:
    from parallax.compare.quote_fidelity import relation

    assert relation(a, b, language="fa") == grade


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # whose the role is (a genitive) and a role of three syllables opening with a surname's are no name
        ('최씨의 변호인 한지수 변호사는 "재판부의 판단을 존중하지만 유감스럽다"고 말했다.', "한지수"),
        ('사고 열차 기관사 유정호 씨는 "갑자기 연기가 났다"고 말했다.', "유정호"),
    ],
)
def test_korean_speaker_after_a_genitive_and_a_role(text: str, speaker: str) -> None:
    from tests.helpers import analyzed

    assert [q.speaker for q in analyzed(text, "ko", PUB).quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a word for one before a unit of length is the number, as "one kilometre" is: no article stands there
        ("id", "Jalan ditutup sepanjang satu kilometer setelah tanah longsor."),
        ("fa", "جاده در طول یک کیلومتر بسته شد."),
    ],
)
def test_one_before_a_unit_of_length_is_a_figure(lang: str, text: str) -> None:
    from tests.helpers import analyzed

    assert [q.value for q in analyzed(text, lang, PUB).quantities] == [1.0]


def test_one_before_a_counted_noun_stays_unread() -> None:
    from tests.helpers import analyzed

    assert analyzed("Satu orang tewas dalam kecelakaan itu.", "id", PUB).quantities == []


def test_vietnamese_after_a_weekday_before_a_noun_is_no_next() -> None:
    # "sau" before a word is "after" (after the fire), no "next Thursday"
    found = resolved("vi", "Nhà máy đã đóng cửa hôm thứ Năm sau vụ hỏa hoạn.", PUB)
    assert found.get("thứ Năm") == "2026-11-19"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a figure with decimals after a month is no day of it
        ("ar", "وسجل معدل البطالة في سبتمبر 14.2 بالمئة", "سبتمبر", "2026-09"),
        ("en", "Unemployment in September 14.2 percent, the agency said", "September", "2026-09"),
    ],
)
def test_decimal_after_a_month_is_no_day(lang: str, text: str, expr: str, value: str) -> None:
    assert resolved(lang, text, PUB).get(expr, "missing") == value


def test_hebrew_occasion_after_the_speaker_is_no_part_of_the_name() -> None:
    from tests.helpers import analyzed

    text = 'שרת החינוך שירה גולן ביקרה בבית הספר.\n\n"נחזיר את התלמידים לכיתות בקרוב", אמרה גולן בטקס בעירייה.'
    # (the surname alone is the full name given before it, :mod:`parallax.analyze.quotes.hebrew_names`)
    assert [q.speaker for q in analyzed(text, "he", PUB).quotes] == ["שירה גולן"]


def test_hebrew_ages_of_one_person_conflict() -> None:
    # "בן 63" after the surname of a person the report named in full
    from tests.helpers import compared_conflicts

    a = 'מנכ"ל הנמל, אבי שושן, אמר כי "העבודה תחודש".\n\nשושן, בן 63, מכהן בתפקיד מאז 2019.'
    b = 'מנכ"ל הנמל, אבי שושן, אמר כי "העבודה תחודש".\n\nשושן, בן 65, מכהן בתפקיד מאז 2019.'
    found = compared_conflicts([a, b], "he", PUB)
    assert any(kind == "number" and vals.get("a") == [63.0] and vals.get("b") == [65.0] for kind, vals in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # passengers named in Hindi, Indonesian and Persian are the English "passengers"
        ("hi", "बस दुर्घटना में तीन यात्रियों की मौत हो गई।"),
        ("id", "Kecelakaan bus itu menewaskan tiga penumpang."),
        ("fa", "در تصادف اتوبوس سه مسافر جان باختند."),
    ],
)
def test_passengers_across_languages_conflict(lang: str, text: str) -> None:
    from parallax.analyze import Analyzer
    from parallax.compare.conflicts import sentence_conflicts
    from parallax.records import Article

    a = Article(id="a", text=text, outlet="A", published="2026-11-20", language=lang)
    b = Article(id="b", text="The bus crash killed five passengers.", outlet="B", published="2026-11-20", language="en")
    Analyzer().analyze_all([a, b])
    assert any(c.kind == "number" for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]))


@pytest.mark.parametrize(
    ("a", "b", "grade"),
    [
        # the first clause alone, its connective "-고" closed with "-다": a trim, no change of words
        ("경찰은 현장에서 용의자를 체포했고 범행 동기를 조사하고 있다", "경찰은 현장에서 용의자를 체포했다", "trimmed"),
        # ... but another verb in its place is a change
        ("경찰은 현장에서 용의자를 체포했고 범행 동기를 조사하고 있다", "경찰은 현장에서 용의자를 놓쳤다", "altered"),
    ],
)
def test_korean_clause_cut_closing_the_verb(a: str, b: str, grade: str) -> None:
    from parallax.compare.quote_fidelity import relation

    assert relation(a, b, language="ko") == grade
