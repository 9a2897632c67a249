"""Merge review of session 36: word choice keeps nouns that frame what they classify."""

from __future__ import annotations

from parallax.compare.descriptors import compounded
from parallax.compare.referents import naming_choices
from parallax.records import Article, Sentence


def _choices(ta: str, tb: str) -> list[tuple[str, str]]:
    a = Article(id="a", text=ta, language="en", sentences=[Sentence(0, len(ta), ta)], analyzed=True)
    b = Article(id="b", text=tb, language="en", sentences=[Sentence(0, len(tb), tb)], analyzed=True)
    return naming_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_noun_that_frames_its_kind_is_a_choice_a_neutral_kind_is_not() -> None:
    assert _choices("The terror attack killed 12 people on Monday.", "The attack killed 12 people on Monday.") == [("terror attack", "attack")]
    assert _choices("The hate crime shocked the town on Monday.", "The crime shocked the town on Monday.") != []
    assert _choices("The district court ruled on Monday.", "The court ruled on Monday.") == []


def test_a_compound_with_a_framing_noun_in_front_is_another_word() -> None:
    assert not compounded("anschlag", "terroranschlag") and not compounded("verbrechen", "hassverbrechen")
    assert compounded("erklärung", "regierungserklärung")


def test_a_spelled_century_before_a_noun_is_a_count_not_a_year() -> None:
    import parallax

    counted = parallax.analyze([parallax.Article(id="a", text="Nineteen hundred homes lost power.", language="en", published="2026-11-20")])[0]
    assert [q.value for q in counted.quantities] == [1900.0] and not counted.times
    dated = parallax.analyze([parallax.Article(id="b", text="The mill closed in nineteen hundred.", language="en", published="2026-11-20")])[0]
    assert [t.value for t in dated.times] == ["1900"]


def test_a_byline_with_a_dangling_separator_is_a_byline() -> None:
    from parallax.ingest.bylines import byline_reason

    assert byline_reason("By Continental Wire ·", edge="first") == "byline"
    assert byline_reason("By Jane Roe |") == "byline"
    assert byline_reason("Prices rose by 3% ·") is None
