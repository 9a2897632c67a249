"""Page furniture the demo corpus still showed as facts of one outlet (all invented text): a caption block whose
class names it in the template's own language (German "bildunterschrift", also Swedish "bildtext", Dutch
"onderschrift", Italian "didascalia", Spanish "pie-de-foto") was kept beside the lead image with its credit, and a
line filing the story under its topics ("Topics: Baltic states", "Themen: Ostsee, Energie") stayed in the text as a
fact, as "Tags:" lines did not."""

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


@pytest.mark.parametrize("line", ["Topics: Baltic states", "Themen: Ostsee, Energie", "Temas: Energía, Unión Europea", "Темы: Балтика, энергетика"])
def test_a_topics_line_is_dropped(line: str) -> None:
    cleaned = clean_paragraphs(split_paragraphs(f"{BODY}\n\n{MORE}\n\n{line}"))
    assert cleaned.text == f"{BODY}\n\n{MORE}"


def test_a_sentence_about_topics_stays() -> None:
    line = "Themen wie Energie und Sicherheit sollen beim nächsten Treffen im Mai im Mittelpunkt stehen."
    cleaned = clean_paragraphs(split_paragraphs(f"{BODY}\n\n{line}\n\n{MORE}"))
    assert line in cleaned.text
