"""One named person given two ages by two outlets is a conflict; two unnamed ages are not."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown

REST = "\n\nThe court heard from twelve witnesses over three weeks, and the jury deliberated for two days."


def _ages(a_text: str, b_text: str, lang: str = "en") -> list[dict]:
    a = Article(id="a", text=a_text + REST, outlet="A", published="2026-06-03T16:00:00Z", language=lang)
    b = Article(id="b", text=b_text + REST, outlet="B", published="2026-06-03T17:00:00Z", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [shown(c) for f in d["facts"] for c in f["conflicts"] if shown(c).get("unit") == "age"]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("Former mayor Paul Brenner, 61, was sentenced on Tuesday.", "Former mayor Paul Brenner, 63, was sentenced on Tuesday."),
        ("The 61-year-old Paul Brenner was sentenced on Tuesday.", "Former mayor Paul Brenner (63) was sentenced on Tuesday."),
        ("The 61-year-old former mayor Paul Brenner was sentenced on Tuesday.", "Mayor Brenner, 63, was sentenced on Tuesday."),
    ],
)
def test_one_persons_two_ages_conflict(a_text, b_text):
    assert _ages(a_text, b_text) == [{"a": [61.0], "b": [63.0], "unit": "age"}]


def test_two_named_people_whose_ages_are_swapped_conflict():
    found = _ages("Anna Berg, 34, and Tom Berg, 36, were arrested on Tuesday.", "Anna Berg, 36, and Tom Berg, 34, were arrested on Tuesday.")
    assert {"a": [34.0], "b": [36.0], "unit": "age"} in found and {"a": [36.0], "b": [34.0], "unit": "age"} in found


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # unnamed, and two men on one side: maybe two people
        ("A 45-year-old man and a 47-year-old man were arrested on Tuesday.", "A 47-year-old man was arrested on Tuesday."),
        # a family: the same people, each named in full once and by a first name once
        ("Ruth Adler, 44, and her son Ben, 19, were rescued on Tuesday.", "Ben Adler, 19, and his mother Ruth, 44, were rescued on Tuesday."),
        ("Karl Brenner, 58, and his brother Paul, 61, were rescued on Tuesday.", "Paul Brenner, 61, and his brother Karl, 58, were rescued on Tuesday."),
        # a firm's age, not its founder's
        ("Ulrich Kessler, 61, said on Tuesday he would step down as head of the family firm.",
         "Ulrich Kessler said on Tuesday he would step down as head of the 63-year-old Kessler firm."),
        # the minute of a goal in a match report
        ("Rovers won with goals from Okafor (61) and Mensah (78) on Tuesday.", "Rovers won with goals from Okafor (61) and Mensah (87) on Tuesday."),
        # the same age
        ("Former mayor Paul Brenner, 61, was sentenced on Tuesday.", "The 61-year-old Paul Brenner was sentenced on Tuesday."),
        # different people
        ("Former mayor Paul Brenner, 61, was sentenced on Tuesday.", "Former mayor Paul Brenner's aide Jim Cole, 44, was sentenced on Tuesday."),
    ],
)
def test_ages_that_need_not_disagree(a_text, b_text):
    assert _ages(a_text, b_text) == []


def test_an_age_reads_as_an_age_in_the_reports():
    from parallax.report.formatting import fmt_value

    assert fmt_value([61.0], "age") == "aged 61"
    assert fmt_value([82000.0], "fan") == "82,000 fan"


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("L'ancienne maire Claire Dubosc, 58 ans, a été condamnée mardi.", "L'ancienne maire Claire Dubosc, 61 ans, a été condamnée mardi.", "fr"),
        ("El exalcalde Tomás Ibarra, de 58 años, fue condenado el martes.", "El exalcalde Tomás Ibarra (61 años) fue condenado el martes.", "es"),
        ("L'ex sindaco Carlo Fenoglio, 58 anni, è stato condannato martedì.", "L'ex sindaco Carlo Fenoglio, 61 anni, è stato condannato martedì.", "it"),
        ("O ex-prefeito Rui Tavares, de 58 anos, foi condenado na terça-feira.", "O ex-prefeito Rui Tavares, de 61 anos, foi condenado na terça-feira.", "pt"),
    ],
)
def test_a_romance_age_in_years_after_the_name_is_an_age(a_text, b_text, lang):
    """"Claire Dubosc, 58 ans," gives her age (the times stage may read a span of 58 years in it)."""
    assert _ages(a_text, b_text, lang) == [{"a": [58.0], "b": [61.0], "unit": "age"}]


@pytest.mark.parametrize(
    ("text", "lang", "ages"),
    [
        ("Le prévenu, âgé de 47 ans, a été placé en détention.", "fr", [47.0]),
        ("Après une carrière de 30 ans, le juge prend sa retraite.", "fr", []),  # a span of years
        ("Fue condenado a una pena de 10 años, según la sentencia.", "es", []),
    ],
)
def test_romance_years_are_an_age_only_beside_a_name_or_aged(text, lang, ages):
    (art,) = parallax.analyze([Article(id="a", text=text, language=lang, published="2026-06-03T16:00:00Z")])
    assert [q.value for q in art.quantities if q.unit == "(age)"] == ages


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("Un hombre de 34 años murió en el accidente.", "es", True),
        ("Un homme de 34 ans est mort dans l'accident.", "fr", True),
        ("Un uomo di 34 anni è morto nell'incidente.", "it", True),
        ("Un home de 34 anys va morir en l'accident.", "ca", True),
        ("36 वर्षीय किसान की मौत हो गई।", "hi", True),
        ("Fue condenado a una pena de 10 años.", "es", False),  # no person's noun: a span
        ("Trabajó durante 30 años en la fábrica.", "es", False),
    ],
)
def test_a_persons_noun_of_n_years_is_an_age(text, lang, age):
    from parallax.analyze.quantities import AGE, find_quantities

    units = [q.unit for q in find_quantities(text, lang, [])]
    assert (AGE in units) is age, units


def test_one_unnamed_man_in_each_aligned_sentence_is_one_person():
    """(left33) Aligned sentences that each describe exactly one man by his age tell the same thing of one man:
    two ages are a conflict (:mod:`parallax.compare.unnamed_ages`); this pair stood among the ages that need not
    disagree while no age without a name was compared."""
    found = _ages("A 45-year-old man was arrested at the scene on Tuesday.", "A 47-year-old man was arrested at the scene on Tuesday.")
    assert found == [{"a": [45.0], "b": [47.0], "unit": "age"}]
