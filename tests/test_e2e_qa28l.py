"""Comparison QA, round 28l: counts and sums that never met.  A sum of money one report gives its own sentence
and another tucks into a long one is each article's only sum of its kind, so the two are compared
(:mod:`parallax.compare.money_links`); a count under nouns of two languages ("1,500 protesters" /
"2 500 manifestants") is one concept's (:mod:`parallax.compare.noun_kinds`).  Invented reports, with the
cases that must stay no conflict."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import QA_PUBLISHED, shown


def _numbers(reports: list[tuple[str, str]]) -> list[tuple[list[float], list[float]]]:
    """(values a, values b) of the number conflicts of reports given as (language, text)."""
    arts = [
        Article(id=i, text=t, outlet=i.upper(), published=QA_PUBLISHED, language=lang) for i, (lang, t) in zip("ab", reports, strict=False)
    ]
    facts = parallax.compare(arts).to_dict()["facts"]
    return [(shown(c)["a"], shown(c)["b"]) for f in facts for c in f["conflicts"] if c["kind"] == "number"]


# one sum, given its own sentence by one report and inside a long one by the other
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("pl", "Pożar zniszczył w sobotę magazyn w Kole. Straty oszacowano na 450 tys. zł, poinformowała straż.\n\nPrzyczyna jest nieznana.",
         "W sobotę spłonął magazyn w Kole. Według właściciela pożar wyrządził szkody warte 540 tys. zł.\n\nPrzyczyna jest nieznana.",
         ([450000.0], [540000.0])),
        ("en", "A court in Dunmore on Tuesday ordered the Veltra bus company to pay a fine. The fine was set at €80,000.\n\nThe firm will appeal.",
         "Judges in Dunmore, who heard the case over three days, fined the Veltra bus company €120,000 for the crash on Tuesday.\n\nThe firm will appeal.",
         ([80000.0], [120000.0])),
        ("de", "Der Brand in der Lagerhalle von Kelsau richtete am Samstag großen Schaden an. Die Polizei schätzt ihn auf 300.000 Euro.\n\nVerletzt wurde niemand.",
         "Bei dem Brand einer Lagerhalle in Kelsau am Samstag, der bis in den Abend dauerte, entstand nach Angaben der Feuerwehr ein Schaden von rund 450.000 Euro.\n\nVerletzt wurde niemand.",
         ([300000.0], [450000.0])),
    ],
)  # fmt: skip
def test_one_sum_told_in_unaligned_sentences_is_compared(lang, a, b, values):
    assert _numbers([(lang, a), (lang, b)]) == [values]


@pytest.mark.parametrize(
    "b",
    [
        # another purpose: the fine is no report of the damage
        "W sobotę spłonął magazyn w Kole. Firma musi zapłacić karę w wysokości 540 tys. zł za brak zabezpieczeń.\n\nPrzyczyna jest nieznana.",
        # too far apart to be one figure reported twice
        "W sobotę spłonął magazyn w Kole. Według właściciela pożar wyrządził szkody warte 3 mln zł.\n\nPrzyczyna jest nieznana.",
        # a sum of another occasion
        "W sobotę spłonął magazyn w Kole. W 2019 roku podobny pożar wyrządził tam szkody warte 540 tys. zł.\n\nPrzyczyna jest nieznana.",
        # two sums of damage: which one the other report gives is not known
        "W sobotę spłonął magazyn w Kole. Szkody w budynku wyceniono na 540 tys. zł.\n\nSzkody w towarze to kolejne 600 tys. zł.",
    ],
)  # fmt: skip
def test_sums_of_other_things_stay_apart(b):
    a = "Pożar zniszczył w sobotę magazyn w Kole. Straty oszacowano na 450 tys. zł, poinformowała straż.\n\nPrzyczyna jest nieznana."
    assert _numbers([("pl", a), ("pl", b)]) == []


# one count under nouns of two languages
@pytest.mark.parametrize(
    ("other", "a", "b", "values"),
    [
        ("fr", "On Saturday 1,500 protesters marched through Varna against the new tax.\n\nThe police watched.",
         "Samedi, 2 500 manifestants ont défilé à Varna contre la nouvelle taxe.\n\nLa police a observé.", ([1500.0], [2500.0])),
        ("ru", "The government sent 12,000 soldiers to the border region on Monday.\n\nTensions are high.",
         "В понедельник правительство направило к границе 15 тыс. военных.\n\nНапряжённость растёт.", ([12000.0], [15000.0])),
        ("de", "The storm left 1.2 million homes without power on Tuesday.\n\nCrews are working.",
         "Der Sturm ließ am Dienstag 2,1 Millionen Haushalte ohne Strom.\n\nDie Techniker arbeiten.", ([1200000.0], [2100000.0])),
        ("ar", "The central bank raised its key rate by 100 basis points on Tuesday.\n\nMarkets fell.",
         "رفع البنك المركزي سعر الفائدة الرئيسي بمقدار 150 نقطة أساس يوم الثلاثاء.\n\nوتراجعت الأسواق.", ([100.0], [150.0])),
        ("pl", "The ferry Orlen Star was carrying 420 passengers when it ran aground on Tuesday.\n\nNo one was hurt.",
         "Prom Orlen Star miał na pokładzie 380 pasażerów, gdy we wtorek osiadł na mieliźnie.\n\nNikt nie ucierpiał.", ([420.0], [380.0])),
        ("es", "The flood on Tuesday closed 120 schools in the Marva valley.\n\nClasses resume next week.",
         "Las inundaciones del martes cerraron 140 escuelas en el valle de Marva.\n\nLas clases se reanudan la próxima semana.",
         ([120.0], [140.0])),
    ],
)  # fmt: skip
def test_one_count_under_nouns_of_two_languages_is_compared(other, a, b, values):
    assert _numbers([("en", a), (other, b)]) == [values]


@pytest.mark.parametrize(
    ("other", "a", "b"),
    [
        # two concepts: migrants are no refugees, doctors no nurses
        ("es", "On Tuesday 1,200 migrants reached the island of Palo by boat.\n\nThe coast guard helped.",
         "El martes llegaron en barco a la isla de Palo 1.500 refugiados.\n\nLa guardia costera ayudó."),
        ("de", "The hospital in Brenn hired 300 doctors on Tuesday.\n\nThe union welcomed it.",
         "Das Krankenhaus in Brenn stellte am Dienstag 400 Pflegekräfte ein.\n\nDie Gewerkschaft begrüßte das."),
        # a part of the protesters against the whole crowd
        ("fr", "Police arrested 300 of the 1,500 protesters in Varna on Saturday.\n\nThe march was calm before.",
         "Samedi à Varna, la police a interpellé des manifestants; ils étaient 2 000 au départ.\n\nLa marche était calme."),
    ],
)  # fmt: skip
def test_counts_of_two_concepts_or_a_part_stay_apart(other, a, b):
    assert _numbers([("en", a), (other, b)]) == []


def test_injured_after_a_toll_of_workers_meets_another_reports_injured_people():
    """'Two workers were killed and seven injured' / 'nine people were injured': the bare injured count is
    the people of the toll, and it meets the other report's injured people."""
    a = "Two workers were killed and seven injured in an explosion at the Harwell chemical plant on Tuesday, officials said."
    b = "Two workers died and nine people were injured in an explosion at the Harwell chemical plant on Tuesday."
    assert ([7.0], [9.0]) in _numbers([("en", a), ("en", b)])
