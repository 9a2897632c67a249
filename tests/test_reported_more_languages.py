"""Reported speech ("X said that ...") in languages read by cue patterns, with the speaker's title left out,
and Romanian names that open with Ș or Ț."""

import pytest

import parallax
from parallax.records import Article


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    article = parallax.analyze([Article(id="t", text=text, language=language, published="2026-03-14")])[0]
    return [(q.text, q.speaker) for q in article.quotes]


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("ro", "Ministrul Ioana Popescu a spus că ancheta continuă.", "ancheta continuă", "Ioana Popescu"),
        ("ca", "L'alcalde Jaume Collboni va dir que l'ajuntament no canviarà de postura.", "l'ajuntament no canviarà de postura",
         "Jaume Collboni"),
        ("el", "Ο υπουργός Νίκος Δένδιας δήλωσε ότι η κυβέρνηση δεν θα υποχωρήσει.", "η κυβέρνηση δεν θα υποχωρήσει", "Νίκος Δένδιας"),
        ("id", "Kapolri Listyo Sigit mengatakan bahwa penyelidikan masih berlangsung.", "penyelidikan masih berlangsung", "Listyo Sigit"),
        ("et", "Peaminister Kristen Michal ütles, et valitsus ei muuda oma otsust.", "valitsus ei muuda oma otsust", "Kristen Michal"),
        ("sv", "Statsminister Ulf Kristersson sa att regeringen inte kommer att ändra sig.", "regeringen inte kommer att ändra sig",
         "Ulf Kristersson"),
        ("da", "Statsminister Mette Frederiksen sagde, at regeringen ikke vil ændre kurs.", "regeringen ikke vil ændre kurs",
         "Mette Frederiksen"),
        ("no", "Statsminister Jonas Gahr Støre sa at regjeringen ikke vil endre kurs.", "regjeringen ikke vil endre kurs", "Jonas Gahr Støre"),
    ],
)
def test_reported_speech_is_a_quotation_of_its_speaker(language, text, quote, speaker):
    assert (quote, speaker) in _quotes(text, language)


def test_a_romanian_name_may_open_with_s_or_t_comma():
    text = "„Situația este sub control”, a declarat Ștefan Țurcanu, purtătorul de cuvânt al pompierilor."
    assert _quotes(text, "ro") == [("Situația este sub control", "Ștefan Țurcanu")]


def test_a_greek_article_is_no_title():
    """'Ο Ερυθρός Σταυρός' (the Red Cross) is no person for its article."""
    article = parallax.analyze([Article(id="t", text="Ο Ερυθρός Σταυρός έστειλε βοήθεια στο νησί.", language="el")])[0]
    assert all(e.label != "PER" for e in article.entities)
