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
        ("es", "El delantero uruguayo, de 24 años, firmará hasta 2031."),
        ("pt", "O avançado uruguaio, de 24 anos, assinou até 2031."),
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


_PROTEST_EN = (
    "Tens of thousands of people marched through central Rome on Wednesday to protest against the government's plan "
    "to raise the retirement age to 68.\n\n"
    "Police put the turnout at 45,000, while the CGIL trade union, which organised the march, said 200,000 people took part.\n\n"
    "Police arrested 12 people after clashes near the Interior Ministry, and 23 officers were injured, police said."
)
_PROTEST_FR = (
    "Des dizaines de milliers de personnes ont manifesté mercredi à Rome contre le projet du gouvernement de relever "
    "l'âge de départ à la retraite à 68 ans.\n\n"
    "Selon la police, 45 000 personnes ont défilé. Le syndicat CGIL, organisateur de la manifestation, a revendiqué "
    "200 000 participants.\n\n"
    "Douze personnes ont été interpellées après des heurts près du ministère de l'Intérieur."
)
_PROTEST_IT = (
    "Un fiume di persone ha sfilato mercoledì per le vie del centro di Roma contro la riforma delle pensioni che porta "
    "l'età pensionabile a 68 anni.\n\n"
    "Secondo la Questura i manifestanti erano 45mila, per la Cgil 200mila.\n\n"
    "Al termine del corteo ci sono stati scontri nei pressi del Viminale: 12 persone sono state fermate."
)


def test_a_figure_told_in_two_sentences_joins_the_one_sentence_that_tells_it_whole() -> None:
    """AFP splits the police's and the union's crowd figures in two sentences; the police half stood as a fact only
    AFP had, though Reuters and the Italian report give the same figure in one sentence (:mod:`.lead_links`)."""
    import parallax
    from parallax.records import Article

    texts = [(_PROTEST_EN, "en"), (_PROTEST_FR, "fr"), (_PROTEST_IT, "it")]
    arts = [Article(id=f"a{n}", text=t, language=lang, published="2026-11-20T10:00") for n, (t, lang) in enumerate(texts)]
    facts = parallax.compare(arts).to_dict()["facts"]
    crowd = next(f for f in facts if any(s["text"].startswith("Police put the turnout") for s in f["sentences"]))
    assert any(s["text"].startswith("Selon la police") for s in crowd["sentences"])
    assert any(s["text"].startswith("Le syndicat CGIL") for s in crowd["sentences"])
    assert not [f for f in facts if f["status"] == "unique"]


def test_french_d_ici_counts_ahead_whatever_the_verb() -> None:
    """ "d'ici fin mars" is a deadline: the participle "réparés" made it last March."""
    text = "« Nous voulons que tous les véhicules soient réparés d'ici fin mars », a déclaré le ministre."
    assert "2027-03" in resolved("fr", text, "2026-11-20").values()
    assert "2026-03" in resolved("fr", "« Nous avons rencontré le ministre en mars », a déclaré le syndicat.", "2026-11-20").values()


def test_a_contract_and_a_deal_of_different_lengths_conflict() -> None:
    """ "a seven-year contract" / "a six-year deal" name one contract: the wrong length went unflagged."""
    from tests.helpers import first_sentence_conflicts

    conflicts = first_sentence_conflicts(
        "The 21-year-old has signed a seven-year contract with Chelsea.",
        "The Brazil international, 21, has agreed a six-year deal with Chelsea.",
        "en",
    )
    assert ("number", {"a": ["P7Y"], "b": ["P6Y"], "unit": "duration"}) in conflicts


def test_contract_nouns_are_one_kind_of_event() -> None:
    from parallax.compare.event_nouns import same_event

    assert same_event("contract", "deal") and same_event("vertrag", "vereinbarung") and same_event("contrato", "acuerdo")
    assert not same_event("contract", "strike")
