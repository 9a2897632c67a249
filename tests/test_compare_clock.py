"""Clock times of one act given two ways (:mod:`parallax.compare.clocks`), reported as ``date`` conflicts.

Invented reports of an explosion at a station, a council session and a shop's hours, published on 14 March
2026 at 18:00: the conflicts between two first sentences (no alignment in between)."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.clocks import _rounding_unit
from parallax.compare.conflicts import sentence_conflicts
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14T18:00:00+01:00"


def _date_conflicts(a_text: str, b_text: str, lang: str, lang_b: str | None = None) -> list[dict]:
    a, b = (
        Article(id=i, text=t, outlet=i.upper(), published=PUBLISHED, language=lg)
        for i, t, lg in zip("ab", (a_text, b_text), (lang, lang_b or lang), strict=True)
    )
    Analyzer().analyze_all([a, b])
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "date"]


# one act, two clock times: a conflict, with the times as written
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "The blast happened at 10:15 near the main station.", "The explosion hit at 11:40 near the main station.",
         (["10:15"], ["11:40"])),
        ("en", "The blast happened at around 10 a.m. near the main station.", "The explosion hit at 10:45 near the main station.",
         (["10:00"], ["10:45"])),  # a hedged hour stands for 30 minutes either side, not 45
        ("en", "The blast happened at 10:00 GMT near the main station.", "The explosion hit at 10:00 CET near the main station.",
         (["10:00 GMT"], ["10:00 CET"])),
        ("en", "The blast happened at 10:15 on Tuesday near the main station.", "The explosion hit at 11:40 on Tuesday near the main station.",
         (["10:15"], ["11:40"])),
        ("de", "Die Explosion ereignete sich um 14 Uhr am Hauptbahnhof.", "Die Detonation erschütterte um 16 Uhr den Hauptbahnhof.",
         (["14:00"], ["16:00"])),
        ("de", "Die Explosion ereignete sich gegen 14 Uhr am Hauptbahnhof.", "Die Detonation erschütterte um 14.45 Uhr den Hauptbahnhof.",
         (["14:00"], ["14:45"])),
        ("fr", "L'explosion a eu lieu à 9h30 près de la gare centrale.", "L'explosion a secoué la gare centrale à 11 h.",
         (["09:30"], ["11:00"])),
        ("de", "Der Brand brach am Mittwochabend um 22 Uhr in einer Lagerhalle aus.",
         "Der Brand brach am Mittwoch um 18 Uhr in einer Lagerhalle aus.", (["22:00"], ["18:00"])),  # one day, two times
    ],
)  # fmt: skip
def test_two_times_of_one_act_conflict(lang, a, b, values):
    assert _date_conflicts(a, b, lang) == [{"a": values[0], "b": values[1]}]


def test_the_act_both_sentences_time_is_compared_beside_another():
    conflicts = _date_conflicts(
        "The council met at 10 a.m. and voted on the budget at 12 p.m.", "The council voted on the budget at 1 p.m.", "en"
    )
    assert conflicts == [{"a": ["12:00"], "b": ["13:00"]}]


# the same moment, within a hedge, or in another zone: no conflict
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "The blast happened at 10:15 near the main station.", "The explosion hit at 10.15am near the main station."),
        ("en", "The blast happened at around 10 a.m. near the main station.", "The explosion hit at 10:20 near the main station."),
        ("en", "The blast happened shortly after 10 p.m. near the main station.", "The explosion hit at 10:10 p.m. near the main station."),
        ("en", "The blast happened at 10:00 GMT near the main station.", "The explosion hit at 11:00 CET near the main station."),
        ("en", "The blast happened at 11 a.m. (1000 GMT) near the main station.", "The explosion hit at 10:00 GMT near the main station."),
        ("en", "The blast happened at 11 a.m. (1000 GMT) near the main station.", "The explosion hit at 11:00 near the main station."),
        ("en", "The blast happened at 10:00 GMT near the main station.", "The explosion hit at 11:00 near the main station."),  # local time
        ("de", "Die Explosion ereignete sich gegen 14 Uhr am Hauptbahnhof.", "Die Detonation erschütterte um 14.20 Uhr den Hauptbahnhof."),
        ("de", "Die Explosion ereignete sich um 14.30 Uhr am Hauptbahnhof.", "Die Detonation erschütterte um 14:30 Uhr den Hauptbahnhof."),
        ("fr", "L'explosion a eu lieu vers 10 h près de la gare centrale.", "L'explosion a secoué la gare centrale à 10h25."),
    ],
)  # fmt: skip
def test_one_moment_is_no_conflict(lang, a, b):
    assert _date_conflicts(a, b, lang) == []


# bounds, spans, schedules, time stamps and different acts time no single act: no conflict
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Shops in the centre stay open until 10 p.m. on weekdays.", "Shops in the centre stay open until 11 p.m. on weekdays."),
        ("en", "The road was closed before 9 a.m. after the blast.", "The road was closed at 11 a.m. after the blast."),
        ("en", "The station was shut from 9 a.m. to 11 a.m. after the blast.", "The station was shut at 10:30 after the blast."),
        ("en", "The museum opens at 9 a.m. every day.", "The museum opens at 10 a.m. every day."),
        ("en", "Updated at 10:15 GMT after the blast.", "Updated at 11:15 GMT after the blast."),
        ("en", "07:30 - Police sealed off the station after the blast.", "08:15 - Police sealed off the station after the blast."),
        ("en", "The session began at 10 a.m. in the council chamber.", "The session ended at 12 p.m. in the council chamber."),
        ("en", "The council met at 10 a.m. and voted on the budget at 12 p.m.", "The council voted on the budget at 12 p.m."),
        ("en", "After the vote, the council session ended at 2 p.m.", "The council vote came at 12 p.m. after a long debate."),
        ("de", "Das Museum öffnet täglich um 9 Uhr.", "Das Museum öffnet täglich um 10 Uhr."),
        ("de", "Der Bahnhof blieb von 9 bis 11 Uhr gesperrt.", "Der Bahnhof blieb bis 12 Uhr gesperrt."),
        ("de", "Stand: 14:30 Uhr. Die Polizei sperrte den Bahnhof.", "Stand: 16:00 Uhr. Die Polizei sperrte den Bahnhof."),
        ("fr", "Le musée ouvre tous les jours à 9 h.", "Le musée ouvre tous les jours à 10 h."),
        ("fr", "La gare est restée fermée jusqu'à 22 h.", "La gare est restée fermée jusqu'à 23 h."),
        ("fr", "Mis à jour à 10h15 après l'explosion.", "Mis à jour à 11h15 après l'explosion."),
    ],
)  # fmt: skip
def test_no_single_act_no_conflict(lang, a, b):
    assert _date_conflicts(a, b, lang) == []


def test_a_day_conflict_is_reported_once_not_as_clocks():
    conflicts = _date_conflicts(
        "The blast happened at 10:15 on Monday, March 9, near the main station.",
        "The explosion hit at 11:40 on Tuesday, March 10, near the main station.",
        "en",
    )
    assert len(conflicts) == 1 and all(v.startswith("2026-03-") for side in conflicts[0].values() for v in side)


def test_across_languages_one_time_each_compares():
    assert _date_conflicts("Die Explosion ereignete sich um 14 Uhr am Hauptbahnhof.", "The explosion hit at 4 p.m. near the main station.",
                           "de", "en") == [{"a": ["14:00"], "b": ["16:00"]}]  # fmt: skip


@pytest.mark.parametrize(("minute", "unit"), [(0, 60), (30, 30), (45, 15), (10, 5), (17, 1)])
def test_rounding_unit(minute, unit):
    assert _rounding_unit(minute) == unit


# the act is read before the time (or after it, where the time opens its clause), not from the place
# after it, a speaker's clause or a count in another clause
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "The blast happened at 10:15 near the main station, police said.",
         "Police said the explosion hit the main station at 11:40, shortly before rush hour.", (["10:15"], ["11:40"])),
        ("en", "At 10:15 the blast happened near the main station and 300 people were evacuated.",
         "The explosion hit at 11:40 and 300 people were evacuated.", (["10:15"], ["11:40"])),
        ("de", "Um 14 Uhr ereignete sich die Explosion am Hauptbahnhof, teilte die Polizei mit.",
         "Die Polizei teilte mit, die Explosion habe sich um 15.30 Uhr am Hauptbahnhof ereignet.", (["14:00"], ["15:30"])),
        ("en", "The blast happened at 10:00 GMT near the main station.", "The explosion hit at 11:00 (GMT) near the main station.",
         (["10:00 GMT"], ["11:00 GMT"])),
    ],
)  # fmt: skip
def test_act_and_zone_read_around_the_time(lang, a, b, values):
    assert _date_conflicts(a, b, lang) == [{"a": values[0], "b": values[1]}]


def test_a_span_written_with_two_times_is_no_act():
    assert _date_conflicts("Die Straße war 14 Uhr bis 16 Uhr gesperrt.", "Die Straße war um 15 Uhr gesperrt.", "de") == []


# the zones of the United States named without their season take it from the day (summer on 14 March 2026)
@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("The Senate vote closed at 5 p.m. Eastern time on Friday.", "The Senate vote closed at 4 p.m. Central time on Friday.", False),
        ("The Senate vote closed at 5 p.m. ET on Friday.", "The Senate vote closed at 2 p.m. PT on Friday.", False),
        ("The Senate vote closed at 6 p.m. ET on Friday.", "The Senate vote closed at 2 p.m. PT on Friday.", True),
        ("The Senate vote closed at 9 p.m. GMT on Friday.", "The Senate vote closed at 5 p.m. EDT on Friday.", False),
    ],
)  # fmt: skip
def test_us_zones(a, b, conflict):
    assert bool(_date_conflicts(a, b, "en")) is conflict


def test_a_stamp_with_its_date_is_no_act():
    assert _date_conflicts("Zuletzt aktualisiert: 14.03.2026, 10:15 Uhr", "Zuletzt aktualisiert: 14.03.2026, 11:30 Uhr", "de") == []


def test_two_acts_sharing_as_many_words_are_not_told_apart():
    # both acts of the first sentence are a blast that hit: which of them "10:40" times cannot be told
    assert _date_conflicts("The first blast hit at 10:15 and a second blast hit at 10:35.", "A blast hit at 10:40.", "en") == []


def test_the_act_sharing_most_words_is_compared():
    assert _date_conflicts(
        "The first blast hit at 10:15 and a second blast hit the hall at 10:35.", "The second blast hit the hall at 10:40.", "en"
    ) == [{"a": ["10:35"], "b": ["10:40"]}]


# a time planned meets only another planned one; an act's start and its end are two acts
@pytest.mark.parametrize(
    ("lang", "a", "b", "conflict"),
    [
        ("en", "The council vote is scheduled for 3 p.m. in the chamber.", "The council vote was held at 4 p.m. in the chamber.", False),
        ("en", "The council vote is scheduled for 3 p.m. on Friday.", "The council vote is scheduled for 4 p.m. on Friday.", True),
        ("de", "Die Abstimmung soll um 15 Uhr beginnen.", "Die Abstimmung begann um 16 Uhr.", False),
        ("de", "Die Sitzung begann um 10 Uhr im Rathaus.", "Die Sitzung endete um 12 Uhr im Rathaus.", False),
        ("fr", "La séance a débuté à 10 h à la mairie.", "La séance s'est terminée à 12 h à la mairie.", False),
        ("fr", "Le vote est prévu à 15 h vendredi.", "Le vote est prévu à 16 h vendredi.", True),
    ],
)  # fmt: skip
def test_planned_times_and_phases(lang, a, b, conflict):
    assert bool(_date_conflicts(a, b, lang)) is conflict


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "The 06:12 service to the coast was the first train through the tunnel.", "The 07:05 service to the coast was the first train through the tunnel."),
        ("fr", "Le 20 h de la chaîne a ouvert sur l'explosion.", "Le 13 h de la chaîne a ouvert sur l'explosion."),
    ],
)  # fmt: skip
def test_a_time_naming_a_thing_is_no_act(lang, a, b):
    assert _date_conflicts(a, b, lang) == []


# the other sentence names this time's act before its own, in its own clause: two acts
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("de", "Nach der Abstimmung endete die Sitzung um 14 Uhr.", "Die Abstimmung fand um 12 Uhr statt."),
        ("en", "After the vote the council session closed at 2 p.m.", "The council vote came at 12 p.m. after a long debate."),
    ],
)  # fmt: skip
def test_an_act_named_before_the_others_act_is_apart(lang, a, b):
    assert _date_conflicts(a, b, lang) == []
