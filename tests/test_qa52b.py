"""QA round 52b (European languages): a foreign given name in a Russian genitive ("по словам Марека Новака"), ..."""

from __future__ import annotations

import pytest

from parallax.compare.roles import role
from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("По словам Марека Новака, «огонь удалось локализовать к полудню».", "ru", "Марек Новак"),
        ("По словам Петера Шмидта, «огонь удалось локализовать к полудню».", "ru", "Петер Шмидт"),
        ("За словами Мартина Новака, «вогонь локалізували опівдні».", "uk", "Мартин Новак"),
        # a native name keeps its reading
        ("По словам Ивана Петрова, «огонь удалось локализовать к полудню».", "ru", "Иван Петров"),
    ],
)
def test_a_foreign_given_name_in_the_genitive_is_read_back(text, lang, speaker) -> None:
    assert [s for _, s in _speakers(text, lang)] == [speaker]


def _mixed_conflicts(*pairs: tuple[str, str]) -> list[tuple[str, dict]]:
    import parallax
    from parallax.records import Article
    from tests.helpers import QA_PUBLISHED, shown

    arts = [Article(id=i, text=t, outlet=i.upper(), published=QA_PUBLISHED, language=lang) for i, (lang, t) in zip("abc", pairs, strict=False)]
    facts = parallax.compare(arts).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


_LVIV_UK = (
    "У четвер увечері у Львові спалахнула пожежа на складі меблевої фабрики. Вогонь охопив площу 2 тисячі квадратних метрів. "
    "Мер Львова Андрій Садовий заявив, що місто допоможе підприємству. «Ми не залишимо людей без роботи», — наголосив Садовий."
)
_LVIV_RU = (
    "В четверг вечером во Львове загорелся склад мебельной фабрики. Огонь охватил площадь 2 тысячи квадратных метров. "
    "Мэр Львова Андрей Садовый заявил, что город поможет предприятию. «Мы не оставим людей без работы», — подчеркнул Садовый."
)


def test_one_name_in_ukrainian_and_russian_spelling_is_no_name_conflict() -> None:
    assert _mixed_conflicts(("uk", _LVIV_UK), ("ru", _LVIV_RU)) == []
    other = _LVIV_RU.replace("Андрей Садовый", "Игорь Зинкевич").replace("Садовый", "Зинкевич")
    assert [k for k, _ in _mixed_conflicts(("uk", _LVIV_UK), ("ru", other))] == ["speaker"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a body of three words in the genitive between the role and the person
        ("„Wszyscy ranni zostali wydobyci” – powiedział rzecznik Jastrzębskiej Spółki Węglowej Tomasz Siemieniec.", "pl", "Tomasz Siemieniec"),
        # a place inside the body ("w Gdańsku")
        ("„Sytuacja jest opanowana” – powiedziała rzeczniczka Komendy Miejskiej Policji w Gdańsku Anna Nowak.", "pl", "Anna Nowak"),
        ("„Situace je pod kontrolou,“ řekl mluvčí Hasičského záchranného sboru Moravskoslezského kraje Petr Kůdela.", "cs", "Petr Kůdela"),
        # no person after the body: the body whole is the source, not its last word
        # (with its role, as "rzecznik PKP" after the quotation and "portavoz de Renfe": qa57b's body_roles)
        ("„Pożar został opanowany” – powiedział rzecznik KPP Gdańsk.", "pl", "rzecznik KPP Gdańsk"),
        # unchanged: a body of one word before the name
        ("„Sytuacja jest pod kontrolą” – poinformował rzecznik KMP Gdańsk Mariusz Chrzanowski.", "pl", "Mariusz Chrzanowski"),
    ],
)
def test_a_west_slavic_role_s_long_body_before_the_person(text, lang, speaker) -> None:
    assert [s for _, s in _speakers(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Nie ma zagrożenia” – powiedział premier Donald Tusk w Sejmie.", "Donald Tusk"),
        ("„Nie ma zagrożenia” – powiedział minister Jan Kowalski.", "Jan Kowalski"),
        ("„Nie ma zagrożenia” – powiedział prezydent Warszawy Rafał Trzaskowski w TVN24.", "Rafał Trzaskowski"),
    ],
)
def test_a_person_inside_the_run_is_not_read_as_a_body(text, speaker) -> None:
    assert [s for _, s in _speakers(text, "pl")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Σεισμός μεγέθους 5,8 βαθμών της κλίμακας Ρίχτερ σημειώθηκε την Πέμπτη.",
        "Σεισμός 5,8 Ρίχτερ σημειώθηκε την Πέμπτη ανοιχτά του Ηρακλείου.",
        "Ο σεισμός είχε μέγεθος 5,8 σύμφωνα με το Γεωδυναμικό Ινστιτούτο.",
    ],
)
def test_a_greek_magnitude_is_a_magnitude(text) -> None:
    assert [(q.value, q.unit) for q in analyzed(text, "el").quantities] == [(5.8, "magnitude")]


def test_a_greek_magnitude_against_an_english_one_conflicts() -> None:
    arts = _mixed_conflicts(
        (
            "el",
            "Σεισμός μεγέθους 5,8 βαθμών της κλίμακας Ρίχτερ σημειώθηκε την Πέμπτη το πρωί ανοιχτά του Ηρακλείου.\n"
            "Σύμφωνα με την Πυροσβεστική, τραυματίστηκαν ελαφρά έξι άνθρωποι.\n"
            "Ένας άνδρας 54 ετών μεταφέρθηκε στο νοσοκομείο με κάταγμα.",
        ),
        (
            "en",
            "An earthquake of magnitude 6.1 struck off the Greek island of Crete on Thursday morning, the fire service said.\n"
            "Six people were lightly injured.\nA man aged 54 was taken to hospital with a fracture.",
        ),
    )
    assert [(k, v["a"], v["b"], v.get("unit")) for k, v in arts] == [("number", [5.8], [6.1], "magnitude")]


_PORT_NL = (
    "Ongeveer 1.500 havenwerkers in Rotterdam zijn dinsdag in staking gegaan.\n"
    "De vakbond FNV eist een loonsverhoging van 7 procent.\n"
    "Volgens de werkgevers kost de staking de haven 40 miljoen euro per dag."
)
_PORT_DE = (
    "Rund 2.500 Hafenarbeiter in Rotterdam sind am Dienstag in den Streik getreten.\n"
    "Die Gewerkschaft FNV fordert eine Lohnerhöhung von sieben Prozent.\n"
    "Nach Angaben der Arbeitgeber kostet der Streik den Hafen 40 Millionen Euro pro Tag."
)


def test_compound_workers_in_dutch_and_german_are_one_count() -> None:
    from parallax.compare.noun_kinds import kind_of

    assert [kind_of(n) for n in ("havenwerker", "hafenarbeiter", "dockworker", "bauarbeiter", "warehouse")] == [
        "worker", "worker", "worker", "worker", None,
    ]
    found = _mixed_conflicts(("nl", _PORT_NL), ("de", _PORT_DE))
    assert [(k, v["a"], v["b"]) for k, v in found] == [("number", [1500.0], [2500.0])]
    assert _mixed_conflicts(("nl", _PORT_NL), ("de", _PORT_DE.replace("2.500", "1.500"))) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four out of five people were injured.", "en"),
        ("Quatre personnes sur cinq ont été blessées.", "fr"),
        ("Quattro persone su cinque sono rimaste ferite.", "it"),
        ("Cuatro de cada cinco personas resultaron heridas.", "es"),
        ("Vier von fünf Menschen wurden verletzt.", "de"),
        ("Четверо из пяти человек пострадали.", "ru"),
    ],
)
def test_the_whole_of_a_ratio_is_no_casualty_count(text, lang) -> None:
    a = analyzed(text, lang)
    assert [(q.value, role(a.text, q)) for q in a.quantities if q.value == 5.0] == [(5.0, None)]
