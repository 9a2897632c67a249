"""QA round 44a: background days in the past perfect, quoted days, expectations paraphrased, and the sets' findings."""

from __future__ import annotations

from parallax.analyze.times import resolve_paragraphs


def _values(paragraphs: list[str], published: str, lang: str = "en") -> dict[str, str | None]:
    parts, offset = [], 0
    for p in paragraphs:
        parts.append((offset, p))
        offset += len(p) + 2
    text = "\n\n".join(paragraphs)
    return {text[s:e]: v for s, e, v, _ in resolve_paragraphs(parts, lang, published)}


def test_clock_time_after_a_past_perfect_paragraph_keeps_the_event_day() -> None:
    # the lead's Wednesday is the event day; "had been suspended on Saturday" is background
    got = _values(
        [
            "A freight train derailed near Holloway Junction on Wednesday, the rail operator said.",
            "The line had been suspended on Saturday for track repairs that ended two days later.",
            "Emergency crews reached the scene at 4:15 p.m., a spokeswoman said.",
        ],
        "2026-11-20T22:00:00Z",
    )
    assert got["4:15 p.m."] == "2026-11-18T16:15"


def test_clock_time_after_a_past_perfect_sentence_in_its_paragraph() -> None:
    got = _values(
        [
            "Voters in Marlow queued for hours on Tuesday. The polling station had been moved on Friday to a school "
            "gym. Counting began at 10:30 p.m.",
        ],
        "2026-11-20T22:00:00Z",
    )
    assert got["10:30 p.m."] == "2026-11-17T22:30"


def test_chronological_account_keeps_carrying_its_day() -> None:
    got = _values(
        [
            "The missing hikers were found alive on Thursday, police said.",
            "On Tuesday, volunteers combed the ridge until dark.",
            "At 8 a.m., a helicopter joined the search.",
        ],
        "2026-11-20T22:00:00Z",
    )
    assert got["8 a.m."] == "2026-11-17T08:00"


def test_opening_day_phrase_read_with_its_past_perfect_clause() -> None:
    got = _values(
        [
            "A ferry ran aground off Kessel Point on Tuesday.",
            "On Sunday, the captain had been warned about the shoal.",
            "Coastguard boats arrived at 9:20 a.m.",
        ],
        "2026-11-20T22:00:00Z",
    )
    assert got["9:20 a.m."] == "2026-11-17T09:20"


def test_clock_time_in_a_quotation_is_on_the_day_it_was_said() -> None:
    from tests.helpers import analyzed

    art = analyzed(
        "Ferry service resumes on the Tarn.\n\n"
        '"The first boat left the pier at 7 a.m. and the second is due this afternoon," harbour master '
        "Iris Vane said on Monday.",
        "en",
        "2026-11-20T12:00:00Z",
    )
    got = {t.text: t.value for t in art.times}
    assert got["7 a.m."] == "2026-11-16T07:00"
    assert got["this afternoon"] == "2026-11-16TAF"


def test_clock_time_in_a_quotation_that_names_its_day_keeps_it() -> None:
    from tests.helpers import analyzed

    art = analyzed(
        '"On Sunday we closed the pier at 7 a.m.," harbour master Iris Vane said on Monday.', "en", "2026-11-20T12:00:00Z"
    )
    got = {t.text: t.value for t in art.times}
    assert got["7 a.m."] == "2026-11-15T07:00"


def test_forecast_sentences_in_other_words_align_and_conflict() -> None:
    from tests.helpers import compared_conflicts

    a = (
        "Factory output in Ostrava province rose 1.1% in September, the planning office said on Monday.\n\n"
        "Economists surveyed by the Morava Post had predicted an increase of 0.6%, after a flat August.\n\n"
        "Car makers led the gains, with output up 4.2%."
    )
    b = (
        "Ostrava province's factory output grew 1.1% in September, official figures showed on Monday.\n\n"
        "Analysts had expected growth of 0.8%.\n\n"
        "Output at car plants climbed 4.2%."
    )
    conflicts = compared_conflicts([a, b], "en")
    assert any(kind == "number" and {"a", "b"} <= set(v) and 0.6 in v["a"] and 0.8 in v["b"] for kind, v in conflicts), conflicts


def test_expectation_words_share_one_key() -> None:
    from parallax.compare.word_keys import word_key

    assert word_key("forecast") == word_key("expected") == word_key("predicted") == word_key("anticipated")
    assert word_key("economists") == word_key("analysts")
    assert word_key("growth") == word_key("increase") == word_key("rise")
    assert word_key("expected") != word_key("rise")


def test_person_of_a_figure_is_an_age() -> None:
    from tests.helpers import analyzed

    art = analyzed(
        "A man of 72 and his wife were rescued from the flat. A mother of two was also treated. "
        "The driver, a woman of 41, was arrested.",
        "en",
    )
    units = {(q.text, q.start): q.unit for q in art.quantities}
    text = art.text
    assert units[("72", text.index("72"))] == "(age)"
    assert units[("41", text.index("41"))] == "(age)"
    assert all(q.unit != "(age)" for q in art.quantities if q.text in ("two",))


def test_age_after_of_is_no_count_conflict() -> None:
    from tests.helpers import compared_conflicts

    a = "Flood in Teller\n\nOne of the drivers, a 67-year-old man, was airlifted to hospital in Teller on Sunday."
    b = "Teller flood\n\nThe oldest driver, a man of 67, was airlifted to hospital in Teller on Sunday."
    assert not [c for c in compared_conflicts([a, b], "en") if c[0] == "number"]


def test_two_names_of_one_state_are_no_place_conflict() -> None:
    from tests.helpers import compared_conflicts

    a = "Toy recall\n\nA toymaker is recalling 4,100 plastic drums sold in Britain because their sticks can splinter, the regulator said."
    b = "Drums recalled\n\nA toymaker is recalling 4,100 plastic drums sold in the United Kingdom because their sticks can splinter, the regulator said."
    assert not [c for c in compared_conflicts([a, b], "en") if c[0] == "place"]


def test_count_in_words_before_goals_is_a_count_not_a_bar() -> None:
    from tests.helpers import first_sentence_conflicts

    got = first_sentence_conflicts("Okafor scored seven goals in the cup run.", "Okafor scored 10 goals in the cup run.", "en")
    assert ("number", {"a": [7.0], "b": [10.0], "unit": "goal"}) in got


def test_target_in_words_still_a_bar() -> None:
    from parallax.compare.targets import benchmark

    text = "Inflation stayed below the two percent target."
    assert benchmark(text, "en", text.index("two"), text.index(" target"))


def test_name_then_an_indefinite_age_description_conflicts_across_facts() -> None:
    from tests.helpers import compared_conflicts

    a = (
        "Bus driver jailed\n\nA bus driver was jailed for six years on Friday for causing a crash that killed two cyclists.\n\n"
        "Gareth Pryce, 52, was convicted in September of causing death by dangerous driving."
    )
    b = (
        "Driver gets six years\n\nGareth Pryce, a 54-year-old bus driver, was jailed for six years on Friday after a crash that "
        "killed two cyclists.\n\nA jury convicted him in September."
    )
    got = [v for kind, v in compared_conflicts([a, b], "en") if kind == "number" and v.get("unit") == "age"]
    assert got and got[0]["a"] == [52.0] and got[0]["b"] == [54.0], got


def test_opening_word_then_an_indefinite_age_is_no_name() -> None:
    from parallax.compare.ages import named_age
    from tests.helpers import analyzed

    art = analyzed("However, a 45-year-old man was later arrested.", "en")
    ages = [q for q in art.quantities if q.unit == "(age)"]
    assert ages and named_age(art.text, ages[0], "en") is None


def test_month_before_a_joined_month_with_its_year_takes_that_year() -> None:
    got = _values(["The permits cover boats built between April and September this year."], "2026-11-20T10:00:00Z")
    assert got["April"] == "2026-04"
    got = _values(["The offer ran between October and January 2027."], "2026-11-20T10:00:00Z")
    assert got["October"] == "2026-10"


def test_structures_and_buildings_are_one_count() -> None:
    from tests.helpers import first_sentence_conflicts

    got = first_sentence_conflicts("In all, 27 buildings were destroyed.", "At least 35 structures have burned.", "en")
    assert ("number", {"a": [27.0], "b": [35.0], "unit": "building"}) in got, got
