"""A crowd's size across reports whose sentences do not align: the same estimator's figures are compared
(:mod:`parallax.compare.crowd_links`), counts of people who take part in a march are a crowd
(:mod:`parallax.compare.gatherings`), and the estimators are read in the main languages (:mod:`parallax.compare.crowds`)."""

from __future__ import annotations

import pytest

from parallax.compare.crowds import estimator
from parallax.compare.roles import role
from tests.helpers import analysed_articles, compared_conflicts


def _numbers(texts: list[str], lang: str = "en") -> list[dict]:
    return [values for kind, values in compared_conflicts(texts, lang) if kind == "number"]


def _figures(found: list[dict]) -> set[tuple[float, float]]:
    return {(v["a"][0], v["b"][0]) for v in found}


_POLICE_5000 = (
    "Thousands of people marched through Wexbury on Saturday against the new road toll. Police estimated the crowd at 5,000. "
    "The march ended peacefully outside the town hall."
)


@pytest.mark.parametrize(
    "other",
    [
        # the same estimator's figure, in a sentence that says something else around it
        "A protest against the road toll brought the centre of Wexbury to a halt on Saturday. Police put the number at 4,000. "
        "Speakers called on the council to scrap the charge.",
        "Protesters filled the streets of Wexbury on Saturday. According to police, some 4,000 people took part in the march, "
        "chanting against the toll. The council said it would review the charge.",
    ],
)
def test_one_estimators_figure_for_one_crowd_conflicts(other):
    assert (5000.0, 4000.0) in _figures(_numbers([_POLICE_5000, other]))


def test_one_unnamed_figure_meets_the_others_only_figure():
    other = (
        "Protesters filled the streets of Wexbury on Saturday. Some 4,000 people took part in the march, chanting against the toll. "
        "The council said it would review the charge."
    )
    assert (5000.0, 4000.0) in _figures(_numbers([_POLICE_5000, other]))


def test_each_estimators_figure_meets_its_own():
    a = (
        "Thousands of people marched through Wexbury on Saturday against the new road toll. Police put the crowd at 15,000. "
        "Organisers said 60,000 people took part in the march. The march ended peacefully outside the town hall."
    )
    b = ("A protest against the road toll brought the centre of Wexbury to a halt on Saturday. "
         "According to the organisers, 45,000 demonstrators joined the protest. Officers said on Sunday that 12,000 had marched, "
         "and that the day had passed without violence.")  # fmt: skip
    found = _figures(_numbers([a, b]))
    assert (15000.0, 12000.0) in found and (60000.0, 45000.0) in found
    assert not found & {(15000.0, 45000.0), (60000.0, 12000.0)}  # two estimators' figures are two facts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the police's figure and the organisers' are two facts, however they are worded
        (_POLICE_5000,
         "Protesters filled the streets of Wexbury on Saturday. The organisers said 9,000 people took part in the march. "
         "The council said it would review the charge."),
        # 500 and 50,000 are two gatherings
        ("Protesters filled the streets of Wexbury on Saturday. The council, which has faced about 500 people at a protest "
         "against the charge, said it would review it.",
         "A protest against the road toll brought the centre of Wexbury to a halt on Saturday. Some 50,000 people marched to the town hall. "
         "Speakers called on the council to scrap the charge."),
        # last year's march is another gathering
        (_POLICE_5000,
         "A protest against the road toll brought the centre of Wexbury to a halt on Saturday. Last year's march drew 3,000 people, "
         "police said. Speakers called on the council to scrap the charge."),
    ],
)  # fmt: skip
def test_crowd_figures_that_do_not_conflict(a, b):
    assert _numbers([a, b]) == []


@pytest.mark.parametrize(
    ("lang", "a", "b", "expected"),
    [
        ("fr", "Samedi, la colère contre la taxe a gagné les rues de Varenne. Selon la préfecture, 20 000 personnes ont défilé. "
               "Le cortège est arrivé devant la mairie vers midi.",
               "La mobilisation contre la taxe n'a pas faibli à Varenne. La police a compté 14 000 manifestants samedi après-midi, "
               "selon un communiqué. Les syndicats appellent à une nouvelle journée.", (20000.0, 14000.0)),
        ("de", "In Brandau protestierten am Samstag viele Menschen gegen die Maut. An der Demonstration nahmen laut Polizei 8.000 Menschen teil. "
               "Der Zug endete am Rathaus.",
               "Zur Demo gegen die Maut kamen am Samstag viele Brandauer. Nach Angaben der Polizei waren es 6.500 Teilnehmer. "
               "Die Stadt will die Gebühr prüfen.", (8000.0, 6500.0)),
        ("es", "Miles de vecinos de Robledal salieron el sábado contra el peaje. Según la Delegación del Gobierno, 12.000 personas se manifestaron. "
               "La marcha terminó frente al ayuntamiento.",
               "El rechazo al peaje llenó las calles de Robledal. La policía cifró en 9.000 los asistentes a la protesta del sábado, "
               "que transcurrió sin incidentes. El alcalde estudiará la tasa.", (12000.0, 9000.0)),
        ("it", "Sabato a Valdora la protesta contro il pedaggio ha riempito le strade. Secondo la questura, 20mila persone hanno partecipato al corteo. "
               "Il corteo si è concluso davanti al municipio.",
               "Il pedaggio non piace ai cittadini di Valdora. Per la questura hanno sfilato in 15mila, senza incidenti. "
               "Il sindaco valuterà la tassa.", (20000.0, 15000.0)),
    ],
)  # fmt: skip
def test_crowd_figures_in_other_languages(lang, a, b, expected):
    assert expected in _figures(_numbers([a, b], lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "20,000 people took part in the march.", "crowd"),
        ("en", "About 3,000 people joined the protest on Saturday.", "crowd"),
        ("en", "Some 2,000 people gathered outside parliament.", "crowd"),
        ("de", "An der Demonstration nahmen 20.000 Menschen teil.", "crowd"),
        ("fr", "20 000 personnes ont manifesté samedi à Lyon.", "crowd"),
        ("es", "50.000 personas participaron en la marcha.", "crowd"),
        ("it", "20mila persone hanno partecipato al corteo.", "crowd"),
        ("pt", "Cerca de 20 mil pessoas participaram na manifestação.", "crowd"),
        ("nl", "20.000 mensen namen deel aan de demonstratie.", "crowd"),
        ("pl", "W marszu wzięło udział 20 tys. osób.", "crowd"),
        # guards: a toll at a march keeps its role, an arrest count is no crowd, nor who took part in what is no gathering
        ("en", "20 people were injured during the march.", "injured"),
        ("en", "Police arrested 30 people at the protest.", "arrested"),
        ("en", "30 people who took part in the march were arrested.", None),
        ("en", "300 people took part in the survey.", None),
        ("en", "About 40 people joined the party in March.", None),
        ("en", "The trial demonstrated 40 cases of fraud.", None),
        ("en", "The protest drew 3,000 people, police said.", "crowd"),
        ("en", "About 40 people joined the Protestant church.", None),
        ("en", "The company said 1,200 workers joined the strike.", None),
    ],
)
def test_the_crowd_role(lang, text, expected):
    [art] = analysed_articles([text], lang)
    [q] = [q for q in art.quantities if q.value and q.value >= 20]
    assert role(art.text, q) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "According to police, some 4,000 people marched through the centre.", "authorities"),
        ("fr", "Selon les organisateurs, 60 000 personnes ont défilé.", "organisers"),
        ("fr", "20 000 personnes ont manifesté, selon la préfecture.", "authorities"),
        ("de", "Laut Veranstaltern nahmen 50.000 Menschen an der Kundgebung teil.", "organisers"),
        ("es", "Según la Delegación del Gobierno, 12.000 personas se manifestaron.", "authorities"),
        ("it", "Secondo gli organizzatori, 50mila persone hanno sfilato.", "organisers"),
        ("en", "Police said 15,000 marched, while organisers said 60,000 people took part.", "authorities"),
    ],
)
def test_the_estimator_in_other_languages(lang, text, expected):
    [art] = analysed_articles([text], lang)
    q = next(q for q in art.quantities if role(art.text, q) == "crowd")
    assert estimator(art, art.sentences[0], q) == expected
