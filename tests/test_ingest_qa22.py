"""QA 22, main-text extraction: classes of furniture kept and of body dropped, each shown on a small
hand-written page or line.  All names, outlets and events invented."""

from __future__ import annotations

import pytest

from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.extract import main_text
from parallax.ingest.line_filters import line_reason  # noqa: F401

_PROSE = [
    "The county council voted on Tuesday to close the old ferry terminal at Marrow Point after engineers found cracks in its pier.",
    "Residents packed the public gallery, and several of them said the closure would cut the island off for most of the winter.",
    "Council leader Ivana Perkovic said a temporary landing stage would be built within six weeks, at a cost of about 400,000 pounds.",
    "The ferry operator said timetables would be published on its website once the new landing stage had been inspected.",
]


def _page(*extra: str, lead: list[str] | None = None) -> str:
    """An article page: headline, four paragraphs of reporting, then ``extra`` blocks inside the body."""
    paras = "".join(f"<p>{p}</p>" for p in (lead or []) + _PROSE)
    return (
        "<html><head><title>Council closes ferry terminal</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council closes ferry terminal</h1><div class='body'>{paras}{''.join(extra)}</div></article>"
        "</body></html>"
    )


# ------------------------------------------------------------------ copyright notices


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright ⓒ Harbour Daily. 무단전재 및 재배포 금지",
        "copyright Marrow Gazette 2026 - ISSN: 1234-5678",
        "Alle Rechte vorbehalten.",
        "Tous droits réservés",
        "Todos los derechos reservados.",
        "Wszelkie prawa zastrzeżone.",
        "版权所有，未经授权不得转载",
    ],
)
def test_copyright_notices_in_many_languages(notice):
    assert boilerplate_reason(notice) == "copyright line"


def test_a_long_copyright_notice_with_reprint_terms_leaves_the_body():
    notice = (
        "© 2026, Marrow Gazette. This report belongs to the Marrow Gazette. Our written consent is needed "
        "before any reprint, online or in print. Copying our content without consent or "
        "credit breaks the law, and our lawyers will act on every case that comes to our attention."
    )
    text = main_text(_page(f"<p>{notice}</p>"))
    assert "copyrighted property" not in text and "ferry operator" in text


# ------------------------------------------------------------------ time stamps printed as lines


@pytest.mark.parametrize(
    "line",
    [
        "Aktualisiert am 17.03.2026.",
        "14. März 2026, 19:49 | Redaktion",
        "2026-03-14 | Meldungen",
        "sábado, 14 de março de 2026 às 20:13",
        "기사입력 :[ 2026-03-14 15:24 ]",
        "Aggiornato il 14 marzo 2026, 10:30",
        "Saturday, March 14, 2026",
    ],
)
def test_a_date_with_one_word_of_label_is_page_metadata(line):
    assert line_reason(line) == "page metadata"


def test_a_time_stamp_line_leaves_the_extracted_body():
    text = main_text(_page(lead=["Aktualisiert am 17.03.2026."]))
    assert "17.03.2026" not in text and "ferry operator" in text


# ------------------------------------------------------------------ the outlet's appeals and closing calls


@pytest.mark.parametrize(
    "paragraph",
    [
        "Help us keep this newsroom open: every contribution counts.",
        "We need your help Help us keep local reporting free for every reader Donate",
        "Czytasz nowy rodzaj materiału na naszym portalu. Wesprzyj nas darowizną lub przekaż nam 1% podatku.",
        "Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem monatlichen Beitrag.",
        "Soutenez-nous : chaque don compte pour garder ce journal indépendant.",
        "Apóyanos con una contribución mensual y ayuda a mantener este periódico independiente.",
    ],
)
def test_an_appeal_for_support_is_furniture(paragraph):
    assert boilerplate_reason(paragraph) == "appeal for support"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Listen to Harbour Radio live at 12:45 and 17:45 on weekdays - or listen back here.",
        "Get the day's big stories and the fun stuff you love, like match previews and power rankings.",
    ],
)
def test_a_closing_call_to_the_reader_is_furniture(paragraph):
    assert boilerplate_reason(paragraph, is_last=True) == "closing call"


def test_an_appeal_after_the_report_leaves_the_body():
    appeal = "<p>Local news matters. Support us with a donation, however small, and keep this newsroom open.</p>"
    text = main_text(_page(appeal))
    assert "donation" not in text and "ferry operator" in text


# ------------------------------------------------------------------ picture credits


@pytest.mark.parametrize(
    "line",
    [
        "Bildnachweis: Anna Roth",
        "Beitragsbild: Titelseite der Marrower Zeitung vom 2.4.2026",
        "Image credit: Harbour Council",
        "Bild: Stefan Lang/dpa",
    ],
)
def test_picture_credit_labels_in_german_and_english(line):
    assert line_reason(line) == "photo credit"


# ------------------------------------------------------------------ the head of a comment section at the end


@pytest.mark.parametrize(
    "tail",
    [
        ["#1 Kommentar von Lena_K", "Danke für den Bericht, endlich schreibt jemand darüber!"],
        ["Keine Kommentare / Trackbacks"],
        ["Kommentare insgesamt: 0"],
        ["ATENÇÃO: Comentários ofensivos ou fora do tema não serão aprovados pelo moderador."],
        ["Comments are closed."],
    ],
)
def test_the_comment_section_after_the_report_goes(tail):
    from parallax.ingest.extract import clean_lines

    assert clean_lines("\n".join(_PROSE + tail)) == _PROSE


def test_a_comment_and_its_header_leave_the_extracted_page():
    text = main_text(_page("<p>#1 Kommentar von Lena_K</p><p>Danke für den Bericht, endlich schreibt jemand darüber!</p>"))
    assert "Lena_K" not in text and "endlich" not in text and "ferry operator" in text


# ------------------------------------------------------------------ closing credits: contributors and sources


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writers Ann Roe, Jo Lee and Sam Park contributed to this report.",
        "Keith Marlow contributed reporting from Hong Kong.",
        "SOURCE: News agencies",
        "Quelle: dpa-AFX",
        "Fuente: EFE",
    ],
)
def test_a_closing_credit_line_is_no_body_line(line):
    assert line_reason(line, is_last=True) == "agency credit"


def test_a_closing_credit_leaves_the_article_text():
    from parallax.ingest.text import article_from_text

    article = article_from_text("\n\n".join([*_PROSE, "Jo Lee contributed reporting from Marrow Point."]), "a1", "a1.txt")
    assert "contributed" not in article.text and "ferry operator" in article.text


# ------------------------------------------------------------------ a closing list of links to other stories


@pytest.mark.parametrize("line", ["You may also like...", "Auch auf marrow-info.de", "Aussi sur marrow-info.fr :", "También en marrow.es"])
def test_read_also_lead_ins_in_more_forms(line):
    assert line_reason(line) == "related link"


def test_the_links_after_a_closing_lead_in_leave_the_body():
    teasers = [
        "Five walks along the old ferry line",
        "Why the island's bakery closed after forty years",
        "Ten things to do in Marrow Point this winter",
    ]
    links = "".join(f"<p><a href='/s{i}'>{t}</a></p>" for i, t in enumerate(teasers))
    text = main_text(_page("<h3>Auch auf marrow-info.de</h3>", links))
    assert not any(t in text for t in teasers) and "ferry operator" in text


# ------------------------------------------------------------------ stamps ending on "p.m." or a date's full stop


@pytest.mark.parametrize("line", ["Updated at 1:23 p.m.", "Stand: 17.03.2026.", "5:45 AM PST 3/14/2026 by Jane Roe"])
def test_update_stamps_and_dated_bylines_are_page_metadata(line):
    assert line_reason(line) == "page metadata"
