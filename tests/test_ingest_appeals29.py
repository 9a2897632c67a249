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
