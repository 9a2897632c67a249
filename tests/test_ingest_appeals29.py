"""The outlet's appeals for support: one phrase table (:mod:`parallax.ingest.appeals`) read by the three places
that recognise them, each with its own reach; and the extraction's general fixes of this round."""

from __future__ import annotations

import pytest

from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.line_filters import line_reason
from parallax.ingest.reader_address import reader_address_reason

# ------------------------------------------------------------------ one table, three reaches


@pytest.mark.parametrize(
    "paragraph",
    [
        "Unterstütze das Dorfblatt schon mit 3 Euro!",  # an amount closing the appeal
        "Support us with just £4.",
        "Soutenez-nous avec 5 € par mois.",
        "Die Zeitung ist werbefrei. Unterstützen Sie unsere Arbeit und abonnieren Sie das Heft ab 20 Euro im Jahr!",
        "Apoya nuestro periodismo independiente.",
        "Back our newsroom today.",
        "Podpořte nás, prosím.",
    ],
)
def test_an_appeal_in_any_language_of_the_table_is_furniture_anywhere(paragraph: str) -> None:
    assert boilerplate_reason(paragraph) == "appeal for support"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Support for the plan fell to 40 percent with 3.",
        "Apoya con 12 votos la moción el grupo municipal.",  # Spanish verb-first reporting: no amount last
        "The mayor asked residents to support our local shops with 10 percent off.",
        "Many readers back our reporting, the editor said in a note to staff last year.",  # not the imperative
        "Unterstützt wurde das Projekt mit 50.000 Euro von der Stadt.",
        "He came back with 2.",
    ],
)
def test_reporting_with_the_words_of_an_appeal_stays(paragraph: str) -> None:
    assert boilerplate_reason(paragraph) is None


@pytest.mark.parametrize(
    "line",
    [
        "Wesprzyj nas",  # line start: the "us" phrases of every language of the table
        "Поддержите нас",
        "Soutenez-nous !",
        "Sostieni Radiolibera!",  # the outlet's name alone, in a language whose imperative is no noun
        "Werde Mitglied",
        "Devenez membre",
    ],
)
def test_an_appeal_opening_a_page_line_is_furniture(line: str) -> None:
    assert line_reason(line) in ("promotion", "appeal for support")


def test_an_english_heading_with_the_imperative_stays() -> None:
    assert line_reason("Support Groups") is None  # "Support" is a noun too: the name rule is for the others
    assert line_reason("Apoya la propuesta el 60 por ciento de los vecinos.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Sostieni il nostro giornalismo.",  # the edge's imperatives and what they ask for, from the one table
        "Apoie o nosso trabalho.",
        "Sosténganos con una aportación.",
        "Support the Ferry Courier",
    ],
)
def test_the_edges_appeal_reads_the_table(line: str) -> None:
    assert reader_address_reason(line) == "reader address"


def test_back_with_a_name_at_the_edge_stays() -> None:
    assert reader_address_reason("Back To School") is None


def test_the_three_places_read_one_table() -> None:
    from parallax.ingest import appeals, boilerplate, line_filters, reader_address

    assert boilerplate._SUPPORT_US is appeals.SUPPORT_US
    assert line_filters.APPEAL_START is appeals.APPEAL_START
    assert reader_address.SUPPORT_NAME is appeals.SUPPORT_NAME


# ------------------------------------------------------------------ the writer's address in a metadata row


@pytest.mark.parametrize(
    "line",
    [
        "Marta Olivo molivo@example.net | Jueves 3 marzo, 2022",
        "Jane Roe jane.roe@example.com | May 5, 2026",
        "Por Ana Ruiz, aruiz@example.org | 22 abril, 2022",
    ],
)
def test_a_byline_with_the_writers_address_and_a_date_is_metadata(line: str) -> None:
    assert line_reason(line) == "page metadata"


@pytest.mark.parametrize(
    "line",
    [
        "Complaints went to help@example.com | the council said it had answered them all by May 5, 2026",
        "Write to the editor at letters@example.com.",
    ],
)
def test_a_sentence_with_an_address_stays(line: str) -> None:
    from parallax.ingest.date_lines import is_metadata_row

    assert not is_metadata_row(line)


# ------------------------------------------------------------------ the outlet's question to the reader closing the text


@pytest.mark.parametrize(
    "line",
    [
        "Kennt ihr schon unseren Stoffkompass?",
        "Do you already know our shop finder?",
        "Vous connaissez déjà notre carte des marchés ?",
    ],
)
def test_a_question_about_something_of_the_outlets_the_reader_may_already_know_is_a_reader_address(line: str) -> None:
    assert reader_address_reason(line) == "reader address"


def test_a_question_to_the_reader_without_already_stays() -> None:
    assert reader_address_reason("Do you remember our old school?") is None


def test_a_closing_note_opening_on_that_question_is_a_house_note() -> None:
    note = "Kennt ihr schon unseren Stoffkompass? Ihr sucht noch mehr Wollmode? Dort findet ihr alle Labels auf einen Klick."
    assert line_reason(note, is_last=True) == "house note"
    report = "Have you already met our new mayor? She took office on Monday and met the council at noon."
    assert line_reason(report, is_last=True) is None  # the sentences after it do not turn to the reader


def test_the_closing_note_leaves_the_page() -> None:
    from parallax.ingest.extract import clean_lines

    body = [
        "Die Strickerei am Hafen hat im Winter zwölf neue Modelle aus Wolle von Schafen aus der Region vorgestellt.",
        "Die Preise liegen zwischen 80 und 160 Euro, sagte die Inhaberin bei der Vorstellung am Freitag.",
    ]
    note = "Kennt ihr schon unseren Stoffkompass? Ihr sucht noch mehr Wollmode? Dort findet ihr alle Labels auf einen Klick."
    assert clean_lines("\n".join([*body, note])) == body
