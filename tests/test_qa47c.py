"""Session 47 QA (qa47c): a month in a past clause in Arabic, Hebrew, Persian and Urdu, and the findings of a round
in Japanese, Chinese, Korean, Arabic, Persian, Urdu, Hebrew, Hindi, Indonesian, Thai, Vietnamese, Russian and
Ukrainian.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-11-20T10:00:00Z"  # a Friday


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # the perfect of an act dates a month near publication to the one gone, as "signed it in January" does
        ("ar", "أغلقت السلطات المعبر الحدودي في يناير بسبب الفيضانات.", "يناير", "2026-01"),
        ("ar", "وافق البرلمان على الميزانية في فبراير بعد جدل طويل.", "فبراير", "2026-02"),
        ("he", "העירייה השיקה בינואר את הקו החדש.", "בינואר", "2026-01"),
        ("fa", "مجلس این لایحه را در ژانویه تصویب کرد.", "ژانویه", "2026-01"),
        ("ur", "یہ پل جنوری میں کھولا گیا تھا۔", "جنوری", "2026-01"),
        # ... and a future word keeps it ahead
        ("ar", "وأكدت الوزارة أن المعبر سيفتح في يناير.", "يناير", "2027-01"),
        ("he", "העירייה תשיק בינואר את הקו החדש.", "בינואר", "2027-01"),
        ("fa", "مجلس این لایحه را در ژانویه تصویب خواهد کرد.", "ژانویه", "2027-01"),
        ("ur", "یہ پل جنوری میں کھولا جائے گا۔", "جنوری", "2027-01"),
        # a Gregorian month alone is read in Persian and Urdu, whose press never cuts one ("مارس", "مئی" are whole)
        ("fa", "شرکت در مارس کارخانه تازه‌ای افتتاح کرد.", "مارس", "2026-03"),
        ("ur", "کمپنی نے مئی میں نیا کارخانہ کھولا تھا۔", "مئی", "2026-05"),
        ("fa", "دولت در ماه مه بودجه را اعلام کرد.", "مه", "2026-05"),
    ],
)
def test_month_in_a_past_clause(lang: str, text: str, expr: str, value: str) -> None:
    assert resolved(lang, text, PUB).get(expr, "missing") == value


def test_persian_fog_is_no_may() -> None:
    assert resolved("fa", "پرواز‌ها به دلیل مه غلیظ لغو شد.", PUB) == {}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "پیر تک" and "بدھ تک" are until Monday, until Wednesday, in a quotation too, as "منگل تک" is
        ("ترجمان نے کہا: \"پیر تک شاہراہ پر ٹریفک معطل رہے گی\"۔", "پیر تک", "2026-11-23"),
        ("محکمہ موسمیات کے مطابق بدھ تک بارش کا امکان ہے۔", "بدھ تک", "2026-11-25"),
    ],
)
def test_urdu_ambiguous_weekday_until(text: str, expr: str, value: str) -> None:
    assert resolved("ur", text, PUB).get(expr, "missing") == value


def test_urdu_a_week_until_is_no_saturday() -> None:
    assert "ہفتہ تک" not in resolved("ur", "مریض ایک ہفتہ تک زیر علاج رہا۔", PUB)


def test_japanese_tonight_in_a_quotation() -> None:
    assert resolved("ja", "消防局長は「今夜も余震に警戒してほしい」と呼びかけた。", PUB).get("今夜") == "2026-11-20TNI"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title set off by the middle dot is none of the name
        ("鈴木・防衛相は「警戒を続ける」と強調した。", ["鈴木"]),
        # the surname and title after the full name: the person named in full
        ("中村浩二会長は「責任を痛感している」と述べた。中村会長は「再発防止に努める」と語った。", ["中村浩二", "中村浩二"]),
        # a deputy's title is no given name: "小林副社長" is Kobayashi, not a "小林副"
        ("小林副社長は「生産を再開する」と述べた。小林氏は「時期は未定だ」と語った。", ["小林", "小林"]),
    ],
)
def test_japanese_speaker_is_the_person(text: str, speakers: list[str]) -> None:
    from tests.helpers import analyzed

    assert [q.speaker for q in analyzed(text, "ja", PUB).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the surname alone after the full name is the person named in full
        (
            "מנהלת בית החולים, רונית שפירא, אמרה כי המצב יציב. \"אנחנו ערוכים לכל תרחיש\", אמרה שפירא.",
            ["רונית שפירא", "רונית שפירא"],
        ),
        # two people of one surname: the surname alone is neither
        (
            "דני לוי אמר כי הכביש ייפתח מחר. מיכל לוי אמרה כי הנזק כבד. \"נדרש זמן\", אמר לוי.",
            ["דני לוי", "מיכל לוי", "לוי"],
        ),
    ],
)
def test_hebrew_surname_alone_is_the_full_name(text: str, speakers: list[str]) -> None:
    from tests.helpers import analyzed

    assert [q.speaker for q in analyzed(text, "he", PUB).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a number in characters before a metric unit in characters measures, as one in figures does
        ("搜救范围扩大到三百公里。", ("三百", 300.0, "km")),
        ("救援队运来两千公斤物资。", ("两千", 2000.0, "kg")),
        ("滑坡体长约八千米。", ("八千", 8000.0, "m")),
        # 千 after ten or a hundred is the unit's kilo: "二十千米" is 20 km, never 1,020 m
        ("震源深度二十千米。", ("二十", 20.0, "km")),
    ],
)
def test_chinese_numerals_before_a_metric_unit(text: str, figure: tuple) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, "zh", PUB)
    assert [(text[q.start : q.end], q.value, q.unit) for q in art.quantities] == [figure]


def test_one_capacity_under_two_prefixes_is_no_conflict() -> None:
    from tests.helpers import compared_conflicts

    texts = ["电网公司称，停运的光伏装机容量为1320万千瓦。", "电网公司表示，停运的光伏装机容量为13.2 GW。", "电网公司称，停运的光伏装机容量为9.8 GW。"]
    assert compared_conflicts(texts[:2], "zh") == []
    assert compared_conflicts([texts[0], texts[2]], "zh") != []


@pytest.mark.parametrize(
    ("long", "short", "grouped"),
    [
        # a Korean word or two lifted from the other report's quotation, its ending left off, one speaker: a trim
        ('최은영 소방서장은 "이번 화재는 명백한 인재였다"고 말했다.', '최은영 소방서장은 "명백한 인재"라고 말했다.', True),
        ('한지호 위원장은 "우리는 끝까지 싸울 것"이라고 말했다.', '한지호 위원장은 "끝까지 싸울"이라고 말했다.', True),
        # ... but not when the reports name two people
        ('최은영 소방서장은 "이번 화재는 명백한 인재였다"고 말했다.', '박성민 시장은 "명백한 인재"라고 말했다.', False),
    ],
)
def test_korean_short_quotation_groups_with_its_source(long: str, short: str, grouped: bool) -> None:
    import parallax
    from tests.helpers import outlet_articles

    quotes = parallax.compare(outlet_articles([long, short], "ko")).to_dict()["quotes"]
    assert any(len(q["variants"]) == 2 for q in quotes) == grouped


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # "مقتل" (the killing of) is the dead; an injury word right before another figure is that figure's
        ("أسفر الانفجار عن مقتل 3 أشخاص وإصابة 11 آخرين.", ["dead", "injured"]),
        ("أعلنت السلطات مقتل 8 جنود في الهجوم.", ["dead"]),
    ],
)
def test_arabic_killing_is_the_dead(text: str, roles: list[str]) -> None:
    from parallax.compare.roles import role
    from tests.helpers import analyzed

    art = analyzed(text, "ar", PUB)
    assert [role(art.text, q) for q in art.quantities] == roles


def test_arabic_toll_conflict_across_two_idioms() -> None:
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts("أسفر انهيار المبنى عن مقتل 5 أشخاص وإصابة 20 آخرين.", "لقي 7 أشخاص حتفهم وأصيب 20 آخرون في انهيار المبنى.", "ar")
    assert [kind for kind, _ in found] == ["number"]
