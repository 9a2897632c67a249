"""Session 57 QA, European languages: the unnamed official who speaks for a body, written as the role and its body."""

from __future__ import annotations

import pytest

from tests.helpers import QA_PUBLISHED, quote_speakers, time_values

# one spokesperson of an invented rail operator, before and after the quotation, with either article
ROLE_OF_BODY = [
    ("fr", "« Les trains reprendront lundi », a déclaré un porte-parole de la Sorail.", "porte-parole de la Sorail"),
    ("fr", "« Les trains reprendront lundi », a indiqué une porte-parole de Ferrolis.", "porte-parole de Ferrolis"),
    ("fr", "Un porte-parole de la Sorail a déclaré : « Les trains reprendront lundi. »", "porte-parole de la Sorail"),
    ("de", "Ein Sprecher der Nordbahn sagte: „Die Züge fahren ab Montag wieder.“", "Sprecher der Nordbahn"),
    ("it", "Un portavoce di Ferrolinea ha detto: «I treni ripartiranno lunedì».", "portavoce di Ferrolinea"),
    ("it", "Il portavoce di Ferrolinea ha detto: «I treni ripartiranno lunedì».", "portavoce di Ferrolinea"),
    ("it", "Secondo un portavoce di Ferrolinea, «i treni ripartiranno lunedì».", "portavoce di Ferrolinea"),
    ("pt", "Um porta-voz da Ferrovia Sul disse: «Os comboios voltam na segunda-feira».", "porta-voz da Ferrovia Sul"),
    ("pt", "O porta-voz da Ferrovia Sul disse: «Os comboios voltam na segunda-feira».", "porta-voz da Ferrovia Sul"),
    ("es", "Un portavoz de Ferronorte dijo: «Los trenes volverán el lunes».", "portavoz de Ferronorte"),
    ("es", "El portavoz de Ferronorte dijo: «Los trenes volverán el lunes».", "portavoz de Ferronorte"),
    ("es", "Según el portavoz de Ferronorte, «los trenes volverán el lunes».", "portavoz de Ferronorte"),
    ("nl", "Een woordvoerder van de RLV zei: 'De treinen rijden maandag weer.'", "woordvoerder van de RLV"),
    ("nl", "'De treinen rijden maandag weer', zei de woordvoerder van de RLV.", "woordvoerder van de RLV"),
    ("pl", "„Pociągi ruszą w poniedziałek” – powiedział rzecznik prasowy Kolei Wschodnich.", "rzecznik prasowy Kolei Wschodnich"),
]


@pytest.mark.parametrize("lang,text,speaker", ROLE_OF_BODY)
def test_a_role_of_a_body_is_one_speaker_without_its_article(lang: str, text: str, speaker: str) -> None:
    assert quote_speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    "lang,text,speaker",
    [
        ("es", "La portavoz de Ferronorte, Ana Gil, dijo: «Los trenes volverán el lunes».", "Ana Gil"),
        ("fr", "« Les trains reprendront lundi », a déclaré la ministre des Transports, Claire Vidal.", "Claire Vidal"),
        ("pl", "„Pociągi ruszą w poniedziałek” – powiedział minister Jan Wierzbicki.", "Jan Wierzbicki"),
        ("it", "«I treni ripartiranno lunedì», ha scritto Il Corriere di Valdora.", "Il Corriere di Valdora"),
    ],
)
def test_a_named_holder_or_a_body_by_its_name_is_left_alone(lang: str, text: str, speaker: str) -> None:
    assert quote_speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    "lang,text,speaker",
    [
        ("fr", "« Les trains reprendront lundi », a déclaré un porte-parole de la Sorail jeudi soir.", "porte-parole de la Sorail"),
        ("fr", "« Les trains reprendront lundi », a déclaré la direction de la Sorail mardi.", "direction de la Sorail"),
    ],
)
def test_the_time_of_the_statement_is_no_part_of_its_speaker(lang: str, text: str, speaker: str) -> None:
    assert quote_speakers(text, lang) == [speaker]


# ---------------------------------------------------------------- dates and durations


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Bij een brand zijn donderdagavond twee werknemers gewond geraakt.", "donderdagavond", "2026-03-12TEV"),
        ("Bij de botsing zijn maandagochtend drie mensen gewond geraakt.", "maandagochtend", "2026-03-09TMO"),
        ("Bij de botsing zijn maandagochtend 12 mensen gewond geraakt.", "maandagochtend", "2026-03-09TMO"),
    ],
)
def test_a_dutch_day_and_its_part_before_a_count(text: str, expression: str, value: str) -> None:
    assert time_values(text, "nl", QA_PUBLISHED).get(expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Strażacy opanowali ogień po ośmiu godzinach.", "ośmiu godzinach", "PT8H"),
        ("Po dwóch dniach ogień ugaszono.", "dwóch dniach", "P2D"),
        ("Od trzech dni trwa strajk kolejarzy.", "trzech dni", "P3D"),
    ],
)
def test_a_polish_duration_with_its_number_in_a_case(text: str, expression: str, value: str) -> None:
    assert time_values(text, "pl", QA_PUBLISHED).get(expression) == value


# ---------------------------------------------------------------- parties as speakers


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Liberal Democrats", "Lib Dems", True),
        ("Social Democrats", "Social Democratic Party", True),
        ("die Sozialdemokraten", "the Social Democrats", True),
        ("les socialistes", "los socialistas", True),
        ("Social Democrats", "Christian Democrats", False),
        ("Ana Verdes", "Paulo Verdes", False),  # a person whose surname is a party's word is no party
    ],
)
def test_two_names_of_one_party_are_one_speaker(a: str, b: str, same: bool) -> None:
    from parallax.compare.speakers import person_match

    assert person_match(a, b) is same
