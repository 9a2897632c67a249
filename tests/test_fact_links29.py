"""Round 29 of the fact links: one fact under different words.

* one event's length under two nouns of its kind ("an ordeal that lasted 47 days" / "a 52-day captivity",
  :mod:`parallax.compare.event_nouns`);
* one act's clock time under two verbs that mean it ("touched down at 2:20pm" / "landed at 2:50 p.m.",
  :mod:`parallax.compare.clock_acts`);
* a toll of people against a toll of one kind of person the people's sentence does not name ("12 people were
  killed" / "12 miners died", :mod:`parallax.compare.kind_tolls`, :mod:`parallax.compare.person_kinds`), and a
  toll told as a part of a named group ("21 of the 60 workers were injured", :mod:`parallax.compare.part_tolls`).

Invented reports, with the near misses that must stay silent: two events in one story, a length of
something else, another occasion, an act timed twice, a smaller group that may be a part of the toll.
"""

from __future__ import annotations

import pytest

from parallax.compare.casualties import casualty_links
from parallax.compare.clock_links import clock_links
from parallax.compare.duration_links import duration_links
from parallax.compare.event_nouns import event_kind, same_event
from parallax.compare.noun_kinds import PERSON_KINDS, kind_of
from tests.helpers import analysed_articles, compared_conflicts


def _kinds(conflicts: list[tuple[str, dict]], kind: str) -> list[dict]:
    return [v for k, v in conflicts if k == kind]


# --- lengths of one event under two nouns --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "The hostages were freed on Friday.\n\nTheir ordeal lasted 47 days, relatives said.",
         "Army commandos freed the hostages on Friday.\n\nThe families spoke of a 52-day captivity in the jungle.", ("P47D", "P52D")),
        ("en", "The strike, which lasted three weeks, ended on Monday.\n\nWorkers returned to the plant.",
         "Workers returned to the plant on Monday after a 25-day walkout over pay.", ("P3W", "P25D")),
        ("de", "Die Geiseln kamen am Freitag frei.\n\nIhr Martyrium dauerte 47 Tage.",
         "Soldaten befreiten die Geiseln am Freitag nach 52 Tagen Gefangenschaft im Dschungel.", ("P47D", "P52D")),
        ("fr", "Les otages ont été libérés vendredi.\n\nLeur calvaire a duré 47 jours.",
         "Des soldats ont libéré les otages vendredi après 52 jours de captivité dans la jungle.", ("P47D", "P52D")),
        ("es", "La huelga, que duró tres semanas, terminó el lunes.\n\nLos trabajadores volvieron a la planta.",
         "Los trabajadores volvieron a la planta el lunes tras un paro de 25 días.", ("P3W", "P25D")),
    ],
)  # fmt: skip
def test_one_events_lengths_under_two_nouns_of_its_kind_conflict(lang, a, b, values):
    assert duration_links(analysed_articles([a, b], lang))
    assert {"a": [values[0]], "b": [values[1]], "unit": "duration"} in _kinds(compared_conflicts([a, b], lang), "number")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a length of something else: the talks are no strike, the trek no captivity
        ("The strike, which lasted three weeks, ended on Monday.\n\nWorkers returned to the plant.",
         "Workers returned to the plant on Monday.\n\nTalks with the company had lasted 25 days."),
        ("The hostages were freed on Friday.\n\nTheir ordeal lasted 47 days, relatives said.",
         "Army commandos freed the hostages on Friday after a 52-day trek through the jungle."),
        # another occasion: last year's walkout
        ("The strike, which lasted three weeks, ended on Monday.\n\nWorkers returned to the plant.",
         "Workers returned to the plant on Monday.\n\nA 25-day walkout last year closed it too."),
        # two events of one kind in one article: no telling which length is meant
        ("Their ordeal lasted 47 days.\n\nThe kidnapping of the two engineers lasted 12 days.",
         "The families spoke of a 52-day captivity in the jungle."),
    ],
)  # fmt: skip
def test_lengths_of_other_things_link_nothing(a, b):
    assert duration_links(analysed_articles([a, b], "en")) == []


def test_event_kinds():
    assert same_event("ordeal", "captivity") and same_event("walkout", "strike") and same_event("ausstand", "greve")
    assert same_event("gefangenschaft", "cautiverio") and same_event("blaze", "blaze") is False
    assert event_kind("talks") is None and event_kind("blockade") is None and event_kind("period") is None
    assert not same_event("strike", "siege")


# --- clock times of one act under two verbs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "Flight 212 touched down at 2:20pm after a bomb threat.\n\nPassengers were searched.",
         "The plane landed at 2:50 p.m., airport officials said.\n\nPassengers were searched.", ("14:20", "14:50")),
        ("en", "The fire broke out at 3 a.m. in a warehouse in Leith.\n\nFirefighters fought it for hours.",
         "Crews worked through the night in Leith.\n\nFirefighters said the blaze started at 4 a.m.", ("03:00", "04:00")),
        ("de", "Das Feuer brach gegen 3 Uhr in einer Lagerhalle in Leith aus.\n\nDie Feuerwehr war stundenlang im Einsatz.",
         "Die Feuerwehr war die ganze Nacht im Einsatz.\n\nDer Brand entstand nach Angaben der Polizei um 4 Uhr.", ("03:00", "04:00")),
        ("de", "Die Maschine aus Oslo ist um 14.20 Uhr in Leith gelandet.\n\nDie Passagiere wurden durchsucht.",
         "Die Passagiere wurden durchsucht.\n\nDas Flugzeug setzte um 14.50 Uhr auf der Piste auf, sagte ein Sprecher.", ("14:20", "14:50")),
        ("fr", "Le vol d'Oslo a atterri à 14h20 après une alerte à la bombe.\n\nLes passagers ont été fouillés.",
         "Les passagers ont été fouillés.\n\nL'avion s'est posé à 14h50, selon l'aéroport.", ("14:20", "14:50")),
        ("es", "El incendio se declaró a las 3:00 en un almacén de Leith.\n\nLos bomberos trabajaron durante horas.",
         "Los bomberos trabajaron durante horas.\n\nEl fuego comenzó a las 4:00, según la policía.", ("03:00", "04:00")),
    ],
)  # fmt: skip
def test_one_acts_clock_times_under_two_verbs_conflict(lang, a, b, values):
    assert clock_links(analysed_articles([a, b], lang))
    assert {"a": [values[0]], "b": [values[1]]} in _kinds(compared_conflicts([a, b], lang), "date")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one story, two events: the fire started, the evacuation began
        ("The fire broke out at 3 a.m. in a warehouse in Leith.\n\nFirefighters fought it for hours.",
         "Crews worked through the night in Leith.\n\nThe evacuation of nearby homes began at 4 a.m."),
        # an act timed twice in one article: no telling which landing is meant
        ("The first jet touched down at 2:20pm.\n\nA second jet touched down at 3:10pm.",
         "The plane landed at 2:50 p.m., airport officials said."),
        # two acts: a take-off and a landing
        ("The plane took off at 9:40 from the capital.\n\nNobody was hurt.",
         "The jet touched down at 11:20 on the coast.\n\nNobody was hurt."),
        # one act on two days
        ("The fire broke out at 3 a.m. on Monday in Leith.\n\nNobody was hurt.",
         "Crews worked in Leith.\n\nThe blaze started at 4 a.m. on Tuesday."),
    ],
)  # fmt: skip
def test_clock_times_of_other_acts_link_nothing(a, b):
    assert clock_links(analysed_articles([a, b], "en")) == []


# --- a toll of people against a toll of one kind of person --------------------------------------------------


def test_a_toll_of_people_and_an_equal_toll_of_miners_are_one_fact():
    a = "Twelve people were killed when a gallery collapsed at the Kessel mine on Tuesday.\n\nThe mine was closed."
    b = "Rescuers worked all night at Kessel.\n\nThey said 12 miners died in the collapse."
    arts = analysed_articles([a, b], "en")
    assert ((0, 0), (1, 1)) in casualty_links(arts)
    assert _kinds(compared_conflicts([a, b], "en"), "number") == []


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Twelve people were killed when a gallery collapsed at the Kessel mine on Tuesday.",
         "Rescuers worked all night at Kessel.\n\nThey said 14 miners died in the collapse."),
        ("de", "Beim Einsturz eines Stollens im Bergwerk Kessel kamen am Dienstag zwölf Menschen ums Leben.",
         "Die Retter arbeiteten die ganze Nacht.\n\nNach ihren Angaben starben 14 Bergleute."),
    ],
)  # fmt: skip
def test_a_group_larger_than_the_toll_conflicts(lang, a, b):
    numbers = _kinds(compared_conflicts([a, b], lang), "number")
    assert [(v["a"], v["b"]) for v in numbers] == [([12.0], [14.0])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a smaller group may be a part of the toll
        ("Twelve people were killed when a gallery collapsed at the Kessel mine on Tuesday.",
         "Rescuers worked all night at Kessel.\n\nThey said 10 miners died in the collapse."),
        # another occasion
        ("Twelve people were killed when a gallery collapsed at the Kessel mine on Tuesday.",
         "Rescuers worked all night at Kessel.\n\nIn 2009, 14 miners died in a blast at the same mine."),
        # the people's toll names another kind of person, and the group may be a part of it (session 45: with the aside
        # "including two rescuers" left out the verb gives the 12 its role, and a group of 14 miners, larger than the
        # whole toll, conflicts as test_a_group_larger_than_the_toll_conflicts wants)
        ("Twelve people, including two rescuers, were killed when a gallery collapsed at the Kessel mine.",
         "Rescuers worked all night at Kessel.\n\nThey said 9 miners died in the collapse."),
        # a kind that is no person
        ("Twelve people were killed when the storm hit Kessel on Tuesday.",
         "The storm hit Kessel on Tuesday.\n\nIt destroyed 14 homes."),
    ],
)  # fmt: skip
def test_no_toll_of_a_kind_where_none_is_told(a, b):
    assert _kinds(compared_conflicts([a, b], "en"), "number") == []


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("children", "child"), ("kinder", "child"), ("enfant", "child"), ("niño", "child"), ("дети", "child"),
        ("miner", "miner"), ("bergleute", "miner"), ("minero", "miner"), ("górników", "miner"),
        ("pilgrim", "pilgrim"), ("pèlerin", "pilgrim"), ("tourist", "tourist"), ("touristen", "tourist"),
        ("fan", "fan"), ("aficionado", "fan"), ("crew", "crew"), ("tripulante", "crew"),
        ("civilian", "civilian"), ("zivilisten", "civilian"), ("cywilów", "civilian"),
        ("mineur", None),  # French: minors as often as miners
    ],
)  # fmt: skip
def test_kinds_of_person(unit, kind):
    assert kind_of(unit) == kind
    assert kind is None or kind in PERSON_KINDS


# --- a toll told as a part of a named group -----------------------------------------------------------------


@pytest.mark.parametrize(
    "a",
    [
        "The roof of the Orrin plant fell in on Tuesday, and 21 of the 60 workers were injured.",
        "The roof of the Orrin plant fell in on Tuesday.\n\nOf the 60 workers on shift, 21 were injured.",
    ],
)
def test_a_part_of_a_named_group_is_a_toll_of_people(a):
    b = "The county said 23 people were hurt at Orrin.\n\nAmbulances came from three towns."
    numbers = _kinds(compared_conflicts([a, b], "en"), "number")
    assert [(v["a"], v["b"]) for v in numbers] == [([21.0], [23.0])]
    same = "The county said 21 people were hurt at Orrin.\n\nAmbulances came from three towns."
    arts = analysed_articles([a, same], "en")
    assert any(x[0] != y[0] for x, y in casualty_links(arts))
    assert _kinds(compared_conflicts([a, same], "en"), "number") == []


def test_a_part_that_went_through_nothing_is_no_toll():
    a = "The roof of the Orrin plant fell in on Tuesday, and 21 of the 60 workers were on shift."
    b = "The county said 23 people were hurt at Orrin.\n\nAmbulances came from three towns."
    assert _kinds(compared_conflicts([a, b], "en"), "number") == []
