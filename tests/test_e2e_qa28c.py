"""Comparison QA, round 28c: counts of people told under different nouns.  A part counted by a pronoun ("21 of
them were injured") is the people of its role; job cuts told as posts or as the people who lose them are one
count.  Invented reports (see :mod:`tests.helpers`), with the cases that must stay no conflict."""

from __future__ import annotations

import pytest

from tests.helpers import compared_conflicts


def _numbers(texts: list[str], lang: str) -> list[dict]:
    return [v for k, v in compared_conflicts(texts, lang) if k == "number"]


# a part counted by a pronoun, with its own casualty word, counts the people of that role
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "A gas blast hit the Corvel docks on Monday. 23 people were injured, the fire service said.\n\nThe cause is unknown.",
         "A gas blast hit 60 dockers at Corvel on Monday, and 17 of them were injured.\n\nPolice are investigating."),
        ("en", "A gas blast hit the Corvel docks on Monday. 23 people were injured, the fire service said.\n\nThe cause is unknown.",
         "About 60 dockers were on shift when a gas blast hit the Corvel docks. 17 of them were injured.\n\nPolice are investigating."),
        ("fr", "Une explosion a frappé les docks de Corvel lundi. 23 personnes ont été blessées, selon les pompiers.\n\nLa cause reste inconnue.",
         "Une explosion a frappé lundi les docks de Corvel, où travaillaient des ouvrières. 17 d'entre elles ont été blessées.\n\nLa police enquête."),
        ("nl", "Bij de explosie in de haven van Corvel raakten 23 mensen gewond, meldt de brandweer.\n\nDe oorzaak is onbekend.",
         "De explosie trof 60 havenarbeiders in Corvel; 17 van hen raakten gewond.\n\nDe politie onderzoekt de zaak."),
        ("de", "Eine Explosion im Hafen von Corvel am Montag. 23 Menschen wurden verletzt, sagte die Feuerwehr.\n\nDie Ursache ist unklar.",
         "Eine Explosion traf am Montag den Hafen von Corvel, wo 60 Arbeiter im Dienst waren. 17 von ihnen wurden verletzt.\n\nDie Polizei ermittelt."),
    ],
)  # fmt: skip
def test_a_part_told_by_a_pronoun_with_its_own_role_counts_those_people(lang, a, b):
    assert [(v["a"], v["b"]) for v in _numbers([a, b], lang)] == [([23.0], [17.0])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a part of the whole in the same article, with no role of its own
        ("A coach overturned near Brisk on Monday. 23 people were injured, police said.\n\nThe road was closed.",
         "A coach overturned near Brisk on Monday. 23 people were injured. Two of them were children.\n\nThe road was closed."),
        ("A coach overturned near Brisk on Monday, and twelve people were killed, two of them children.\n\nThe road was closed.",
         "A coach overturned near Brisk on Monday, and twelve people were killed.\n\nThe road was closed."),
        # a part of the injured is another kind of count (the hospitalised of the hurt)
        ("A coach overturned near Brisk on Monday. 60 people were hurt and 21 of them were hospitalised.\n\nThe road was closed.",
         "A coach overturned near Brisk on Monday. 60 people were injured, police said.\n\nThe road was closed."),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_or_of_a_toll_is_no_other_figure_for_it(a, b):
    assert _numbers([a, b], "en") == []


# job losses told as posts or as the people who lose them are one count
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "The Harrowgate plant will cut 420 jobs, the company said.\n\nUnions were angry.",
         "At the Harrowgate plant, 380 workers will lose their jobs, the company said.\n\nUnions were angry."),
        ("nl", "De fabriek in Harrowgate schrapt 420 banen, maakte de directie bekend.\n\nDe vakbond is boos.",
         "Bij de fabriek in Harrowgate verliezen 380 mensen hun baan, zegt de directie.\n\nDe vakbond is boos."),
        ("de", "Das Werk in Harrowgate streicht 420 Stellen, teilte der Konzern mit.\n\nDie Gewerkschaft ist empört.",
         "Im Werk in Harrowgate verlieren 380 Beschäftigte ihren Arbeitsplatz, teilte der Konzern mit.\n\nDie Gewerkschaft ist empört."),
        ("fr", "L'usine de Harrowgate annonce 420 emplois supprimés, a indiqué le groupe.\n\nLes syndicats sont en colère.",
         "À l'usine de Harrowgate, 380 salariés perdront leur emploi, a indiqué le groupe.\n\nLes syndicats sont en colère."),
        # the workforce in the same sentence is no count of the cuts
        ("en", "The Harrowgate plant, which employs 1,200 workers, will cut 420 jobs, the company said.\n\nUnions were angry.",
         "At the Harrowgate plant, 380 workers will lose their jobs, the company said.\n\nUnions were angry."),
    ],
)  # fmt: skip
def test_jobs_cut_and_people_who_lose_their_jobs_are_one_count(lang, a, b):
    assert [(v["a"], v["b"]) for v in _numbers([a, b], lang)] == [([420.0], [380.0])]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "The Harrowgate plant employs 1,200 workers, the company said.\n\nUnions were angry.",
         "The Harrowgate plant will cut 420 jobs, the company said.\n\nUnions were angry."),
        ("de", "Das Werk in Harrowgate hat 1200 Beschäftigte, teilte der Konzern mit.\n\nDie Gewerkschaft ist empört.",
         "Das Werk in Harrowgate streicht 420 Stellen, teilte der Konzern mit.\n\nDie Gewerkschaft ist empört."),
        ("en", "A new Harrowgate plant will create 500 jobs, the company said.\n\nUnions were pleased.",
         "The old Harrowgate plant will cut 420 jobs, the company said.\n\nUnions were angry."),
        ("en", "The Harrowgate plant will cut 420 jobs, the company said.\n\nUnions were angry.",
         "At the Harrowgate plant, 420 workers will lose their jobs, the company said.\n\nUnions were angry."),
    ],
)  # fmt: skip
def test_a_workforce_new_posts_or_the_same_figure_are_no_conflict(lang, a, b):
    assert _numbers([a, b], lang) == []
