"""QA 28d: datelines, bylines and "read also" furniture in the cleaned text of many languages (invented texts)."""

from __future__ import annotations

import pytest

from parallax.ingest.bylines import byline_reason
from parallax.ingest.clean import clean_paragraphs
from parallax.ingest.datelines import split_dateline
from parallax.ingest.text import article_from_text


@pytest.mark.parametrize(
    ("para", "place", "agency", "after"),
    [
        ("Kiel/Husum (dpa/lno) - Der Sturm hat in der Nacht viele Bäume entwurzelt.", "Kiel/Husum", "dpa/lno", "Der Sturm"),
        ("BERLIN/PARIS (Reuters) - Die Minister trafen sich am Montag.", "BERLIN/PARIS", "Reuters", "Die Minister"),
        ("Odense (Ritzau) Stormen har væltet mange træer i nat.", "Odense", "Ritzau", "Stormen har"),
        ("Helsinki (STT) Hallitus esitti budjetin eduskunnalle tiistaina.", "Helsinki", "STT", "Hallitus"),
        ("Frankfurt am Main (dpa) – Die Börse schloss am Freitag fester.", "Frankfurt am Main", "dpa", "Die Börse"),
        ("Den Haag (ANP) - Het kabinet is gevallen.", "Den Haag", "ANP", "Het kabinet"),
        ("OSLO (NTB): Regjeringen legger fram budsjettet.", "OSLO", "NTB", "Regjeringen"),
        ("Warszawa (PAP) - Rząd przyjął projekt budżetu.", "Warszawa", "PAP", "Rząd"),
        ("ROMA (ANSA) - Il governo ha approvato la manovra.", "ROMA", "ANSA", "Il governo"),
        ("MADRID, 3 dic (EFE).- El Gobierno aprobó los presupuestos.", "MADRID", "EFE", "El Gobierno"),
        ("Genève (AFP) - Les négociations ont repris lundi.", "Genève", "AFP", "Les négociations"),
    ],
)
def test_wire_datelines_of_many_languages(para: str, place: str, agency: str, after: str) -> None:
    d = split_dateline(para)
    assert d is not None and (d.place, d.agency) == (place, agency) and d.after.startswith(after)


@pytest.mark.parametrize(
    "para",
    [
        "Olaf Scholz (SPD) sagte am Montag, er sei mit dem Ergebnis zufrieden.",  # a party, then a verb
        "Jimmie Åkesson (SD) Partiledaren talade länge om saken i dag.",  # a name of two words
        "Die Tagesschau (ARD) Heute Abend läuft eine Sondersendung zum Sturm.",
        "Bergen (NTB) Kort.",  # no sentence after it
    ],
)
def test_bracketed_asides_are_no_datelines(para: str) -> None:
    assert split_dateline(para) is None


def test_german_place_and_full_stop_is_the_dateline() -> None:
    cleaned = clean_paragraphs(
        [
            "Husum. Der Sturm hat in der Nacht zahlreiche Bäume auf die Straßen geworfen.",
            "Die Feuerwehr war mit vielen Kräften im Einsatz, wie ein Sprecher sagte.",
        ]
    )
    assert cleaned.dateline == "Husum" and cleaned.text.startswith("Der Sturm hat")


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the sentence after points back at the word: its topic, not a dateline
        ["Berlin. Das ist eine Stadt mit vielen Menschen und Geschichten.", "Wer hier lebt, kennt das gut."],
        # an adverb, which the text writes in lower case elsewhere
        ["Endlich. Nach drei Jahren Bauzeit ist die neue Brücke über den Fluss fertig.", "Die Stadt hat endlich gefeiert."],
        # not German: English papers write no such dateline
        ["Dover. The storm threw many trees onto the roads of the town overnight.", "Firefighters were out all night."],
        # too short a sentence after it
        ["Husum. Der Sturm tobte.", "Die Feuerwehr war mit vielen Kräften im Einsatz, wie ein Sprecher sagte."],
    ],
)
def test_bare_word_and_full_stop_stays_when_the_signals_lack(paragraphs: list[str]) -> None:
    cleaned = clean_paragraphs(paragraphs)
    assert cleaned.dateline is None and cleaned.text.startswith(paragraphs[0])


def test_place_and_full_stop_only_in_the_first_paragraph() -> None:
    paragraphs = [
        "Der Sturm hat in der Nacht zahlreiche Bäume auf die Straßen geworfen.",
        "Husum. Die Feuerwehr war mit vielen Kräften im Einsatz, wie ein Sprecher sagte.",
    ]
    assert clean_paragraphs(paragraphs).dateline is None


@pytest.mark.parametrize(
    "line",
    [
        "Door onze verslaggever Pieter Smit",
        "Van onze correspondent",
        "Van onze correspondent in Brussel",
        "Von unserem Korrespondenten Max Huber",
        "Von unserer Redakteurin Anna Berg",
        "Af vores korrespondent Jens Hansen",
        "Af Jens Hansen",
        "Av Kari Nordmann",
        "Por Juan Pérez",
        "di Marco Rossi",
        "Autor: Jan Kowalski",
    ],
)
def test_bylines_over_the_story(line: str) -> None:
    assert byline_reason(line, "first") == "byline"


@pytest.mark.parametrize(
    "line",
    ["Von unserem Korrespondenten hieß es, die Lage sei ruhig.", "Van onze correspondent kwam het bericht dat de brug dicht is."],
)
def test_sentences_opening_like_a_byline_stay(line: str) -> None:
    assert byline_reason(line, "first") is None


def test_bylines_leave_a_text_at_its_top_and_bottom() -> None:
    raw = (
        "Stormen lukker broen\n\nVan onze correspondent Jan de Vries\n\n"
        "De storm heeft vannacht veel bomen omvergeblazen in de hele provincie.\n\n"
        "De brandweer was de hele nacht in touw, zei een woordvoerder.\n\nAv Kari Nordmann\n"
    )
    article = article_from_text(raw, "a", "a.txt")
    assert article.text.startswith("De storm") and article.text.endswith("woordvoerder.")


@pytest.mark.parametrize(
    ("lead_in", "headline"),
    [
        ("Mehr zum Thema", "Kommentar: Die Stadt hat versagt"),
        ("Lesen Sie auch:", "Hafen bleibt zwei Tage geschlossen"),
        ("Lees ook:", "Storm sluit de haven"),
        ("Læs også:", "Stormen lukker broen"),
        ("Les også:", "Stormen stenger broen"),
        ("Läs också:", "Stormen stänger bron"),
        ("Lue myös:", "Myrsky katkaisi sähköt tuhansilta"),
        ("Czytaj także:", "Wichura zerwała dachy"),
        ("Leggi anche:", "La tempesta chiude il porto"),
        ("Lee también:", "El temporal cierra el puerto"),
        ("Lire aussi :", "La tempête ferme le port"),
        ("Read more:", "Storm closes the harbour"),
    ],
)
def test_read_also_lead_in_takes_its_headline(lead_in: str, headline: str) -> None:
    first = "Der Sturm hat in der Nacht zahlreiche Bäume auf die Straßen geworfen, sagte die Polizei."
    last = "Am Morgen waren die meisten Straßen wieder frei, teilte die Polizei mit."
    cleaned = clean_paragraphs([first, lead_in, headline, last])
    assert cleaned.text == f"{first}\n\n{last}" and headline in cleaned.removed


def test_read_also_takes_one_headline_not_a_crosshead_or_a_sentence() -> None:
    paragraphs = [
        "Der Sturm hat in der Nacht zahlreiche Bäume auf die Straßen geworfen, sagte die Polizei.",
        "Lesen Sie auch:",
        "Hafen bleibt zwei Tage geschlossen",
        "Die Folgen für die Stadt",
        "Am Morgen waren die meisten Straßen wieder frei, teilte die Polizei mit.",
    ]
    assert "Die Folgen für die Stadt" in clean_paragraphs(paragraphs).text
    sentence = ["Der Sturm hat viele Bäume geworfen.", "Mehr zum Thema", "Am Morgen waren die Straßen wieder frei."]
    assert "Am Morgen waren" in clean_paragraphs(sentence).text


def test_finnish_lead_in_with_its_headline_on_one_line() -> None:
    paragraphs = ["Myrsky kaatoi yöllä satoja puita koko maakunnassa.", "Lue myös: Myrsky katkaisi sähköt tuhansilta", "Poliisi kehottaa pysymään kotona."]
    assert clean_paragraphs(paragraphs).text == "Myrsky kaatoi yöllä satoja puita koko maakunnassa.\n\nPoliisi kehottaa pysymään kotona."


def test_source_line_over_the_story_is_a_credit() -> None:
    cleaned = clean_paragraphs(["Quelle: dpa-AFX", "Immer mehr Menschen in der Stadt fahren mit dem Rad zur Arbeit, zeigt eine Zählung."])
    assert cleaned.text.startswith("Immer mehr") and cleaned.removed == ["Quelle: dpa-AFX"]
    assert byline_reason("Quelle: Die Polizei sperrte die Straße am Morgen.", "first") is None
