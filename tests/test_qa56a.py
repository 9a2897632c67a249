"""QA round 56a: English reports (wire, local paper, broadcast transcript, press release) of invented events."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, time_values

# published on Wednesday 11 March 2026: "Saturday" is the 7th gone or the 14th to come
_WED = "2026-03-11"


@pytest.mark.parametrize(
    "verb",
    ["lost to", "beat", "met", "held off", "fell to", "took on", "won against", "went down to", "drew with"],
)
def test_a_strong_past_tense_dates_the_weekday_before_a_future_clause(verb: str) -> None:
    # a strong verb's simple past is as sure a cue of the past as a regular "-ed" one: the game is over
    text = f"The Rovers {verb} the Hawks on Saturday and will host the Lions next week."
    assert time_values(text, "en", _WED)["Saturday"] == "2026-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "The final will be held on Saturday at the city stadium.",
        "The Rovers hope to beat the Hawks on Saturday.",
        "The club said the players will meet the mayor on Saturday.",
    ],
)
def test_a_strong_form_after_a_modal_or_be_stays_in_the_future(text: str) -> None:
    assert time_values(text, "en", _WED)["Saturday"] == "2026-03-14"


@pytest.mark.parametrize("head", ["Cruises", "Motors", "Foods"])
def test_a_firm_named_after_a_person_is_no_person(head: str) -> None:
    # "Captain Cook Cruises": a title and a surname, then a word that heads a firm's name; the firm speaks
    text = f'Captain Cook {head} said the ferry would resume on Monday. "We are sorry for the delay," said Captain Cook {head}.'
    art = analyzed(text, "en")
    assert [q.speaker for q in art.quotes] == [f"Captain Cook {head}"] * 2
    assert not [e.text for e in art.entities if e.label in ("PERSON", "PER")]


def test_a_firm_mention_the_model_closed_before_its_trade_word_takes_it_in() -> None:
    art = analyzed('Okafor Motors said on Tuesday that profits rose. "It was a good year," said Dr Okafor, its founder.', "en")
    assert [e.text for e in art.entities if e.label == "ORG"] == ["Okafor Motors"]
    assert [q.speaker for q in art.quotes] == ["Okafor Motors", "Okafor"]


def test_a_two_fact_lead_pairs_its_rate_with_the_restated_rate() -> None:
    # the growth forecast's 1.2% measures nothing the restatement names: the 5.75% / 5.5% rate is the conflict
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts(
        "The central bank raised its main rate to 5.75% and cut its growth forecast to 1.2% on Thursday.",
        "The rate is now 5.5%, the central bank said on Thursday.",
        "en",
    )
    assert found == [("number", {"a": [5.75], "b": [5.5], "unit": "%"})]


def test_two_measures_each_sentence_alone_names_stay_comparable() -> None:
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts("About 61 per cent of voters took part on Sunday.", "Turnout was 64 percent on Sunday.", "en")
    assert found == [("number", {"a": [61.0], "b": [64.0], "unit": "%"})]


_BULLETIN = (
    "ANCHOR: Good evening. A barge sank near the Ostrava lock this morning. Our reporter Greta Lind is there.\n\n"
    "GRETA LIND: Thanks, Paul. The barge is still on the bottom behind me, and the lock is closed.\n\n"
    "CAPTAIN MARKO BELIC: We saw the water coming in and we got everyone off in four minutes.\n\n"
    "GRETA LIND: The owner, Danube Line, says the hull was inspected in May.\n\n"
    "HANNA ROTH: Every one of our boats passes its inspection. We will find out what happened.\n\n"
    "ANCHOR: Greta Lind there."
)


def test_a_broadcast_transcript_labels_its_guests_the_text_never_names_elsewhere() -> None:
    # a transcript labels every turn with its speaker in capitals: once the article is one (turns labelled by a
    # reporter it names), a guest's full name in the label speaks too, a title before it cut ("CAPTAIN MARKO BELIC")
    speakers = [q.speaker for q in analyzed(_BULLETIN, "en").quotes]
    assert "Marko Belic" in speakers and "Hanna Roth" in speakers
    assert "Anchor" not in speakers


def test_a_lone_capital_label_in_a_report_is_still_no_speaker() -> None:
    text = (
        "The council approved the budget on Tuesday.\n\n"
        "HUFFPOST READERS: What is happening in your town? Write to us.\n\n"
        "The vote was 7 to 2."
    )
    assert [q.speaker for q in analyzed(text, "en").quotes] == []


@pytest.mark.parametrize("medium", ["in a statement", "in a statement on Monday", "in an interview", "at a news conference"])
def test_the_medium_after_a_firm_that_speaks_is_no_part_of_its_name(medium: str) -> None:
    # "said Captain Cook Cruises in a statement": the phrase tells how the firm spoke, not who
    text = f'"We are proud to stand with the Rovers," said Captain Cook Cruises {medium}.'
    assert [q.speaker for q in analyzed(text, "en").quotes] == ["Captain Cook Cruises"]


def test_a_press_release_contact_block_is_no_transcript() -> None:
    text = (
        "Acme Foods opened its new bakery in Leeds on Monday, the company said.\n\n"
        "MEDIA CONTACT: Jo Finch, Acme Foods press office\n\n"
        "INVESTOR CONTACT: Sam Price, Acme Foods investor relations\n\n"
        "SOURCE: Acme Foods\n\n"
        "Contact Jo Finch for photographs."
    )
    assert [q.speaker for q in analyzed(text, "en").quotes if q.cue == ":"] == []


def test_a_press_release_dateline_with_its_year_is_set_apart(tmp_path) -> None:
    # "CITY, Nov. 30, 2026 /PRNewswire/ --": the wire of press releases prints the year; the dateline had stayed in
    # the text and its agency spoke the release ("Newsline/")
    import json

    import parallax
    from parallax.ingest.datelines import split_dateline

    line = split_dateline("KETTERBY, England, Nov. 30, 2026 /PR Newsline/ -- Orvane Foods today announced a new plant.")
    assert line is not None and (line.agency, line.after) == ("PR Newsline", "Orvane Foods today announced a new plant.")
    text = "KETTERBY, England, Nov. 30, 2026 /PR Newsline/ -- Orvane Foods, a maker of ready meals, today announced it will open a plant."
    path = tmp_path / "release.jsonl"
    path.write_text(json.dumps({"id": "r", "outlet": "PR Newsline", "published": "2026-11-30", "language": "en", "text": text}) + "\n")
    arts = parallax.load([str(path)])
    parallax.analyze(arts)
    assert [q.speaker for q in arts[0].quotes] == ["Orvane Foods"]
