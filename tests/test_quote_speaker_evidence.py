"""Quote speakers: a pronoun keeps the gender it took a person with; a verb of saying with its own subject introduces the quotation after it."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _quotes(text: str) -> list:
    art = Article(id="t", text=text, language="en", published="2026-05-01")
    parallax.analyze([art])
    return art.quotes


def test_she_skips_a_person_of_unknown_gender_whom_he_took_up():
    text = (
        'The plan "keeps the harbour open and the ferries running," retired captain Orrin Talvesh said.\n\n'
        "Campaign director Jennifer Oduya said the mayor is reduced to insults because he cannot defend his record. "
        '"You could laugh at these tactics, but this man wants to run the whole county," she said.'
    )
    last = [q for q in _quotes(text) if q.text.startswith("You could laugh")]
    assert last and last[0].speaker == "Jennifer Oduya", [(q.text[:30], q.speaker) for q in _quotes(text)]


def test_saying_with_its_own_subject_introduces_the_quotation():
    """The parser hangs the quotation on "ends"; "Marlow saying" stands nearer and speaks."""
    text = (
        "Councillor Edna Marlow lost the vote.\n\n"
        "The advert concludes with footage of Marlow saying during the forum last month, “That makes me careful,” "
        "when her rival attacked her record."
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("That makes"))
    assert quote.speaker == "Edna Marlow", (quote.text, quote.speaker)


def test_a_participle_of_no_saying_does_not_take_the_quotation():
    text = 'Mayor Ruth Anders says the rival\'s posts accusing Carl Denby of fraud are “lies, plain and simple.”'
    quote = next(q for q in _quotes(text) if q.text.startswith("lies"))
    assert quote.speaker == "Ruth Anders", (quote.text, quote.speaker)


def test_subject_of_a_clause_the_parser_hangs_before_the_main_verb_is_a_topic():
    """A quoted title mid-sentence makes the parser hang "Ms. Dorsey got a roar" as a clause of "added":
    she is still the sentence's subject, and "she added" hers (not the last speaker's, of unknown gender)."""
    text = (
        "The ceremony featured celebrities like Tom Arden, Nell Dorsey and Kit Weller, who joked of the hall, "
        "''I haven't been inside yet, but I plan to.''\n\n"
        "Ms. Dorsey drew loud cheers from the audience when, at the close of her tearful performance of the old anthem "
        "''A River Is Gonna Rise,'' she added the words, ''Vote on Tuesday.''"
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("Vote on"))
    assert quote.speaker == "Nell Dorsey", (quote.text, quote.speaker)


def test_relative_pronoun_after_a_list_is_its_last_name():
    """The parser hangs "who joked" on the first name of the list; the pronoun follows the last one."""
    text = (
        "The gala featured singers like Tom Arden, Nell Dorsey and Kit Weller, who joked of the hall, "
        "''I haven't been inside yet, but I plan to.''"
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("I haven't"))
    assert quote.speaker == "Kit Weller", (quote.text, quote.speaker)


def test_sentence_quoted_after_a_name_and_a_dash_is_that_persons():
    text = (
        "Several former ministers have made the same point, among them the former finance minister Carla Vence "
        "-- ''It is reckless for any government to hide its accounts from the voters'' -- and the auditor Paul Sand."
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("It is reckless"))
    assert quote.speaker == "Carla Vence", (quote.text, quote.speaker)


def test_description_after_a_name_and_a_dash_is_not_the_persons():
    text = "Councillor Ana Ruiz called her rival Carla Vence -- ''the worst treasurer in memory'' -- at the meeting."
    quote = next((q for q in _quotes(text) if q.text.startswith("the worst")), None)
    assert quote is None or quote.speaker != "Carla Vence", (quote.text, quote.speaker)


def test_english_jan_is_a_woman():
    """The lexicon's "Jan" is the Dutch, Czech or Polish man's name; in English it is mostly a woman's."""
    text = (
        "Arizona Gov. Jan Pellow announced her decision on Wednesday.\n\n"
        "Pellow said the bill had gone too far.\n\n"
        '"The bill does not answer any concern of the people of this state," she said.'
    )
    quote = next(q for q in _quotes(text) if q.text.startswith("The bill"))
    assert quote.speaker == "Jan Pellow", (quote.text, quote.speaker)
