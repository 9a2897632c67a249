"""QA 23, main-text extraction: the outlet's own notes that survive the line filters (a note of several
sentences at an edge of the text, one of them a call to the reader; a disclosure box; a "News date" label
line), each on a small hand-written page or line.  All names, outlets and events invented."""

from __future__ import annotations

import pytest

from parallax.ingest.extract import main_text, parse
from parallax.ingest.line_filters import line_reason
from parallax.ingest.standfirst import description

_PROSE = [
    "The county council voted on Tuesday to close the old ferry terminal at Marrow Point after engineers found cracks in its pier.",
    "Residents packed the public gallery, and several of them said the closure would cut the island off for most of the winter.",
    "Council leader Ivana Perkovic said a temporary landing stage would be built within six weeks, at a cost of about 400,000 pounds.",
    "The ferry operator said timetables would be published on its website once the new landing stage had been inspected.",
]


def _page(before: str = "", after: str = "") -> str:
    """An article page: headline, ``before``, four paragraphs of reporting, ``after``."""
    paras = "".join(f"<p>{p}</p>" for p in _PROSE)
    return (
        "<html><head><title>Council closes ferry terminal</title></head><body>"
        f"<article><h1>Council closes ferry terminal</h1><div class='body'>{before}{paras}{after}</div></article>"
        "</body></html>"
    )


# ------------------------------------------------------------------ the outlet's note at an edge

_NOTES = [
    "Start your morning with the Harbour Brief from the Marrow Gazette. The Harbour Brief is the quickest read on "
    "the island's business news for shipping agents, traders and harbour staff. Sign up for the free daily newsletter.",
    "Get access to the Gazette's premium markets service for as little as 5 pounds a month. Use the code "
    '"HARBOUR26". The service offers all the analysis you need, with research and insights every morning.',
    "The Gazette is committed to publishing a range of letters from readers. We'd like to hear what you think about the "
    "harbour plan. Here are a few tips for writing one.",
]


@pytest.mark.parametrize("note", _NOTES)
def test_a_note_closing_the_text_with_a_call_to_the_reader_goes(note):
    assert note[:30] not in main_text(_page(after=f"<p>{note}</p>"))


@pytest.mark.parametrize("note", _NOTES)
def test_a_note_opening_the_text_with_a_call_to_the_reader_goes(note):
    assert note[:30] not in main_text(_page(before=f"<p>{note}</p>"))


# ------------------------------------------------------------------ disclosure boxes


def test_a_disclosure_box_of_several_sentences_goes():
    box = (
        "This post contains references to products sold by partners. We may receive "
        "compensation if you click through to them. Terms apply to each offer shown here."
    )
    assert "advertisers" not in main_text(_page(before=f"<p>{box}</p>"))


# ------------------------------------------------------------------ date labels


@pytest.mark.parametrize("line", ["News date : 04/21/2026 Category : Press Releases", "Datum: 14.03.2026, Rubrik: Lokales"])
def test_a_date_label_line_is_page_metadata(line):
    assert line_reason(line) == "page metadata"


# ------------------------------------------------------------------ reading time


@pytest.mark.parametrize(
    "line",
    ["Tempo de leitura: 2 minutos", "Lesezeit: 3 Minuten", "Estimated reading time: 6 minutes", "5 min read", "Temps de lecture : 4 min"],
)
def test_a_reading_time_line_is_page_metadata(line):
    assert line_reason(line) == "page metadata"


# ------------------------------------------------------------------ the description as the standfirst's echo


def test_the_description_tag_is_read_without_the_markup_a_cms_wrote_into_it():
    teaser = "Die Stadtwerke Marrow erhöhen zum 1. April die Preise für Fernwärme um zwölf Prozent."
    html = f"<html><head><meta name='description' content='&lt;p&gt;{teaser}&lt;/p&gt;'></head><body><p>x</p></body></html>"
    assert description(parse(html)) == teaser


# ------------------------------------------------------------------ a lead set apart by its class

_LEAD = "Two young drivers wrecked their sports cars on the same night, one on the motorway and one in the old town."


def _lead_page(lead_block: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PROSE)
    return (
        "<html><head><title>Two sports cars wrecked</title><meta property='og:type' content='article'>"
        "<meta name='description' content='Police are looking for witnesses after a night of crashes on the A1 motorway.'>"
        "</head><body><article><header><h1>Two sports cars wrecked</h1>"
        f"{lead_block}</header><div class='article-body'>{paras}</div></article></body></html>"
    )


@pytest.mark.parametrize("cls", ["article-intro", "lead", "c-entry-summary p-dek", "standfirst"])
def test_a_lead_named_by_its_class_is_kept_when_the_description_does_not_echo_it(cls):
    assert _LEAD in main_text(_lead_page(f"<div class='{cls}'>{_LEAD}</div>"))


# ------------------------------------------------------------------ the page's foot


@pytest.mark.parametrize("line", ["aja/PAP", "mly/AFP", "tkr sel/DPA"])
def test_initials_and_an_agency_acronym_close_the_text_as_a_signature(line):
    assert line_reason(line, is_last=True) == "agency credit"


@pytest.mark.parametrize(
    "line",
    [
        "Publikacja dostępna na stronie: https://gazeta-marrow.pl/kraj/12345-prom-odwolany",
        "Article available at: https://www.marrow-gazette.example/news/ferry-terminal",
    ],
)
def test_a_label_and_an_address_is_a_link_line(line):
    assert line_reason(line) == "link line"
