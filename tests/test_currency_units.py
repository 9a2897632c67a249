"""A currency written many ways is one unit: "200 millió forintot", "250 millió Ft" and "HUF 250m" are sums in
forints (HUF), "125 tisíc korun" and "125 000 Kč" in Czech crowns (CZK), and two reports of one sum compare
whichever way each writes it.
Reports of invented events, published on Saturday 14 March 2026."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.analyze.quantities.money import is_money
from parallax.compare.conflicts import sentence_conflicts
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14"


def _analysed(texts: list[str], lang: str) -> list[Article]:
    arts = [Article(id=i, text=t, outlet=i.upper(), published=PUBLISHED, language=lang) for i, t in zip("abc", texts, strict=False)]
    Analyzer().analyze_all(arts)
    return arts


def _units(text: str, lang: str) -> list[tuple[float, str | None]]:
    (art,) = _analysed([text], lang)
    return [(q.value, q.unit) for q in art.quantities]


def _number_conflicts(a_text: str, b_text: str, lang: str) -> list[dict]:
    a, b = _analysed([a_text, b_text], lang)
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"]


# each way of writing a currency, read as its one code (the dollar, euro, pound, yen and rupee keep their signs)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "A kormány 200 millió forintot különít el a károsultaknak.", [(2e8, "HUF")]),
        ("hu", "A helyreállítás 250 millió forint lesz.", [(2.5e8, "HUF")]),
        ("hu", "A helyreállítás 250 millió Ft-ba kerül.", [(2.5e8, "HUF")]),
        ("en", "The Budapest council set aside HUF 250m for repairs.", [(2.5e8, "HUF")]),
        ("cs", "Oprava mostu bude stát 125 tisíc korun.", [(125_000.0, "CZK")]),
        ("cs", "Oprava mostu bude stát 125 000 Kč.", [(125_000.0, "CZK")]),
        ("cs", "Kraj na opravy uvolní 5 mil. Kč.", [(5e6, "CZK")]),
        ("en", "The Brno council approved CZK 125,000 for the bridge.", [(125_000.0, "CZK")]),
        ("pl", "Każda rodzina dostanie 500 zł zasiłku.", [(500.0, "PLN")]),
        ("pl", "Każda rodzina dostanie 500 złotych zasiłku.", [(500.0, "PLN")]),
        ("en", "Each family will receive PLN 500 in aid.", [(500.0, "PLN")]),
        ("uk", "Кожна родина отримає 500 грн допомоги.", [(500.0, "UAH")]),
        ("uk", "Кожна родина отримає 500 гривень допомоги.", [(500.0, "UAH")]),
        ("tr", "Belediye her aileye 500 lira yardım yapacak.", [(500.0, "TRY")]),
        ("tr", "Belediye her aileye 500 TL yardım yapacak.", [(500.0, "TRY")]),
        ("tr", "Belediye her aileye ₺500 yardım yapacak.", [(500.0, "TRY")]),
        ("he", "העירייה תעניק 500 שקל לכל משפחה.", [(500.0, "ILS")]),
        ("he", "העירייה תעניק ₪500 לכל משפחה.", [(500.0, "ILS")]),
        ("he", 'העירייה תעניק 5 מיליון ש"ח לשיקום.', [(5e6, "ILS")]),
        ("id", "Pemerintah daerah menyiapkan Rp 5 juta bagi setiap keluarga.", [(5e6, "IDR")]),
        ("id", "Pemerintah daerah menyiapkan 5 juta rupiah bagi setiap keluarga.", [(5e6, "IDR")]),
        ("ko", "시는 피해 가구에 500만 원을 지급한다.", [(5e6, "KRW")]),
        ("ko", "시는 피해 가구에 ₩5,000,000을 지급한다.", [(5e6, "KRW")]),
        ("zh", "市政府拨款500万元用于灾后重建。", [(5e6, "CNY")]),
        ("zh", "市政府拨款500万人民币用于灾后重建。", [(5e6, "CNY")]),
        ("ja", "市は復旧に500万円を充てる。", [(5e6, "¥")]),
        ("zh", "市政府获得500万美元援助。", [(5e6, "$")]),
        ("ko", "시는 복구에 1000만 달러를 투입한다.", [(1e7, "$")]),
        ("vi", "Tỉnh hỗ trợ mỗi hộ 5 triệu đồng.", [(5e6, "VND")]),
        ("en", "The province gave each household VND 5,000,000.", [(5e6, "VND")]),
        ("hi", "सरकार हर परिवार को 50 लाख रुपये देगी।", [(5e6, "₹")]),
        ("en", "The state will give Rs 50 lakh to each family.", [(5e6, "₹")]),
        ("ru", "Каждая семья получит 500 рублей.", [(500.0, "RUB")]),
        ("ru", "Каждая семья получит 500 ₽.", [(500.0, "RUB")]),
    ],
)  # fmt: skip
def test_a_currency_is_read_as_its_one_unit(lang, text, expected):
    assert _units(text, lang) == expected


# two reports of one sum written two ways: their figures compare, and different figures conflict
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("hu", "A kormány 200 millió forintot különít el a károsultaknak.", "A kormány 250 millió Ft-ot különít el a károsultaknak.",
         ([2e8], [2.5e8], "HUF")),
        ("cs", "Oprava mostu v Kolíně bude stát 125 tisíc korun, uvedla radnice.",
         "Oprava mostu v Kolíně bude stát 150 000 Kč, uvedla radnice.", ([125_000.0], [150_000.0], "CZK")),
        ("pl", "Gmina wypłaci każdej rodzinie 500 zł zapomogi.", "Gmina wypłaci każdej rodzinie 800 złotych zapomogi.",
         ([500.0], [800.0], "PLN")),
        ("tr", "Belediye sel mağdurlarına 5 milyon lira yardım yapacak.", "Belediye sel mağdurlarına 6 milyon TL yardım yapacak.",
         ([5e6], [6e6], "TRY")),
        ("uk", "Міськрада виділила 500 тис. грн на ремонт.", "Міськрада виділила 600 тисяч гривень на ремонт.",
         ([500_000.0], [600_000.0], "UAH")),
        ("zh", "市政府拨款500万元用于灾后重建。", "市政府拨款800万人民币用于灾后重建。", ([5e6], [8e6], "CNY")),
    ],
)  # fmt: skip
def test_one_currency_written_two_ways_compares(lang, a, b, values):
    assert [(v["a"], v["b"], v.get("unit")) for v in _number_conflicts(a, b, lang)] == [values]


# the same sum written two ways agrees
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("hu", "A kormány 250 millió forintot különít el a károsultaknak.", "A kormány 250 millió Ft-ot különít el a károsultaknak."),
        ("cs", "Oprava mostu v Kolíně bude stát 125 tisíc korun, uvedla radnice.", "Oprava mostu v Kolíně bude stát 125 000 Kč, uvedla radnice."),
        ("ru", "Штраф для водителя составит 5 тыс. рублей.", "Штраф для водителя составит 5000 ₽."),
    ],
)  # fmt: skip
def test_one_sum_written_two_ways_agrees(lang, a, b):
    (art_a, art_b) = _analysed([a, b], lang)
    assert [q.unit for q in art_a.quantities] == [q.unit for q in art_b.quantities]


# a currency is never the noun a count counts
@pytest.mark.parametrize("unit", ["forintra", "kč", "zł", "złotych", "грн", "гривень", "рублей", "đồng"])
def test_a_currency_is_money(unit):
    assert is_money(unit)
