"""The share bar's label left alone on its line is dropped in the languages whose label had stayed in the text as a
fact of one outlet ("Podeli vest", "Udostępnij", "Del", "Κοινοποίηση"); a sentence that opens with the same word
stays.  Invented lines."""

from __future__ import annotations

import pytest

from parallax.ingest.clean import clean_paragraphs

_BODY = ["Tri osobe su poginule u utorak u sudaru dva automobila kod Niša.", "Policija je saopštila da istraga traje."]
_AFTER = "Vozač drugog automobila je povređen."


@pytest.mark.parametrize(
    "label",
    ["Delen", "Udostępnij", "Sdílet", "Zdieľať", "Podijeli", "Podeli vest", "Подели вест", "Deli novico", "Сподели",
     "Поделиться", "Поділитися", "Megosztás", "Paylaş", "Κοινοποίηση", "Dela", "Del", "Jaa", "Jaga", "Comparteix",
     "Partilhar"],
)
def test_a_share_label_alone_is_dropped(label: str) -> None:
    text = clean_paragraphs([*_BODY, label, _AFTER]).text
    assert label not in text and _AFTER in text


@pytest.mark.parametrize(
    "line",
    ["Delen van de stad zijn overstroomd.", "Dela av staden stängdes i natt.", "Del av veien er stengt.", "Jaa, sanoi hän."],
)
def test_a_sentence_opening_with_the_word_stays(line: str) -> None:
    assert line in clean_paragraphs([*_BODY, line, _AFTER]).text
