"""Number words of Czech, Hungarian, Finnish, Bulgarian and Hebrew, on sentences of our own: the
forms a count takes in each (cases, compounds written as one word, personal and construct forms,
"и"/"ו" before the last part), and the traps: words that hold a number word or are one but mean
something else ("egyetem", "kolmio", "stěna", "sataa", "שנים", "באר שבע"), and vague counts."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import find_quantities
from parallax.records import Article
from tests.helpers import shown


def _read(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


def _values(text: str, lang: str) -> list[float]:
    return [q.value for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("V nemocnici skončilo dvanáct lidí.", [("dvanáct", 12.0, "lidí")]),
        ("Hasiči evakuovali tisíc dvě stě obyvatel.", [("tisíc dvě stě", 1200.0, "obyvatel")]),
        ("Dvě stě domů zůstalo bez proudu.", [("Dvě stě", 200.0, "domů")]),
        ("Lékaři se starali o dvanácti lidí ve třech nemocnicích.", [("dvanácti", 12.0, "lidí"), ("třech", 3.0, "nemocnicích")]),
        ("Zasahovalo čtrnáct hasičů a pět set dobrovolníků.", [("čtrnáct", 14.0, "hasičů"), ("pět set", 500.0, "dobrovolníků")]),
        ("Třiadvacet lidí a dvacet tři aut.", [("Třiadvacet", 23.0, "lidí"), ("dvacet tři", 23.0, "aut")]),
        ("Přišlo dva tisíce lidí.", [("dva tisíce", 2000.0, "lidí")]),
        ("Oprava stála půl milionu korun.", [("půl milionu", 500_000.0, "CZK")]),
    ],
)
def test_czech_numbers(text, found):
    assert _read(text, "cs") == found


@pytest.mark.parametrize(
    "text",
    [
        "Areál leží jen několik set metrů od školy.",  # some hundreds of metres
        "Ten den spadla stěna.",  # "that" day; "stě" starts "stěna"
        "Tisíce lidí vyšly do ulic, několik tisíc dalších čekalo.",  # thousands
        "Jednou za rok přijede jeden autobus.",  # once, one
        "Za půl hodiny.",  # half an hour
    ],
)
def test_czech_traps_count_nothing(text):
    assert _read(text, "cs") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A tűzben tizenkét ember megsérült.", [("tizenkét", 12.0, "ember")]),
        ("Az épületből ezerkétszáz embert menekítettek ki.", [("ezerkétszáz", 1200.0, "embert")]),
        ("Huszonkét ember és negyven autó.", [("Huszonkét", 22.0, "ember"), ("negyven", 40.0, "autó")]),
        ("Hárman meghaltak, ketten megsérültek.", [("Hárman", 3.0, "meghaltak"), ("ketten", 2.0, "megsérültek")]),
        ("Kétezer-ötszáz lakost és tizenkettőt mentettek ki.", [("Kétezer-ötszáz", 2500.0, "lakost"), ("tizenkettőt", 12.0, "mentettek")]),
        ("A kár kétmillió forint, a segély fél millió forint.", [("kétmillió", 2e6, "HUF"), ("fél millió", 500_000.0, "HUF")]),
        ("Hét ember halt meg.", [("Hét", 7.0, "ember")]),
    ],
)
def test_hungarian_numbers(text, found):
    assert _read(text, "hu") == found


@pytest.mark.parametrize(
    "text",
    [
        "Az egyetem hallgatói egy épületben laknak.",  # "egyetem" starts with "egy" (one, also "a")
        "A jövő héten tárgyalnak, a múlt hét eseményeiről.",  # next week, last week
        "Több százan figyelték, több ezer ember várt.",  # several hundred, several thousand
        "Egyre többen jönnek.",  # "increasingly"
        "A kár több millió forint.",  # several million
        "Nagyon fél.",  # "is afraid"
        "Egy öt fős család költözött be.",  # a five-person family: an attribute, no count of the story
    ],
)
def test_hungarian_traps_count_nothing(text):
    assert _read(text, "hu") == []


def test_hungarian_weeks_after_a_number_are_no_seven():
    assert _values("Két hét múlva döntenek, egy hét után.", "hu") == [2.0]  # two weeks; (one alone is "a")


@pytest.mark.parametrize(
    "text",
    [
        "A hét végén tüntetést tartanak.",  # at the weekend (the end of the week)
        "A tárgyalás a hét elején folytatódik, a hét közepén döntenek.",  # at the start, in the middle of the week
        "A hét első napján megnyitották a hidat.",  # on the first day of the week: after the article
        "E hét során döntenek.",  # during this week
        "Hét után hazaengedték.",  # after a week: a postposition, no noun to count
    ],
)
def test_hungarian_het_as_the_week_is_no_seven(text):
    assert _read(text, "hu") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A hét végén hét ember megsérült.", [("hét", 7.0, "ember")]),  # the week, then seven people
        ("A múlt héten hét embert letartóztattak.", [("hét", 7.0, "embert")]),
        ("Hét nap múlva döntenek.", [("Hét", 7.0, "nap")]),  # seven days: a noun before the postposition
        ("A tűzben 7 ember megsérült, a 7 sérült egy kórházba került.", [("7", 7.0, "ember"), ("7", 7.0, "sérült")]),  # figures: always
    ],
)
def test_hungarian_seven_before_a_noun_still_counts(text, found):
    assert _read(text, "hu") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kaksitoista matkustajaa loukkaantui.", [("Kaksitoista", 12.0, "matkustajaa")]),
        ("Aluksella oli tuhat kaksisataa matkustajaa.", [("tuhat kaksisataa", 1200.0, "matkustajaa")]),
        ("Tuhatkaksisataa ihmistä.", [("Tuhatkaksisataa", 1200.0, "ihmistä")]),
        ("Neljätoista ihmistä ja seitsemän autoa.", [("Neljätoista", 14.0, "ihmistä"), ("seitsemän", 7.0, "autoa")]),
        ("Ensiapua annettiin kahdelletoista matkustajalle.", [("kahdelletoista", 12.0, "matkustajalle")]),
        ("Apua annettiin seitsemälle matkustajalle ja kolmelle lapselle.", [("seitsemälle", 7.0, "matkustajalle"), ("kolmelle", 3.0, "lapselle")]),
        ("Kahdenkymmenenkolmen ihmisen ryhmä.", [("Kahdenkymmenenkolmen", 23.0, "ihmisen")]),
        ("Kahdensadan asukkaan kylä.", [("Kahdensadan", 200.0, "asukkaan")]),
        ("Vahingot ovat puoli miljoonaa euroa.", [("puoli miljoonaa", 500_000.0, "euroa")]),
    ],
)
def test_finnish_numbers(text, found):
    """The counted noun is compared without its case ending (quantities.endings.finnish_partitive_base: the
    partitive "-tä" of "ihmistä" after a consonant, else finnish_base), the way two reports' "12:lle
    matkustajalle" and "15 matkustajaa" meet; euros are "€"."""
    from parallax.analyze.quantities.endings import finnish_partitive_base

    def unit(u):
        return "€" if u == "euroa" else finnish_partitive_base(u)

    assert _read(text, "fi") == [(t, v, unit(u)) for t, v, u in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kolmio ja kuusikulmio.",  # triangle, hexagon
        "He tekivät työtä yhdessä, yhtä aikaa.",  # together, at the same time
        "Huomenna sataa vettä.",  # "it rains"
        "Yksi heistä kertoi, että muutama sata ihmistä jäi rannalle.",  # one of them; a few hundred
        "Satakunnan pelastuslaitos ja toinen puoli.",  # the region; the other side
    ],
)
def test_finnish_traps_count_nothing(text):
    assert _read(text, "fi") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Дванадесет души са пострадали.", [("Дванадесет", 12.0, "души")]),
        ("От района са изведени хиляда и двеста жители.", [("хиляда и двеста", 1200.0, "жители")]),
        ("Двама загинали и тримата шофьори.", [("Двама", 2.0, "загинали"), ("тримата", 3.0, "шофьори")]),
        ("Двадесет и трима работници и дванайсет коли.", [("Двадесет и трима", 23.0, "работници"), ("дванайсет", 12.0, "коли")]),
        ("Сто и пет души и две хиляди и петстотин лева.", [("Сто и пет", 105.0, "души"), ("две хиляди и петстотин", 2500.0, "лева")]),
        ("Има и трима ранени.", [("трима", 3.0, "ранени")]),  # the "and" before a count stays out of it
        ("Помощта е половин милион лева.", [("половин милион", 500_000.0, "лева")]),
    ],
)
def test_bulgarian_numbers(text, found):
    assert _read(text, "bg") == found


@pytest.mark.parametrize(
    "text",
    [
        "Тя живее на няколкостотин метра, а десетки къщи са повредени.",  # several hundred, dozens
        "Хиляди хора излязоха, няколко хиляди останаха.",  # thousands
        "В петък един човек каза.",  # Friday; "a" man
        "Седмица по-късно.",  # a week later
    ],
)
def test_bulgarian_traps_count_nothing(text):
    assert _read(text, "bg") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("שנים-עשר בני אדם נפצעו.", [("שנים-עשר", 12.0, "בני")]),
        ("כאלף ומאתיים תושבים פונו.", [("כאלף ומאתיים", 1200.0, "תושבים")]),
        ("שתים עשרה נשים ועשרים ושלושה גברים.", [("שתים עשרה", 12.0, "נשים"), ("ועשרים ושלושה", 23.0, "גברים")]),
        ("שלושת הנעדרים ושני פצועים.", [("שלושת", 3.0, "הנעדרים"), ("ושני", 2.0, "פצועים")]),
        ("שלוש מאות איש ושלושת אלפים חיילים.", [("שלוש מאות", 300.0, "איש"), ("ושלושת אלפים", 3000.0, "חיילים")]),
        ("הנזק מוערך בחצי מיליון שקל.", [("בחצי מיליון", 500_000.0, "ILS")]),
        ("הנזק מוערך כחצי מיליון שקל.", [("כחצי מיליון", 500_000.0, "ILS")]),
    ],
)
def test_hebrew_numbers(text, found):
    assert _read(text, "he") == found


@pytest.mark.parametrize(
    "text",
    [
        "לפני שנים רבות.",  # years
        "ביום שני בבוקר.",  # Monday
        "הרקטה נפלה בבאר שבע ובקריית שמונה.",  # cities
        "אלפי אנשים ומאות תושבים.",  # thousands, hundreds
        "אף אחד לא אמר דבר, והשני שתק.",  # no one; the second
        "כחצי שעה.",  # about half an hour
        "בשעה שבע בערב.",  # at seven in the evening
    ],
)
def test_hebrew_traps_count_nothing(text):
    assert _read(text, "he") == []


def _number_conflicts(a_text: str, b_text: str, lang: str) -> list:
    a = Article(id="a", text=a_text, outlet="A", published="2026-04-15", language=lang)
    b = Article(id="b", text=b_text, outlet="B", published="2026-04-15", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [sorted(v for k, vs in shown(c).items() if k != "unit" for v in vs) for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


_STORIES = {
    "cs": "Hasiči kvůli úniku čpavku z mrazíren v Rybníkově evakuovali {} obyvatel z okolních ulic.",
    "hu": "A kővárhelyi bevásárlóközpontban kiütött tűz miatt {} embert menekítettek ki az épületből.",
    "fi": "Kalliosaaren edustalla karille ajaneella matkustajalautalla oli {} matkustajaa.",
    "bg": "След взрива в склада за фойерверки в Стрелково са евакуирани {} жители от квартала.",
    "he": "בשריפה במחסן הצבעים באזור התעשייה של נווה ארבל פונו {} תושבים מבתיהם.",
}


@pytest.mark.parametrize(
    ("lang", "a", "b", "conflict"),
    [
        ("cs", "tisíc dvě stě", "1 200", None),
        ("cs", "tisíc dvě stě", "900", [900.0, 1200.0]),
        ("hu", "ezerkétszáz", "1200", None),
        ("hu", "ezerkétszáz", "1500", [1200.0, 1500.0]),
        ("fi", "tuhat kaksisataa", "1200", None),
        ("fi", "tuhat kaksisataa", "1500", [1200.0, 1500.0]),
        ("bg", "хиляда и двеста", "1 200", None),
        ("bg", "хиляда и двеста", "1500", [1200.0, 1500.0]),
        ("he", "אלף ומאתיים", "1,200", None),
        ("he", "אלף ומאתיים", "1,500", [1200.0, 1500.0]),
    ],
)
def test_a_count_in_words_agrees_with_its_figures_and_not_with_another(lang, a, b, conflict):
    found = _number_conflicts(_STORIES[lang].format(a), _STORIES[lang].format(b), lang)
    assert found == ([conflict] if conflict else []), found
