"""A pronoun that took up a person keeps its gender: "he" taken for someone is never the antecedent of a later "she"."""

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
