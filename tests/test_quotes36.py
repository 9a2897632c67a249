"""Quotation attribution, session 36.  spaCy makes a new ``Token`` on each access, so ``tok.head is tok`` is never
true: the checks between tokens compare indices.  Our own sentences, in the style of news copy."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze import Analyzer
from parallax.analyze.nlp import get_nlp
from parallax.analyze.quotes.people import _Attributor
from parallax.analyze.quotes.reported import _a_noun_phrase, _according_to
from parallax.records import Article


def _article(text: str, language: str = "en") -> Article:
    art = Article(id="t", text="News\n\n" + text, language=language, published="2026-03-05")
    parallax.analyze([art])
    return art


def _genders(text: str) -> dict[str, str]:
    art = _article(text)
    return _Attributor(art, Analyzer().parse(art), []).gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("The campaign's spokesman, Robin Ellis, said the plan would work.", "m"),
        ("The campaign's spokeswoman, Robin Ellis, said the plan would work.", "f"),
    ],
)
def test_a_name_in_apposition_to_its_role_takes_the_role_gender(text: str, gender: str) -> None:
    # the name hangs on the role noun ("spokesman" its head): the head compared by index, not by "is"
    assert _genders(text) == {"Robin Ellis": gender}


def test_a_noun_phrase_whose_head_is_the_root() -> None:
    # the root's head is itself: inside the span, it is the phrase's head
    doc = get_nlp("en")("The ban on guns.")
    assert _a_noun_phrase(doc, 0, len(doc.text))


def test_a_noun_phrase_with_a_verb_is_not_one() -> None:
    doc = get_nlp("en")("The council banned guns.")
    assert not _a_noun_phrase(doc, 0, len(doc.text))


def test_according_as_the_root_still_reports_the_rest_of_its_sentence() -> None:
    # the parser makes "According" the root, its own head, and the clause a phrase on it: the words after the
    # source are still what the source says (the check "head is tok" never held; with indices it is not made)
    doc = get_nlp("en")("According to conservative radio host Ann Roe, the plan reeks of fear and desperation.")
    assert doc[0].dep_ == "ROOT"
    got = [(doc.text[a:b], doc.text[x:y]) for a, b, (x, y) in _according_to(doc)]
    assert got == [("the plan reeks of fear and desperation.", "conservative radio host Ann Roe")]


def test_according_to_still_reports_its_clause() -> None:
    doc = get_nlp("en")("According to the police, the man fled the scene on foot.")
    assert [(doc.text[a:b], doc.text[x:y]) for a, b, (x, y) in _according_to(doc)] == [("the man fled the scene on foot.", "the police")]
