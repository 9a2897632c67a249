"""QA round 42a (English in the conventions of several presses: court, election, economic, sports, health and
company reports): the general errors it found, each with an invented text."""

from __future__ import annotations

import pytest

from parallax.compare.house_spellings import phrases_spelt_two_ways, spelt_two_ways
from parallax.compare.quote_fidelity import relation


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("travelled", "traveled"),
        ("cancelling", "canceling"),
        ("colour", "color"),
        ("favourite", "favorite"),
        ("organisation", "organization"),
        ("analysed", "analyzed"),
        ("centres", "centers"),
        ("defence", "defense"),
        ("catalogue", "catalog"),
        ("paediatric", "pediatric"),
        ("oestrogen", "estrogen"),
        ("programme", "program"),
    ],
)
def test_one_word_in_two_presses_spellings(uk: str, us: str) -> None:
    assert spelt_two_ways(uk, us) and spelt_two_ways(us.capitalize(), uk)


@pytest.mark.parametrize(("a", "b"), [("four", "for"), ("prise", "prize"), ("filled", "filed"), ("does", "des"), ("hour", "hor")])
def test_two_words_stay_two(a: str, b: str) -> None:
    assert not spelt_two_ways(a, b)


def test_a_reprinted_quotation_in_american_spelling_is_not_altered() -> None:
    uk = "We have travelled a long way, and the organisation has honoured every promise."
    us = "We have traveled a long way, and the organization has honored every promise"
    assert relation(uk, us) == "punctuation"
    # a trimmed reprint stays trimmed, and a word really changed is still altered
    assert relation(uk, "the organization has honored every promise") == "trimmed"
    assert relation(uk, "We have traveled a long way, and the organization has broken every promise") == "altered"


def test_a_spelling_is_no_choice_of_words() -> None:
    assert phrases_spelt_two_ways("defence ministry", "defense ministry")
    assert not phrases_spelt_two_ways("defence ministry", "war ministry")


def test_a_date_another_sentence_of_the_fact_tells_alike_is_no_conflict() -> None:
    from parallax.compare.conflicts import sentence_conflicts
    from parallax.compare.fact_dates import without_dates_met
    from tests.helpers import analysed_articles

    a, b = analysed_articles(
        [
            "Mara Quinn, 29, was convicted of arson at Leeds Crown Court last month. The warehouse on Kirkstall Road burned down on 3 June.",
            "Mara Quinn, 29, set fire to the warehouse on Kirkstall Road in June.",
        ],
        "en",
        "2026-11-20T10:00:00Z",
    )
    found = sentence_conflicts(b, b.sentences[0], a, a.sentences[0])
    assert any(c.kind == "date" for c in found)  # "in June" (the fire) against "last month" (the verdict)
    kept = without_dates_met(found, b, b.sentences[0], a, a.sentences[0], [], [a.sentences[1]])
    assert not any(c.kind == "date" for c in kept)
    # a sentence of the fact that dates the fire otherwise leaves the conflict standing
    c, d = analysed_articles(
        [
            "Mara Quinn, 29, was convicted of arson at Leeds Crown Court last month. The warehouse on Kirkstall Road burned down on 3 May.",
            "Mara Quinn, 29, set fire to the warehouse on Kirkstall Road in June.",
        ],
        "en",
        "2026-11-20T10:00:00Z",
    )
    found = sentence_conflicts(d, d.sentences[0], c, c.sentences[0])
    assert any(x.kind == "date" for x in without_dates_met(found, d, d.sentences[0], c, c.sentences[0], [], [c.sentences[1]]))


def test_two_offsets_after_one_verb_that_differ_conflict() -> None:
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    a, b, c = analysed_articles(
        [
            "The suspect was detained four days later near Carlisle.",
            "Officers detained the suspect a week later in Carlisle.",
            "Officers detained the suspect 96 hours later in Carlisle.",
        ],
        "en",
        "2026-11-20T10:00:00Z",
    )
    (d,) = analysed_articles(["The suspect fled abroad four days later."], "en", "2026-11-20T10:00:00Z")

    def lengths(x, y) -> list:
        return [c.values for c in sentence_conflicts(x, x.sentences[0], y, y.sentences[0]) if c.unit == "duration"]

    assert lengths(a, b) == [{"a": ["P4D"], "b": ["P1W"]}]
    assert lengths(a, c) == []  # four days are 96 hours
    assert lengths(d, b) == []  # another act's offset


def test_a_surname_whose_full_name_the_model_missed_is_a_name() -> None:
    from parallax.compare.speakers import is_named
    from parallax.records import Article, Entity

    text = "Turnout was low as Chukwudi Eze beat his rival. Eze told supporters the race was fair. The police said Ward Road was calm."
    art = Article(id="a", text=text, language="en", entities=[])
    assert is_named("Eze", art)
    assert not is_named("Police", art)  # written in lower case too: a common noun
    place = "Crowds gathered on Ward Road. Road said nothing."
    at = place.index("Ward Road")
    art2 = Article(id="b", text=place, language="en", entities=[Entity("Ward Road", "LOC", at, at + 9)])
    assert not is_named("Road", art2)  # part of a place the model tagged


def test_a_part_of_a_count_with_its_owner_between_is_a_part() -> None:
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts(
        "The union carried 9 of the region's 12 branches in the ballot.", "The union carried 10 of the 12 branches in the ballot.", "en"
    )
    assert [(v["a"], v["b"]) for k, v in found if k == "number"] == [([9.0], [10.0])]
    assert first_sentence_conflicts("Firefighters saved three of its five barns.", "Firefighters saved three of the five barns.", "en") == []


def test_the_previous_month_counts_from_the_month_the_sentence_named() -> None:
    from parallax.analyze.times import resolve_text

    text = "Retail sales rose 0.6% in August after a 0.2% fall the previous month. Wages rose 1% in April, against 0.4% a month earlier. Orders fell the previous month."
    found = [(text[s:e], v) for s, e, v, _ in resolve_text(text, "en", "2026-11-18T10:00:00Z")]
    assert ("the previous month", "2026-07") in found and ("a month earlier", "2026-03") in found
    assert found[-1] == ("the previous month", "2026-10")  # no month written before it: from publication, as before


def test_two_minimum_terms_told_two_ways_conflict() -> None:
    from tests.helpers import first_sentence_conflicts

    def lengths(a: str, b: str) -> list:
        return [(v["a"], v["b"]) for k, v in first_sentence_conflicts(a, b, "en", "2026-11-20T10:00:00Z") if v.get("unit") == "duration"]

    assert lengths(
        "Kerr was jailed for life and told she must serve at least 18 years.", "Kerr received a life sentence with a minimum term of 19 years."
    ) == [(["P18Y"], ["P19Y"])]
    # one term in other units is no conflict
    assert lengths(
        "Kerr was jailed for six years with a non-parole period of three years and six months.",
        "Kerr was jailed for six years and must serve three and a half years before she is eligible for parole.",
    ) == []


def test_a_figure_each_report_tells_in_the_fact_is_no_conflict() -> None:
    from parallax.compare.fact_figures import without_figures_told
    from parallax.records import Conflict
    from tests.helpers import analysed_articles

    a, b = analysed_articles(
        [
            "The fund cut its export forecast to 1.8% from 2.4%. It raised its import forecast to 4.1% from 3.5%.",
            "The fund now sees exports growing 1.8%, against 2.4% earlier, and imports 4.1%, up from 3.5%.",
        ],
        "en",
        "2026-11-20T10:00:00Z",
    )
    told = Conflict("number", {"a": [2.4], "b": [4.1]}, unit="%")
    assert without_figures_told([told], a, a.sentences[0], b, b.sentences[0], [a.sentences[1]], []) == []
    assert without_figures_told([told], a, a.sentences[0], b, b.sentences[0], [], []) == [told]  # a pair alone keeps it
    other = Conflict("number", {"a": [2.4], "b": [4.4]}, unit="%")  # a figure nobody else gives
    assert without_figures_told([other], a, a.sentences[0], b, b.sentences[0], [a.sentences[1]], []) == [other]
