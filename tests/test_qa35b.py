"""QA of the comparison on event kinds not tried before (a transfer, a recall, a release, a protest, a
wildfire): the rules their reports showed wanting.  Invented sentences, written as the press writes them."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities.labels import years_of_age
from tests.helpers import resolved


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El jugador, de 24 años, firmará un contrato por cuatro temporadas."),
        ("pt", "O jogador, de 24 anos, assinou um contrato de cinco temporadas."),
        ("it", "L'attaccante, 24 anni, ha firmato fino al 2031."),
        ("fr", "L'otage, 24 ans, a été libéré mardi."),
        ("es", "El detenido, de 24 años, pasará hoy a disposición judicial."),
    ],
)
def test_the_age_of_a_person_named_by_their_part_is_no_span(lang: str, text: str) -> None:
    """ "El jugador, de 24 años," is the player's age: read as a span of 24 years it conflicted with a five-year contract."""
    assert "P24Y" not in resolved(lang, text, "2026-11-20").values()
    start = text.index("24")
    assert years_of_age(text, start, start + 2)


def test_a_contract_of_years_stays_a_span() -> None:
    assert "P5Y" in resolved("es", "El contrato, de 5 años, vence en 2031.", "2026-11-20").values()


def test_a_deadline_inside_a_quotation_is_not_dated_by_the_verb_that_reports_it() -> None:
    """The reporting verb ("told") tells when it was said; the quotation's own future ("expect") places the month."""
    text = (
        '"A stall is a serious risk, and we expect Toyota to repair every affected car by the end of March," '
        "ministry official Kenji Watanabe told reporters."
    )
    assert resolved("en", text, "2026-11-20")["the end of March"] == "2027-03"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The ministry said Toyota had to repair the cars by the end of March.", "2026-03"),
        ("en", '"We met in March and talked," he said.', "2026-03"),
        ("de", "„Wir haben uns im März getroffen“, sagte er.", "2026-03"),
    ],
)
def test_a_quotation_with_no_cue_of_its_own_keeps_the_sentence_tense(lang: str, text: str, value: str) -> None:
    assert value in resolved(lang, text, "2026-11-20").values()


def test_a_participle_after_a_determiner_is_no_past_tense() -> None:
    """ "every affected car" is an adjective: it made "by the end of March" a past March."""
    text = "Toyota will repair every affected car by the end of March."
    assert resolved("en", text, "2026-11-20")["the end of March"] == "2027-03"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Fe de erratas: una versión anterior de esta noticia indicaba que el jugador tenía 23 años.",
        "Aclaración: el club no confirmó la cifra.",
        "Errata corrige: nella versione precedente l'età era sbagliata.",
        "Esclarecimento: uma versão anterior indicava 40 milhões.",
        "Retificação: o jogador tem 24 anos.",
    ],
)
def test_a_correction_note_under_its_label_is_no_fact(paragraph: str) -> None:
    """The note corrects the outlet's own earlier figure: kept, it stood as a fact only one report had."""
    from parallax.ingest.notes import note_reason

    assert note_reason(paragraph, is_last=True) == "correction note"


def test_a_sentence_that_opens_with_a_clarifying_word_is_kept() -> None:
    from parallax.ingest.notes import note_reason

    assert note_reason("La aclaración del club llegó el martes por la tarde.") is None


@pytest.mark.parametrize(
    "text",
    [
        'وقالت كلير دومون، إحدى المفرج عنهم: "لم نفقد الأمل أبداً".',
        'وقال خالد العمري، أحد المفرج عنهم: "لم نفقد الأمل أبداً".',
    ],
)
def test_an_arabic_name_then_one_of_a_group_speaks(text: str) -> None:
    """'إحدى' (one of, feminine) opens a description after the name, as 'أحد' does: the speaker was lost."""
    from tests.helpers import analyzed

    quotes = analyzed(text, "ar").quotes
    assert [q.speaker for q in quotes] == [text.split("،")[0].split(" ", 1)[1]]


@pytest.mark.parametrize(
    ("text", "lang", "hectares"),
    [
        ("Σύμφωνα με την Πυροσβεστική, έχουν καεί 45.000 στρέμματα.", "el", 4500.0),
        ("Η φωτιά έκαψε 4.500 εκτάρια δάσους.", "el", 4500.0),
        ("Yangında 12.000 dönüm orman kül oldu.", "tr", 1200.0),
    ],
)
def test_a_stremma_and_a_donum_are_a_tenth_of_a_hectare(text: str, lang: str, hectares: float) -> None:
    """The Greek press measures a burnt area in stremmata: '45.000 στρέμματα' went uncompared with '4,500 hectares'."""
    from parallax.compare.measures import measures
    from tests.helpers import analyzed

    art = analyzed(text, lang)
    assert [(kind, round(value)) for kind, value, _, _, _ in measures(art, art.sentences[0])] == [("area", hectares)]
