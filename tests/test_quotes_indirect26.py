"""Reported speech the English parse used to miss: short intentions ("declined to comment"), with the cases
each rule must leave alone.  Our own sentences, in the style of news copy."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _indirect(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text="Council news\n\n" + text, language="en", published="2026-03-05")
    parallax.analyze([art])
    return [(q.text, q.speaker) for q in art.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an intention of two words is a position all the same
        ("Harbour master Ilse Brandt declined to comment.", "to comment", "Ilse Brandt"),
        ("Union leaders pledged to stay calm.", "to stay calm", "leaders"),
        ("Councillor Omar Haddad refused to resign.", "to resign", "Omar Haddad"),
    ],
)
def test_short_intentions(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_short_infinitive_after_other_verbs_is_not_an_intention() -> None:
    # "began", "tried" report no position
    assert _indirect("Harbour master Ilse Brandt began to laugh.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a claim noun with no owner: a name before it is its source
        (
            "The debate turned to a Harbour Gazette report that the port authority had lost $40 million last year.",
            "the port authority had lost $40 million last year",
            "Harbour Gazette",
        ),
        # ... as is the subject of the verb whose preposition holds it
        (
            "Opposition councillors persisted in arguments that the ferry contract favours one operator.",
            "the ferry contract favours one operator",
            "councillors",
        ),
        # ... or no one
        (
            "The talks ended amid growing worries that the bridge would need a full rebuild.",
            "the bridge would need a full rebuild",
            None,
        ),
    ],
)
def test_ownerless_claim_nouns(text: str, content: str, speaker: str | None) -> None:
    found = _indirect(text)
    assert any(t == content and (s is None if speaker is None else s and speaker in s) for t, s in found), found


def test_relative_clause_on_a_claim_noun_is_no_claim() -> None:
    # "that" stands for the object of "wrote" or "started": the clause qualifies the noun, it reports nothing
    assert _indirect("The report that the inspector wrote last spring was never published.") == []
    assert _indirect("It ended the speculation that the rumours had started in the harbour bars.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a reported clause of three words
        ("Harbour officials insist they are winning.", "they are winning", "officials"),
        # ... whose subject is "that", which stays ("that" is no complementiser here)
        ("Few analysts at the port believe that is likely.", "that is likely", "analysts"),
    ],
)
def test_short_reported_clauses(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_two_word_clause_is_still_too_short() -> None:
    assert _indirect("Mayor Jan Kowalski said he knows.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a stance in a participle clause: its holder is the main verb's subject
        (
            "Mayor Lena Fischer toured the flooded harbour, criticizing the port authority for its slow response.",
            "the port authority for its slow response",
            "Lena Fischer",
        ),
        # ... or in a second verb
        (
            "Councillor Omar Haddad visited the depot and praised the drivers for their patience.",
            "the drivers for their patience",
            "Omar Haddad",
        ),
    ],
)
def test_stance_sharing_the_main_subject(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_stance_noun_phrase_without_holder_still_needs_one() -> None:
    # "the failure to condemn" names no one who condemned
    assert not any("the attack" in t for t, _ in _indirect("The council's failure to condemn the attack drew protests."))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a verb of recounting with what it tells as its object
        ("Historian Ada Brandt chronicles the closing of the last shipyard.", "the closing of the last shipyard", "Ada Brandt"),
        # a verb with the preposition of its topic
        ("Senator Ruth Okafor voted against the harbour tax bill.", "the harbour tax bill", "Ruth Okafor"),
        ("Omar Haddad's campaign quickly seized on the remarks.", "the remarks", "Haddad"),
    ],
)
def test_more_stance_verbs(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_seize_as_a_deed_is_no_stance() -> None:
    # "seized the ship" takes an object, not a topic with "on"
    assert _indirect("Coast guard officers seized the cargo ship on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # "hopes" (the lemmatizer's "hop") with an infinitive
        ("Developer Ines Moreau hopes to reopen the old cannery by spring.", "to reopen the old cannery by spring", "Ines Moreau"),
        # "plans" tagged as a noun, with its subject and infinitive
        ("The Haddad campaign plans to hold three more rallies in the valley.", "to hold three more rallies in the valley", "Haddad"),
        # an adjective of will with its infinitive
        ("Mayor Lena Fischer is determined to finish the sea wall before winter.", "to finish the sea wall before winter", "Lena Fischer"),
        ("Some councillors were willing to delay the vote.", "to delay the vote", "councillors"),
    ],
)
def test_intentions(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_readiness_of_a_thing_is_no_intention() -> None:
    assert _indirect("The new ferry is ready to sail.") == []


def test_the_writers_own_claims_name_no_one() -> None:
    # an opinion piece's "I know ..." and "We asked whether ...": the writer's, with no speaker named
    found = _indirect("I know the harbour accounts are being audited again this year.")
    assert ("the harbour accounts are being audited again this year", None) in found
    found = _indirect("We asked whether the ferry fares would rise next spring.")
    assert ("whether the ferry fares would rise next spring", None) in found


def test_first_person_inside_quotation_marks_is_the_speaker_s() -> None:
    found = _indirect('"I know the accounts are fine," said treasurer Ines Moreau.')
    assert all(s is not None for _, s in found)


def test_poll_shares_in_one_sentence() -> None:
    found = _indirect(
        "In the harbour district, 51 percent would choose Vance and 38 percent would back Haddad, while 6 percent prefer "
        "Councillor Ruth Okafor and 2 percent support the Green candidate."
    )
    for content, share in (
        ("Haddad", "38 percent"),
        ("Councillor Ruth Okafor", "6 percent"),
        ("the Green candidate", "2 percent"),
    ):
        assert any(t == content and s and share in s for t, s in found), (content, found)


def test_share_of_support_as_a_noun_is_no_poll_answer() -> None:
    assert _indirect("The mayor sits at 62 percent support among harbour workers, a record.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a noun of an agreed course with its infinitive: held by the subject of the verb it is the object of
        ("The two port authorities signed an agreement to share the dredging costs.", "to share the dredging costs", "authorities"),
        ("The Harbour Gazette filed a motion to unseal the tender documents.", "to unseal the tender documents", "Gazette"),
    ],
)
def test_ownerless_intent_nouns(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_intent_noun_held_by_no_one_is_left_alone() -> None:
    assert _indirect("The decision to close the pier was taken in haste.") == []


def test_unmarked_block_quotation_after_its_speaker_and_a_colon() -> None:
    art = Article(
        id="t",
        text="Council news\n\nThe governor was blunt. Speaking on a radio show, Governor Tom Reyes added:\n\n"
        "It is typical of the council. They know nothing, and the spending never stops.\n\nThe plan includes:\n\n"
        "A new pier and two ferries for the harbour.",
        language="en",
        published="2026-03-05",
    )
    parallax.analyze([art])
    found = [(q.text, q.speaker) for q in art.quotes if q.kind == "indirect"]
    assert ("It is typical of the council. They know nothing, and the spending never stops.", "Tom Reyes") in found
    # a colon after no verb of saying announces a list, not a quotation
    assert not any(t.startswith("A new pier") for t, _ in found)


def test_what_someone_went_on_to_say() -> None:
    # "went on to" introduces the next thing said, not a purpose
    found = _indirect("Pollster Dana Whitfield went on to discuss the latest harbour survey in detail.")
    assert any(t.startswith("the latest harbour survey") and s and "Dana Whitfield" in s for t, s in found), found


def test_infinitive_of_purpose_still_reports_nothing() -> None:
    found = _indirect("Mayor Lena Fischer opened one lane early, to prove that the repairs were sound.")
    assert not any("the repairs were sound" in t for t, _ in found), found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # what someone reported, as the object or as the passive's subject with its agent
        ("Councillor Omar Haddad reported the leak to the harbour police.", "the leak to the harbour police", "Omar Haddad"),
        ("The secret ferry deal was first reported by The Washington Post.", "The secret ferry deal", "Washington Post"),
    ],
)
def test_reported_as_a_stance(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_what_a_fact_checker_examined() -> None:
    found = _indirect("The fact-checking site PolitiCheck examined the senator's claim about ferry fares.")
    assert any(t.startswith("the senator's claim") for t, _ in found), found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the grounds of a judgment the subject faced, said by no one named ...
        ("Mayor Lena Fischer has faced sharp criticism for delaying the sea wall.", "delaying the sea wall", None),
        # ... or by the noun's "from" phrase, with the one judged as what was said
        ("The harbour master faced heavy criticism from ferry operators.", "The harbour master", "ferry operators"),
    ],
)
def test_faced_judgments(text: str, content: str, speaker: str | None) -> None:
    found = _indirect(text)
    assert any(t == content and (s is None if speaker is None else s and speaker in s) for t, s in found), found


def test_facing_a_question_to_answer_is_no_judgment() -> None:
    assert _indirect("Councillor Omar Haddad is facing this very question at home with his own family.") == []


def test_what_a_rule_lets_or_makes_someone_do() -> None:
    found = _indirect("The new harbour charter allows ferry operators to set their own fares.")
    assert any(t == "ferry operators to set their own fares" for t, _ in found), found


def test_allow_without_an_infinitive_is_left_alone() -> None:
    assert _indirect("The new harbour charter allows night fishing.") == []


def test_would_like_to() -> None:
    found = _indirect("The Haddad campaign would like to hold another rally by the docks.")
    assert any(t == "to hold another rally by the docks" for t, _ in found), found


def test_first_person_in_a_quotation_running_on_is_not_the_writer() -> None:
    art = Article(
        id="t",
        text="Council news\n\nMayor Vance wrote: “The harbour deal is dead.\n\n"
        "I certainly hope the council is not right about the ferry fares.”\n\nThe council did not reply.",
        language="en",
        published="2026-03-05",
    )
    parallax.analyze([art])
    assert not any(q.kind == "indirect" and q.speaker is None and "ferry fares" in q.text for q in art.quotes)
