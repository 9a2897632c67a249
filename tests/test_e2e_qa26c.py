"""End-to-end QA pass over English reports of four more kinds (an earthquake abroad, a football
match, a protest and its policing, a summit): the rules it mended, each with the cases that must not
change.  Invented sentences; reports published on Saturday 14 March 2026 (tests.helpers.QA_PUBLISHED)."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities.find import find_quantities
from tests.helpers import analysed_articles, first_sentence_conflicts


def _numbers(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "number"]


@pytest.mark.parametrize(
    "other",
    [
        "An earthquake of magnitude 6.4 shook the Dorvan valley on Friday.",
        "A 6.4 quake shook the Dorvan valley on Friday.",
        "A magnitude-6.4 earthquake shook the Dorvan valley on Friday.",
    ],
)  # fmt: skip
def test_a_magnitude_written_any_way_conflicts_with_another(other):
    a = "A 5.9-magnitude earthquake struck the Dorvan valley on Friday."
    assert {"a": [5.9], "b": [6.4], "unit": "magnitude"} in _numbers(a, other)


def test_the_same_magnitude_and_counts_of_quakes_stay_apart():
    assert _numbers("A 5.9-magnitude earthquake struck the valley.", "An earthquake of magnitude 5.9 shook the valley.") == []
    # whole numbers before "quakes" count them
    found = find_quantities("Two strong quakes and 14 tremors hit the valley.", "en", [])
    assert [q.unit for q in found] == ["strong", "tremor"]


def test_a_unit_in_full_and_as_its_symbol_is_one_unit():
    found = _numbers("The quake struck at a depth of 10 km, the institute said.", "The quake struck at a depth of 15 kilometres.")
    assert found == [{"a": [10.0], "b": [15.0], "unit": "km"}]
    # the same figure either way is no conflict
    assert _numbers("The quake struck at a depth of 10 km.", "The quake struck at a depth of 10 kilometres.") == []


def test_a_preposition_after_a_number_is_no_counted_noun():
    [a] = analysed_articles(["Oyelaran's goal sent the crowd of 18,400 into raptures."], "en")
    assert [q.unit for q in a.quantities] == [None]


def _groups(texts: list[str]):
    from parallax.compare.quotes import group_quotes

    arts = analysed_articles(texts, "en")
    for i, art in enumerate(arts):
        art.id = "ab"[i]
    return group_quotes(arts)[0]


def test_a_long_quotation_with_two_single_words_changed_under_another_name_is_misattributed():
    [g] = _groups([
        '"The water is rising as the crews reach the northern farms. We fear many more are stranded on the roofs," '
        "Mayor Ilse Vanka said.",
        '"The water is climbing as the crews reach the northern farms. We fear many more are still stranded on the roofs," '
        "said Governor Teo Marsh.",
    ])  # fmt: skip
    assert g.misattributed and g.fidelity == "altered"


def test_short_quotations_alike_from_two_named_people_stay_two_statements():
    groups = _groups([
        '"Voters have spoken clearly," party leader Ilse Vanka said.',
        '"Voters have spoken very clearly today," said Governor Teo Marsh.',
    ])  # fmt: skip
    assert len(groups) == 2 and not any(g.misattributed for g in groups)


def _choices(a: str, b: str) -> list[tuple[str, str]]:
    from parallax.compare.wording import word_choices

    x, y = analysed_articles([a, b], "en")
    return word_choices(x, x.sentences[0], y, y.sentences[0])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the quoted word pairs with the quoted word, not with the cue's title after it
        ('"The squad never stopped believing," Tarrow manager Ines Kolb said.', '"The squad never stopped fighting," said coach Aldo Venn.',
         [("believing", "fighting")]),
        # an auxiliary after the noun is the construction's
        ('"A few violent thugs spoiled what should have been a calm vigil," Chief Ines Kolb said.',
         "Chief Ines Kolb said a few violent individuals had spoiled what should have been a calm vigil.",
         [("thugs", "individuals")]),
        # unchanged: an article before the noun stays, and a plain choice is one
        ("The ministers signed a pact on Monday.", "The ministers signed an agreement on Monday.", [("a pact", "an agreement")]),
        ("Police fired tear gas at the marchers.", "Police used tear gas on the marchers.", [("fired", "used")]),
    ],
)  # fmt: skip
def test_word_choices_keep_to_one_side_of_a_quotation_and_leave_a_trailing_auxiliary(a, b, expected):
    assert _choices(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a crowd's size, however it is worded, is one count
        ("Tarrow won 2-1 on Sunday in front of 18,400 fans.", "Tarrow won 2-1 on Sunday before a crowd of 16,900.", ([18400.0], [16900.0])),
        ("Police estimated the crowd at 9,000.", "Police said 12,000 people attended the vigil.", ([9000.0], [12000.0])),
        # each side's figure is met by the same side's
        ("Police put the crowd at 9,000, while organisers said more than 40,000 people took part.",
         "Organisers put the turnout at 40,000, while police said 12,000 attended.", ([9000.0], [12000.0])),
    ],
)  # fmt: skip
def test_crowd_sizes_conflict(a, b, expected):
    assert [(v["a"], v["b"]) for v in _numbers(a, b)] == [expected]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the police's figure and the organisers' are two facts
        ("Police estimated the crowd at 9,000.", "Organisers said 40,000 people marched."),
        ("About 9,000 people marched, according to police.", "Organisers said 40,000 people marched."),
        # a share is no crowd, and fans who were hurt are the injured
        ("Turnout was 61 percent, the commission said.", "Some 40,000 people attended the rally."),
        # the whole of a part takes no role from the part's verb ("arrested 48 of the 9,000 marchers")
        ("Police arrested 48 of the 9,000 marchers.", "Police detained 36 people as 9,000 marched."),
        ("Harlow won 2-1 in front of 18,400 fans.", "Harlow won 2-1 in front of 18,400 spectators."),
    ],
)  # fmt: skip
def test_crowd_sizes_that_do_not_conflict(a, b):
    assert _numbers(a, b) == []


def test_fans_hurt_are_still_the_injured():
    assert _numbers("Three fans were injured in the crush.", "Five spectators were hurt in the crush.") == [
        {"a": [3.0], "b": [5.0], "units": {"a": "fan", "b": "spectator"}}
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Ivo Brandt gave Tarrow the lead in the 31st minute.", "Ivo Brandt headed Tarrow in front in the 34th minute.", [([31], [34])]),
        # several goals in a sentence: each minute is its clause's scorer's
        ("After Ivo Brandt gave the hosts a 31st-minute lead, Omar Kessel equalised in the 70th minute.",
         "Tarrow went ahead in the 31st minute through Ivo Brandt, but Omar Kessel levelled in the 72nd minute.", [([70], [72])]),
    ],
)  # fmt: skip
def test_one_scorers_minute_conflicts(a, b, expected):
    found = [(v["a"], v["b"]) for v in _numbers(a, b) if v.get("unit") == "minute"]
    assert found == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people's minutes, or one person's two goals against one, are no disagreement
        ("Omar Kessel was booked in the 30th minute.", "Ivo Brandt scored in the 35th minute."),
        ("Ivo Brandt scored in the 31st minute and again in the 80th minute.", "Ivo Brandt struck in the 80th minute."),
        ("Ivo Brandt gave Tarrow the lead in the 31st minute.", "Ivo Brandt's 31st-minute header gave Tarrow the lead."),
    ],
)  # fmt: skip
def test_minutes_that_do_not_conflict(a, b):
    assert [v for v in _numbers(a, b) if v.get("unit") == "minute"] == []
