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
