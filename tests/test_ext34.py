"""Extraction furniture found on the dev pages in session 34 (all invented text): the writer's box that closes
a post, on a person the text never named; the membership pitch that closes a story with its offer; a caption
that repeats its photo's alt text; an appeal box that closes on a button; a blog's link to its next post; a
name with its newsroom post away from an edge; a byline run on after the standfirst and a row of tool links over
the story; lines of rule and table marks."""

from __future__ import annotations

from parallax.ingest.alt_captions import alt_captions, without_alt_captions, without_separators
from parallax.ingest.closing_bio import without_closing_bio
from parallax.ingest.extract import clean_lines, main_text, parse
from parallax.ingest.line_filters import line_reason
from parallax.ingest.opening_furniture import without_opening_furniture
from parallax.ingest.pitches import without_closing_pitch
from parallax.ingest.post_nav import is_post_nav

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
    lines = [*PROSE, "For Debian, Ubuntu or Mint, run the two commands."]
    assert without_closing_bio(lines) == lines
    lines = [*PROSE, "the mayor is a patient man, his aides say."]
    assert without_closing_bio(lines) == lines
    box = ["Mara Lind is a fan of the port.", " ".join(["The harbour will grow a great deal over the coming years."] * 4)]
    assert without_closing_bio([*PROSE, *box]) == [*PROSE, *box]


def test_the_text_itself_always_stays() -> None:
    only = ["Dana Whitfield is the founder of Spark, a consultancy."]
    assert without_closing_bio(only) == only


PITCH = [
    "When you join the Harbour Times family, you'll get unlimited digital access to journalism about the coast you won't get anywhere else.",
    "Join now or renew to get:",
    "— Instant access to special reports",
    "— Members-only events and invitations",
    "First-time subscribers also receive a tote bag made by local artisans, and support a local business.",
]


def test_closing_membership_pitch_goes_with_its_offer() -> None:
    assert without_closing_pitch([*PROSE, *PITCH]) == PROSE
    assert without_closing_pitch([*PROSE, PITCH[0]]) == PROSE


def test_a_story_about_subscriptions_stays() -> None:
    # the reader is not addressed, or the report goes on after the line with sentences of its own
    story = [*PROSE, "Readers who join the paper's scheme get digital access to its archive, the publisher said."]
    assert without_closing_pitch(story) == story
    story = [*PROSE, PITCH[0], PROSE[0], PROSE[1]]
    assert without_closing_pitch(story) == story


def _photo_page(extra: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        "<html><head><title>Port terminal to open in spring</title></head><body><article>"
        f"<h1>Port terminal to open in spring</h1>{paragraphs[: len(paragraphs) // 2]}{extra}{paragraphs[len(paragraphs) // 2 :]}"
        "</article></body></html>"
    )


def test_caption_repeating_the_photo_alt_text_goes() -> None:
    photo = (
        "<div align='center'><img src='/a.jpg' alt='The new cranes at the container terminal'>"
        "<span class='minor small'>The new cranes at the container terminal</span></div>"
    )
    text = main_text(_photo_page(photo)) or ""
    assert "The new cranes" not in text
    assert "shortage of steel" in text


def test_heading_an_image_repeats_stays() -> None:
    assert without_alt_captions(["Cranes", *PROSE], alt_captions(parse("<div><h2>Cranes</h2><img alt='Cranes'></div>"))) == [
        "Cranes",
        *PROSE,
    ]
    only = ["The new cranes"]
    assert without_alt_captions(only, frozenset({"the new cranes"})) == only


def test_appeal_box_closing_on_a_join_button_goes() -> None:
    box = (
        "<div class='hx-note'><h2>AN INFORMED PUBLIC DECIDES BETTER</h2>"
        "<p>We have reported on this coast for 106 years. Now, as before, journalism matters.</p>"
        "<a class='hx-button' href='/join'>Become a member now</a></div>"
    )
    text = main_text(_photo_page(box)) or ""
    assert "106 years" not in text and "shortage of steel" in text
    donate = "<p>We need your help to keep this site free for everyone. <a href='/give'>Donate</a></p>"
    assert "We need your help" not in (main_text(_photo_page(donate)) or "")


def test_join_link_inside_the_story_stays() -> None:
    # the label is more than the call, or text of the block follows it
    inside = "<p>Residents who want to help can <a href='/x'>join</a> the volunteers at the harbour office on Saturday.</p>"
    assert "volunteers at the harbour office" in (main_text(_photo_page(inside)) or "")
    label = "<p>The port union asked dock workers to sign its petition. <a href='/p'>Join the petition against the delays</a></p>"
    assert "sign its petition" in (main_text(_photo_page(label)) or "")


def test_closing_next_post_link_goes() -> None:
    for nav in (
        '... weiter zu "die Hafenordnung"',
        "Next post: Ten ways to see the harbour",
        "« Previous Post",
        "Article suivant : Le port",
    ):
        assert clean_lines("\n".join([*PROSE, nav])) == PROSE, nav


def test_next_inside_a_sentence_stays() -> None:
    lines = [*PROSE, "Next week the authority will publish the timetable for the terminal's opening in spring."]
    assert clean_lines("\n".join(lines)) == lines
    assert not is_post_nav("The next post office to close is in the harbour district, the council said on Monday afternoon.")


def test_name_with_newsroom_post_is_a_byline_anywhere() -> None:
    for line in ("Jane Roe, Staff Writer", "Ann Lee, Senior Political Correspondent", "Jana Roth, Redakteurin"):
        assert line_reason(line) == "byline", line
    lines = [PROSE[0], "Jane Roe, Staff Writer", *PROSE[1:]]
    assert clean_lines("\n".join(lines)) == PROSE


def test_a_person_of_the_story_with_a_role_stays() -> None:
    for line in (
        "Jane Roe, a staff writer at the paper, said the port would open.",
        "John Smith, Mayor",
        "Ann Lee, Editor of the Year 2019",
    ):
        assert line_reason(line) is None, line


def test_byline_run_on_after_the_standfirst_is_cut() -> None:
    lead = "The harbour will get a new terminal, and the town new jobs. Von Anna Beispiel"
    assert without_opening_furniture([lead, *PROSE]) == ["The harbour will get a new terminal, and the town new jobs.", *PROSE]
    lead = "The harbour will get a new terminal. By Jane Roe and Tom Reyes"
    assert without_opening_furniture([lead, *PROSE])[0] == "The harbour will get a new terminal."


def test_opening_tool_row_goes_and_prose_stays() -> None:
    row = "Druckansicht | Artikel versenden | Tippfehler melden"
    links = frozenset({"Druckansicht", "Artikel versenden", "Tippfehler melden"})
    assert without_opening_furniture([row, *PROSE], links) == PROSE
    assert without_opening_furniture([row, *PROSE]) == [row, *PROSE]  # not the page's links: kept
    # a sentence that ends on a credit further down, or "by" inside a sentence, stays
    late = [*PROSE, *PROSE, "The quotation is from a book. By Jane Roe"]
    assert without_opening_furniture(late) == late
    inside = ["The terminal was designed by Jane Roe and Partners.", *PROSE]
    assert without_opening_furniture(inside) == inside


def test_lines_of_rule_and_table_marks_go() -> None:
    lines = [PROSE[0], "|  |", "|---|---|", "***", "。", PROSE[1], "___", "=)"]
    assert without_separators(lines) == [PROSE[0], PROSE[1], "___", "=)"]
    assert without_separators(["***"]) == ["***"]
