"""QA round 44c: figures in Arabic-Indic and Persian digits, and the years of the Hijri calendars."""

from __future__ import annotations

from parallax.analyze.times import resolve_text

PUB = "2026-11-20T10:00:00Z"


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(text[s:e], v) for s, e, v, _ in resolve_text(text, lang, PUB)]


def test_arabic_indic_year_of_a_day_is_read():
    # the year in Arabic-Indic figures had been lost and the day put in the year nearest publication (2027)
    assert ("٩ أبريل ٢٠٢٦", "2026-04-09") in _times("أعلنت الشركة في ٩ أبريل ٢٠٢٦ عن خطتها.", "ar")


def test_persian_digits_year_alone_is_a_year():
    assert ("۲۰۲۵", "2025") in _times("صادرات در سال ۲۰۲۵ کاهش یافت.", "fa")


def test_devanagari_and_ascii_years_unchanged():
    assert ("१२ जनवरी २०२६", "2026-01-12") in _times("सरकार ने १२ जनवरी २०२६ को घोषणा की।", "hi")


def test_solar_hijri_year_is_never_a_gregorian_year():
    for text in ("این طرح در سال 1403 آغاز شد.", "این طرح در سال ۱۴۰۳ آغاز شد."):
        found = _times(text, "fa")
        assert all(v is None or not v.startswith("14") for _, v in found), found
        assert any(t.endswith("1403") or t.endswith("۱۴۰۳") for t, _ in found)  # kept as a year, so no count


def test_lunar_hijri_year_is_never_a_gregorian_year():
    for text in ("تأسست الجمعية عام 1398 هـ في الرياض.", "تأسست الجمعية عام ١٣٩٨هـ في الرياض."):
        assert all(v is None or not v.startswith("13") for _, v in _times(text, "ar"))


def test_lunar_hijri_date_is_one_expression_with_no_value():
    text = "افتتح المعرض يوم ٢٢ ربيع الآخر ١٤٤٨ هـ في المدينة."
    assert ("٢٢ ربيع الآخر ١٤٤٨ هـ", None) in _times(text, "ar")


def test_solar_hijri_date_in_figures_is_converted():
    # 1 Farvardin 1405 is 21 March 2026; 15 Mehr (month 7) is 186 + 14 days later
    assert ("۱۴۰۵/۰۷/۱۵", "2026-10-07") in _times("گزارش در ۱۴۰۵/۰۷/۱۵ منتشر شد.", "fa")


def test_gregorian_date_year_first_in_persian_digits():
    assert ("۲۰۲۶/۰۹/۰۳", "2026-09-03") in _times("قرارداد در ۲۰۲۶/۰۹/۰۳ امضا شد.", "fa")



def test_persian_role_without_name_is_no_body_speaker():
    from tests.helpers import analyzed

    art = analyzed("سخنگوی وزارت امور خارجه در نشست هفتگی گفت: «مذاکرات ادامه خواهد داشت.»", "fa", "2026-11-20")
    speakers = [q.speaker for q in art.quotes]
    assert speakers and all(s not in ("امور خارجه", "وزارت امور خارجه") for s in speakers), speakers


def test_persian_role_then_name_keeps_the_name():
    from tests.helpers import analyzed

    art = analyzed("وزیر نیرو عباس کریمی روز شنبه گفت: «ذخایر سدها کافی است.»", "fa", "2026-11-20")
    assert [q.speaker for q in art.quotes] == ["عباس کریمی"]


def test_hindi_could_looks_ahead():
    # "the storm could reach the coast on Saturday", in a report of Thursday 19 November: the coming Saturday
    from parallax.analyze.times import resolve_paragraphs

    text = "तूफान शनिवार को तट तक पहुंच सकता है।"
    found = [(text[s:e], v) for s, e, v, _ in resolve_paragraphs([(0, text)], "hi", "2026-11-19T10:00:00Z")]
    assert found == [("शनिवार", "2026-11-21")]
    past = "तूफान शनिवार को तट तक पहुंच सकता था।"  # could have reached: the Saturday before
    assert [v for _, _, v, _ in resolve_paragraphs([(0, past)], "hi", "2026-11-19T10:00:00Z")] == ["2026-11-14"]


def test_may_and_could_look_ahead_in_eight_languages():
    # a forecast written on Thursday 19 November of what may happen on Saturday: the coming Saturday, 21 November
    from parallax.analyze.times import resolve_paragraphs

    cases = {
        "ar": "قد يصل الوفد إلى القاهرة يوم السبت.",
        "fa": "ممکن است هیئت روز شنبه به تهران برسد.",
        "id": "Gelombang tinggi diprediksi melanda pesisir pada Sabtu.",
        "vi": "Mưa lớn có thể kéo dài đến thứ Bảy.",
        "th": "ฝนอาจตกหนักในวันเสาร์",
        "ko": "폭설은 토요일 시작될 수 있다.",
        "zh": "寒潮可能于周六抵达。",
        "he": "השביתה עלולה להתחיל ביום שבת.",
    }
    for lang, text in cases.items():
        values = [v for _, _, v, _ in resolve_paragraphs([(0, text)], lang, "2026-11-19T10:00:00Z")]
        assert values and values[0][:10] == "2026-11-21", (lang, values)


def test_may_be_of_a_cause_stays_past():
    from parallax.analyze.times import resolve_paragraphs

    text = "事故可能是周六凌晨刹车失灵造成的。"  # the crash may have been caused by a brake failure early on Saturday
    assert [v[:10] for _, _, v, _ in resolve_paragraphs([(0, text)], "zh", "2026-11-19T10:00:00Z")] == ["2026-11-14"]


def test_chinese_speaker_cut_before_time_word():
    from tests.helpers import analyzed

    art = analyzed("王建华昨天接受采访时说：“我们会尽快恢复供电。”", "zh", "2026-11-20")
    assert [q.speaker for q in art.quotes] == ["王建华"]


def test_korean_official_of_a_body_is_no_named_speaker():
    from tests.helpers import analyzed

    art = analyzed('병원 관계자는 "환자 8명이 중환자실에서 치료를 받고 있다"고 말했다.', "ko", "2026-11-20")
    assert art.quotes and all(q.speaker not in ("병원",) for q in art.quotes), [q.speaker for q in art.quotes]


def test_weekday_with_its_full_date_in_brackets():
    # Indonesian papers write "Kamis (12/11/2026)": the bracketed date, not the Thursday nearest publication
    found = _times("Gempa mengguncang Lombok pada Kamis (12/11/2026) malam.", "id")
    assert [v for _, v in found if v] == ["2026-11-12"], found


def test_weekday_part_of_day_then_last_week():
    assert [v for _, v in _times("Banjir melanda Medan pada Rabu sore pekan lalu.", "id")] == ["2026-11-11TEV"]
    assert [v for _, v in _times("The strike began on Tuesday evening last week.", "en")] == ["2026-11-10TEV"]


def test_hebrew_role_then_name_in_commas_before_the_verb():
    from tests.helpers import analyzed

    for text in ('יועצת המשפטית, גלית שמיר, אמרה בראיון: "החוק לא יעבור."', 'שגריר צרפת, ז\'אן דופון, אמר: "נמשיך בשיחות."'):
        art = analyzed(text, "he", "2026-11-20")
        assert [q.speaker for q in art.quotes] in (["גלית שמיר"], ["ז'אן דופון"]), [q.speaker for q in art.quotes]


def test_decimal_comma_with_latin_digits_in_arabic():
    # Maghreb papers write "2,75" for 2.75: never 275 (a false conflict with "2.75" in another report)
    from tests.helpers import analyzed

    art = analyzed("وارتفعت الصادرات بنسبة 2,75 في المئة لتبلغ 4,8 مليار درهم.", "ar", "2026-11-20")
    assert sorted(q.value for q in art.quantities) == [2.75, 4.8e9]


def test_lakh_and_crore_in_urdu_and_bengali():
    from tests.helpers import analyzed

    ur = analyzed("حکومت نے متاثرین کے لیے ۲٫۵ کروڑ روپے جاری کیے۔", "ur", "2026-11-20")
    bn = analyzed("বন্যায় প্রায় ৩ লাখ মানুষ ঘরছাড়া হয়েছেন।", "bn", "2026-11-20")
    assert [q.value for q in ur.quantities] == [25_000_000.0]
    assert [q.value for q in bn.quantities] == [300_000.0]


def test_hebrew_time_or_circumstance_before_the_verb_is_no_speaker():
    from tests.helpers import analyzed

    art = analyzed('ראש העיר דנה כץ סיירה באזור. בתום הסיור אמרה: "נשקם את השכונה."', "he", "2026-11-20")
    assert all(q.speaker not in ("בתום הסיור",) for q in art.quotes), [q.speaker for q in art.quotes]
