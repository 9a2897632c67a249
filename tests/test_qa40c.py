"""QA round 40c (English hard-news conventions): contractions in quotations, zoned live-blog stamps."""

from __future__ import annotations

from parallax.compare.contractions import expansions, has_contraction
from parallax.compare.quote_fidelity import relation
from parallax.ingest.clean import LIVE_STAMP, clean_paragraphs, split_paragraphs

# --- a contraction opened or closed is no altered quotation --------------------------------------------


def test_contraction_opened_is_same_words() -> None:
    a = "They can't tell us when the bridge will reopen, and we don't expect news this week"
    b = "They cannot tell us when the bridge will reopen, and we do not expect news this week"
    assert relation(a, b) == "punctuation"


def test_pronoun_s_reads_is_or_has() -> None:
    assert relation("She's been working on the ward since dawn", "She has been working on the ward since dawn") == "punctuation"
    assert relation("That's the worst flood I have seen here", "That is the worst flood I have seen here") == "punctuation"


def test_contraction_and_a_word_swapped_stays_altered() -> None:
    # the contraction is opened, and a word changed too: still altered
    assert relation("We won't reopen the school until March", "We will not reopen the academy until March") == "altered"
    # a negation dropped is a change of words, not of spelling
    assert relation("Our crews won't leave the valley tonight", "Our crews will leave the valley tonight") == "altered"


def test_short_contraction_pair_groups() -> None:
    assert relation("We aren't done", "We are not done") == "punctuation"


def test_possessive_and_elisions_are_no_contraction() -> None:
    assert not has_contraction("the council's budget and the mayor's office")
    assert expansions("l'homme dell'anno") == ["l'homme dell'anno"]
    assert expansions("It’d be wrong") == ["It would be wrong", "It had be wrong"]


# --- a live blog's zoned stamp on the line above its entry ---------------------------------------------


def test_zoned_stamp_is_a_stamp() -> None:
    for stamp in ("11:20 a.m. ET", "23:05 GMT", "9:15 p.m. (PT)", "14.10 Uhr MEZ"):
        assert LIVE_STAMP.match(stamp), stamp
    assert not LIVE_STAMP.match("11:20 a.m. ET The mayor spoke")


def test_stamp_over_its_entry_is_joined_with_a_dash() -> None:
    text = (
        "Live: wildfire near Redding\n\nCrews fought the fire overnight.\n\n"
        "11:20 a.m. PT\nThe county said 14 homes had burned by 9 a.m.\n\n"
        "12:05 p.m. PT\nThe highway reopened to traffic."
    )
    out = clean_paragraphs(split_paragraphs(text)).text
    assert "11:20 a.m. PT – The county said 14 homes" in out
    assert "12:05 p.m. PT – The highway reopened" in out


def test_wrapped_paragraph_starting_with_words_is_kept_whole() -> None:
    text = "Storm update\n\nAt 11:20 a.m. PT\nthe county said 14 homes had burned.\n\nCrews stayed overnight."
    assert "At 11:20 a.m. PT the county said 14 homes had burned." in clean_paragraphs(split_paragraphs(text)).text


# --- "the final quarter" is the year's fourth, not the latest one -----------------------------------------


def _times(text: str, published: str) -> list[tuple[str, str | None]]:
    from parallax.analyze import Analyzer
    from parallax.records import Article

    art = Article(id="a", text=text, outlet="A", published=published, language="en")
    Analyzer().analyze_all([art])
    return [(t.text, t.value) for t in art.times]


def test_final_quarter_is_the_fourth() -> None:
    assert ("the final quarter", "2026-Q4") in _times("Orders will likely pick up in the final quarter, the retailer said.", "2026-08-10")
    assert ("the final quarter", "2024-Q4") in _times("Exports slumped in the final quarter of 2024.", "2026-08-10")


def test_last_quarter_is_still_the_latest() -> None:
    assert ("the last quarter", "2026-Q2") in _times("Orders fell 4% in the last quarter, the retailer said.", "2026-08-10")


# --- a failed motion's rising tally ("failed 48-51") is a vote, not a range --------------------------------


def test_failed_motion_tally_is_a_tally() -> None:
    from parallax.analyze.quantities.tallies import tally_at

    text = "The zoning amendment failed 4-5, with two council members absent."
    assert tally_at(text, text.index("4-5"), "en") == (text.index("4-5") + 3, "4-5")
    text = "Lawmakers voted down the levy 31-38 on Monday."
    assert tally_at(text, text.index("31-38"), "en") is not None
    # a range after the same verbs still counts its noun
    text = "The pumps failed 2-3 times a week."
    assert tally_at(text, text.index("2-3"), "en") is None


# --- a clock time's zone after "a.m." / "p.m." stays in its sentence --------------------------------------


def _sentences(text: str) -> list[str]:
    from parallax.analyze import Analyzer
    from parallax.records import Article

    art = Article(id="a", text=text, outlet="A", published="2026-05-02T12:00:00Z", language="en")
    Analyzer().analyze_all([art])
    return [s.text for s in art.sentences]


def test_zone_after_meridiem_keeps_the_sentence_whole() -> None:
    text = "The ferry ran aground off Orcas Island at 11:40 p.m. PT, the Coast Guard said."
    assert _sentences(text) == [text]
    text = "Power went out across the valley shortly after 7 a.m. CT near Tulsa, the utility said."
    assert _sentences(text) == [text]


def test_zone_opening_needs_a_meridiem_before() -> None:
    from parallax.analyze.sentence_abbreviations import zone_after_clock

    assert zone_after_clock("The vote ended at 9 p.m.", "ET, officials said.")
    assert not zone_after_clock("The vote ended in the U.S.", "ET, officials said.")
    assert not zone_after_clock("The vote ended at 9 p.m.", "Etna erupted again.")


# --- a month in a person's name is no date ----------------------------------------------------------------


def test_month_in_a_name_is_no_date() -> None:
    values = _times("Witness Tom March said the bus left the road on Friday.", "2026-11-18T12:00:00Z")
    assert [text for text, _ in values] == ["Friday"]
    values = _times("The council will vote in April, chairwoman Nora April Delgado told reporters.", "2026-11-18T12:00:00Z")
    assert [v for t, v in values if t == "April"] == ["2027-04"]


# --- two places a report writes one inside the other are no place swap -----------------------------------


def test_place_within_place_is_no_swap() -> None:
    from parallax.compare.named_places import one_within_other
    from parallax.records import Article

    a = Article(id="a", text="A tanker overturned in eastern Oregon on Friday.", language="en", dateline="PENDLETON, Ore. (AP) —")
    b = Article(id="b", text="A tanker overturned near Pendleton on Friday.", language="en")
    assert one_within_other("eastern Oregon", a, "Pendleton", b)
    c = Article(id="c", text="Crews reached Hermiston, Oregon, by noon.", language="en")
    assert one_within_other("Hermiston", c, "Oregon", b)
    # a report naming the first place elsewhere is no sign that the two are one
    d = Article(id="d", text="The deal was signed in Bergen. Talks began in Oslo.", language="en")
    e = Article(id="e", text="The deal was signed in Oslo.", language="en")
    assert not one_within_other("Bergen", d, "Oslo", e)


def test_a_copy_that_opens_a_contraction_changes_nothing() -> None:
    from parallax.analyze import Analyzer
    from parallax.compare.copy_changes import copy_changes
    from parallax.records import Article

    original = Article(id="o", text='Crews reached the valley at dawn. "We can\'t say when the road reopens," the mayor said.', language="en", published="2026-12-01")
    copy = Article(id="c", text='Crews reached the valley at dawn. "We cannot say when the road reopens," the mayor said.', language="en", published="2026-12-01")
    Analyzer().analyze_all([original, copy])
    assert copy_changes(original, copy) == {"added": [], "left_out": [], "changed": []}


# --- a market's close on a weekday is past, whatever the tense ----------------------------------------------


def test_closing_price_on_a_weekday_is_past() -> None:
    # published on Wednesday 2026-11-18: the close is last Friday, though the sentence looks ahead
    text = "The buyer will offer $14.10 a share, 30% above Brightwell's closing price on Friday."
    assert ("Friday", "2026-11-13") in _times(text, "2026-11-18T12:00:00Z")
    text = "The board will vote on the offer on Friday."
    assert ("Friday", "2026-11-20") in _times(text, "2026-11-18T12:00:00Z")


# --- a contraction is no word choice ------------------------------------------------------------------------


def test_contraction_is_no_word_choice() -> None:
    from parallax.analyze import Analyzer
    from parallax.compare.wording import word_choices
    from parallax.records import Article

    a = Article(id="a", text='"We cannot reopen the bridge before spring," the engineer said.', language="en", published="2026-12-01")
    b = Article(id="b", text='"We can\'t reopen the bridge before spring," the engineer said.', language="en", published="2026-12-01")
    Analyzer().analyze_all([a, b])
    assert word_choices(a, a.sentences[0], b, b.sentences[0]) == []


# --- whole sentences cut from a quotation, no ellipsis, is a trim ---------------------------------------------


def test_sentences_cut_without_a_mark_is_trimmed() -> None:
    full = "Stay off the roads tonight. Crews are still clearing trees. Call 911 only for emergencies."
    assert relation("Stay off the roads tonight. Call 911 only for emergencies.", full) == "trimmed"
    # a word changed inside a kept sentence is still altered
    assert relation("Stay off the streets tonight. Call 911 only for emergencies.", full) == "altered"


def test_a_vote_noun_after_a_rising_pair_makes_a_tally() -> None:
    from parallax.analyze.quantities.tallies import tally_at

    text = "The levy fell short in a 31-38 vote on Monday."
    assert tally_at(text, text.index("31-38"), "en") is not None
    text = "The measure needs 10-15 votes more to pass."
    assert tally_at(text, text.index("10-15"), "en") is None
