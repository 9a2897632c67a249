"""Session 45 QA (qa45c): dates in Thai, Arabic, Persian, Urdu and Bengali, and "3月14日" quoted in another language.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB_TH = "2026-11-20T10:00:00+07:00"  # a Friday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a part of the day before "วันที่ N" is that day's, not "last night"
        ("เมื่อคืนวันที่ ๑๗ คนร้ายบุกเข้าร้านทอง", "เมื่อคืนวันที่ ๑๗", "2026-11-17TNI"),
        ("ช่วงเช้าวันที่ 16 พฤศจิกายน ฝนตกหนัก", "ช่วงเช้าวันที่ 16 พฤศจิกายน", "2026-11-16TMO"),
        ("ตำรวจแถลงข่าวเมื่อวันที่ 19 ที่ผ่านมา", "วันที่ 19", "2026-11-19"),
        ("คณะกรรมการจะประชุมวันที่ 27", "วันที่ 27", "2026-11-27"),
        ("เมื่อคืน ไฟดับทั้งหมู่บ้าน", "เมื่อคืน", "2026-11-19TNI"),
    ],
)
def test_thai_day_of_month(text: str, expr: str, value: str) -> None:
    assert resolved("th", text, PUB_TH).get(expr, "missing") == value


def test_thai_day_of_a_rally_is_no_date() -> None:
    assert resolved("th", "วันที่ 5 ของการประท้วง ผู้ชุมนุมยังไม่กลับบ้าน", PUB_TH) == {}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # the Gregorian mark "م" written onto the year's last figure
        ("افتتح الجسر الجديد في عام ٢٠٢٥م بحضور الوزير", "٢٠٢٥", "2025"),
        ("وقعت الاتفاقية في 9 أبريل 2023م في الرياض", "9 أبريل 2023", "2023-04-09"),
    ],
)
def test_arabic_year_with_gregorian_mark(text: str, expr: str, value: str) -> None:
    assert resolved("ar", text, "2026-11-20T10:00:00Z").get(expr, "missing") == value


def test_persian_solar_month_and_year_is_its_gregorian_days() -> None:
    # Dey 1405 runs from 22 December 2026 to 20 January 2027: a range, never a Gregorian month
    found = resolved("fa", "مجلس بودجه را در دی ۱۴۰۵ بررسی می‌کند", "2026-11-20T10:00:00Z")
    assert found.get("دی ۱۴۰۵") == "2026-12-22/2027-01-20"


def test_persian_solar_month_sets_no_day_against_another_report() -> None:
    from parallax.compare.dates import date_values, dates_conflict, interval
    from tests.helpers import analyzed

    # "در آبان ۱۴۰۵" (Aban 1405, 23 October to 21 November 2026) beside another report's day or days in that month
    art = analyzed("زلزله در آبان ۱۴۰۵ رخ داد.", "fa", "2026-11-25T10:00:00Z")
    month_side = date_values(art, art.sentences[0])
    assert [v for v, _, _ in month_side] == ["2026-10-23/2026-11-21"]
    day_side = [("2026-11-25", interval("2026-11-25"), True)]
    range_side = [("2026-11-10/2026-11-12", interval("2026-11-10/2026-11-12"), True)]
    assert not dates_conflict(month_side, day_side) and not dates_conflict(month_side, range_side)


PUB_UR = "2026-11-20T10:00:00+05:00"  # a Friday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("منگل کو عدالت نے فیصلہ سنایا", "منگل", "2026-11-17"),
        ("ہفتے کو انتخابات ہوں گے", "ہفتے کو", "2026-11-21"),
        ("گزشتہ روز مسافر بس الٹ گئی", "گزشتہ روز", "2026-11-19"),
        ("کل وزیر اعظم خطاب کریں گے", "کل", "2026-11-21"),
        ("کل شام آگ لگی تھی", "کل شام", "2026-11-19TEV"),
        ("پچھلے مہینے گرمی کی شدید لہر آئی", "پچھلے مہینے", "2026-10"),
        ("دو ہفتے قبل قیمتیں بڑھائی گئیں", "دو ہفتے قبل", "2026-W45"),
        ("حادثہ 12 اکتوبر 2025ء کو پیش آیا", "12 اکتوبر 2025", "2025-10-12"),
    ],
)
def test_urdu_dates(text: str, expr: str, value: str) -> None:
    assert resolved("ur", text, PUB_UR).get(expr, "missing") == value


def test_urdu_total_and_saint_are_no_days() -> None:
    # "کل" is also "in all", "پیر" a saint's title and "ہفتہ" the week
    assert resolved("ur", "زلزلے میں کل 52 افراد جاں بحق ہوئے", PUB_UR) == {}
    assert resolved("ur", "پیر صاحب نے دعا کروائی", PUB_UR) == {}


PUB_BN = "2026-11-20T10:00:00+06:00"  # a Friday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("বুধবারে আদালত রায় ঘোষণা করেছে", "বুধবারে", "2026-11-18"),
        ("গতকাল বাসটি খাদে পড়ে যায়", "গতকাল", "2026-11-19"),
        ("কাল নির্বাচন কমিশন ফল ঘোষণা করবে", "কাল", "2026-11-21"),
        ("গত মাসে তেলের দাম বেড়েছিল", "গত মাসে", "2026-10"),
        ("আগামী সপ্তাহের মধ্যে তাপপ্রবাহ কমতে পারে", "আগামী সপ্তাহের", "2026-W48"),
        ("গতকাল রাতে ভূমিকম্প অনুভূত হয়েছে", "গতকাল রাতে", "2026-11-19TNI"),
        ("৩ অক্টোবর ২০২৫ চুক্তি সই হয়েছিল", "৩ অক্টোবর ২০২৫", "2025-10-03"),
    ],
)
def test_bengali_dates(text: str, expr: str, value: str) -> None:
    assert resolved("bn", text, PUB_BN).get(expr, "missing") == value


def test_a_count_after_a_preposition_is_no_year() -> None:
    # "از ۱۸۰۰ تومان" (from 1,800 tomans) is a price, though "از" may stand before a year
    found = resolved("fa", "کرایه تاکسی از ۱۸۰۰ تومان به ۲۵۰۰ تومان افزایش یافت", "2026-11-20T10:00:00Z")
    assert "۱۸۰۰" not in found
    assert resolved("fa", "این قانون از ۲۰۱۹ اجرا شد", "2026-11-20T10:00:00Z").get("۲۰۱۹") == "2019"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "4月2日" in a report of 20 November 2026: April 2027 is nearer, but a past-tense sentence means April gone
        ("The council approved the plan on 4月2日, the mayor's office said.", "2026-04-02"),
        ("The council will vote on the plan on 4月2日.", "2027-04-02"),
    ],
)
def test_cjk_date_in_another_language_follows_the_tense(text: str, value: str) -> None:
    assert resolved("en", text, "2026-11-20T10:00:00Z").get("4月2日") == value


def test_urdu_speakers_before_the_ergative_and_a_pronoun() -> None:
    from tests.helpers import analyzed

    text = (
        'محکمہ موسمیات کے ڈائریکٹر ندیم اختر نے کہا کہ "درجہ حرارت مزید بڑھے گا۔"\n\n'
        "ضلعی افسر فوزیہ خان نے بتایا کہ تمام اسکول بند رہیں گے۔\n\n"
        'انہوں نے کہا کہ "شہری دوپہر کو گھروں میں رہیں۔"'
    )
    art = analyzed(text, "ur", "2026-11-20T10:00:00Z")
    said = {art.text[q.start : q.end].strip("۔ "): q.speaker for q in art.quotes}
    assert said.get("درجہ حرارت مزید بڑھے گا") == "ندیم اختر"
    assert said.get("شہری دوپہر کو گھروں میں رہیں") == "فوزیہ خان"


@pytest.mark.parametrize(
    "text",
    [
        'המפכ"ל דני אשכנזי אמר כי "המשטרה תגביר את האכיפה בכבישים".',
        'דני אשכנזי הודיע בהודעה לעיתונות כי "המשטרה תגביר את האכיפה בכבישים".',
    ],
)
def test_hebrew_that_after_the_verb_is_no_speaker(text: str) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, "he", "2026-11-20T10:00:00Z")
    assert [q.speaker for q in art.quotes if q.kind != "indirect"] == ["דני אשכנזי"]


@pytest.mark.parametrize(
    ("lang", "text", "expr"),
    [
        # "until" written after the day: with no tense to say otherwise, a deadline is ahead (as "until Sunday" is)
        ("hi", "सभी कॉलेज शनिवार तक बंद", "शनिवार"),
        ("ja", "図書館は土曜日まで臨時休館", "土曜日"),
        ("bn", "সব কলেজ শনিবার পর্যন্ত বন্ধ থাকবে", "শনিবার"),
    ],
)
def test_until_after_the_day_is_a_deadline(lang: str, text: str, expr: str) -> None:
    assert resolved(lang, text, "2026-11-20T10:00:00Z").get(expr) == "2026-11-21"


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        # the dead under two nouns (people, pilgrims) and two verbs: one toll all the same, where the pilgrims outnumber
        # the people (qa49c: "افراد" is people now, and 27 pilgrims among 31 dead people is part of the toll, as in English)
        ("ur", "سیلاب میں 27 افراد جاں بحق ہو گئے۔", "سیلاب سے 31 زائرین ہلاک ہوئے۔"),
        ("bn", "বন্যায় ১৯ জন নিহত হয়েছেন।", "বন্যায় ২৩ জন মানুষ মারা গেছেন।"),
    ],
)
def test_urdu_and_bengali_tolls_conflict(lang: str, a: str, b: str) -> None:
    from parallax.analyze import Analyzer
    from parallax.compare.conflicts import sentence_conflicts
    from parallax.records import Article

    arts = [Article(id=i, text=t, outlet=i.upper(), published="2026-11-20", language=lang) for i, t in zip("ab", (a, b), strict=True)]
    Analyzer().analyze_all(arts)
    kinds = [c.kind for c in sentence_conflicts(arts[0], arts[0].sentences[0], arts[1], arts[1].sentences[0])]
    assert "number" in kinds


def test_tamil_speakers_after_and_before_the_quotation() -> None:
    from tests.helpers import analyzed

    text = (
        '"மழை இன்னும் இரண்டு நாட்கள் தொடரும்" என்று வானிலை மைய இயக்குநர் பாலசந்திரன் முருகன் தெரிவித்தார்.\n\n'
        'மாவட்ட ஆட்சியர் கவிதா ராமன் கூறுகையில், "அனைத்து பள்ளிகளுக்கும் விடுமுறை" என்றார்.\n\n'
        '"மக்கள் வீட்டிலேயே இருக்க வேண்டும்" என அவர் கூறினார்.'
    )
    art = analyzed(text, "ta", "2026-11-20T10:00:00Z")
    assert [q.speaker for q in art.quotes] == ["பாலசந்திரன் முருகன்", "கவிதா ராமன்", "கவிதா ராமன்"]


def test_bengali_speakers_before_the_quotation_and_reported() -> None:
    from tests.helpers import analyzed

    text = (
        'স্বাস্থ্য অধিদপ্তরের মুখপাত্র নাসরিন সুলতানা বলেন, "হাসপাতালে রোগীর চাপ বাড়ছে।"\n\n'
        "জেলা প্রশাসক রফিকুল ইসলাম জানান, সব স্কুল আগামী সপ্তাহ পর্যন্ত বন্ধ থাকবে।"
    )
    art = analyzed(text, "bn", "2026-11-20T10:00:00Z")
    assert [q.speaker for q in art.quotes] == ["নাসরিন সুলতানা", "রফিকুল ইসলাম"]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("வியாழக்கிழமை இரவு கனமழை பெய்தது", "வியாழக்கிழமை இரவு", "2026-11-19TNI"),
        ("நேற்று ஆற்றில் வெள்ளம் ஏற்பட்டது", "நேற்று", "2026-11-19"),
        ("ஞாயிற்றுக்கிழமை வாக்கு எண்ணிக்கை நடைபெறும்", "ஞாயிற்றுக்கிழமை", "2026-11-22"),
        ("கடந்த மாதம் பேருந்து கட்டணம் உயர்த்தப்பட்டது", "கடந்த மாதம்", "2026-10"),
        ("இரண்டு நாட்களுக்கு முன்பு நிலநடுக்கம் ஏற்பட்டது", "இரண்டு நாட்களுக்கு முன்பு", "2026-11-18"),
    ],
)
def test_tamil_dates(text: str, expr: str, value: str) -> None:
    assert resolved("ta", text, "2026-11-20T10:00:00+05:30").get(expr, "missing") == value
