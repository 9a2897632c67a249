"""Page furniture the demo corpus still showed as facts of one outlet (all invented text): a caption block whose
class names it in the template's own language (German "bildunterschrift", also Swedish "bildtext", Dutch
"onderschrift", Italian "didascalia", Spanish "pie-de-foto") was kept beside the lead image with its credit, and a
line filing the story under its topics ("Topics: Baltic states", "Themen: Ostsee, Energie") stayed in the text as a
fact, as "Tags:" lines did not; and a byline run on with its time stamp by a dash, "Par Claire Fontaine – Publié le
11 mars 2026 à 11h45", was no metadata row (a bar or a dot was)."""

from __future__ import annotations

import pytest

from parallax.ingest.clean import clean_paragraphs, split_paragraphs
from parallax.ingest.extract import parse
from parallax.ingest.page_furniture import drop_captions

BODY = "Die Energieminister der Ostseestaaten haben am Dienstag in Tallinn einen gemeinsamen Fonds vereinbart."
MORE = "Der Fonds soll Reparaturen an beschädigten Kabeln schneller bezahlen, sagte die estnische Ministerin."
CAPTION = "Ein Kabelverlegeschiff vor der estnischen Küste (Archivbild). Foto: Rundschau-Archiv"


def _text(tree) -> str:
    return " ".join(next(tree.iter("body")).text_content().split())


@pytest.mark.parametrize("cls", ["bildunterschrift", "artikel-bildunterschrift", "bildtext", "onderschrift", "didascalia", "pie-de-foto"])
def test_a_caption_named_in_the_templates_language_is_dropped(cls: str) -> None:
    tree = parse(
        f"<html><body><article><h1>Fonds für Ostseekabel</h1><div class='artikel-bild'><p class='{cls}'>{CAPTION}</p></div>"
        f"<div class='artikel-text'><p>{BODY}</p><p>{MORE}</p></div></article></body></html>"
    )
    drop_captions(tree)
    text = _text(tree)
    assert "Kabelverlegeschiff" not in text and BODY in text and MORE in text


def test_a_block_whose_class_only_contains_the_word_stays() -> None:
    tree = parse(f"<html><body><div class='bildunterschrift-galerie-wrapper'><p>{BODY}</p></div></body></html>")
    drop_captions(tree)
    assert BODY in _text(tree)


@pytest.mark.parametrize(
    "line", ["Topics: Baltic states", "Themen: Ostsee, Energie", "Temas: Energía, Unión Europea", "Темы: Балтика, энергетика"]
)
def test_a_topics_line_is_dropped(line: str) -> None:
    cleaned = clean_paragraphs(split_paragraphs(f"{BODY}\n\n{MORE}\n\n{line}"))
    assert cleaned.text == f"{BODY}\n\n{MORE}"


def test_a_sentence_about_topics_stays() -> None:
    line = "Themen wie Energie und Sicherheit sollen beim nächsten Treffen im Mai im Mittelpunkt stehen."
    cleaned = clean_paragraphs(split_paragraphs(f"{BODY}\n\n{line}\n\n{MORE}"))
    assert line in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Par Claire Fontaine – Publié le 11 mars 2026 à 11h45",
        "By Jane Doe — Updated March 3, 2026",
        "Von Katrin Vogel – 03.03.2026, 19:05 Uhr",
    ],
)
def test_a_byline_and_its_time_stamp_joined_by_a_dash_are_a_metadata_row(line: str) -> None:
    from parallax.ingest.date_lines import is_metadata_row

    assert is_metadata_row(line)


@pytest.mark.parametrize("line", ["The vote – held on May 5, 2026 – was close.", "Paris – 11 mars 2026", "11 mars 2026 – 12 mars 2026"])
def test_a_sentence_or_a_period_with_dashes_is_no_metadata_row(line: str) -> None:
    from parallax.ingest.date_lines import is_metadata_row

    assert not is_metadata_row(line)
