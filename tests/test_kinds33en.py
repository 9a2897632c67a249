"""QA over English reports of kinds not checked before (a match report, quarterly earnings, a heat wave and
wildfire, an election result, a court verdict, a health study), three invented outlets each; what the
comparison got wrong, and this file mends, each with the cases that must not change:

- a measure with its conversion in brackets ("109F (43C)", "10,000 acres (4,047 hectares)") was two measures
  of one kind, so it met no other outlet's single figure ("45C"); it is one measure written twice;
- two temperatures in one unit ("43C" / "45C") never compared (the counts do not read a degree sign run on
  to its figure), and a temperature within 1°C either side met one two degrees off; now a temperature agrees
  within the rounding of its last digit;
- "40 degrees Celsius" / "104 degrees Fahrenheit" was a conflict of two counts of degrees, and "10,000 acres
  (4,047 hectares)" / "4,000 hectares" one of two counts of hectares: a measure that agrees across a
  conversion, and any temperature, is compared as a measure only;
- measures were read in English alone: "15 Meilen (24 Kilometer)", "10.000 acres (4.047 hectáreas)", "109
  degrés Fahrenheit", "43 Grad Celsius" now read in the languages whose press converts American figures,
  with the language's decimal style ("4.047" is 4,047 in Spanish);
- '"...," the judge told Lowe.' / '"...," Judge Margaret Hale said.' was a name conflict (Lowe / Hale): a
  quotation's speaker against a name in another role (here the one spoken to) is no name swapped for another;
  two speakers still are one (and the quotations compare their speakers too);
- a clause of a CEO's quotation given a tail ("We expect that momentum to continue into next year and beyond")
  under the finance chief's name was a second statement, since it kept under half the longer quotation's
  words: a run of eight words or more that is all of the shorter but two is one quotation, misattributed;
- a goal's minute ("Marco Rossi ... in the 38th minute" / "in the 36th minute") compared only in sentences
  that aligned: each report's only minute for a player now joins one fact (not where a report says the
  player scored more than once);
- a part of a count written in words ("guilty on five of the seven charges" / "four of the seven charges") was
  no part: the counts of parts compared figures only, so the two went unmatched, and "five of seven charges" /
  "five charges" set the whole, 7, against 5 ("Twelve of the forty passengers were injured" / "Twelve
  passengers were injured": 40 injured against 12);
- and with the full name in one report, the surname alone in another ("Mills said") and another person in a
  third, the names tied one to one and the group had no speaker: the surname votes too.

Invented sentences; reports published on Saturday 14 March 2026 (tests.helpers.QA_PUBLISHED).
"""

from __future__ import annotations

import pytest

from tests.helpers import first_sentence_conflicts


def _numbers(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "number"]


# -- temperatures and measures given with their conversion


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("The thermometer hit 109F (43C) in Redding on Tuesday.", "Temperatures reached 45C in Redding on Tuesday.", ([43.0], [45.0])),
        ("Temperatures reached 43C (109F) in Redding on Tuesday.", "Temperatures reached 113F in Redding on Tuesday.", ([109.0], [113.0])),
        ("Temperatures reached 43C in Redding on Tuesday.", "Temperatures reached 45C in Redding on Tuesday.", ([43.0], [45.0])),
        ("Temperatures reached 43C (109F) in Redding on Tuesday.", "Temperatures reached 43C in Redding on Tuesday.", None),
        ("Temperatures reached 43C (109F) in Redding on Tuesday.", "Temperatures reached 109F in Redding on Tuesday.", None),
        ("Temperatures reached 40C in Redding on Tuesday.", "Temperatures reached 104F in Redding on Tuesday.", None),
        ("Temperatures reached 40.4C in Redding on Tuesday.", "Temperatures reached 40C in Redding on Tuesday.", None),
        ("Temperatures hit 40 degrees Celsius in Redding.", "Temperatures hit 104 degrees Fahrenheit in Redding.", None),
        ("Temperatures hit 40 degrees Celsius in Redding.", "Temperatures hit 110 degrees Fahrenheit in Redding.", ([40.0], [110.0])),
        ("Temperatures reached about 43C in Redding on Tuesday.", "Temperatures reached 44C in Redding on Tuesday.", None),
    ],
)  # fmt: skip
def test_temperatures_compare_in_any_unit_and_with_their_conversion(a, b, conflict):
    found = [(v["a"], v["b"]) for v in _numbers(a, b)]
    assert found == ([conflict] if conflict else [])


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("The fire has burned 10,000 acres (4,047 hectares) near Redding.", "The fire has scorched about 4,000 hectares near Redding.", False),
        ("The fire has burned 10,000 acres (4,047 hectares) near Redding.", "The fire has scorched 6,500 hectares near Redding.", True),
        ("The fire has burned 10,000 acres (4,047 hectares) near Redding.", "The fire has burned 16,000 acres near Redding.", True),
        ("The fire started 15 miles (24 km) west of the town.", "The fire started 24 kilometres west of the town.", False),
        ("The fire started 15 miles, or 24 km, west of the town.", "The fire started 15 miles west of the town.", False),
    ],
)  # fmt: skip
def test_a_measure_and_its_conversion_in_brackets_are_one_measure(a, b, conflict):
    assert bool(_numbers(a, b)) is conflict


def test_a_conversion_joins_its_measure_but_two_measures_stay_two():
    from parallax.compare.measures import measures
    from tests.helpers import analyzed

    art = analyzed("It burned 10,000 acres (4,047 hectares) and 2,000 acres of farmland.", "en")
    assert [units for _, _, _, _, units in measures(art, art.sentences[0])] == [("acres", "hectares"), ("acres",)]


# -- a speaker's name against a name in another role is no swap


def _names(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "name"]


@pytest.mark.parametrize(
    "b",
    [
        '"You betrayed the trust of the people who elected you," Judge Margaret Hale said.',
        '"You betrayed the trust of the people who elected you," said prosecutor Simon Clarke.',
    ],
)
def test_the_person_spoken_to_is_no_name_swapped_for_the_speaker(b):
    a = '"You betrayed the trust of the people who elected you," the judge told Richard Lowe.'
    assert _names(a, b) == []


def test_two_speakers_of_one_quotation_are_still_a_name_conflict():
    a = '"We expect that momentum to continue into next year," chief executive Karen Mills said.'
    b = '"We expect that momentum to continue into next year," chief financial officer David Ross said.'
    assert _names(a, b) == [{"a": "Karen Mills", "b": "David Ross"}]


# -- a clause of a quotation under another name is one quotation, misattributed

CEO = (
    "Northwind's revenue rose 12%.\n\n"
    '"Customers are moving more of their workloads to our platform, and we expect that momentum to continue into '
    'next year," chief executive Karen Mills said.'
)
SURNAME = 'Northwind\'s revenue rose 12 percent.\n\n"Customers are moving more of their workloads to our platform," Mills said.'
CFO = (
    "Northwind's quarterly revenue rose 12%.\n\n"
    '"We expect that momentum to continue into next year and beyond," chief financial officer David Ross said.'
)


def test_a_clause_with_a_tail_under_another_name_is_misattributed():
    import parallax
    from tests.helpers import outlet_articles

    quotes = parallax.compare(outlet_articles([CEO, SURNAME, CFO], "en")).to_dict()["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["misattributed"] and quotes[0]["speaker"] == "Karen Mills"
    assert {v["article"]: v["speaker"] for v in quotes[0]["variants"]}["c"] == "David Ross"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Customers are moving more of their workloads to our platform, and we expect that momentum to continue into next year",
            "We expect that momentum to continue into next year and beyond",
            True,
        ),
        ("We will not be intimidated by anyone, and we will keep the clinic open", "We will not be intimidated by anyone at all", False),
        ("The voters have spoken clearly and we accept the result with humility", "The voters have spoken clearly today", False),
    ],
)
def test_a_clause_of_a_quotation_is_a_long_run_of_its_words(a, b, expected):
    from parallax.compare.misattribution import clause_of

    assert clause_of(a, b) is expected


# -- measures in other languages


@pytest.mark.parametrize(
    ("lang", "a", "b", "conflict"),
    [
        ("fr", "Il a fait 43 °C mardi à Redding.", "Il a fait 109 degrés Fahrenheit mardi à Redding.", False),
        ("fr", "Il a fait 43 °C mardi à Redding.", "Il a fait 115 degrés Fahrenheit mardi à Redding.", True),
        ("de", "In Redding wurden am Dienstag 43 °C gemessen.", "In Redding wurden am Dienstag 109 Grad Fahrenheit gemessen.", False),
        ("es", "El incendio ha quemado 10.000 acres (4.047 hectáreas) en California.", "El incendio ha quemado 4.000 hectáreas en California.", False),
        ("es", "El incendio ha quemado 10.000 acres (4.047 hectáreas) en California.", "El incendio ha quemado 6.500 hectáreas en California.", True),
        ("de", "Das Feuer hat 10.000 Acres zerstört.", "Das Feuer hat rund 4000 Hektar zerstört.", False),
        ("de", "Das Feuer hat 16.000 Acres zerstört.", "Das Feuer hat rund 4000 Hektar zerstört.", True),
        ("es", "El incendio comenzó a 15 millas de la ciudad.", "El incendio comenzó a 24 kilómetros de la ciudad.", False),
        ("es", "El incendio comenzó a 15 millas de la ciudad.", "El incendio comenzó a 40 kilómetros de la ciudad.", True),
    ],
)  # fmt: skip
def test_measures_in_other_languages_compare_once_converted(lang, a, b, conflict):
    found = [v for kind, v in first_sentence_conflicts(a, b, lang) if kind == "number"]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "El incendio ha quemado 4.047 hectáreas.", [4047.0]),
        ("de", "Es wurden 40,5 °C gemessen.", [40.5]),
        ("it", "Nel 2019 ha vinto il campionato.", []),
        ("es", "Miles de personas, unas 15 mil, huyeron.", []),
    ],
)
def test_a_measure_is_read_in_the_languages_style(lang, text, expected):
    from parallax.compare.measures import measures
    from tests.helpers import analyzed

    art = analyzed(text, lang)
    assert [round(m[1], 3) for m in measures(art, art.sentences[0])] == expected


# -- one player's goal timed at two minutes in sentences that do not align

MATCH_A = (
    "Daniel Okafor scored twice as Rovers won 3-1 against City on Saturday.\n\n"
    "Marco Rossi equalised for City in the 36th minute, before Liam Byrne restored the lead with a header in the 48th minute."
)
MATCH_B = (
    "City lost to Rovers at Ashfield Park on Saturday.\n\n"
    "Daniel Okafor scored in the 12th and 77th minutes for the hosts, with Liam Byrne also on target.\n\n"
    "Marco Rossi scored City's goal in the 38th minute."
)


def _links(texts: list[str]) -> list[tuple[str, str]]:
    from parallax.compare.minute_links import minute_links
    from tests.helpers import analysed_articles

    arts = analysed_articles(texts, "en")
    return [(arts[i].sentences[si].text, arts[j].sentences[sj].text) for (i, si), (j, sj) in minute_links(arts)]


def test_one_players_only_goal_timed_twice_links_its_sentences():
    assert _links([MATCH_A, MATCH_B]) == [(MATCH_A.split("\n\n")[1], "Marco Rossi scored City's goal in the 38th minute.")]


def test_the_linked_sentences_conflict_on_the_minute():
    from tests.helpers import compared_conflicts

    found = [v for kind, v in compared_conflicts([MATCH_A, MATCH_B], "en") if kind == "number" and v.get("unit") == "minute"]
    assert found == [{"a": [36], "b": [38], "unit": "minute"}]


@pytest.mark.parametrize(
    "b",
    [
        MATCH_B.replace("Marco Rossi scored City's goal", "Marco Rossi scored twice for City, first"),
        MATCH_B.replace("in the 38th minute", "in the 36th minute"),
    ],
)
def test_no_link_for_a_player_who_scored_more_than_once_or_one_minute(b):
    assert _links([MATCH_A, b]) == []


# -- a part of a count in words


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Lowe was convicted on five of the seven charges on Thursday.", "Lowe was convicted on four of the seven charges on Thursday.", ([5.0], [4.0])),
        ("Lowe was found guilty on five of seven counts on Thursday.", "Lowe was found guilty on four of seven counts on Thursday.", ([5.0], [4.0])),
        ("Lowe was found guilty on five of seven counts on Thursday.", "Lowe was found guilty on five of eight counts on Thursday.", ([7.0], [8.0])),
        ("Lowe was convicted on five of seven charges on Thursday.", "Lowe was convicted on five charges on Thursday.", None),
        ("Lowe was convicted on five of the seven charges on Thursday.", "Lowe was convicted on 5 charges on Thursday.", None),
        ("Twelve of the forty passengers were injured on Thursday.", "Twelve passengers were injured on Thursday.", None),
        ("Twelve of the forty passengers were injured on Thursday.", "Fifteen of the forty passengers were injured on Thursday.", ([12.0], [15.0])),
    ],
)  # fmt: skip
def test_a_part_of_a_count_in_words_is_a_part(a, b, expected):
    found = [(v["a"], v["b"]) for v in _numbers(a, b)]
    assert found == ([expected] if expected else [])


def test_a_bare_scale_letter_is_shown_with_its_degree_sign():
    found = _numbers("Temperatures reached 43C in Redding on Tuesday.", "Temperatures reached 45C in Redding on Tuesday.")
    assert found == [{"a": [43.0], "b": [45.0], "unit": "°C"}]
