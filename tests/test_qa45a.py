"""QA round 45a: spans that end after they start, quoted fragments in reported speech, word-choice pairs."""

from __future__ import annotations

from parallax.analyze.times import resolve_text

THURSDAY = "2026-11-19T10:00:00Z"


def _days(text: str) -> list[str | None]:
    return [v for _, _, v, _ in resolve_text(text, "en", THURSDAY)]


def test_until_a_weekday_after_the_day_a_closure_began_is_the_coming_one() -> None:
    # the ferry stopped on Monday: "until Saturday" cannot be the Saturday before that
    assert _days("The ferry service was halted on Monday and suspended until Saturday, the operator said.") == [
        "2026-11-16",
        "2026-11-21",
    ]
    # the day the closure began named in the paragraph before
    assert _days("The landslide struck on Tuesday.\nThe mountain pass was closed through Saturday.") == ["2026-11-17", "2026-11-21"]


def test_until_a_weekday_with_no_start_or_in_the_background_keeps_the_tense_rule() -> None:
    assert _days("The library was closed until Monday.") == ["2026-11-16"]
    assert _days("The gallery reopened on Wednesday. It had been closed until Tuesday.") == ["2026-11-18", "2026-11-17"]


def test_a_partial_quote_with_its_person_adapted_is_a_trim() -> None:
    from parallax.compare.quote_fidelity import relation

    full = "We will rebuild our school before the spring, and I am proud of my staff."
    assert relation("and he is proud of his staff", full, "partial", "direct", "en") == "trimmed"  # "I am" / "he is"
    assert relation("they will rebuild their school before the spring", full, "partial", "direct", "en") == "trimmed"
    assert relation(full, "he is proud of his staff and their work", "direct", "partial", "en") is None  # words the other lacks
    # a word changed inside the marks stays a change, and so does a full quotation put in the third person
    assert relation("they will rebuild their hospital before the spring", full, "partial", "direct", "en") == "altered"
    assert relation("They will rebuild their school before the spring, and he is proud of his staff.", full, "direct", "direct", "en") == "altered"


def _analyzed(text: str):
    import sys

    sys.path.insert(0, "tests")
    from helpers import analyzed

    return analyzed(text, "en")


def test_a_subject_and_an_object_fill_two_slots() -> None:
    from parallax.compare.referents import _parse
    from parallax.compare.slots import same_slot

    a = "A gale off the coast of Cornwall has sunk about 12 fishing boats, coastguards said."
    b = "The storm has wrecked 14 trawlers off Cornwall, coastguards said."
    c = "About 12 fishing boats were sunk by the gale off Cornwall, coastguards said."
    da, db, dc = _parse("en", a), _parse("en", b), _parse("en", c)
    assert not same_slot(da, a, "gale", db, b, "trawlers")  # the doer against the thing done
    assert same_slot(da, a, "gale", db, b, "storm")
    assert same_slot(dc, c, "gale", db, b, "storm")  # a passive's "by" phrase is its doer


def test_a_wording_is_shown_without_quotation_marks_at_its_edges() -> None:
    from parallax.compare.slots import unquoted

    assert unquoted('" Selby Transit spokesman Owen Tate') == "Selby Transit spokesman Owen Tate"
    assert unquoted("«la grève»") == "la grève"
    assert unquoted("protesters'") == "protesters'"  # a possessive's apostrophe stays


def test_a_document_cited_as_the_source_is_no_second_holder() -> None:
    import sys

    sys.path.insert(0, "tests")
    from helpers import first_sentence_conflicts

    found = first_sentence_conflicts(
        "The Liberal Party won 41 of the 90 seats in Sunday's regional vote, the regional election board said on Tuesday.",
        "The Liberal Party won 41 of the 90 seats in Sunday's regional vote, according to final results released on Tuesday.",
        "en",
    )
    assert not [c for c in found if c[0] == "speaker"]


def test_a_side_told_as_a_part_of_the_whole_body_is_the_side() -> None:
    from parallax.analyze.quantities import find_quantities
    from parallax.analyze.quantities.tallies import tally_pair

    def pairs(text: str, lang: str) -> list:
        return [tally_pair(q.text) for q in find_quantities(text, lang, []) if q.unit == "(tally)"]

    assert pairs("Six of the eight governors backed the increase, while two wanted to wait.", "en") == [(6, 2)]
    assert pairs("Sechs der acht Richter stimmten für das Urteil, zwei waren dagegen.", "de") == [(6, 2)]
    assert pairs("Six governors backed the increase, while two wanted to wait.", "en") == [(6, 2)]


def test_a_share_of_a_group_is_no_size_of_a_rise() -> None:
    import sys

    sys.path.insert(0, "tests")
    from helpers import first_sentence_conflicts

    found = first_sentence_conflicts(
        "The airline said only 900 pilots had joined the walkout and that 70% of flights were operating as planned.",
        "Hundreds of pilots at the airline began a three-day walkout on Monday, demanding a 12 percent pay increase.",
        "en",
    )
    assert not [c for c in found if c[1].get("unit") == "%"]
    kept = first_sentence_conflicts(
        "The pilots demanded a 12% pay increase on Monday.", "The pilots demanded a 10 percent pay increase on Monday.", "en"
    )
    assert [c for c in kept if c[1].get("unit") == "%"]
