"""Wire datelines with the place in ordinary case and the credits that close an article ("Tekst: ...",
"Reporting by ...; Editing by ...", "Avec AFP"): neither is a fact of the report.  The traps are
first and last sentences of real reporting that look like them and must stay.  All texts are invented."""

from __future__ import annotations

import pytest

from parallax.ingest.bylines import byline_reason
from parallax.ingest.clean import clean_paragraphs, split_paragraphs
from parallax.ingest.datelines import split_dateline

_BODY = "Strażacy opanowali w nocy pożar lasu w Puszczy Noteckiej."
_MORE = "Dwóch strażaków trafiło do szpitala z objawami zatrucia dymem."


# --- datelines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("para", "place", "agency", "rest"),
    [
        ("Екатеринбург. 18 марта. INTERFAX-REGION - Суд вынес приговор.", "Екатеринбург", "INTERFAX-REGION", "Суд вынес приговор."),
        ("Самара, 2 апреля. ИНТЕРФАКС-ПОВОЛЖЬЕ - Мост закрыли.", "Самара", "ИНТЕРФАКС-ПОВОЛЖЬЕ", "Мост закрыли."),
        ("Ужгород, 8 липня. /Укрінформ-Захід/. Рятувальники загасили пожежу.", "Ужгород", "Укрінформ-Захід", "Рятувальники загасили пожежу."),
        ("УЖГОРОД, 8 липня /Укрінформ/. Рятувальники загасили пожежу.", "УЖГОРОД", "Укрінформ", "Рятувальники загасили пожежу."),
        ("Warszawa, 12 marca (PAP) - Strażacy gasili pożar.", "Warszawa", "PAP", "Strażacy gasili pożar."),
        ("Madrid, 3 mar (EFE).- El Gobierno aprobó el plan.", "Madrid", "EFE", "El Gobierno aprobó el plan."),
        ("Paris, 4 mars 2026 (AFP) - Le gouvernement a annoncé.", "Paris", "AFP", "Le gouvernement a annoncé."),
        ("Paris, 4 mars (AFP). Le gouvernement a annoncé.", "Paris", "AFP", "Le gouvernement a annoncé."),
        ("Berlin (dpa) - Die Regierung hat beschlossen.", "Berlin", "dpa", "Die Regierung hat beschlossen."),
        ("Nowy Sącz (PAP) - Rzeka wylała.", "Nowy Sącz", "PAP", "Rzeka wylała."),
        ("St. Louis (AP) - The river rose.", "St. Louis", "AP", "The river rose."),
    ],
)
def test_datelines_with_the_place_in_ordinary_case(para, place, agency, rest):
    d = split_dateline(para)
    assert d is not None and (d.place, d.agency, d.after.strip()) == (place, agency, rest)


@pytest.mark.parametrize(
    "para",
    [
        "Olaf Scholz (SPD). Der Kanzler sagte am Montag, er bleibe.",  # a party, closed by a full stop, no date
        "Anna Schmidt (Grüne). Sie stimmte dagegen.",
        "Real Madrid CF - Barcelona endete torlos.",  # capitals without brackets only after a date
        "Jan Kowalski. PO - Platforma Obywatelska traci poparcie.",
        "Berlin. Die Regierung hat am Montag beschlossen.",
        "Москва. 18 марта суд вынес приговор.",
        "Екатеринбург. 18 марта. Суд вынес приговор.",  # a date but no agency
        "Paris, 4 mars. Le gouvernement a annoncé.",
        "Berlin 12 Tage. NATO - Nichts geht mehr.",  # "Tage" is no month
        "Kowalski, 12 marca. To był dzień.",
    ],
)
def test_sentences_that_look_like_datelines_stay(para):
    assert split_dateline(para) is None


def test_an_ordinary_case_dateline_goes_to_the_dateline_field():
    cleaned = clean_paragraphs(["Екатеринбург. 18 марта. INTERFAX-REGION - Суд вынес приговор.", "Его осудили."])
    assert cleaned.dateline == "Екатеринбург (INTERFAX-REGION)" and cleaned.dateline_offset == 0
    assert cleaned.text == "Суд вынес приговор.\n\nЕго осудили."


# --- closing credits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Tekst: Katarzyna Lis",
        "Tekst i zdjęcia: Katarzyna Lis",
        "Mitarbeit: Jonas Berg",
        "Autor: Jan Kowalski, Anna Nowak",
        "Автор: Ирина Соколова",
        "Texte et photos : Anne Roy",
        "Reporting by Anna Smith; Editing by Tom Brown",
        "(Reporting by Anna Smith in Kyiv and Tom Reed in Moscow; Writing by Jan Roe; Editing by Tom Brown)",
        "(Additional reporting by Jan Roe)",
        "Avec AFP",
        "(avec AFP et Reuters)",
        "With AP",
        "Con información de EFE",
        "Con información de EFE y Europa Press.",
        "Con información de agencias",
        "Com informações da Lusa",
        "Mit Material von dpa",
    ],
)
def test_a_closing_credit_is_not_text(credit):
    cleaned = clean_paragraphs([_BODY, _MORE, credit])
    assert cleaned.text == f"{_BODY}\n\n{_MORE}" and cleaned.removed == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Reuters showed that the minister lied.",
        "Reporting by the BBC",
        "Sieger: Anna Schmidt",  # a label that names no author is a fact
        "Text: Das Gesetz gilt ab Montag.",
        "Mit Erfolg.",
        "With Trump.",
        "Avec le temps.",
        "Con ellos.",
        "Con información de la Policía de que el sospechoso huyó.",
    ],
)
def test_a_last_sentence_that_looks_like_a_credit_stays(line):
    assert byline_reason(line, "last") is None
    assert clean_paragraphs([_BODY, line]).text == f"{_BODY}\n\n{line}"


def test_a_credit_is_removed_only_at_the_end():
    credit = "Reporting by Anna Smith; Editing by Tom Brown"
    assert clean_paragraphs([_BODY, credit, _MORE]).text == f"{_BODY}\n\n{credit}\n\n{_MORE}"


def test_a_credit_on_the_last_line_of_the_last_block_is_its_own_paragraph():
    text = f"{_BODY}\n\n{_MORE}\nReporting by Olena Marchuk; Editing by Tom Reed"
    assert split_paragraphs(text)[-2:] == [_MORE, "Reporting by Olena Marchuk; Editing by Tom Reed"]
    # a hard-wrapped sentence whose last line only looks like a credit stays whole
    assert split_paragraphs(f"{_BODY}\n\nLe ministre est parti\navec AFP")[-1] == "Le ministre est parti avec AFP"
