"""Reported speech that names no speaker or a thing as its source (:mod:`parallax.analyze.quotes.impersonal`),
positions held with no verb, a name alone as what a stance is on, "was quoted as saying", a transcript quoted
whole, and a headline's source label; with the cases each must leave alone.  Our own sentences, in the style
of news copy."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _quotes(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str | None]]:
    art = Article(id="t", text=text, language=lang, published="2026-03-05")
    parallax.analyze([art])
    return [(q.kind, q.text, q.speaker, q.cue) for q in art.quotes]


def _indirect(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    return [(t, s, c) for k, t, s, c in _quotes(text, lang) if k == "indirect"]


IMPERSONAL = [
    # an evidential passive with its infinitive: no one named
    ("The harbour bridge is expected to reopen in June.", "The harbour bridge is expected to reopen in June", None, "expected"),
    ("The former mayor is said to be furious about the delay.", "The former mayor is said to be furious about the delay", None, "said"),
    # an expletive subject and its clause
    ("It was reported that the council had approved the sale.", "the council had approved the sale", None, "reported"),
    # a passive judgement with its grounds, no accuser named
    (
        "The contractor has been accused of overcharging the city for the repairs.",
        "The contractor has been accused of overcharging the city for the repairs",
        None,
        "accused",
    ),
    # a hearsay adverb
    ("The driver reportedly fled the scene on foot.", "The driver reportedly fled the scene on foot", None, "reportedly"),
    # findings of evidence, as an object with what follows it: the evidence is the source
    ("New polls show Mayor Lena Fischer with a narrow lead.", "Mayor Lena Fischer with a narrow lead", "New polls", "show"),
    ("The footage shows the driver with his hands raised.", "the driver with his hands raised", "footage", "shows"),
]


@pytest.mark.parametrize("text,content,speaker,cue", IMPERSONAL)
def test_impersonal_claims_are_indirect_quotes(text, content, speaker, cue):
    assert (content, speaker, cue) in _indirect(text)


def test_accuser_in_a_by_phrase_is_the_speaker():
    got = _indirect("The contractor was accused by state auditors of overcharging the city.")
    assert [(t, s) for t, s, _ in got] == [("The contractor was accused by state auditors of overcharging the city", "state auditors")]


def test_shares_of_a_poll_hold_their_preferences():
    got = _indirect("Among likely voters, 46 percent would choose Fischer and 41 percent would back Whitaker.")
    assert ("Fischer", "46 percent", "choose") in got
    assert ("Whitaker", "41 percent", "back") in got


@pytest.mark.parametrize(
    "text",
    [
        # a judgement denied reports none
        "The contractor has never been charged with any wrongdoing.",
        "Neither the mayor nor her aides have been charged with a crime.",
        # a deed in the passive, no judgement
        "The bridge was built in 1932 and was repaired in 1990.",
        # "most drivers" is the writer's own generalisation, not a counted share
        "Most drivers back the closure.",
        # a passive of saying with no infinitive, clause or "as"
        "The word was said twice.",
    ],
)
def test_what_no_one_claimed_stays_unreported(text):
    assert _indirect(text) == []


def test_a_name_alone_is_what_a_stance_is_on():
    assert _indirect("Senator Paul Whitaker has endorsed Fischer.") == [("Fischer", "Paul Whitaker", "endorsed")]


def test_a_place_alone_is_no_stance():
    assert _indirect("Both campaigns are heavily contesting Ohio.") == []


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Senator Paul Whitaker has been critical of the harbour plan.", "the harbour plan", "Paul Whitaker"),
        ("Whitaker, a staunch opponent of the toll, voted against it.", "the toll", "Whitaker"),
        ("Lena Fischer has been an outspoken supporter of the new tram line.", "the new tram line", "Lena Fischer"),
    ],
)
def test_positions_held_with_no_verb(text, content, speaker):
    assert (content, speaker) in [(t, s) for t, s, _ in _indirect(text)]


def test_a_held_position_denied_or_on_a_pronoun_is_none():
    assert _indirect("Fischer was never critical of it.") == []


def test_quoted_as_saying_is_the_words_of_the_one_quoted():
    got = _indirect("The mayor was quoted by the Gazette as saying the budget would be cut.")
    assert [(t, s) for t, s, _ in got] == [("the budget would be cut", "mayor")]
    direct = [(k, s) for k, _, s, _ in _quotes("Lena Fischer was quoted as saying, “We will rebuild the bridge.”") if k == "direct"]
    assert direct == [("direct", "Lena Fischer")]


def test_a_transcript_quoted_whole_keeps_each_turns_speaker():
    text = (
        "Whitaker spoke to the host on Sunday.\n\n"
        "“HOST: Will the bridge reopen in June?\n\n"
        "“WHITAKER: It will, and the repairs will be paid for by the state.\n\n"
        "“HOST: And the tolls?"
    )
    got = [(k, s) for k, _, s, _ in _quotes(text) if k == "direct"]
    assert got == [("direct", "Host"), ("direct", "Whitaker"), ("direct", "Host")]


def test_a_page_label_in_a_quotation_is_no_speaker():
    got = _quotes("Fischer wrote to readers on Monday. “UPDATE: The tram line will open in May, as planned,” she wrote.")
    assert [s for k, _, s, _ in got if k == "direct"] == ["Fischer"]


def test_a_headline_label_is_the_source_of_its_claim():
    text = "Poll: Fischer and Whitaker in dead heat before the vote.\n\nThe race for mayor is tied, a new survey found."
    assert ("Fischer and Whitaker in dead heat before the vote", "Poll", ":") in _indirect(text)
    text = "Whitaker: Harbour Bridge Will Reopen in June.\n\nSenator Paul Whitaker told reporters the repairs were on time."
    assert ("Harbour Bridge Will Reopen in June", "Paul Whitaker", ":") in _indirect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a page's label
        "The Latest: Fischer campaigns in the harbour district.\n\nFischer spoke to voters.",
        # a label past the headline
        "Fischer spoke on Monday.\n\nPoll: Most voters back the tram line.",
        # the label's own words quoted: read as that quotation
        "Whitaker: Fischer's Budget Is ‘a Recipe for Ruin’.\n\nSenator Paul Whitaker spoke on Monday.",
    ],
)
def test_what_a_headline_label_does_not_source(text):
    assert not [q for q in _indirect(text) if q[2] == ":"]


def test_an_impression_no_one_is_named_for():
    assert ("The ferry service seems to have stopped for the winter", None, "seems") in _indirect(
        "The ferry service seems to have stopped for the winter."
    )
    assert ("the talks have stalled", None, "appears") in _indirect("It appears that the talks have stalled.")


@pytest.mark.parametrize(
    "text",
    [
        "Commuters never seem to tire of complaining about the tram.",  # denied: a manner of speaking
        "Fischer said she was glad the bridge appeared to be safe.",  # the speaker's impression, in her clause
    ],
)
def test_impressions_left_alone(text):
    assert not [q for q in _indirect(text) if q[2] in ("seem", "seems", "appeared")]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a verb of regarding with its "as" phrase; the holder is the head of its subject ("critics")
        (
            "Critics of the tram plan see the new depot as a waste of money.",
            "the new depot as a waste of money",
            "Critics of the tram plan",
        ),
        # worry about a thing is a position held
        ("Council members are worried about the cost of the bridge.", "the cost of the bridge", "Council members"),
    ],
)
def test_regarding_and_worry(text, content, speaker):
    assert (content, speaker) in [(t, s) for t, s, _ in _indirect(text)]


def test_seeing_a_thing_is_no_stance():
    assert _indirect("Thousands of visitors saw the parade from the harbour wall.") == []


def test_a_sentence_resting_on_its_evidence():
    got = _indirect("In the latest harbour survey, conducted in May, Fischer led Whitaker by six points.")
    assert ("Fischer led Whitaker by six points", "latest harbour survey", "In") in got


def test_a_sentence_opening_with_a_time_or_place_rests_on_nothing():
    assert not [q for q in _indirect("In June, the tram line carried more passengers than ever.") if q[2] == "In"]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Councillor Ana Ruiz largely agreed with Whitaker.", "Whitaker", "Ana Ruiz"),
        ("The mayor promised a review of the contract.", "a review of the contract", "mayor"),
        ("The Harbour Gazette rated the claim as mostly false.", "the claim as mostly false", "Gazette"),
    ],
)
def test_agreement_commitment_and_rating(text, content, speaker):
    assert (content, speaker) in [(t, s) for t, s, _ in _indirect(text)]


def test_a_rating_in_the_passive_names_no_one():
    got = _indirect("Most of the statements were rated as mostly true.")
    assert [(t, s) for t, s, _ in got] == [("Most of the statements were rated as mostly true", None)]


@pytest.mark.parametrize(
    "text,content,speaker,cue",
    [
        (
            "Fischer Vows To Reopen Harbour Bridge By June.\n\nMayor Lena Fischer spoke on Monday.",
            "To Reopen Harbour Bridge By June",
            "Lena Fischer",
            "Vows",
        ),
        (
            "Facing Questions On Tolls, Whitaker Urges Patience.\n\nSenator Paul Whitaker spoke on Monday.",
            "Patience",
            "Paul Whitaker",
            "Urges",
        ),
    ],
)
def test_a_title_case_headline_verb_reports(text, content, speaker, cue):
    assert (content, speaker, cue) in _indirect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Hits Coast As Ferries Stop.\n\nThe storm reached the coast on Monday.",  # a deed, no one's claim
        "Harbour Team Finds Its Form.\n\nThe team won on Sunday.",  # a verb as common for a deed
        "Fischer Says “We Will Rebuild”.\n\nMayor Lena Fischer spoke on Monday.",  # the quotation is read as one
    ],
)
def test_headlines_that_report_no_claim_of_their_verb(text):
    assert not [q for q in _indirect(text) if q[2] in ("Hits", "Finds", "Says")]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Senator Paul Whitaker offered no evidence for the claim.", "no evidence for the claim", "Paul Whitaker"),
        ("Mayor Lena Fischer has largely ignored the question of tolls.", "the question of tolls", "Lena Fischer"),
        ("Councillor Ana Ruiz despises the new timetable.", "the new timetable", "Ana Ruiz"),
    ],
)
def test_offering_ignoring_and_attitudes(text, content, speaker):
    assert (content, speaker) in [(t, s) for t, s, _ in _indirect(text)]


def test_an_attitude_to_a_pronoun_says_nothing():
    assert _indirect("Whitaker offered it again.") == []


def test_terms_of_a_proposal_are_its_owners_claim():
    got = _indirect("Under Mayor Lena Fischer's plan, tram fares would fall by a third.")
    assert ("tram fares would fall by a third", "Lena Fischer", "Under") in got


@pytest.mark.parametrize("text", ["Under pressure from residents, the council gave in.", "Under the bridge, the water rose quickly."])
def test_under_a_circumstance_is_no_proposal(text):
    assert not [q for q in _indirect(text) if q[2] == "Under"]


def test_answering_words_or_a_request():
    got = _indirect("The Fischer campaign did not immediately respond to requests for comment.")
    assert [(t, c) for t, _, c in got] == [("to requests for comment", "respond")]


def test_responding_to_an_event_is_a_deed():
    assert _indirect("Firefighters responded to the blaze within minutes.") == []
