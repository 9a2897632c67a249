"""Session 55's extraction fixes (invented pages): real sentences the older line filters dropped, and download notes."""

from __future__ import annotations

from tests.helpers import extra_paragraphs, harbour_page

# ---------------------------------------------------------------- "Read more about the ..." as a sentence of the report

READ_MORE_SENTENCE = (
    "Read more about the bridge's past, and a pattern emerges: the council closed it twice before, in 1978 and in "
    "1994, each time for more than a year."
)


def test_a_read_more_sentence_of_the_report_stays() -> None:
    assert extra_paragraphs(harbour_page(mid=f"<p>{READ_MORE_SENTENCE}</p>")) == [READ_MORE_SENTENCE]


def test_read_more_pointers_still_go() -> None:
    for pointer in (
        "<p>Read more about the bridge closure</p>",
        "<p>Read more about the bridge closure and the ferry plans in our full guide to the harbour works.</p>",
        "<p>Read more about the bridge closure here, with a map of every ferry stop the council plans.</p>",
        '<p><a href="/bridge-history">Read more about the long history of the harbour bridge and the many repairs it needed.</a></p>',
    ):
        assert extra_paragraphs(harbour_page(mid=pointer)) == [], pointer


def test_read_more_sentence_in_plain_text_cleaning() -> None:
    from parallax.ingest.boilerplate import boilerplate_reason

    assert boilerplate_reason(READ_MORE_SENTENCE) is None
    assert boilerplate_reason("Read more about the storm") is not None
    assert boilerplate_reason("Read more about the bridge in our explainer on the council's website.") is not None


# ---------------------------------------------------------------- a box of notes on a download ("PDF, 95k")


def test_download_notes_of_a_chart_go() -> None:
    box = (
        "<table><tr><td></td><td>The tide table is also offered as a PDF: click on the picture to save it (340 KB)</td><td></td></tr>"
        '<tr><td></td><td><p><a href="c.pdf"><img src="c.gif"></a></p><p>To read PDF files you need a PDF reader; '
        'a <a href="https://reader.example/get">free one is here</a></p></td><td></td></tr></table>'
    )
    assert extra_paragraphs(harbour_page(mid=box)) == []


def test_french_download_notes_go() -> None:
    box = (
        "<div><p>La carte des travaux du port existe en PDF : cliquez sur la vignette (1,2 Mo)</p>"
        "<p>Un lecteur PDF gratuit est nécessaire pour ouvrir ces cartes : "
        '<a href="https://reader.example/get">en voici un</a></p></div>'
    )
    assert extra_paragraphs(harbour_page(mid=box)) == []


def test_a_report_published_as_a_pdf_stays() -> None:
    sentence = "The engineers' 40-page report, published as a PDF on the council's website, lists every crack they found."
    assert extra_paragraphs(harbour_page(mid=f"<p>{sentence}</p>")) == [sentence]


# ---------------------------------------------------------------- a typed rail whose items run past 16 words

LONG_RAIL_ITEMS = [
    "Council approves new budget for schools after a long debate over teacher pay and the cost of three new buildings",
    "Ferry operator wins the contract for the harbour route as unions warn over staff numbers and the winter timetable",
]


def test_a_listed_rail_of_long_headlines_goes() -> None:
    rail = "<p>More on this story</p><ul>" + "".join(f"<li>{item}</li>" for item in LONG_RAIL_ITEMS) + "</ul>"
    assert extra_paragraphs(harbour_page(end=rail)) == []
    assert extra_paragraphs(harbour_page(mid=rail)) == []


def test_long_unstopped_paragraphs_under_a_label_stay() -> None:
    # paragraphs (not a list) of that length after a label are the article's own, even without a full stop
    paras = "<p>More on this story</p>" + "".join(f"<p>{item}</p>" for item in LONG_RAIL_ITEMS)
    assert extra_paragraphs(harbour_page(end=paras)) == LONG_RAIL_ITEMS


# ---------------------------------------------------------------- an opening paragraph glued after the lead picture's credit

OPENING = (
    "The harbour bridge will close to cars from next spring after engineers found cracks in two of its supports, "
    "the city council decided on Tuesday."
)
CAPTION = "A man walks across the closed harbour bridge on Tuesday."


def _summary_page(first: str, summary: str) -> str:
    page = harbour_page(top=f"<p>{first}</p>")
    return page.replace("<head>", f'<head><meta name="description" content="{summary}">')


def test_an_opening_sentence_after_a_credit_that_the_summary_repeats_stays() -> None:
    for credit in ("Photo: Jane Doe/Reuters ", "Foto: Max Muster/dpa "):
        assert extra_paragraphs(_summary_page(credit + OPENING, OPENING)) == [OPENING], credit


def test_a_caption_after_a_credit_still_goes_beside_a_summary() -> None:
    assert extra_paragraphs(_summary_page("Photo: Jane Doe/Reuters " + CAPTION, OPENING)) == []
