"""English comparison QA, round 28e: lengths of one event across sentences, clock times under two verbs, a short
formula inside another person's words, a fraud's living victims; invented reports (see :mod:`tests.helpers`)."""

from __future__ import annotations

from tests.helpers import analysed_articles, compared_conflicts


def _kinds(texts: list[str], kind: str) -> list[dict]:
    return [v for k, v in compared_conflicts(texts, "en") if k == kind]


# one event's length in sentences that do not align: the lengths are compared
def test_one_events_lengths_in_sentences_that_do_not_align_conflict():
    a = "Troops retook the town of Arlen on Friday.\n\nThe siege lasted 11 days, local officials said.\n\nFood is arriving."
    b = "Soldiers entered Arlen on Friday after a 9-day siege that cut off food and water.\n\nConvoys began arriving on Saturday."
    assert {"a": ["P11D"], "b": ["P9D"], "unit": "duration"} in _kinds([a, b], "number")


def test_lengths_of_two_things_or_of_another_occasion_link_nothing():
    from parallax.compare.duration_links import duration_links

    arts = analysed_articles(
        [
            "The blockade lasted 11 days.\n\nBrandt was jailed for 10 years.\n\nThe strike lasted 48 hours.",
            "Aid came after a 9-day siege.\n\nOkoro was jailed for eight years.\n\nA 24-hour strike last month closed the port.",
        ],
        "en",
    )
    assert duration_links(arts) == []


def test_an_event_measured_twice_in_one_article_links_nothing():
    from parallax.compare.duration_links import duration_links

    arts = analysed_articles(["The first siege lasted 11 days.\n\nThe second siege lasted 20 days.", "Aid came after a 9-day siege."], "en")
    assert duration_links(arts) == []


# a time is tied to its own verb: the landing is compared with the landing, not with the take-off
def test_clock_time_of_a_second_verb_takes_the_subject_of_the_first():
    a = "The plane took off at 9:40 and landed at 11:05, the airline said.\n\nNo passengers were hurt."
    b = "The plane landed at 11:20, airport officials said.\n\nPassengers were taken to the terminal."
    assert _kinds([a, b], "date") == [{"a": ["11:05"], "b": ["11:20"]}]


def test_one_subjects_two_acts_in_sentences_apart_link_nothing():
    from parallax.compare.clock_links import clock_links

    arts = analysed_articles(
        ["The plane took off at 9:40 from the capital.\n\nNobody was hurt.", "The plane landed at 11:20 at the coast.\n\nNobody was hurt."],
        "en",
    )
    assert clock_links(arts) == []


# a short formula inside another person's longer words is no misattribution
def test_short_formula_inside_another_persons_quotation_is_two_statements():
    import parallax
    from tests.helpers import outlet_articles

    a = 'Mayor Helen Ford said the council would keep the library open. "We will not be intimidated," Ford said.'
    b = (
        'Councillor Raj Patel told the meeting: "Our staff have faced abuse for weeks, but we will not be intimidated by '
        'a handful of people who want this library shut." Ford also spoke.'
    )
    result = parallax.compare(outlet_articles([a, b], "en")).to_dict()
    assert not any(q["misattributed"] for q in result["quotes"])
    assert not any(c["kind"] == "speaker" for f in result["facts"] for c in f["conflicts"])


def test_trimmed_quotation_of_one_speaker_stays_one_group():
    import parallax
    from tests.helpers import outlet_articles

    a = '"We will not be intimidated," Mayor Helen Ford said.'
    b = 'Mayor Helen Ford said: "Our staff have faced abuse for weeks, but we will not be intimidated by anyone."'
    result = parallax.compare(outlet_articles([a, b], "en")).to_dict()
    assert any(len(q["variants"]) == 2 and q["fidelity"] == "trimmed" for q in result["quotes"])


# a fraud's victims live: their count conflicts as victims, not as the dead
def test_a_frauds_victims_are_a_count_of_victims_not_of_the_dead():
    from parallax.compare.roles import role

    a = "An adviser was charged on Tuesday.\n\nProsecutors said the scheme defrauded 300 victims of £12 million.\n\nHe denies it."
    b = "An adviser appeared in court on Tuesday.\n\nThe scheme had 200 victims, many of them pensioners.\n\nHe denies it."
    art = analysed_articles([a], "en")[0]
    assert [role(art.text, q) for q in art.quantities if q.unit == "victim"] == [None]
    assert {"a": [300.0], "b": [200.0], "unit": "victim"} in _kinds([a, b], "number")


def test_victims_of_an_event_that_kills_are_its_dead():
    from parallax.compare.roles import role

    art = analysed_articles(["The bus crash shocked the valley.\n\nThe 12 victims were named on Friday."], "en")[0]
    assert [role(art.text, q) for q in art.quantities if q.unit == "victim"] == ["dead"]


# one count of things given two ways in sentences that do not align: the counts are compared
def test_one_count_of_things_in_sentences_that_do_not_align_conflicts():
    a = "Hackers hit the Corva clinic group on Tuesday.\n\nThe attack exposed the records of 1.4 million patients.\n\nSystems are back."
    b = "The Corva clinic group was hacked on Tuesday, shutting its 12 clinics.\n\nThe files of 1.2 million patients were stolen, bosses admitted."
    assert {"a": [1400000.0], "b": [1200000.0], "unit": "patient"} in _kinds([a, b], "number")


def test_counts_of_a_part_far_apart_or_of_another_occasion_link_nothing():
    from parallax.compare.count_links import count_links

    arts = analysed_articles(
        [
            "The attack shut 38 hospitals.\n\nThe hack exposed 1.4 million patients.\n\nIt cost 40 servers.",
            "Three hospitals in Ohio were shut.\n\nA breach in 2019 exposed 1.2 million patients.\n\nThe gang used 90 servers.",
        ],
        "en",
    )
    assert count_links(arts) == []


# a doping ban's length written as a noun and as a verb: "a four-year ban" / "banned for three years"
def test_a_bans_length_as_noun_and_as_verb_conflicts():
    from tests.helpers import first_sentence_conflicts

    a = "Sprinter Jo Marsh was handed a four-year ban on Tuesday, the integrity unit said."
    b = "Sprinter Jo Marsh has been banned for three years after failing a drugs test."
    assert ("number", {"a": ["P4Y"], "b": ["P3Y"], "unit": "duration"}) in first_sentence_conflicts(a, b, "en")


def test_a_short_word_and_its_inflection_are_one_word():
    from parallax.compare.durations import same_word

    assert same_word("ban", "banned") and same_word("jail", "jailed") and same_word("fire", "fired") and same_word("strike", "strikes")
    assert not same_word("war", "ward") and not same_word("ban", "band") and not same_word("car", "cargo")


# the day an outlet says a decision was confirmed dates the telling, not the decision
def test_the_day_a_decision_was_confirmed_is_no_date_of_the_decision():
    from tests.helpers import first_sentence_conflicts

    a = "Sprinter Jo Marsh was handed a four-year ban on Tuesday after a positive test."
    b = "Sprinter Jo Marsh was handed a four-year ban after a positive test, athletics chiefs confirmed yesterday."
    assert [c for c in first_sentence_conflicts(a, b, "en") if c[0] == "date"] == []


# "a dozen aid workers" counts workers, as "14 aid workers" does
def test_a_dozen_counts_the_noun_after_its_modifier():
    from tests.helpers import analyzed

    for text in ("A dozen aid workers were freed on Saturday.", "Gunmen freed two dozen aid workers."):
        assert [q.unit for q in analyzed(text, "en").quantities] == ["worker"]


# "no" on the object denies the act as "not" on the verb does
def test_no_on_the_object_is_a_negation():
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts(
        "The government paid no ransom, the minister said.", "The government paid a ransom, sources said.", "en"
    ) == [("negation", {"a": "paid no ransom", "b": "paid a ransom"})]
    assert first_sentence_conflicts("No ransom was paid for the crew.", "A ransom was paid for the crew.", "en") == [
        ("negation", {"a": "No ransom was paid", "b": "A ransom was paid"})
    ]
    assert first_sentence_conflicts("The government paid no ransom.", "The government paid no ransom at all.", "en") == []


# a quotation one outlet joins from two parts and another prints apart: the second part joins the group too
def test_the_second_part_printed_apart_joins_the_joined_quotation():
    import parallax
    from tests.helpers import outlet_articles

    a = 'Chief executive Mark Dell spoke on Friday. "We will not reward criminals who put patients at risk," Dell said. "Our priority is restoring care safely."'
    b = (
        'Chief executive Mark Dell spoke on Friday. "We will not reward criminals who put patients at risk," Dell said on Friday. '
        'Later he added: "Our priority is restoring care as quickly as possible."'
    )
    quotes = parallax.compare(outlet_articles([a, b], "en")).to_dict()["quotes"]
    assert len(quotes) == 1 and quotes[0]["fidelity"] == "altered" and len(quotes[0]["variants"]) == 3


def test_a_strikes_length_as_adjective_and_with_its_verb_conflicts():
    a = "Rail workers began a 48-hour strike on Monday.\n\nTrains were cancelled across the north."
    b = "Commuters faced chaos on Monday as trains were cancelled.\n\nUnion leaders said the strike will last three days."
    assert _kinds([a, b], "number") == [{"a": ["PT48H"], "b": ["P3D"], "unit": "duration"}]


def test_a_quotation_cut_to_its_opening_words_under_another_name_is_misattributed():
    """A short quotation that is the opening of another person's longer one is a trim, not a formula."""
    a = 'Fire chief Tom Baker said: "The fire spread very fast, people had no time to get out."'
    b = 'Warehouse owner Lisa Grant said: "The fire spread very fast."'
    from parallax.compare.quote_fidelity import formula_inside

    assert not formula_inside("The fire spread very fast, people had no time to get out.", "The fire spread very fast.")
    assert formula_inside("Our staff have faced abuse for weeks, but we will not be intimidated by anyone.", "We will not be intimidated.")
    assert a and b
