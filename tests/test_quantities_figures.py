"""Numbers in figures on cases of our own: sums of money in every written form, clock times in more
languages and before a comma, ages in Hungarian, Finnish, Hebrew, Thai, Bulgarian and Czech, Finnish
and Swedish endings after a colon, and Thai classifiers and Buddhist-era years; with the traps
that must stay counts (a decimal before a comma, "34 vuotta", "38 éve", "เป็นเวลา 3 วัน")."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import AGE, find_quantities
from parallax.compare.numbers import number_conflicts, numbers
from parallax.records import Article, Quantity, Sentence


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The deal is worth $1.2bn.", [(1.2e9, "$")]),
        ("Losses reached £300m last year.", [(3e8, "£")]),
        ("The fund holds €4.5bn.", [(4.5e9, "€")]),
        ("Revenue was 1.2bn in the year.", [(1.2e9, None)]),
        ("Debt stands at $2tn and £5mn.", [(2e12, "$"), (5e6, "£")]),
        ("It cost US$1,200 million.", [(1.2e9, "$")]),
        ("It cost USD 1.2 billion.", [(1.2e9, "$")]),
        ("It cost 1.2 billion dollars.", [(1.2e9, "$")]),
        ("It cost 1.2 billion US dollars.", [(1.2e9, "$")]),
        ("It raised A$3m, C$4m, HK$5 billion, NZ$6m, S$7m and R$8m.", [(3e6, "A$"), (4e6, "C$"), (5e9, "HK$"), (6e6, "NZ$"), (7e6, "S$"), (8e6, "R$")]),
        ("It raised 5m Australian dollars.", [(5e6, "A$")]),
        ("The bridge costs 300 million pounds.", [(3e8, "£")]),
        ("Fees of 4 million euros were paid.", [(4e6, "€")]),
    ],
)
def test_a_sum_of_money_keeps_its_scale_and_currency(text, found):
    assert _read(text, "en") == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Die Kosten liegen bei 300 € pro Kopf.", "de", [(300.0, "€")]),
        ("Die Stadt zahlt 1,2 Mio. € dafür.", "de", [(1.2e6, "€")]),
        ("Der Bund gibt 4,5 Mrd. Euro aus.", "de", [(4.5e9, "€")]),
        ("Der Konzern verlor 5 Milliarden Dollar.", "de", [(5e9, "$")]),
        ("Costó 1,2 millones de dólares.", "es", [(1.2e6, "$")]),
    ],
)
def test_a_currency_after_the_number_is_the_same_sign(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police seized 300 pounds of cannabis.", [(300.0, "pound")]),  # a weight: a pound is money with a scale
        ("They shipped 2 tn of coal.", [(2.0, "tn")]),  # tonnes: "tn" is a trillion only glued to a figure
        ("It was $18.30, a record.", [(18.3, "$")]),  # money before a comma stays money
        ("The rate rose to 18.30, a record.", [(18.3, None)]),  # a decimal before a comma, no "at"
        ("Prices rose 5 percent.", [(5.0, "%")]),
    ],
)
def test_money_traps(text, found):
    assert _read(text, "en") == found


def _sentence_numbers(text: str, lang: str = "en") -> dict:
    article = Article(id="x", text=text, language=lang)
    article.quantities = find_quantities(text, lang, [])
    return numbers(article, Sentence(text=text, start=0, end=len(text)))


def test_the_forms_of_one_sum_agree_and_a_different_sum_conflicts():
    glued = _sentence_numbers("The deal is worth $1.2bn.")
    prefixed = _sentence_numbers("The deal is worth US$1,200 million.")
    words = _sentence_numbers("The deal is worth 1.2 billion dollars.")
    assert number_conflicts(glued, prefixed) == number_conflicts(glued, words) == number_conflicts(prefixed, words) == []
    assert number_conflicts(glued, _sentence_numbers("The deal is worth 1.5 billion dollars.")) == [("$", [1.2e9], [1.5e9])]


# --- clock times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Alus ajoi karille noin kello 18.30, kun sää oli tyyni.", "fi"),
        ("Alus ajoi karille klo 18.30, kun sää oli tyyni.", "fi"),
        ("Der Zug entgleiste um 18.30, als er bremste.", "de"),
        ("Il treno è deragliato alle 18.30, quando ha frenato.", "it"),
        ("Nehoda se stala v 16.20, kdy vlak brzdil.", "cs"),
        ("Nehoda se stala ve 14.05 ráno.", "cs"),
        ("Nehoda se stala po 21. hodině.", "cs"),
        ("Sraz byl v 16:20 hodin.", "cs"),
        ("Tűz ütött ki este 19 óra 40 perckor.", "hu"),
        ("A tűz 19 órakor ütött ki.", "hu"),
        ("Junat seisoivat kello 21:tä pidempään.", "fi"),
        ("Пожарът избухна в 11:15 часа.", "bg"),
        ("Пожарът избухна в 11 часа.", "bg"),
        ("Пожар начался в 11 часов.", "ru"),
        ("เมื่อวานนี้ เวลาประมาณ 21.30 น. เกิดเหตุเพลิงไหม้", "th"),
        ("เมื่อคืน เวลาประมาณ ๒๑.๓๐ น. เกิดเหตุเพลิงไหม้", "th"),
        ("เกิดเหตุเมื่อ 21 นาฬิกา", "th"),
        ("Olycksplatsen nåddes klockan 8 på morgonen.", "sv"),
        ("Zdarzenie miało miejsce o godzinie 15 w centrum.", "pl"),
        ("He arrived at 9.45.", "en"),
    ],
)
def test_a_clock_time_is_no_count(text, lang):
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The index closed at 12.5, up from 11.", "en", [(12.5, None), (11.0, None)]),  # no minutes: a decimal
        ("เป็นเวลา 3 วัน", "th", [(3.0, "วัน")]),  # "for three days": an hour needs its minutes after เวลา
        ("Пожар тушили 3 часа.", "ru", [(3.0, "часа")]),  # a span: no "в" before
        ("Hasiči zasahovali 3 hodiny.", "cs", [(3.0, "hodiny")]),
        ("Det var 21 personer där.", "sv", [(21.0, "personer")]),  # an hour's figure without a clock word
        ("Der Umsatz stieg um 18.30 Prozent.", "de", [(18.3, "%")]),
    ],
)
def test_clock_traps_stay_counts(text, lang, found):
    assert _read(text, lang) == found


def test_the_minutes_after_an_hour_are_no_count():
    # the end of the clock time is where reading goes on: "40" in "19 óra 40 perc" is its minutes
    assert _read("Este 19 óra 40 perckor 12 ember sérült meg.", "hu") == [(12.0, "ember")]


# --- ages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A 38 éves Kiss Gábor szerint a tűz gyorsan terjedt.", "hu"),
        ("Tóth Anna 29 évesen költözött ide.", "hu"),
        ("Kertoi 34-vuotias matkustaja Sanna Heikkinen.", "fi"),
        ("Poliisi kuulusteli 34-vuotiaan miehen.", "fi"),
        ("האישה, בת 36, סיפרה על הלילה.", "he"),
        ("הגבר, בן 48, נפצע קל.", "he"),
        ("בן ה-48 נפצע קל.", "he"),
        ("นางสาวกมลวรรณ ศรีสุข อายุ 34 ปี แม่ค้าในตลาด", "th"),
        ("63-годишната жена е в болница.", "bg"),
        ("47-годишният шофьор е задържан.", "bg"),
        ("Popsal 41letý řidič Tomáš.", "cs"),
        ("Viděla 41letá žena.", "cs"),
        ("Policie vyslechla 41letou ženu.", "cs"),
        ("Policie vyslechla 41-letého muže.", "cs"),
        ("Zemřel ve věku 82 let.", "cs"),
    ],
)
def test_an_age_is_no_count(text, lang):
    assert [unit for _, unit in _read(text, lang)] == [AGE]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A cég 38 éve működik a városban.", "hu"),  # 38 years (ago): a span, no age
        ("Hän asui kylässä 34 vuotta.", "fi"),  # 34 years
        ("Pracoval tam 41 let.", "cs"),  # 41 years
        ("ทำงานมา 34 ปี", "th"),  # 34 years, no อายุ before
        ("נרשמו בין 36 ל-48 פניות.", "he"),  # "between", not "son of"
        ("Отне 63 години.", "bg"),
    ],
)
def test_a_span_of_years_is_no_age(text, lang):
    assert AGE not in [unit for _, unit in _read(text, lang)]


# --- endings after a colon -----------------------------------------------------------------------


def test_a_finnish_case_ending_after_a_colon_keeps_the_noun():
    (twelve,) = _read("Ensiapua annettiin 12:lle matkustajalle, ja osa vietiin sairaalaan.", "fi")
    (fifteen,) = _read("Onnettomuudessa 15 matkustajaa loukkaantui.", "fi")
    assert twelve == (12.0, fifteen[1]) and fifteen == (15.0, "matkustaja")
    assert _read("Paikalla oli 3 poliisia ja 2 poliisille.", "fi") == [(3.0, "poliisi"), (2.0, "poliisi")]
    assert _read("Lisäksi 3:n hengen perhe", "fi") == [(3.0, "henge")]
    assert _read("yli 3:a henkeä", "fi") == [(3.0, "henke")]  # "kolmea": three, in the partitive


def test_the_passengers_in_two_cases_conflict():
    a = _sentence_numbers("Ensiapua annettiin 12:lle matkustajalle.", "fi")
    b = _sentence_numbers("Ensiapua annettiin 15 matkustajalle.", "fi")
    # (compared under the kind of person the noun names, as "Passagiere" and "pasajeros" are: session 44's qa44b)
    assert number_conflicts(a, b) == [("passenger", [12.0], [15.0])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Hon kom på 3:e plats, 12 personer såg det.", "sv", [(12.0, "personer")]),
        ("Hon kom på 1:a plats och 2:a gången.", "sv", []),
        ("Hän sijoittui 3:s ja 4:nnen kerran.", "fi", []),
        ("Chapter 3: Intro", "en", [(3.0, None)]),  # no ending after a colon and a space
    ],
)
def test_an_ordinal_ending_after_a_colon_is_no_count(text, lang, found):
    assert _read(text, lang) == found


# --- Thai -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("มีผู้บาดเจ็บ 15 รายและรถ 3 คันถูกไฟไหม้", [(15.0, "ราย"), (3.0, "คัน")]),
        ("อพยพประชาชน 1,200 คน ออกจากพื้นที่", [(1200.0, "คน")]),
        ("รถดับเพลิง 18 คัน และเจ้าหน้าที่ 60 นาย", [(18.0, "คัน"), (60.0, "นาย")]),
        ("บ้าน 12 หลังคาเรือนได้รับความเสียหาย", [(12.0, "หลังคาเรือน")]),
        ("ประชาชน 1.2 ล้านคน", [(1.2e6, "คน")]),
        ("ความเสียหาย 5 หมื่นบาท", [(5e4, "บาท")]),
        ("มีผู้ได้รับบาดเจ็บ ๑๒ ราย", [(12.0, "ราย")]),
        ("มีทั้งหมด 2500 คน", [(2500.0, "คน")]),  # a count of 2,500 people, not a year
        ("ทุกปี 300 คน", [(300.0, "คน")]),  # 300 people every year: "ปี" before three figures
        ("ดัชนีอยู่ที่ 15 และเพิ่มขึ้น", [(15.0, None)]),  # no classifier: no noun, not the clause
    ],
)
def test_a_thai_count_takes_its_classifier(text, found):
    assert _read(text, "th") == found


@pytest.mark.parametrize(
    "text",
    [
        "ตลาดแห่งนี้เปิดมาตั้งแต่ปี 2530 และเป็นตลาดสด",
        "ตลาดแห่งนี้เปิดมาตั้งแต่ปี ๒๕๓๐",
        "ก่อตั้งเมื่อ พ.ศ. 2530",
        "ก่อตั้งเมื่อ ค.ศ. 1987",
    ],
)
def test_a_thai_year_is_no_count(text):
    assert _read(text, "th") == []


def test_quantities_are_kept_in_order_with_the_glued_ages():
    found = find_quantities("Zraněno bylo 14 lidí, 41letá žena a 3 děti.", "cs", [])
    assert [(q.text, q.unit) for q in found] == [("14", "lidí"), ("41", AGE), ("3", "děti")]
    assert all(isinstance(q, Quantity) for q in found)
    # a glued age inside a span already read (a date or a time) is left
    assert find_quantities("41letá", "cs", [(0, 6)]) == []
