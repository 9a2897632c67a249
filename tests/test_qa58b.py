"""QA round 58b: reports in Italian, Polish, Dutch and French (invented texts), alone or beside an English one."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, mixed_conflicts, quote_speakers, time_values


# ---------------------------------------------------------------- a Romance office, its portfolio, then the holder
@pytest.mark.parametrize(
    "lang,text",
    [
        ("it", "L'assessore all'Interno Tomás Bellver ha detto: «La situazione nel quartiere è sotto controllo»."),
        ("it", "L'assessore Tomás Bellver ha detto: «La situazione nel quartiere è sotto controllo»."),
        ("it", "L'assessore all'Interno Tomás Bellver ha detto che «la situazione nel quartiere è sotto controllo»."),
        ("fr", "Le ministre de l'Intérieur Tomás Bellver a déclaré : « La situation dans le quartier est sous contrôle »."),
    ],
)
def test_holder_after_a_romance_office_and_portfolio_speaks(lang: str, text: str) -> None:
    assert quote_speakers(text, lang) == ["Tomás Bellver"]


def test_the_portfolio_is_no_part_of_the_holders_name() -> None:
    art = analyzed("L'assessora alla Mobilità Ilaria Fontanesi ha presentato il piano ieri in consiglio comunale.", "it")
    assert "Ilaria Fontanesi" in [e.text for e in art.entities if e.label in ("PER", "PERSON")]
    assert not any("Mobilità Ilaria" in e.text for e in art.entities)


# ---------------------------------------------------------------- Polish "według" (according to) a role of a body
def test_wedlug_a_spokesman_of_a_body_named_by_acronym_then_his_name() -> None:
    text = "Według rzecznika PKS Tomasza Wilczyńskiego „autobusy wrócą na trasę w poniedziałek rano”."
    assert quote_speakers(text, "pl") == ["Tomasz Wilczyński"]


def test_wedlug_a_spokesman_then_his_name_in_the_genitive_is_the_person_not_a_body() -> None:
    text = "Według rzecznika Tomasza Wilczyńskiego, „autobusy wrócą na trasę w poniedziałek rano”."
    assert quote_speakers(text, "pl") == ["Tomasz Wilczyński"]


# ---------------------------------------------------------------- an hour of the clock written in words keeps its day
@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("nl", "De brand in de loods brak donderdagavond acht uur uit.", {"acht uur": "2026-03-12T20:00"}),
        (
            "nl",
            "De brand in de loods brak donderdagavond om acht uur uit.",
            {"donderdagavond": "2026-03-12TEV", "acht uur": "2026-03-12T20:00"},
        ),
        ("nl", "De zitting begon gisterochtend tien uur.", {"gisterochtend": "2026-03-13TMO", "tien uur": "2026-03-13T10:00"}),
        ("de", "Das Feuer brach am Donnerstagabend um acht Uhr aus.", {"Donnerstagabend": "2026-03-12TEV", "acht Uhr": "2026-03-12T20:00"}),
        ("fr", "Le feu a pris jeudi soir à huit heures.", {"jeudi soir": "2026-03-12TEV", "huit heures": "2026-03-12T20:00"}),
    ],
)
def test_an_hour_in_words_is_a_time_of_its_day(lang: str, text: str, expected: dict[str, str]) -> None:
    assert time_values(text, lang, "2026-03-14") == expected


@pytest.mark.parametrize(
    "lang,text,length",
    [
        ("nl", "Het overleg over de loods duurde acht uur.", "acht uur"),
        ("nl", "Het overleg duurde donderdag acht uur lang.", "acht uur"),
        ("fr", "Le village sinistré est à deux heures de Lyon.", "deux heures"),
        ("fr", "Les pompiers ont lutté pendant huit heures.", "huit heures"),
    ],
)
def test_a_length_in_hours_stays_a_length(lang: str, text: str, length: str) -> None:
    assert time_values(text, lang, "2026-03-14")[length].startswith("PT")


# ---------------------------------------------------------------- a count's noun the French parse tagged an adverb
def test_a_count_keeps_the_noun_the_parse_tagged_an_adverb_and_conflicts_across_languages() -> None:
    conflicts = mixed_conflicts(
        ("fr", "Des émeutiers ont attaqué 90 magasins dans le centre de Roubaix mardi soir."),
        ("en", "Rioters attacked 120 shops in central Roubaix on Tuesday evening."),
    )
    assert ("number", {"a": [90.0], "b": [120.0], "unit": "shop"}) in conflicts


def test_a_manner_adverb_after_a_count_still_is_no_noun() -> None:
    art = analyzed("Il y a eu 12 blessés, dont 3 gravement, lors des émeutes de mardi.", "fr")
    assert [q.unit for q in art.quantities if q.value == 3.0] == [None]


# ---------------------------------------------------------------- a Dutch toll of animals against an English one
def test_a_dutch_toll_in_the_past_of_sterven_conflicts_with_an_english_one() -> None:
    conflicts = mixed_conflicts(
        ("nl", "Bij de stalbrand in Heino stierven dinsdag 200 koeien."),
        ("en", "Some 350 cows died in a barn fire in Heino on Tuesday."),
    )
    assert ("number", {"a": [200.0], "b": [350.0], "unit": "cattle"}) in conflicts
