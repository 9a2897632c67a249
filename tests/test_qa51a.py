"""Session 51, helper qa51a: English across outlets (Canada, South Africa, Kenya, Singapore, the Philippines, New
Zealand, Pakistan, UK regional papers): the session's known leftovers and the sets' findings (each fix has a test
below with an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _art(text: str, published: str = "2026-12-04T10:00:00+00:00") -> Article:
    return parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]


def test_a_common_noun_opening_a_sentence_is_no_person_a_pronoun_stands_for() -> None:
    # the model tags a capitalised common noun that opens a sentence PERSON ("Turnout was low"); "she said" after it
    # is someone else (here: no one the article names), never "Turnout"
    art = _art('Turnout was low across the ward on Thursday. "It was a quiet day," she said.')
    assert [q.speaker for q in art.quotes] != ["Turnout"]
    assert "Turnout" not in [e.text for e in art.entities if e.label in ("PERSON", "PER")]
    # the named person before it still is the speaker, and a surname named in full before stays a person
    art = _art('Councillor Thandi Mokoena counted the ballots. Turnout was low across the ward. "It was a quiet day," she said.')
    assert [q.speaker for q in art.quotes] == ["Thandi Mokoena"]
    art = _art('Mayor Gordon Brown spoke first. Brown said the budget was tight.')
    assert "Brown" in [e.text for e in art.entities if e.label in ("PERSON", "PER")]


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _art(text).quotes]


def test_weather_reported_and_a_person_questioned_are_no_speech() -> None:
    # "reported heavy rain" tells what was observed, with nothing said beyond a plain noun phrase; "questioned the
    # captain" is a police act on a person: neither is a quotation a comparison should grade
    assert _indirect("Sri Lanka's Disaster Management Centre reported heavy rain in the south on Tuesday.") == []
    assert _indirect("Police have questioned the captain of the ferry.") == []
    assert _indirect("Detectives questioned two suspects on Monday.") == []
    # a report with content stays one: a clause, or the grounds of a question
    assert _indirect("The centre reported that the river had burst its banks.")
    assert _indirect("The senator questioned the minister over the delays to the rail link.")


def test_a_frequency_word_after_a_hyphenated_prefix_is_another_frequency() -> None:
    # "bi-monthly" (every two months, or twice a month), "twice-weekly", "thrice-daily": the prefix changes the period,
    # so the bare "monthly" is no P1M set; a plain "monthly" still is
    times = {t.text: t.value for t in _art("The central bank kept rates unchanged in its bi-monthly policy review.").times}
    assert times.get("monthly") != "P1M"
    times = {t.text: t.value for t in _art("The ferry sails twice-weekly to the island, and a monthly service runs too.").times}
    assert times.get("weekly") != "P1W" and times.get("monthly") == "P1M"
