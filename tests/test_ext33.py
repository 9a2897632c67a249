"""Closing furniture of news pages (all invented text): a row of several links that closes the body as one line
(a tag row with no label, "Politics Brexit Trade"; the keywords of a page) and tag lines under labels the
metadata rule did not know ("Keywords:", "Mots-clés :", "Palabras clave:", "Stichworte:", "Abgelegt unter:")."""

from __future__ import annotations

import pytest

from parallax.ingest.bylines import is_dated_byline
from parallax.ingest.extract import clean_lines, main_text, parse
from parallax.ingest.line_filters import line_reason
from parallax.ingest.link_rows import link_rows, without_closing_rows

PROSE = [
    "The harbour authority said on Tuesday that the new container terminal would open in the spring after two years of delays.",
    "Officials blamed the delays on a shortage of steel and on a dispute with the contractor over the cost of dredging the channel.",
    "The terminal is expected to double the port's capacity and to bring about 400 jobs to the town, the authority said.",
    "Local businesses welcomed the news but warned that the roads leading to the port would need to be widened first.",
]


def _page(closing: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        "<html><head><title>Port terminal to open in spring</title></head><body><article>"
        f"<h1>Port terminal to open in spring</h1>{paragraphs}{closing}</article></body></html>"
    )


TAG_ROW = "<p><a href='/t/ports'>Ports</a> <a href='/t/shipping'>Shipping</a> <a href='/t/jobs'>Jobs</a> <a href='/t/trade'>Trade</a></p>"


def test_a_closing_paragraph_of_links_is_a_tag_row() -> None:
    tree = parse(_page(TAG_ROW))
    lines = [*PROSE, "Ports Shipping Jobs Trade"]
    assert without_closing_rows(lines, link_rows(tree, lines)) == PROSE


def test_the_tag_row_goes_from_the_extracted_body() -> None:
    text = main_text(_page(TAG_ROW)) or ""
    assert PROSE[-1] in text and "Shipping" not in text


def test_a_paragraph_with_links_among_its_words_stays() -> None:
    closing = (
        "<p>The full <a href='/r'>report</a> and the <a href='/m'>minutes</a> of the <a href='/b'>board</a> meeting"
        " were published on the authority's website on Wednesday.</p>"
    )
    tree = parse(_page(closing))
    last = "The full report and the minutes of the board meeting were published on the authority's website on Wednesday."
    lines = [*PROSE, last]
    assert without_closing_rows(lines, link_rows(tree, lines)) == lines


def test_one_or_two_closing_links_stay() -> None:
    closing = "<p><a href='/r'>Read the full report</a> <a href='/m'>Minutes</a></p>"
    tree = parse(_page(closing))
    lines = [*PROSE, "Read the full report Minutes"]
    assert without_closing_rows(lines, link_rows(tree, lines)) == lines


def test_a_row_of_links_inside_the_text_stays() -> None:
    page = _page("")
    tree = parse(page.replace(f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p>{TAG_ROW}"))
    lines = [PROSE[0], PROSE[1], "Ports Shipping Jobs Trade", PROSE[2], PROSE[3]]
    assert without_closing_rows(lines, link_rows(tree, lines)) == lines


def test_a_body_that_is_only_a_row_keeps_its_line() -> None:
    tree = parse(f"<html><body>{TAG_ROW}</body></html>")
    lines = ["Ports Shipping Jobs Trade"]
    assert without_closing_rows(lines, link_rows(tree, lines)) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Keywords: ports, shipping, trade",
        "Key words: ports, shipping",
        "Tagged: ports, shipping",
        "Tagged with: ports, shipping",
        "Mots-clés : Port, Emploi, Commerce",
        "Mots clés: Port, Emploi",
        "Palabras clave: puerto, empleo",
        "Parole chiave: porto, lavoro",
        "Stichworte: Hafen, Arbeit",
        "Schlagworte: Hafen, Arbeit",
        "Słowa kluczowe: port, praca",
        "Ключевые слова: порт, работа",
        "Nyckelord: hamn, jobb",
        "Avainsanat: satama, työ",
        "Sujets associés : Port, Emploi",
        "Temas relacionados: puerto, empleo",
        "Abgelegt unter: Hafen, Wirtschaft | Tags: Terminal, Arbeit",
        "Classé dans : Économie",
    ],
)
def test_a_tag_line_under_its_label_is_page_metadata(line: str) -> None:
    assert line_reason(line, is_last=True) == "page metadata"


@pytest.mark.parametrize(
    "line",
    [
        "Keywords matter less to search engines than they did ten years ago, the consultant said.",
        "Tagged as a risk by the regulator, the terminal was inspected again in March.",
        "Les mots clés de la campagne sont l'emploi et le commerce, a-t-il dit.",
    ],
)
def test_a_sentence_that_opens_on_the_word_stays(line: str) -> None:
    assert line_reason(line, is_last=True) is None


# ---------------------------------------------------------------- bylines with their dates, run on


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe on May 5, 2026",
        "By Jane Roe, May 5, 2026",
        "By Jane Roe May 5, 2026 10:00 am",
        "By Jane Roe and Jo Lee, November 18, 2026",
        "By Jane Roe Updated: May 5, 2026",
        "Posted by Jane Roe on May 5, 2026",
        "Von Tobias Krämer, 5. Mai 2026",
        "Geschrieben von Tobias Krämer am 5. Mai 2026",
        "Escrito por Ana Ruiz el 5 de mayo de 2026",
    ],
)
def test_a_byline_run_on_with_its_date_is_a_byline(line: str) -> None:
    assert is_dated_byline(line)
    assert line_reason(line) in ("byline", "page metadata")


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, May 5, 2026",
        "By Jane Roe, who covered the harbour for the paper from 2019 to May 5, 2026.",
        "Von Montag, 5. Mai 2026 an gilt die neue Regel für den Hafen.",
        "By 2026 the terminal will handle twice as many containers.",
        "By Jane Roe",
    ],
)
def test_what_is_no_dated_byline_is_not_one(line: str) -> None:
    assert not is_dated_byline(line)


# ---------------------------------------------------------------- widget labels, calls to follow, credits


@pytest.mark.parametrize(
    "line",
    [
        "Click to enlarge",
        "Tap to enlarge image",
        "Zum Vergrößern bitte anklicken",
        "Cliquez sur l'image pour agrandir",
        "Haz clic para ampliar",
        "Was this article helpful?",
        "Was this article helpful? Yes No",
        "Did you find this article helpful?",
        "War dieser Artikel hilfreich?",
        "Fandest du den Artikel hilfreich?",
        "Cet article vous a-t-il été utile ?",
        "¿Te resultó útil este artículo?",
    ],
)
def test_a_widgets_prompt_on_a_line_of_its_own_is_a_label(line: str) -> None:
    assert line_reason(line) == "widget label"


@pytest.mark.parametrize(
    "line",
    [
        "Folgen Sie uns auf Twitter",
        "Liken Sie uns auf Facebook",
        "Folge uns auf Facebook | Instagram",
        "Suivez-nous sur Instagram",
        "Síguenos en X",
    ],
)
def test_a_call_to_follow_the_outlet_is_furniture(line: str) -> None:
    assert line_reason(line, is_last=True) is not None


@pytest.mark.parametrize("line", ["Photo Source: Jane Roe from Pexels.", "Image source: Reuters", "Photocredit: Jane Roe"])
def test_a_photo_source_line_is_a_photo_credit(line: str) -> None:
    assert line_reason(line) == "photo credit"


@pytest.mark.parametrize(
    "line",
    [
        "Folgen Sie uns, sagte der Polizist, und die Gruppe lief los.",
        "Click to enlarge the map of the flooded streets, which the council released on Monday.",
        "Was this article helpful to the defence? The judge thought not, and said so on Monday.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    assert line_reason(line, is_last=True) is None


@pytest.mark.parametrize("line", ["Jane Roe | November 18, 2026", "Jane Roe - 18.11.2026", "JANE ROE · 18 November 2026"])
def test_a_name_then_its_date_is_a_byline(line: str) -> None:
    assert is_dated_byline(line)


@pytest.mark.parametrize(
    "line",
    ["02.11.2026 - Disarstar - Grelle Forelle", "am 19.05.2026 in Aalen – Häselbachstadion Unterkochen", "Monday Night - 18.11.2026"],
)
def test_a_listings_date_and_name_is_no_byline(line: str) -> None:
    assert not is_dated_byline(line)


@pytest.mark.parametrize("line", ["Originally published November 18, 2026", "First published on 18 Nov 2026"])
def test_the_first_publication_date_is_page_metadata(line: str) -> None:
    assert line_reason(line) == "page metadata"


def test_originally_published_in_a_sentence_stays() -> None:
    assert line_reason("Originally published in 1851, the novel sold poorly at first.") is None


@pytest.mark.parametrize("head", ["Leave a Reply", "Join the conversation", "Kommentar schreiben", "Laisser un commentaire"])
def test_the_comment_forms_head_closes_the_text(head: str) -> None:
    lines = clean_lines("\n".join([*PROSE, head, "Your email address will not be published."]))
    assert lines == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "More From Forbes",
        "More stories from The Verge",
        "More on this story",
        "Recommended Videos",
        "Watch Next",
        "Read this next",
        "Editor's Picks",
    ],
)
def test_a_rails_heading_is_a_related_link(line: str) -> None:
    assert line_reason(line) == "related link"


@pytest.mark.parametrize(
    "line",
    [
        "More from the council's report was released on Monday.",
        "More news is expected on Tuesday, the mayor said.",
        "Watch next week's hearing, the chairman told reporters.",
    ],
)
def test_a_sentence_that_opens_like_a_rail_heading_stays(line: str) -> None:
    assert line_reason(line) is None


def test_the_wires_reprint_terms_are_a_copyright_line() -> None:
    assert line_reason("It may not be published, broadcast, rewritten or redistributed.") == "copyright line"
