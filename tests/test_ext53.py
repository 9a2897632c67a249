"""Session 53 (ext53): page furniture still kept (a typed rail of other stories' headlines under a read-also label,
a reader poll whose question names no "you" over answers that are no yes/no, audio-player labels in Polish and with a
clock-like duration) and a layout table's sidebar heading read as text; read through the public HTML reader on
invented pages, each rule beside a real paragraph of the same look that stays."""

from __future__ import annotations

import pytest

from parallax.ingest.html import article_from_html
from tests.helpers import HARBOUR_PARAS as _P
from tests.helpers import LAYOUT_OPENING as _OPENING
from tests.helpers import LAYOUT_REST as _REST
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page
from tests.helpers import page_paragraphs as _text


def _ps(lines: list[str]) -> str:
    return "".join(f"<p>{ln}</p>" for ln in lines)


# ------------------------------------------------------------------ a typed rail under a read-also label

_RAILS = {
    "en": (
        "More on this story",
        [
            "Council approves new budget for schools",
            "Ferry operator wins contract for harbour route",
            "Engineers warn of cracks in second bridge",
        ],
    ),
    "de": (
        "Lesen Sie auch:",
        [
            "Stadtrat beschließt neuen Haushalt für Schulen",
            "Fährbetreiber gewinnt Auftrag für Hafenroute",
            "Ingenieure warnen vor Rissen in zweiter Brücke",
        ],
    ),
    "pl": (
        "Czytaj także",
        [
            "Rada miasta przyjmuje nowy budżet dla szkół",
            "Przewoźnik promowy wygrywa kontrakt na trasę portową",
            "Inżynierowie ostrzegają przed pęknięciami mostu",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_RAILS))
@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize("dash", ["", "- "])
def test_a_typed_rail_under_a_read_also_label_goes(lang: str, where: str, dash: str) -> None:
    label, headlines = _RAILS[lang]
    assert _extra(_page(**{where: _ps([label, *(dash + h for h in headlines)])})) == []


@pytest.mark.parametrize("lang", sorted(_RAILS))
def test_a_typed_rail_set_as_a_list_goes(lang: str) -> None:
    label, headlines = _RAILS[lang]
    rail = f"<p>{label}</p><ul>" + "".join(f"<li>{h}</li>" for h in headlines) + "</ul>"
    assert _extra(_page(mid=rail)) == []


def test_prose_under_a_read_also_label_stays() -> None:
    """Sentences after the label are the article's (the rail is headlines only)."""
    prose = [
        "The ferry will run every twenty minutes from the old harbour, the operator said on Wednesday.",
        "Tickets will cost the same as a bus fare, and season passes will be accepted on board.",
    ]
    assert _extra(_page(mid=_ps(["More on this story", *prose]))) == prose


def test_headline_shaped_crossheads_without_a_label_stay() -> None:
    """A body's own crossheads are short lines with no stop too; without a read-also label above them they stay."""
    heads = ["Engineers found cracks in two supports", "Ferry service for the commuters"]
    html = _page(mid=_ps([heads[0], "Inspectors examined the supports in October and found the damage had spread.", heads[1]]))
    assert heads[0] in _text(html) and heads[1] in _text(html)


def test_one_headline_under_a_label_then_prose_stays() -> None:
    """One short line under the label may be the article's own crosshead: two headlines at least make a rail."""
    lines = [
        "Lesen Sie auch:",
        "Die Fähre als Ersatz",
        "Die Fähre soll alle zwanzig Minuten ab dem alten Hafen fahren, sagte der Betreiber.",
    ]
    assert _extra(_page(mid=_ps(lines)))[-2:] == lines[1:]


# ------------------------------------------------------------------ a poll without "you" whose answers are named

_NAMED_POLLS = [
    ["Which party will win the election?", "Labour 41%", "Conservatives 35%", "Lib Dems 24%"],
    ["Wer gewinnt die Wahl?", "SPD 41 %", "CDU 35 %", "Grüne 24 %"],
    ["Qui va gagner l'élection ?", "Renaissance 41 %", "RN 35 %", "LFI 24 %"],
]


@pytest.mark.parametrize("poll", _NAMED_POLLS)
def test_a_closing_poll_with_named_answers_goes(poll: list[str]) -> None:
    assert _extra(_page(end=_ps(poll))) == []


@pytest.mark.parametrize("poll", _NAMED_POLLS)
def test_a_closing_survey_result_with_its_source_stays(poll: list[str]) -> None:
    lines = [*poll, "Source: YouGov survey of 1,200 adults, March 2026."]
    assert _extra(_page(end=_ps(lines))) == lines


def test_a_closing_survey_result_under_its_lead_in_stays() -> None:
    lines = ["The pollster asked 1,000 voters which party would win:", *_NAMED_POLLS[0]]
    assert _extra(_page(end=_ps(lines))) == lines


def test_a_named_result_inside_the_text_stays() -> None:
    """Inside the text a question over names and shares is a survey's result the report quotes (as session 52 kept)."""
    assert _extra(_page(mid=_ps(_NAMED_POLLS[1]))) == _NAMED_POLLS[1]


def test_closing_shares_that_make_no_whole_stay() -> None:
    lines = ["Which party gained most?", "Labour 41%", "Conservatives 35%", "Lib Dems 44%"]
    assert _extra(_page(end=_ps(lines))) == lines


# ------------------------------------------------------------------ audio-player labels

_LISTEN = [
    ["Posłuchaj artykułu"],
    ["Posłuchaj artykułu", "4 min"],
    ["Posłuchaj artykułu · 4:12 min"],
    ["Odsłuchaj artykuł"],
    ["Artikel anhören", "04:12"],
    ["Artikel anhören 3:45"],
    ["Écouter cet article", "03:21"],
    ["Écouter cet article 2 min 30"],
    ["Listen to this article", "05:32"],
]


@pytest.mark.parametrize("lines", _LISTEN)
def test_an_audio_label_with_its_duration_goes(lines: list[str]) -> None:
    assert _extra(_page(top=_ps(lines))) == []


@pytest.mark.parametrize(
    "line",
    [
        "Posłuchaj, co mówi burmistrz o moście: jego zdaniem naprawa potrwa dwa lata.",
        "Écoutez cet article de loi : il dit que la ville doit entretenir ses ponts.",
    ],
)
def test_a_sentence_that_opens_like_a_listen_label_stays(line: str) -> None:
    assert _extra(_page(mid=f"<p>{line}</p>")) == [line]


def test_a_clock_time_without_a_listen_label_still_opens_its_entry() -> None:
    lines = _text(_page(mid="<p>04:12</p>"))
    assert any(ln.startswith("04:12") and _P[2] in ln for ln in lines), lines


# ------------------------------------------------------------------ a layout table's sidebar heading

_SIDE_HEADING = "Les loyers sont-ils trop élevés ?"


def _table_page() -> str:
    opening = f"<td><font><strong>Nos villes perdent-elles leurs commerces ?<br></strong></font><font>{_OPENING}<br><br></font></td>"
    side = "<td><font><b>Politiques publiques<br></b></font><a href='/s'>Sommaire</a><font>7,65 euros<br></font></td>"
    box = f"<tr><td colspan='2'><font><strong>{_SIDE_HEADING}<br></strong></font></td></tr>"
    return (
        "<html><head><title>Nos villes perdent-elles leurs commerces ?</title></head><body>"
        "<table><tr><td><a href='/'>Accueil</a></td><td><a href='/a'>Abonnement</a></td></tr><tr>"
        f"{side}{opening}</tr><tr><td colspan='2'><p><font>{_REST}</font></p></td></tr>{box}</table></body></html>"
    )


def test_a_one_line_heading_cell_ending_on_a_break_is_no_paragraph() -> None:
    """A cell of one line closed by a ``<br>`` (a sidebar box's heading) stays out; the opening cell is read."""
    text = article_from_html(_table_page(), "a", "x.html").text
    assert _OPENING in text and _REST in text, text
    assert _SIDE_HEADING not in text, text
