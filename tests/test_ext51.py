"""Session 51 (ext51): body text older line rules dropped ("Read more than 300 pages ...", "Already a subscriber?
The question ..."), furniture still kept (a reader poll showing only percentages, a closing list of links each
with its date, the menus and ads of a page laid out in a table without an <h1>), and fields that kept invisible
bidi and line controls; read through the public readers on invented pages, each rule beside a real paragraph of
the same look that stays."""

from __future__ import annotations

import pytest

from parallax.ingest.html import article_from_html
from parallax.ingest.jsonl import article_from_record
from tests.helpers import HARBOUR_PARAS as _P
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page

# ------------------------------------------------------------------ body text that opens with a call's words


def test_a_sentence_that_opens_with_read_more_than_stays() -> None:
    real = "Read more than 300 pages of the report and here is what we found: the council knew about the cracks in 2015."
    assert _extra(_page(mid=f"<p>{real}</p>")) == [real]


@pytest.mark.parametrize("line", ["<p>Read more: <a href='/x'>Bridge repairs to cost millions</a></p>", "<p>Read more</p>"])
def test_a_read_more_link_still_goes(line: str) -> None:
    assert _extra(_page(mid=line)) == []


def test_a_subscriber_question_that_goes_on_to_report_stays() -> None:
    real = "Already a subscriber? The question many readers ask when the paywall appears is answered by the editor in a letter this week."
    assert _extra(_page(mid=f"<p>{real}</p>")) == [real]


@pytest.mark.parametrize(
    "wall",
    [
        "<p>Already a subscriber? Log in</p>",
        "<p>Already a subscriber? Click here to log in.</p>",
        "<p>Already a subscriber? Sign in to continue reading.</p>",
        "<p>Already a subscriber?</p>",
    ],
)
def test_a_subscriber_question_with_its_login_still_goes(wall: str) -> None:
    assert _extra(_page(end=wall)) == []


# ------------------------------------------------------------------ a reader poll showing only percentages


@pytest.mark.parametrize(
    "poll",
    [
        "<p>Would you use the new ferry?</p><p>Yes 62%</p><p>No 38%</p>",
        "<p>Would you use the new ferry?</p><p>Yes</p><p>62%</p><p>No</p><p>31%</p><p>Not sure</p><p>7%</p>",
        "<p>Würden Sie die neue Fähre nutzen?</p><p>Ja 54 %</p><p>Nein 46 %</p>",
        "<p>Prendriez-vous le nouveau bac ?</p><ul><li>Oui 40 %</li><li>Non 60 %</li></ul>",
    ],
)
def test_a_percent_only_reader_poll_goes(poll: str) -> None:
    assert _extra(_page(mid=poll)) == []


def test_a_surveys_figures_stay() -> None:
    told = ["Who should lead the party?", "Merz 32%", "Wüst 25%", "Söder 18%"]  # the third person: a survey's result
    asked = ["Would you use the new ferry?", "Yes 62%", "No 38%"]  # put to a survey's sample, which the paragraph names
    intro = "In a survey of 1,200 residents for the council, the pollster asked:"
    html = _page(mid="".join(f"<p>{s}</p>" for s in told), end=f"<p>{intro}</p>" + "".join(f"<p>{s}</p>" for s in asked))
    assert _extra(html) == [*told, intro, *asked]


def test_answers_that_do_not_make_a_whole_stay() -> None:
    many = ["Which of these would you use?", "Ferry 62%", "Bus 48%", "Bicycle 33%"]  # several answers each: a survey's
    assert _extra(_page(mid="".join(f"<p>{s}</p>" for s in many))) == many


# ------------------------------------------------------------------ a closing list of links with their dates


@pytest.mark.parametrize("tail", [" (12.03.2026)", " – 12 March 2026", " | Reuters", ", 2 hours ago"])
def test_a_closing_list_of_dated_links_goes(tail: str) -> None:
    titles = ["Ferry service to start in March", "Engineers warn of more cracks in the old bridge", "Mayor faces inquiry over bridge"]
    items = "".join(f"<li><a href='/s{i}'>{t}</a>{tail}</li>" for i, t in enumerate(titles))
    assert _extra(_page(end=f"<ul>{items}</ul>")) == []


def test_a_closing_list_of_points_with_a_link_in_each_stays() -> None:
    points = [
        ("The <a href='/r'>engineers' report</a> found cracks in two supports", "The engineers' report found cracks in two supports"),
        ("A <a href='/f'>ferry timetable</a> will be published in March", "A ferry timetable will be published in March"),
        ("The <a href='/i'>inquiry</a> will report by the end of the year", "The inquiry will report by the end of the year"),
    ]
    items = "".join(f"<li>{html}</li>" for html, _ in points)
    assert _extra(_page(end=f"<ul>{items}</ul>")) == [f"- {text}" for _, text in points]


# ------------------------------------------------------------------ a page laid out in a table, no <h1>


_MENU = "<a href='/'>Home</a> | <a href='/n'>News</a> | <a href='/s'>Sport</a> | <a href='/w'>Weather</a>"
_FOOT = "<a href='/x'>Subscribe</a> | <a href='/y'>Archive</a> | <a href='/z'>Contact us</a>"


def _layout(cell: str) -> str:
    return (
        "<html><head><title>Harbour bridge to close</title></head><body><table width='760'>"
        f"<tr><td>{_MENU}</td></tr><tr><td><font size='4'><b>Harbour bridge to close</b></font><br><br>{cell}</td>"
        f"<td width='160'><a href='/ad'>Cheap flights to Spain</a><br><a href='/ad2'>Win a new car</a></td></tr>"
        f"<tr><td>{_FOOT}</td></tr></table></body></html>"
    )


def test_a_page_laid_out_in_a_table_without_a_headline_tag_gives_its_paragraphs() -> None:
    text = article_from_html(_layout("<br><br>".join(_P)), "a", "x.html").text
    assert text.split("\n\n") == _P


def test_a_data_table_in_an_article_stays_a_table() -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (("Bridge", "12 million"), ("Ferry", "3 million"), ("Roads", "1 million")))
    text = article_from_html(_page(mid=f"<table><tr><th>Item</th><th>Cost</th></tr>{rows}</table>"), "a", "x.html").text
    assert "Ferry" in text and "3 million" in text and all(p in text for p in _P)


# ------------------------------------------------------------------ invisible controls in the fields


@pytest.mark.parametrize("mark", ["\u061c", "\ufff9"])
def test_fields_lose_bidi_and_line_controls(mark: str) -> None:
    rec = {"title": f"Harbour{mark} bridge to close", "text": "\n\n".join(_P), "byline": f"Jane{mark} Doe", "outlet": f"Example{mark} News"}
    article = article_from_record(rec, "x.jsonl", "a")
    assert (article.title, article.byline, article.outlet) == ("Harbour bridge to close", ["Jane Doe"], "Example News")


def test_a_pages_fields_lose_the_arabic_letter_mark() -> None:
    html = _page().replace("</head>", "<meta name='author' content='Jane&#x61C; Doe'><meta property='og:site_name' content='Example&#x61C; News'></head>")
    article = article_from_html(html.replace("<title>Harbour", "<title>Harbour&#x61C;"), "a", "x.html")
    assert (article.byline, article.outlet) == (["Jane Doe"], "Example News") and "\u061c" not in article.title


def test_a_body_keeps_its_persian_joiner() -> None:
    word = "زمین\u200cلرزه"
    rec = {"title": "Harbour bridge to close", "text": "\n\n".join([*_P, f"{word} در شهر رخ داد و خسارت زیادی به بار آورد."])}
    assert word in article_from_record(rec, "x.jsonl", "a").text


def test_a_data_table_with_a_long_cell_stays_rows() -> None:
    note = " ".join(_P) + " The plate was printed twice. Both prints are signed."
    rows = f"<tr><td>1</td><td>Harbour bridge</td><td>{note}</td></tr><tr><td>2</td><td>Old ferry</td><td>Etching, signed.</td></tr>"
    text = article_from_html(_page(end=f"<table><tr><td>No.</td><td>Motif</td><td>Remarks</td></tr>{rows}</table>"), "a", "x.html").text
    assert "| 2 | Old ferry | Etching, signed. |" in text


def test_a_table_of_signatories_stays() -> None:
    firsts = ("Ann", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gia", "Hal", "Ida", "Jon", "Kai", "Lea", "Max", "Nia")
    pairs = [(f, la) for f in firsts for la in ("Roe", "Lund", "Meyer", "Okafor", "Silva")]
    names = [f"{f} {la}, {'Example Media Inc.' if i % 8 == 0 else 'Department of History, Example University'}" for i, (f, la) in enumerate(pairs)]
    cells = "".join(f"<td>{'<br>'.join(names[k::2])}</td>" for k in (0, 1))
    text = article_from_html(_page(end=f"<p>Signed by:</p><table><tr>{cells}</tr></table>"), "a", "x.html").text
    assert "Nia Silva, Department of History, Example University" in text and "Ben Okafor, Example Media Inc." in text
