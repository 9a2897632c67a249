"""Session 59 QA of European-language reports (Polish, Dutch, German, Italian ...): invented texts."""

from __future__ import annotations

import pytest

from parallax.records import Article
from parallax.stories.article_text import sentences_of
from tests.helpers import analyzed, compared_conflicts


def _roles(text: str, lang: str) -> list[tuple[str, str | None]]:
    from parallax.compare.roles import role

    art = analyzed(text, lang)
    return [(q.text, role(art.text, q)) for q in art.quantities]


# --- Dutch "omkomen" split around its count ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bij de brand in de schuur van Veldhoven kwamen 140 varkens om.",
        "Zeventien mensen kwamen bij de overstroming in Drunenburg om, meldt de gemeente.",
        "De storm, waarbij 23 mensen omkwamen, raasde over de kust.",
    ],
)
def test_dutch_separable_omkomen_counts_the_dead(text: str) -> None:
    assert [r for _, r in _roles(text, "nl")] == ["dead"]


@pytest.mark.parametrize(
    "text",
    [
        "Er kwamen 300 bezoekers naar het plein om te kijken.",
        "Het ging om 140 varkens uit de schuur.",
    ],
)
def test_dutch_om_that_is_no_particle_counts_no_dead(text: str) -> None:
    assert "dead" not in [r for _, r in _roles(text, "nl")]


def test_dutch_split_omkomen_meets_another_outlets_toll() -> None:
    conflicts = compared_conflicts(
        [
            "Twaalf mensen kwamen bij de ramp in Drunenburg om. Drie mensen raakten gewond.",
            "Bij de ramp in Drunenburg zijn veertien mensen omgekomen. Drie mensen raakten gewond.",
        ],
        "nl",
    )
    assert ("number", {"a": [12.0], "b": [14.0], "unit": "mensen"}) in conflicts


# --- German ordinal day before a month in the light split ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Die Abstimmung im Rat von Ostervelde findet am 3. Nov. statt. Der Bürgermeister schwieg.",
            "Die Abstimmung im Rat von Ostervelde findet am 3. Nov. statt.",
        ),
        ("Am 14. Okt. 2026 wählt Ostervelde einen Rat. Der Bürgermeister schwieg.", "Am 14. Okt. 2026 wählt Ostervelde einen Rat."),
        ("Die Brücke wurde am 21. März eröffnet. Der Bürgermeister schwieg.", "Die Brücke wurde am 21. März eröffnet."),
    ],
)
def test_german_ordinal_day_before_a_month_ends_no_sentence(text: str, first: str) -> None:
    got = sentences_of(Article(id="x", text=text, language="de"))
    assert got == [first, "Der Bürgermeister schwieg."]


def test_a_sentence_ending_on_a_figure_before_a_noun_still_ends() -> None:
    got = sentences_of(Article(id="x", text="Die Zahl der Toten stieg auf 12. Retter suchen weiter.", language="de"))
    assert got == ["Die Zahl der Toten stieg auf 12.", "Retter suchen weiter."]


# --- an adverb or conjunction opening a sentence is no part of the name after it -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Il sindaco Carlo Venturelli ha detto: «Riapriremo il ponte». Poi Venturelli ha aggiunto: «Non ci sono rischi».",
            "it",
            "Carlo Venturelli",
        ),
        (
            "Bürgermeisterin Hanne Sellmer sagte: „Die Brücke bleibt zu.“ Dann Sellmer fügte hinzu: „Wir prüfen alles.“",
            "de",
            "Hanne Sellmer",
        ),
    ],
)
def test_opening_adverb_is_no_part_of_the_speakers_name(text: str, lang: str, speaker: str) -> None:
    art = analyzed(text, lang)
    assert [q.speaker for q in art.quotes] == [speaker, speaker]
    assert not any(e.text.split()[0] in ("Poi", "Dann") for e in art.entities)


def test_a_name_that_is_no_adverb_keeps_its_first_word() -> None:
    art = analyzed("Ieri Dario Ombretti ha parlato. Secondo Ombretti il ponte è sicuro. Elena Ora ha risposto.", "it")
    assert "Dario Ombretti" in [e.text for e in art.entities]


# --- Polish "Według <role in the genitive>, „...”" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Według rzecznika PKM, „autobusy pojadą normalnie od poniedziałku”.", "rzecznik PKM"),
        ("Według rzeczniczki ratusza, „most zostanie otwarty w piątek”.", "rzeczniczka ratusza"),
        ("Według ministra zdrowia, „szpitale w Dębnicy są gotowe”.", "minister zdrowia"),
        ("Według burmistrza, „szkoła w Dębnicy zostanie zamknięta”.", "burmistrz"),
    ],
)
def test_polish_role_after_wedlug_is_the_speaker_in_its_base_form(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyzed(text, "pl").quotes] == [speaker]


def test_polish_role_after_wedlug_is_the_person_the_report_named_with_it() -> None:
    text = (
        "Rzeczniczka ratusza Alicja Kosmala zapowiedziała zmiany w Dębnicy. Według rzeczniczki ratusza, „most zostanie otwarty w piątek”."
    )
    assert [q.speaker for q in analyzed(text, "pl").quotes] == ["Alicja Kosmala"]


def test_polish_wedlug_data_names_no_role() -> None:
    assert [q.speaker for q in analyzed("Według danych ratusza, „most jest bezpieczny”.", "pl").quotes] == [None]


# --- Dutch "vrijdag acht uur": a time of day, unless the clause tells how long -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De staking bij de haven van Drunenburg begon vrijdag acht uur.", "2026-02-27T08:00"),
        ("Vrijdag om acht uur vertrok de laatste veerboot.", "2026-02-27T08:00"),
        ("Het overleg in Drunenburg duurde vrijdag acht uur.", "PT8H"),
        ("Na vrijdag acht uur onderhandelen kwam er een akkoord.", "PT8H"),
        ("De politie hield de verdachte vrijdag acht uur vast.", "PT8H"),
        ("De gesprekken duurden acht uur lang.", "PT8H"),
    ],
)
def test_dutch_hour_in_words_after_a_weekday(text: str, value: str) -> None:
    from tests.helpers import resolved

    assert resolved("nl", text, "2026-03-05")["acht uur"] == value
