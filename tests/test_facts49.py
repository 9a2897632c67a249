"""Facts the comparison missed or mis-read (session facts49), each with guards:

- "No one was injured" / "Three people were injured" was no contradiction: :mod:`parallax.compare.unharmed` joined
  the statements that nobody was hurt among themselves only; a report's plain statement that nobody was hurt (killed)
  is now a count of nought against the other report's count of that role (:mod:`parallax.compare.denied_harm`),
  and not where it is limited ("No one else", "No one was seriously injured", "None of the passengers");
- a vague quantity ("hundreds evacuated", "dozens missing") is no figure and never conflicts with one;

Invented reports (invented places and people).
"""

from __future__ import annotations

from tests.helpers import mixed_conflicts

_conflicts = mixed_conflicts  # the conflicts of reports in several languages


def _numbers(*pairs: tuple[str, str]) -> list[dict]:
    return [v for kind, v in _conflicts(*pairs) if kind == "number"]


# -- a statement that nobody was hurt against a count of the hurt

_FIRE = "A fire broke out at a warehouse in the port of Dravik on Tuesday night. "
_BLAZE = "A blaze ripped through a warehouse in Dravik late on Tuesday. "


def test_no_one_injured_against_three_injured() -> None:
    found = _numbers(
        ("en", _FIRE + "No one was injured, the fire brigade said."),
        ("en", _BLAZE + "Three people were injured, the fire brigade said."),
    )
    assert found == [{"a": [0.0], "b": [3.0], "unit": "people"}]


def test_no_one_hurt_against_a_count_in_other_languages() -> None:
    found = _numbers(
        ("en", _FIRE + "Nobody was hurt, the fire brigade said."),
        (
            "de",
            "In einer Lagerhalle in Dravik ist am Dienstagabend ein Feuer ausgebrochen. Drei Menschen wurden verletzt, teilte die Feuerwehr mit.",
        ),
    )
    assert [(v["a"], v["b"]) for v in found] == [([0.0], [3.0])]
    found = _numbers(
        ("es", "Un incendio arrasó un almacén en el puerto de Dravik el martes por la noche. No hubo heridos, según los bomberos."),
        ("fr", "Un incendie a ravagé un entrepôt du port de Dravik mardi soir. Deux personnes ont été blessées, selon les pompiers."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([0.0], [2.0])]


def test_no_one_killed_against_a_toll() -> None:
    found = _numbers(
        ("en", "A bus overturned on the coast road near Kelmora on Sunday. No one was killed but 12 passengers were injured."),
        ("en", "A bus carrying tourists overturned near Kelmora on Sunday. Two people died and 12 were injured, police said."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([0.0], [2.0])]


def test_limited_denials_are_no_count() -> None:
    found = _numbers(  # the others: the report counts one itself
        ("en", _FIRE + "One firefighter was treated for smoke inhalation. No one else was injured, the fire brigade said."),
        ("en", _BLAZE + "Three people were injured, the fire brigade said."),
    )
    assert all(v["a"] != [0.0] for v in found)
    assert (
        _numbers(  # a grade of harm
            ("en", _FIRE + "No one was seriously injured, the fire brigade said."),
            ("en", _BLAZE + "Three people were slightly injured, the fire brigade said."),
        )
        == []
    )
    assert (
        _numbers(  # a group
            ("en", "A ferry ran aground off Kelmora on Tuesday. None of the passengers was hurt, the coastguard said."),
            ("en", "A ferry struck a sandbank off Kelmora on Tuesday. Two crew members were injured, the coastguard said."),
        )
        == []
    )
    assert (
        _numbers(  # an adjective says it of its subject only
            ("en", "A car hit a tram in central Dravik on Friday. The driver was unhurt, police said."),
            ("en", "A car collided with a tram in Dravik on Friday. Three tram passengers were injured, police said."),
        )
        == []
    )
    assert (
        _numbers(  # nobody killed is no denial of the injured
            ("en", "A bus overturned near Kelmora on Sunday. No one was killed, but 12 people were injured."),
            ("en", "A bus overturned near Kelmora on Sunday, injuring 12 people."),
        )
        == []
    )


# -- vague quantities


def test_a_vague_quantity_is_no_figure() -> None:
    assert (
        _numbers(
            (
                "en",
                "A wildfire near Dravik forced hundreds of people to evacuate on Tuesday. Hundreds were evacuated from the village of Orla.",
            ),
            ("en", "A wildfire near Dravik forced 1,200 people to evacuate on Tuesday. 1,200 were evacuated from the village of Orla."),
        )
        == []
    )
    # (session facts54: "dozens" is 24 or more, so it agrees with 48 and no longer with 12: tests/test_facts54.py)
    assert (
        _numbers(
            ("en", "Floods swept through the valley of Kelmora on Monday. Dozens of people were missing, officials said."),
            ("en", "Flash floods hit Kelmora on Monday. 48 people were missing, officials said."),
        )
        == []
    )
    assert (
        _numbers(
            ("de", "Ein Waldbrand bei Dravik hat am Dienstag Hunderte Menschen in die Flucht getrieben. Hunderte wurden evakuiert."),
            ("fr", "Un incendie près de Dravik a forcé 1 200 personnes à fuir mardi. 1 200 personnes ont été évacuées."),
        )
        == []
    )


# -- "others": a count with no noun of its own after a group's toll


def test_others_after_a_group_meet_a_count_of_people() -> None:
    found = _numbers(
        ("en", "A ferry capsized off Kelmora on Monday. Four passengers died and 16 others remained missing, officials said."),
        ("en", "A ferry sank off Kelmora on Monday, killing four people. Twenty people were still missing on Tuesday, officials said."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([16.0], [20.0])]
    found = _numbers(
        (
            "es",
            "Un ferry volcó frente a Kelmora el lunes. Cuatro pasajeros murieron y otros 16 siguen desaparecidos, según las autoridades.",
        ),
        ("en", "A ferry sank off Kelmora on Monday, killing four people. Twenty people were still missing on Tuesday, officials said."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([16.0], [20.0])]


def test_others_that_agree_or_count_the_group_twice() -> None:
    assert (
        _numbers(
            ("en", "A ferry capsized off Kelmora on Monday. Four passengers died and 16 others remained missing, officials said."),
            (
                "en",
                "A ferry sank off Kelmora on Monday, killing four people. Sixteen people were still missing on Tuesday, officials said.",
            ),
        )
        == []
    )
    found = _numbers(  # the group on both sides: compared once, under the group's noun
        ("en", "A ferry capsized off Kelmora on Monday. Four passengers died and 16 others remained missing, officials said."),
        ("en", "A ferry sank off Kelmora on Monday, killing four passengers. Twenty passengers were still missing, officials said."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([16.0], [20.0])]
    assert (
        _numbers(  # "others" as a part of a sum: 2 + 5 injured
            ("en", "A fire broke out at a warehouse in Dravik on Tuesday. Two firefighters were injured and five others were hurt by smoke."),
            ("en", "A blaze ripped through a warehouse in Dravik on Tuesday. Seven people were injured, the fire brigade said."),
        )
        == []
    )


# -- counts with no noun: the role from the verb or participle, the noun of the count in dispute

_CA = "Una explosió de gas va destruir un bloc de pisos a Dravik dimarts. Dues persones van morir i set més ferits, segons els bombers."
_ET = "Teisipäeval hävitas gaasiplahvatus Draviki kortermaja. Kaks inimest hukkus ja üheksa sai vigastada, teatas päästeamet."
_ES = "Una explosión de gas destruyó un edificio en Dravik el martes. Dos personas murieron y otros tres resultaron heridos, según los bomberos."


def test_counts_with_no_noun_across_languages() -> None:
    # the injured of each report, named by no noun: the conflict names none of the dead's nouns beside them
    assert _numbers(("ca", _CA), ("et", _ET)) == [{"a": [7.0], "b": [9.0], "unit": "people"}]
    assert _numbers(("es", _ES), ("et", _ET)) == [{"a": [3.0], "b": [9.0], "unit": "people"}]
    assert _numbers(("ca", _CA), ("es", _ES.replace("otros tres", "otros siete"))) == []


def test_a_denial_of_one_part_of_the_event_is_no_count() -> None:
    assert (
        _numbers(
            ("en", "Two explosions hit a chemical plant in Dravik on Tuesday. Nobody was injured in the second explosion, which came an hour later."),
            ("en", "Two blasts rocked a chemical plant in Dravik on Tuesday. Three people were injured, the plant's owner said."),
        )
        == []
    )
    assert (
        _numbers(
            ("en", "A ferry ran aground off Kelmora on Tuesday. There were no injuries among the crew, the coastguard said."),
            ("en", "A ferry struck a sandbank off Kelmora on Tuesday. Two people were injured, the coastguard said."),
        )
        == []
    )


# -- a change and the level it reached are no range


def test_a_rise_to_a_level_is_no_range() -> None:
    # "rose $2 to $85": a rise of $2 to a price of $85, not a price between $2 and $85; $85 is $85.20 rounded
    assert (
        _numbers(
            ("en", "Oil prices rose $2 to $85 a barrel on Monday after the strike at the Dravik refinery."),
            ("en", "Oil rose 2.4% to $85.20 a barrel on Monday as the Dravik refinery strike continued."),
        )
        == []
    )
    found = _numbers(
        ("en", "Oil prices rose $2 to $85 a barrel on Monday after the strike at the Dravik refinery."),
        ("en", "Oil rose 2.4% to $87.20 a barrel on Monday as the Dravik refinery strike continued."),
    )
    assert len(found) == 1 and 85.0 in found[0]["a"] and found[0]["b"] == [87.2]  # (the rise, $2, is listed beside it)
    found = _numbers(  # a range is still one: "between 20 and 30"
        ("en", "Floods hit Kelmora on Monday. Between 20 and 30 people were missing, officials said."),
        ("en", "Floods hit Kelmora on Monday. 40 people were missing, officials said."),
    )
    assert [(v["a"], v["b"]) for v in found] == [([30.0], [40.0])]
