"""Session 57: counts of one thing in reports in different languages, which must conflict when they differ.

Reports of one event in two languages give a count of the same thing under each language's noun ("45 Lastwagen" /
"38 camions"), with each language's thousands separator ("40,000" / "30.000") and with what happened to them told
by each language's verbs ("zogen durch" / "marched", "эвакуировали" / "were evacuated").  The controls must not
conflict: one figure with two separators, two different things counted, a year beside a count, a decimal figure.
All texts are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import mixed_articles, mixed_conflicts, sentence_pair_conflicts


def _numbers(conflicts: list[tuple[str, dict]]) -> list[dict]:
    """The number conflicts only (a weekday a language's tense reads another way is not what these tests check)."""
    return [shown for kind, shown in conflicts if kind == "number"]


def _pair(a: tuple[str, str], b: tuple[str, str]) -> list[dict]:
    """The number conflicts of the first sentences of two one-sentence reports, aligned by hand."""
    art_a, art_b = mixed_articles(a, b)
    return _numbers(sentence_pair_conflicts(art_a, 0, art_b, 0))


def _values(found: list[dict]) -> list[tuple[list[float], list[float]]]:
    return [(c["a"], c["b"]) for c in found]


# one sentence each, the same fact, a different count of one thing
DIFFERENT_COUNTS = [
    pytest.param(
        ("en", "About 40,000 people marched through Corvena on Tuesday."),
        ("de", "Rund 30.000 Menschen zogen am Dienstag durch Corvena."),
        ([40000.0], [30000.0]),
        id="en-de-crowd-separable-verb",
    ),
    pytest.param(
        ("nl", "Ruim 8.000 mensen gingen zaterdag in Hovelt de straat op."),
        ("fr", "Plus de 12 000 personnes ont manifesté samedi à Hovelt."),
        ([8000.0], [12000.0]),
        id="nl-fr-crowd-separable-verb",
    ),
    pytest.param(
        ("de", "Am Samstag gingen in Corvena rund 30.000 Menschen auf die Straße."),
        ("en", "About 40,000 people took to the streets of Corvena on Saturday."),
        ([30000.0], [40000.0]),
        id="de-en-crowd-verb-around-the-figure",
    ),
    pytest.param(
        ("en", "About 40,000 people took to the streets of Corvena on Saturday."),
        ("es", "Unas 30.000 personas salieron a las calles de Corvena el sábado."),
        ([40000.0], [30000.0]),
        id="en-es-crowd-streets",
    ),
    pytest.param(
        ("ru", "Во вторник из города Тарск эвакуировали 3000 человек."),
        ("en", "On Tuesday 2,000 people were evacuated from the town of Tarsk."),
        ([3000.0], [2000.0]),
        id="ru-en-evacuated-active-verb",
    ),
    pytest.param(
        ("de", "Die Polizei stoppte am Dienstag 45 Lastwagen an der Grenze bei Ravel."),
        ("fr", "La police a arrêté mardi 38 camions à la frontière près de Ravel."),
        ([45.0], [38.0]),
        id="de-fr-trucks",
    ),
    pytest.param(
        ("pt", "A tempestade derrubou 500 árvores em Valmora na terça-feira."),
        ("en", "The storm brought down 800 trees in Valmora on Tuesday."),
        ([500.0], [800.0]),
        id="pt-en-trees",
    ),
    pytest.param(
        ("nl", "De kustwacht redde dinsdag 17 boten voor de kust van Ostmar."),
        ("en", "The coast guard rescued 21 boats off the coast of Ostmar on Tuesday."),
        ([17.0], [21.0]),
        id="nl-en-boats",
    ),
    pytest.param(
        ("it", "L'alluvione ha ucciso 300 mucche nella valle di Serpa martedì."),
        ("pt", "A inundação matou 450 vacas no vale de Serpa na terça-feira."),
        ([300.0], [450.0]),
        id="it-pt-cows",
    ),
    pytest.param(
        ("en", "The ship lost 120 containers in the storm off Calvera on Tuesday."),
        ("es", "El buque perdió 95 contenedores en la tormenta frente a Calvera el martes."),
        ([120.0], [95.0]),
        id="en-es-containers",
    ),
    pytest.param(
        ("de", "Das Erdbeben zerstörte am Dienstag 12 Dörfer in der Region Tarn."),
        ("it", "Il terremoto ha distrutto martedì 15 villaggi nella regione di Tarn."),
        ([12.0], [15.0]),
        id="de-it-villages",
    ),
    pytest.param(
        ("es", "Los lobos mataron 40 ovejas en una granja de Pradela."),
        ("it", "I lupi hanno ucciso 25 pecore in una fattoria di Pradela."),
        ([40.0], [25.0]),
        id="es-it-sheep",
    ),
    pytest.param(
        ("en", "The company sold 1.5 million cars last year, the Varo group said."),
        ("de", "Das Unternehmen verkaufte im vergangenen Jahr 1,2 Millionen Autos, teilte die Varo-Gruppe mit."),
        ([1500000.0], [1200000.0]),
        id="en-de-cars-decimal-millions",
    ),
    pytest.param(
        ("fr", "L'armée a abattu 14 drones au-dessus de Kessa dans la nuit."),
        ("es", "El ejército derribó 19 drones sobre Kessa durante la noche."),
        ([14.0], [19.0]),
        id="fr-es-drones-one-word",
    ),
    # these already conflicted before session 57: kept so that the fixes do not lose them
    pytest.param(
        ("es", "Un total de 14 vehículos quedaron atrapados en la autopista de Ferros el martes."),
        ("en", "A total of 12 vehicles were trapped on the Ferros motorway on Tuesday."),
        ([14.0], [12.0]),
        id="es-en-vehicles",
    ),
    pytest.param(
        ("de", "In Lindau wurden 300 Bewohner evakuiert."),
        ("nl", "In Lindau werden 200 bewoners geëvacueerd."),
        ([300.0], [200.0]),
        id="de-nl-residents",
    ),
    pytest.param(
        ("ja", "火曜日、タルスクで3000人が避難した。"),
        ("en", "On Tuesday 2,000 people were evacuated in Tarsk."),
        ([3000.0], [2000.0]),
        id="ja-en-people",
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), DIFFERENT_COUNTS)
def test_a_count_in_two_languages_conflicts(a: tuple[str, str], b: tuple[str, str], values: tuple[list[float], list[float]]) -> None:
    assert _values(_pair(a, b)) == [values]


# one sentence each that must not conflict: the same figure, or two things, or a year and a count
NO_CONFLICT = [
    pytest.param(
        ("en", "About 40,000 people marched through Corvena on Tuesday."),
        ("de", "Rund 40.000 Menschen zogen am Dienstag durch Corvena."),
        id="same-crowd-two-separators",
    ),
    pytest.param(
        ("en", "The company sold 1.5 million cars last year, the Varo group said."),
        ("de", "Das Unternehmen verkaufte im vergangenen Jahr 1,5 Millionen Autos, teilte die Varo-Gruppe mit."),
        id="same-decimal-two-separators",
    ),
    pytest.param(
        ("de", "Die Polizei stoppte am Dienstag 45 Lastwagen an der Grenze bei Ravel."),
        ("fr", "La police a arrêté mardi 38 voitures à la frontière près de Ravel."),
        id="trucks-and-cars-are-two-things",
    ),
    pytest.param(
        ("pt", "A tempestade destruiu 500 casas em Valmora na terça-feira."),
        ("en", "The storm brought down 800 trees in Valmora on Tuesday."),
        id="houses-and-trees-are-two-things",
    ),
    pytest.param(
        ("es", "Los lobos mataron 40 ovejas en una granja de Pradela."),
        ("it", "I lupi hanno ucciso 25 galline in una fattoria di Pradela."),
        id="sheep-and-hens-are-two-things",
    ),
    pytest.param(
        ("es", "Los lobos mataron 40 ovejas en una granja de Pradela."),
        ("en", "Wolves killed 25 people near a farm in Pradela."),
        id="sheep-killed-and-people-killed-are-two-things",
    ),
    pytest.param(
        ("de", "Die Polizei stoppte am Dienstag 45 Lastwagen an der Grenze bei Ravel."),
        ("fr", "La police a arrêté mardi 38 personnes à la frontière près de Ravel."),
        id="lorries-stopped-and-people-arrested-are-two-things",
    ),
    pytest.param(
        ("en", "The flood of 2019 destroyed 300 homes in Sarvel."),
        ("es", "La inundación destruyó 300 casas en Sarvel en 2019."),
        id="a-year-beside-a-count",
    ),
    pytest.param(
        ("de", "Im Jahr 2000 zerstörte ein Sturm 12 Dörfer in der Region Tarn."),
        ("it", "Nel 2000 una tempesta distrusse 12 villaggi nella regione di Tarn."),
        id="a-year-and-the-same-count",
    ),
    pytest.param(
        ("en", "The lorry was carrying 3.5 tonnes of grain when it overturned near Ravel."),
        ("fr", "Le camion transportait 3,5 tonnes de céréales quand il s'est renversé près de Ravel."),
        id="same-decimal-measure",
    ),
]


@pytest.mark.parametrize(("a", "b"), NO_CONFLICT)
def test_the_same_figure_or_two_things_do_not_conflict(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _pair(a, b) == []


def test_whole_reports_in_three_languages_conflict_on_the_trucks() -> None:
    """A whole comparison of three invented reports: the aligned sentences give 45, 38 and 38 lorries."""
    found = _numbers(
        mixed_conflicts(
            ("de", "Die Polizei hat an der Grenze bei Ravel 45 Lastwagen gestoppt. Die Fahrer wurden stundenlang befragt."),
            ("fr", "La police a arrêté 38 camions à la frontière près de Ravel. Les chauffeurs ont été interrogés pendant des heures."),
            ("it", "La polizia ha fermato 38 camion al confine vicino a Ravel. Gli autisti sono stati interrogati per ore."),
        )
    )
    # one disputed count, every outlet's figure in one conflict (session 60, compare.every_outlet)
    assert [sorted(c) for c in found] == [["a", "b", "c", "unit"]]
    assert {c["unit"] for c in found} == {"truck"}
    assert [(c["a"], c["b"], c["c"]) for c in found] == [([45.0], [38.0], [38.0])]


def test_whole_reports_conflict_on_the_crowd_and_agree_on_the_arrests() -> None:
    """Two invented reports of one march: the crowd's size differs (40,000 / 30.000), the arrests agree (12 / zwölf)."""
    found = _numbers(
        mixed_conflicts(
            ("en", "About 40,000 people marched through Corvena on Saturday against the new pension law. Police arrested 12 people."),
            ("de", "Rund 30.000 Menschen zogen am Samstag gegen das neue Rentengesetz durch Corvena. Die Polizei nahm 12 Menschen fest."),
        )
    )
    assert _values(found) == [([40000.0], [30000.0])]


def test_whole_reports_conflict_on_the_trees_not_on_the_year() -> None:
    """Two invented reports of one storm, three sentences each: the trees differ; the year of the last such storm does not."""
    found = _numbers(
        mixed_conflicts(
            ("pt", "Uma tempestade atingiu Valmora na terça-feira. A tempestade derrubou 500 árvores na cidade. Foi a pior desde 2011."),
            ("en", "A storm hit Valmora on Tuesday. The storm brought down 800 trees in the town. It was the worst since 2011."),
        )
    )
    assert _values(found) == [([500.0], [800.0])]
