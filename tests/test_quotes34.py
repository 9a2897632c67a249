"""Reported speech and speakers the parse used to miss (session 34): feelings about a fact, "made it clear",
a "that" clause hung on the one told, a parenthetical cue inside the subject's clause, and a French speaker
named after the cue and a time phrase.  Our own sentences, in the style of news copy, with the cases each
rule must leave alone."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _quotes(text: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    art = Article(id="t", text="Council news\n\n" + text, language=language, published="2026-03-05")
    parallax.analyze([art])
    return [(q.kind, q.text, q.speaker) for q in art.quotes]


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(text) if k == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an adjective or passive participle of feeling with a "that" clause: the fact its subject holds
        (
            "Harbour master Ilse Brandt was angry that the council had closed the ferry line.",
            "the council had closed the ferry line",
            "Ilse Brandt",
        ),
        (
            "Residents were frustrated that the port authority released only part of the report.",
            "the port authority released only part of the report",
            "Residents",
        ),
        # "made it clear", with or without "that"
        (
            "Councillor Omar Haddad made it clear he had serious doubts about the budget.",
            "he had serious doubts about the budget",
            "Omar Haddad",
        ),
        (
            "Councillor Omar Haddad made it clear that he had serious doubts about the budget.",
            "he had serious doubts about the budget",
            "Omar Haddad",
        ),
    ],
)
def test_feelings_and_avowals(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "It is surprising that the council agreed to the plan so quickly.",  # an expletive holds nothing
        "Harbour master Ilse Brandt was so angry that she left the meeting early.",  # "so ... that": a result
        "Harbour master Ilse Brandt was happy when the council agreed to the plan.",  # no "that" clause
    ],
)
def test_feelings_left_alone(text: str) -> None:
    assert not any("council agreed" in t or "left the meeting" in t for t, _ in _indirect(text))


def test_told_clause_hung_on_the_one_told() -> None:
    # the parser made the "that" clause a relative clause of "meeting"
    found = _indirect("Mayor Ilse Brandt told a meeting of harbour workers that few workers grasped the cost of the closure.")
    assert any(t == "few workers grasped the cost of the closure" and s and "Brandt" in s for t, s in found), found


def test_parenthetical_cue_in_the_subject() -> None:
    # "told me" hangs on the subject "difference"; its object is the one told, not what was said
    found = _indirect("The difference now, Ilse Brandt told me on Friday, is that the ferry runs at a loss.")
    assert any("the ferry runs at a loss" in t and s and "Brandt" in s for t, s in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role then the name after the cue and a time phrase (the parser hung the role on "soir")
        ("« C'est une défaite amère », a reconnu dimanche soir la tête de liste du SPD, Katja Pähle.", "Katja Pähle"),
        ("« Nous allons gagner », a affirmé hier soir le maire de Lyon, Jean Dupont.", "Jean Dupont"),
        ("« C'est une défaite amère », a reconnu dimanche soir Katja Pähle.", "Katja Pähle"),
    ],
)
def test_french_speaker_after_time_phrase(text: str, speaker: str) -> None:
    found = [(t, s) for k, t, s in _quotes(text, "fr") if k == "direct"]
    assert found and found[0][1] == speaker, found


def test_english_subject_before_cue_unchanged() -> None:
    found = [(t, s) for k, t, s in _quotes("“We will win,” Ilse Brandt said on Monday.") if k == "direct"]
    assert found and found[0][1] == "Ilse Brandt", found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the one told after "to", with the "that" clause the parser made its relative clause, or its complement
        ("Ilse Brandt could be heard screaming to the guards that her brother was unarmed.", "her brother was unarmed"),
        ("Mayor Ilse Brandt explained to the workers that the plant would close in May.", "the plant would close in May"),
    ],
)
def test_clause_after_the_one_told_with_to(text: str, content: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and "Brandt" in s for t, s in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what a verb of talking was about: a gerund or a noun phrase after "about", "of" after "spoke"
        ("As Mayor Ilse Brandt talked about bringing the two towns together, her rival spoke of crime.", "bringing the two towns together"),
        ("Mayor Ilse Brandt spoke of a new era for the harbour towns.", "a new era for the harbour towns"),
        ("Mayor Ilse Brandt commented on the court ruling against the port.", "the court ruling against the port"),
    ],
)
def test_topic_of_talk(text: str, content: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and "Brandt" in s for t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ilse Brandt spoke for about five minutes.",  # "about" a measure, no preposition of topic
        "Mayor Ilse Brandt talked with reporters on Monday.",  # "on" of time after "talk"
    ],
)
def test_no_topic_of_talk(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a wh-word or relative pronoun fronted past the verb of saying: the clause after the verb
        ("Voters doubt what Ilse Brandt says her tax plan would do.", "her tax plan would do"),
        ("The town owns the ferry line, which Mayor Ilse Brandt says she is keeping open at a loss.", "she is keeping open at a loss"),
    ],
)
def test_clause_with_a_fronted_wh_word(text: str, content: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and "Brandt" in s for t, s in found), found


def test_according_to_a_phrase_read_as_a_verb() -> None:
    # "show" of "show insiders" tagged as a verb: the phrase after "according to" is the source all the same
    found = _indirect("As a harbour boss, Ilse Brandt repeatedly shouted at dock workers, according to show insiders.")
    assert any(t.endswith("repeatedly shouted at dock workers") and s == "show insiders" for t, s in found), found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a gerund of saying on a noun of an utterance speaks for whoever gave it
        (
            "Mayor Ilse Brandt spoke at a news conference announcing that the town was suing the port authority.",
            "the town was suing the port authority",
            "Ilse Brandt",
        ),
        (
            "The harbour council issued a statement calling the closure a breach of the lease.",
            "the closure a breach of the lease",
            "council",
        ),
    ],
)
def test_gerund_on_an_utterance(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert any(t == content and s and speaker in s for t, s in found), found


def test_utterance_as_subject_has_no_giver() -> None:
    # the letter is the subject, not the object of someone's verb: whoever it reached did not write it
    found = _indirect("A letter saying that the port would close reached Mayor Ilse Brandt on Monday.")
    assert not any(s and "Brandt" in s for t, s in found), found
