"""Session 59 QA (qa59c): Vietnamese, Indonesian, Chinese, Japanese, Turkish and Arabic reports (invented texts)."""

from __future__ import annotations

from tests.helpers import analyzed, first_sentence_conflicts, outlet_articles, time_values


def _people(text: str, lang: str) -> dict[str, str]:
    return {e.text: e.label for e in analyzed(text, lang).entities}


def test_vi_a_title_before_a_vietnamese_name_makes_it_a_person() -> None:
    people = _people("Bộ trưởng Nguyễn Văn Tâm cho biết chính phủ sẽ hỗ trợ các gia đình. Ông Tâm nói thêm rằng tiền đã sẵn sàng.", "vi")
    assert people["Nguyễn Văn Tâm"] == "PER"
    assert people["Tâm"] == "PER"


def test_vi_a_place_before_the_holders_name_is_cut_off() -> None:
    people = _people("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Khải cho biết đã sơ tán 3.000 hộ dân.", "vi")
    assert people.get("Lê Văn Khải") == "PER"
    assert people.get("Quảng Nam") == "MISC"


def test_vi_a_surname_run_of_three_is_a_person_but_cities_are_not() -> None:
    people = _people("Theo Giám đốc Sở Y tế Trần Thị Ngọc, 12 người bị thương tại Hà Nội và Thành phố Hồ Chí Minh.", "vi")
    assert people["Trần Thị Ngọc"] == "PER"
    assert people["Hà Nội"] != "PER"
    assert people.get("Hồ Chí Minh") != "PER"


_AR_COLLAPSE = "انهار جسر المشاة في مدينة الزرقاء يوم الأربعاء ما أدى إلى إصابة سبعة أشخاص."


def test_ar_the_day_an_official_reported_after_the_verb_and_its_subject_is_not_the_event_day() -> None:
    told = [
        "انهار جسر المشاة في مدينة الزرقاء ما أدى إلى إصابة سبعة أشخاص، وفق ما أفاد مسؤول في الدفاع المدني يوم الجمعة.",
        "قال الدفاع المدني يوم الجمعة إن جسر المشاة في مدينة الزرقاء انهار ما أدى إلى إصابة سبعة أشخاص.",
    ]
    for text in told:
        assert first_sentence_conflicts(_AR_COLLAPSE, text, "ar") == [], text


def test_ar_a_day_inside_the_reported_clause_still_dates_the_event() -> None:
    other = "قال الدفاع المدني إن جسر المشاة في مدينة الزرقاء انهار يوم الجمعة ما أدى إلى إصابة سبعة أشخاص."
    assert first_sentence_conflicts(_AR_COLLAPSE, other, "ar") == [("date", {"a": ["2026-03-11"], "b": ["2026-03-13"]})]


def test_tr_the_verb_after_a_weekday_sets_its_direction() -> None:
    # published on Thursday 5 March 2026: the coming Friday is the 6th, the last one the 27th of February
    assert time_values("Toplantı cuma günü yapılacak.", "tr") == {"cuma günü": "2026-03-06"}
    assert time_values("Cuma günü toplantı Ankara'da düzenlenecek.", "tr") == {"Cuma günü": "2026-03-06"}
    assert time_values("Bakan, toplantının cuma günü yapılacağını söyledi.", "tr") == {"cuma günü": "2026-03-06"}
    assert time_values("Toplantı cuma günü yapıldı.", "tr") == {"cuma günü": "2026-02-27"}
    assert time_values("Cuma günü yapılan açıklamada bakan istifa edeceğini söyledi.", "tr") == {"Cuma günü": "2026-02-27"}


def test_tr_since_after_the_month_is_the_last_one() -> None:
    assert time_values("Fiyatlar temmuzdan beri yükseliyor.", "tr") == {"temmuz": "2025-07"}
    assert time_values("Fiyatlar temmuz ayından bu yana yükseliyor.", "tr") == {"temmuz": "2025-07"}
    assert time_values("Temmuzda fiyatlar yükselecek.", "tr") == {"Temmuz": "2026-07"}


def _quote_grades(texts: list[str], lang: str) -> list[tuple[str, list[str]]]:
    import parallax

    groups = parallax.compare(outlet_articles(texts, lang)).to_dict()["quotes"]
    return [(g["fidelity"], [v["fidelity"] for v in g["variants"]]) for g in groups if len(g["variants"]) > 1]


def test_id_reported_speech_that_adds_a_negation_is_altered_not_a_paraphrase() -> None:
    texts = [
        'Menteri Keuangan Rina Hartowo mengatakan, "Pemerintah akan menaikkan harga bahan bakar bulan depan."',
        "Menteri Keuangan Rina Hartowo mengatakan pemerintah tidak akan menaikkan harga bahan bakar bulan depan.",
    ]
    assert _quote_grades(texts, "id") == [("altered", ["verbatim", "altered"])]


def test_zh_reported_speech_that_drops_a_negation_is_altered() -> None:
    texts = ["财政部长王丽芳说：“政府不会提高燃油价格。”", "财政部长王丽芳表示，政府会提高燃油价格。"]
    assert _quote_grades(texts, "zh") == [("altered", ["verbatim", "altered"])]


def test_a_faithful_report_of_a_negation_stays_a_paraphrase() -> None:
    texts = [
        'Menteri Keuangan Rina Hartowo mengatakan, "Pemerintah tidak akan menaikkan harga bahan bakar bulan depan."',
        "Menteri Keuangan Rina Hartowo mengatakan bahwa pihaknya tidak akan menaikkan harga bahan bakar pada bulan depan.",
    ]
    assert _quote_grades(texts, "id") == [("paraphrase", ["verbatim", "paraphrase"])]
