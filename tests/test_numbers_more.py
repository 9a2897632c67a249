"""Number reading on cases of our own: fractions of millions, Slavic compounds with thousands,
partitive counts ("three of them"), identifiers, ages and wire datelines."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.analyze.quantities import find_quantities
from parallax.compare.numbers import numbers
from parallax.records import Article
from tests.helpers import shown


def _analyzed(text: str, lang: str) -> Article:
    article = Article(id="x", text=text, language=lang, published="2026-09-16T10:00:00+00:00")
    Analyzer().analyze(article)
    return article


def _numbers(text: str, lang: str) -> dict:
    article = _analyzed(text, lang)
    out: dict = {}
    for s in article.sentences:
        for key, by_role in numbers(article, s).items():
            for what, found in by_role.items():
                out.setdefault(key, {}).setdefault(what, set()).update(v for v, _, _ in found)
    return out


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("La reforma del puente costará tres millones y medio de euros.", "es", [3_500_000.0]),
        ("Se recaudaron dos millones y medio de pesos y un millón y medio de dólares.", "es", [2_500_000.0, 1_500_000.0]),
        ("Le chantier a coûté deux millions et demi d'euros.", "fr", [2_500_000.0]),
        ("Die Sanierung kostet zweieinhalb Millionen Euro.", "de", [2_500_000.0]),
        ("Die Stadt zahlt anderthalb Millionen Euro.", "de", [1_500_000.0]),
        ("Ремонт обойдётся в полтора миллиона рублей.", "ru", [1_500_000.0]),
        ("Ремонт обойдётся в два с половиной миллиона рублей.", "ru", [2_500_000.0]),
        ("The bridge will cost two and a half million pounds.", "en", [2_500_000.0]),
        ("La obra costará 4 millones y medio de euros.", "es", [4_500_000.0]),
        ("Se invirtieron tres millones de euros.", "es", [3_000_000.0]),  # "mil" is no prefix of "millones"
    ],
)
def test_halves_of_millions_are_read(text, lang, values):
    assert [q.value for q in find_quantities(text, lang, [])] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Без света остались тысяча двести жителей посёлка.", "ru", [1200.0]),
        ("Эвакуированы две тысячи триста человек.", "ru", [2300.0]),
        ("Ещё полторы тысячи человек ждут автобусов.", "ru", [1500.0]),
        ("На площадь вышли пятьсот сорок семь человек.", "ru", [547.0]),
        ("Около трёх тысяч пятисот жителей эвакуированы.", "ru", [3500.0]),
        ("Тысячи людей вышли на улицы.", "ru", []),  # "thousands": no figure
        ("Без світла залишилися тисяча двісті мешканців.", "uk", [1200.0]),
        ("Ewakuowano dwa tysiące trzysta osób.", "pl", [2300.0]),
        ("Na wiec przyszło półtora tysiąca osób.", "pl", [1500.0]),
        ("Tysiące ludzi wyszły na ulice.", "pl", []),
        ("Двое погибших, трое раненых, пятеро пропавших.", "ru", [2.0, 3.0, 5.0]),
    ],
)
def test_slavic_compounds_with_hundreds_and_thousands(text, lang, values):
    assert [q.value for q in find_quantities(text, lang, [])] == values


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("В больницу доставили семь человек, четверо из них в тяжёлом состоянии.", "ru", "people"),
        ("Acht Menschen wurden verletzt, drei von ihnen schwer.", "de", "people"),
        ("Do szpitala trafiło sześć osób, dwie z nich są w ciężkim stanie.", "pl", "people"),
        ("Neuf personnes ont été blessées, dont trois dans un état grave.", "fr", "people"),
        ("Neuf personnes ont été blessées, dont trois grièvement.", "fr", "people"),
        ("Seven firefighters were treated, two of them in hospital.", "en", "firefighter"),
    ],
)
def test_a_partitive_count_counts_the_noun_before_it(text, lang, noun):
    found = _numbers(text, lang)
    assert set(found) == {noun}, found
    assert {q.unit for q in _analyzed(text, lang).quantities} & {"из", "von", "z", "dan", "grièvement", "of"} == set()


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Огонь охватил дом № 17, эвакуированы 40 жильцов.", "ru", {40.0}),
        ("В школе № 5 отменили занятия для 300 учеников.", "ru", {300.0}),
        ("Das Feuer brach in Haus Nr. 12 aus, 30 Bewohner wurden evakuiert.", "de", {30.0}),
        ("The fire at No. 14 forced 25 residents out.", "en", {25.0}),
        ("L'incendie a touché l'immeuble n° 8 et 60 habitants ont été évacués.", "fr", {60.0}),
        ("Ewakuowano 50 osób z bloku nr 9.", "pl", {50.0}),
        # ages
        ("67-летний водитель и 12 пассажиров пострадали.", "ru", {12.0}),
        ("Водитель в возрасте 67 лет и 12 пассажиров пострадали.", "ru", {12.0}),
        ("Der 67-jährige Fahrer und 12 Fahrgäste wurden verletzt.", "de", {12.0}),
        ("67-letni kierowca i 12 pasażerów zostało rannych.", "pl", {12.0}),
        ("The driver, aged 67, and 12 passengers were hurt.", "en", {12.0}),
        ("A 67-year-old driver and 12 passengers were hurt.", "en", {12.0}),
        ("Driver Hanna Korpela, 67, said 12 passengers were hurt.", "en", {12.0}),
        ("Fahrer Otto Brenner (67) und 12 Fahrgäste wurden verletzt.", "de", {12.0}),
        ("Le conducteur, âgé de 67 ans, et 12 passagers ont été blessés.", "fr", {12.0}),
        ("Un conductor de 67 años y 12 pasajeros resultaron heridos.", "es", {12.0}),
        # datelines: a day and a month name or abbreviation
        ("PUERTO LINDO, 16 sep (AGN).- Doce personas resultaron heridas.", "es", {12.0}),
        ("PUERTO LINDO, 3 ene (AGN).- Doce personas resultaron heridas.", "es", {12.0}),
        ("НИЖНЕРЕЧЕНСК, 3 ноября. Пострадали 12 человек.", "ru", {12.0}),
        ("НИЖНЕРЕЧЕНСК, 3 ноя. Пострадали 12 человек.", "ru", {12.0}),
        ("LUNDBY, 5 Sept (Wire) - Twelve people were hurt.", "en", {12.0}),
        # a day and month in figures, day first, and Vietnamese clock times and months
        ("Ο δήμος ανακοίνωσε στις 17/5 ότι κάηκαν 12 σπίτια.", "el", {12.0}),
        ("El 17/5 resultaron heridas 12 personas.", "es", {12.0}),
        ("Ngày 20/5, 12 người bị thương.", "vi", {12.0}),
        ("Lúc 16 giờ 30 chiều qua, 12 người bị thương.", "vi", {12.0}),
        ("Trong tháng 5 năm 2026 có 12 người bị thương.", "vi", {12.0}),
    ],
)
def test_identifiers_ages_and_datelines_are_no_counts(text, lang, counts):
    found = _numbers(text, lang)
    assert {v for by_role in found.values() for vs in by_role.values() for v in vs} == counts, found


def test_an_age_is_no_conflict():
    import parallax

    a = Article(id="a", text="Пострадал 67-летний водитель автобуса.", outlet="A", published="2026-03-05", language="ru")
    b = Article(id="b", text="Пострадал 68-летний водитель автобуса.", outlet="B", published="2026-03-05", language="ru")
    d = parallax.compare([a, b]).to_dict()
    # the age is no count of drivers; as the age of one unnamed driver it may still conflict (compare/adjective_ages.py)
    assert [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number" and c.get("unit") != "age"] == []


def test_a_count_before_a_word_like_may_is_still_a_count():
    # "may" is a month only as an English capitalised name after a day
    assert [q.value for q in find_quantities("Up to 12 may have died and 3 mar the record.", "en", [])] == [12.0, 3.0]


def test_an_adjective_like_an_age_without_its_hyphen_is_no_age():
    # "летних" is "summer" here: five summer camps, a count
    found = find_quantities("Открыли 5 летних лагерей, директор 67-летний.", "ru", [])
    assert [(q.value, q.unit == "(age)") for q in found] == [(5.0, False), (67.0, True)]


def test_two_outlets_parts_of_a_toll_compare_under_the_toll_noun():
    import parallax

    a = Article(id="a", text="Пострадали девять человек, трое из них госпитализированы.", outlet="A", published="2026-03-05", language="ru")
    b = Article(id="b", text="Пострадали девять человек, четверо из них госпитализированы.", outlet="B", published="2026-03-05", language="ru")
    d = parallax.compare([a, b]).to_dict()
    found = [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]
    assert len(found) == 1 and sorted(v for k, vs in found[0].items() if k.startswith(("a", "b")) and k != "unit" for v in vs) == [3.0, 4.0], found
    assert found[0]["unit"] not in ("из", "них"), found


# --- a fraction of a count (quantities/fractions.py) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A third of the 900 workers were laid off.", [("A third of the 900", 300.0, "worker"), ("900", 900.0, "worker")]),
        ("Half of the 900 workers were laid off.", [("Half of the 900", 450.0, "worker"), ("900", 900.0, "worker")]),
        ("Half the 900 workers were laid off.", [("Half the 900", 450.0, "worker"), ("900", 900.0, "worker")]),
        ("Two-thirds of the 900 workers lost their jobs.", [("Two-thirds of the 900", 600.0, "worker"), ("900", 900.0, "worker")]),  # not "two" thirds
        ("A quarter of the 1,200 residents were evacuated.", [("A quarter of the 1,200", 300.0, "resident"), ("1,200", 1200.0, "resident")]),
        ("Three quarters of its 40 passengers were rescued.", [("Three quarters of its 40", 30.0, "passenger"), ("40", 40.0, "passenger")]),
        # the hedge before the fraction stays before the quantity
        ("About a third of the 900 workers were laid off.", [("a third of the 900", 300.0, "worker"), ("900", 900.0, "worker")]),
    ],
)
def test_a_fraction_of_a_count_is_the_count(text, found):
    assert [(q.text, q.value, q.unit) for q in _analyzed(text, "en").quantities] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The plant employs 900 workers.", [("900", 900.0, "worker")]),
        ("Half a million people fled.", [("Half a million", 500_000.0, "people")]),  # a scale, no fraction of a count
        ("Half of the 40% rise came in May.", [("40%", 40.0, "%")]),  # a share stays a share
        ("Half of the $2bn fund has been spent.", [("$2bn", 2e9, "$")]),  # a sum stays the sum
        ("On behalf of the 12 families, he thanked the crews.", [("12", 12.0, "family")]),  # "behalf" is no half
        ("Half of 2024 was dry, and 30 people died.", [("30", 30.0, "people")]),  # no determiner: no whole
        ("In the second half the 10 men of Rovers held on.", [("10", 10.0, "man")]),  # a half of a match
    ],
)
def test_a_fraction_of_a_count_traps(text, found):
    assert [(q.text, q.value, q.unit) for q in _analyzed(text, "en").quantities] == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Der Hersteller streicht ein Drittel der 600 Stellen.", "de", [("ein Drittel der 600", 200.0, "stellen"), ("600", 600.0, "stellen")]),
        ("Die Hälfte seiner 80 Filialen schließt.", "de", [("Die Hälfte seiner 80", 40.0, "filialen"), ("80", 80.0, "filialen")]),
        ("L'usine supprime la moitié des 240 postes.", "fr", [("la moitié des 240", 120.0, "poste"), ("240", 240.0, "poste")]),
        ("Dos tercios de los 300 vecinos fueron desalojados.", "es", [("Dos tercios de los 300", 200.0, "vecino"), ("300", 300.0, "vecino")]),
        ("Un quarto dei 48 passeggeri è rimasto ferito.", "it", [("Un quarto dei 48", 12.0, "passeggeri"), ("48", 48.0, "passeggeri")]),
        ("Metade dos 60 alunos faltou às aulas.", "pt", [("Metade dos 60", 30.0, "aluno"), ("60", 60.0, "aluno")]),
        ("Een kwart van de 200 bewoners is geëvacueerd.", "nl", [("Een kwart van de 200", 50.0, "bewoner"), ("200", 200.0, "bewoner")]),
        ("Треть из 90 пассажиров получили травмы.", "ru", [("Треть из 90", 30.0, "пассажиров"), ("90", 90.0, "пассажиров")]),
        ("Połowa z 30 radnych głosowała przeciw.", "pl", [("Połowa z 30", 15.0, "radnych"), ("30", 30.0, "radnych")]),
        # a half after an ordinal is a half of a match, no fraction; no word of the whole, no fraction
        ("Nella seconda metà dei 40 giri si sono ritirati 6 piloti.", "it", [("40", 40.0, "giri"), ("6", 6.0, "piloti")]),
        ("La moitié de 2024 a été sèche.", "fr", []),
    ],
)
def test_a_fraction_of_a_count_in_other_languages(text, lang, found):
    """Each language names the fraction and the whole with its own words ("ein Drittel der", "la moitié
    des", "połowa z"): the fraction counts its share of the whole, under the whole's noun."""
    assert [(q.text, q.value, q.unit) for q in _analyzed(text, lang).quantities] == found


def test_a_fraction_of_a_whole_is_exact_to_the_unit():
    from parallax.analyze.quantities import approximate_range

    q = _analyzed("A third of the 100 passengers were hurt.", "en").quantities[0]
    assert round(q.value, 2) == 33.33 and approximate_range(q.text, q.value, "en") == (33.0, 34.0)
    q = _analyzed("A third of the 900 workers were laid off.", "en").quantities[0]
    assert approximate_range(q.text, q.value, "en") is None  # 300: exact


def test_a_fraction_of_a_count_compares_as_its_share():
    import parallax

    def conflicts(a: str, b: str) -> list:
        lead = "The Kelton textile plant announced job cuts on Monday. "
        arts = [Article(id=i, text=lead + t, language="en", published="2026-03-05") for i, t in (("a", a), ("b", b))]
        return [shown(c) for f in parallax.compare(arts).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]

    assert conflicts("A third of the 900 workers were laid off.", "The plant laid off 300 workers.") == []
    assert conflicts("A third of the 100 workers were laid off.", "The plant laid off 33 workers.") == []
    # the whole stays a count: another outlet's part of it is no disagreement
    assert conflicts("Half of the 12 victims were children, police said.", "Six of the 12 victims were children, police said.") == []
    assert conflicts("A third of the 900 workers were laid off.", "Half of the 900 workers were laid off.") == [
        {"a": [300.0], "b": [450.0], "unit": "worker"}
    ]


def test_a_fraction_of_a_count_compares_as_its_share_in_other_languages():
    import parallax

    def conflicts(lang: str, lead: str, a: str, b: str) -> list:
        arts = [Article(id=i, text=f"{lead} {t}", language=lang, published="2026-03-05") for i, t in (("a", a), ("b", b))]
        return [shown(c) for f in parallax.compare(arts).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]

    lead = "Die Möbelfabrik Lindner hat am Montag einen Stellenabbau angekündigt."
    assert conflicts("de", lead, "Lindner streicht ein Drittel der 450 Stellen.", "Lindner streicht 150 der 450 Stellen.") == []
    assert conflicts("de", lead, "Lindner streicht die Hälfte der 450 Stellen.", "Lindner streicht 150 der 450 Stellen.") == [
        {"a": [225.0], "b": [150.0], "unit": "stellen"}
    ]
    lead = "La papeterie Morel a annoncé lundi un plan social."
    assert conflicts("fr", lead, "Morel supprime la moitié des 320 emplois.", "Morel supprime 160 emplois sur 320.") == []
