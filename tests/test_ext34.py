"""Extraction furniture found on the dev pages in session 34 (all invented text): the writer's box that closes
a post, on a person the text never named."""

from __future__ import annotations

from parallax.ingest.closing_bio import without_closing_bio

PROSE = [
    "The harbour authority said on Tuesday that the new container terminal would open in the spring after two years of delays.",
    "Officials blamed the delays on a shortage of steel and on a dispute with the contractor over the cost of dredging the channel.",
    "Local businesses welcomed the news but warned that the roads leading to the port would need to be widened first.",
]


def test_closing_bio_of_a_person_never_named_goes() -> None:
    bio = "Dana Whitfield is the Founder & Principal Consultant at Spark!, a marketing consultancy that helps brands stand out."
    assert without_closing_bio([*PROSE, bio]) == PROSE
    assert without_closing_bio([*PROSE, "Tom Reyes is Harbour Weekly's deals curator and writes about shipping."]) == PROSE


def test_closing_appositive_box_with_short_lines_goes() -> None:
    box = [
        "Lukas Brandt, Fotograf aus Kiel und Gründer von Hafenlicht.",
        "Ich mag jede Art von Fotografie.",
        "Folgt mir gerne auf Instagram.",
    ]
    assert without_closing_bio([*PROSE, *box]) == PROSE


def test_person_named_in_the_story_keeps_the_closing_fact() -> None:
    lines = [*PROSE[:2], "Ann Roe, who runs the shelter, said the dogs were safe.", "Ann Roe is the founder of the shelter."]
    assert without_closing_bio(lines) == lines


def test_sentences_that_open_like_a_name_stay() -> None:
    # a list after a comma is a sentence, not an appositive; a lower-case opening is no name; a long last paragraph stays
    lines = [*PROSE, "For Red Hat, CentOS or Fedora, install the two packages."]
    assert without_closing_bio(lines) == lines
    lines = [*PROSE, "the mayor is a patient man, his aides say."]
    assert without_closing_bio(lines) == lines
    box = ["Mara Lind is a fan of the port.", " ".join(["The harbour will grow a great deal over the coming years."] * 4)]
    assert without_closing_bio([*PROSE, *box]) == [*PROSE, *box]


def test_the_text_itself_always_stays() -> None:
    only = ["Dana Whitfield is the founder of Spark, a consultancy."]
    assert without_closing_bio(only) == only
