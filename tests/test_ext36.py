"""Session ext36: furniture rules found on the extraction benchmarks' dev pages (synthetic pages per rule)."""

from __future__ import annotations

from parallax.ingest.date_lines import is_metadata_row
from parallax.ingest.extract import main_text

_BODY = " ".join(
    f"The council met on Tuesday evening and voted on the plan for the harbour, sentence number {i} of the report." for i in range(12)
)


def _page(inner: str) -> str:
    return f"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>{inner}</article></body></html>"


def test_footer_joined_by_hyphens_is_a_metadata_row() -> None:
    assert is_metadata_row("ferry_timetable.html - Created 11-02-2009 9:05am - Last Modified: 11-02-2009 9:05am")
    assert is_metadata_row("By Jane Roe - May 5, 2026")


def test_sentence_with_spaced_hyphens_is_no_metadata_row() -> None:
    assert not is_metadata_row("Berlin - 5. Mai 2026 - Der Bundestag hat das Gesetz beschlossen")
    assert not is_metadata_row("Created 03-10-2004 - 2 people died")


def test_footer_joined_by_hyphens_is_cut_from_the_text() -> None:
    html = _page(f"<p>{_BODY}</p><p>notes.html - Created 14-06-2011 9:05am - Last Modified: 14-06-2011 9:05am</p>")
    text = main_text(html) or ""
    assert "sentence number 11" in text
    assert "Last Modified" not in text


def test_caption_run_on_with_its_credit_is_dropped() -> None:
    caption = (
        '<p class="summary">Agents found 475 pounds of cocaine inside a vessel at the ramp. '
        '<span class="credit video-credit">By KELTON HARBOUR POLICE</span></p>'
    )
    text = main_text(_page(f'<img src="a.jpg"/>{caption}<p>{_BODY}</p>')) or ""
    assert "sentence number 11" in text
    assert "475 pounds" not in text and "HARBOUR POLICE" not in text


def test_paragraph_with_a_credit_inside_it_stays() -> None:
    inside = '<p>The harbour board said the ship <span class="credit">By AP</span> had left the port on Monday morning.</p>'
    text = main_text(_page(f"<p>{_BODY}</p>{inside}")) or ""
    assert "had left the port" in text


def test_widget_note_about_its_button_is_cut() -> None:
    from parallax.ingest.widget_lines import widget_reason

    note = "Mit diesem Button kannst Du diese Folge auf Deine Merkliste setzen. Dazu musst Du Dich anmelden:"
    assert widget_reason(note) == "widget note"
    assert widget_reason("Click this button to add the episode to your list.") == "widget note"
    # a report that mentions a button goes on
    assert widget_reason("The pilot pressed this button twice before the engine stopped, investigators said.") is None


_CARD = [
    "WELCOME BONUS: 60,000 Miles",
    "OUR BONUS VALUATION*: $1,200",
    "CARD PERKS: 3X miles on groceries and fuel",
    "*Bonus value is our own estimate, not the bank's. See how we value miles here.",
    "- Earn 60,000 bonus miles once you spend $3,000 in your first 90 days.",
]


def test_closing_offer_card_with_its_footnote_is_cut() -> None:
    from parallax.ingest.pitches import without_closing_pitch

    body = ["The airline joins the alliance on March 31.", "Members will have access to its lounges."]
    assert without_closing_pitch(body + _CARD) == body


def test_fact_box_in_capitals_without_footnote_stays() -> None:
    from parallax.ingest.offer_cards import without_offer_card

    box = ["The fair opens on Saturday.", "WHEN: Saturday, 10 a.m.", "WHERE: City Hall", "- Free entry for children"]
    assert without_offer_card(box) == box
    # a card whose fields are followed by more prose is no closing card
    assert without_offer_card(["Intro.", *_CARD[:4], "The report goes on here."]) == ["Intro.", *_CARD[:4], "The report goes on here."]


def test_see_also_turned_round_is_a_related_link() -> None:
    from parallax.ingest.line_filters import line_reason

    assert line_reason("Also: See our holiday sales coverage at Techwire") == "related link"
    assert line_reason("Also: Read our review of the phone") == "related link"
    assert line_reason("Also: the minister said he would see the report.") is None


def test_closing_postal_footer_is_cut() -> None:
    from parallax.ingest.address_lines import is_address_line
    from parallax.ingest.line_filters import line_reason

    assert line_reason("Gartenbau K. & M. Vogt * Lindenweg 14 * 26122 Oldenburg", is_last=True) == "postal footer"
    assert line_reason("Tel.: 0441 55 21 903 * kontakt@gartenbau-vogt.de", is_last=True) == "postal footer"
    assert is_address_line("Musterfirma GmbH | Hauptstraße 12a | 10115 Berlin | Tel. 030 1234567")
    # not inside the text, and not a menu or a sentence
    assert line_reason("Gartenbau K. & M. Vogt * Lindenweg 14 * 26122 Oldenburg") is None
    assert not is_address_line("Home | About | Contact")
    assert not is_address_line("The mayor said * the plan would cost 5 million")
