"""Session 57, extraction and bad input: the outlet's "Follow us" note told from prose that leads the reader
somewhere, a roundup's own opening paragraph kept beside its calls, and hostile or malformed inputs to the
command line (one clear error line and status 2, or a correct reading).  All text, outlets and people invented."""

from __future__ import annotations

import pytest

from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.follow_calls import follow_prose
from tests.helpers import HARBOUR_PARAS, harbour_page, page_paragraphs

# ------------------------------------------------------------------ "Follow us": the site's note or prose

_FOLLOW_PROSE = [
    "Follow us to the old harbour, where divers found cracks in two supports of the bridge that carries 4,000 commuters a day.",
    "Follow us into the pumping station below the quay, where the water has risen by a metre since the spring storms.",
    "The engineers said on Tuesday: follow us to the pier and you will see the cracks yourselves, before the council voted.",
]
_FOLLOW_NOTES = [
    "Follow us on Twitter",
    "Follow us on Telegram for the latest news from the harbour.",
    "Follow us @harbourcourier",
    "Follow us for more",
    "Follow us to stay up to date on the island's news.",
    "Follow us!",
    "Follow us on our Facebook page",
    "Like and follow us on social media.",
]


@pytest.mark.parametrize("sentence", _FOLLOW_PROSE)
def test_a_report_that_leads_the_reader_somewhere_is_prose(sentence):
    assert follow_prose(sentence)
    assert boilerplate_reason(sentence) is None


@pytest.mark.parametrize("note", _FOLLOW_NOTES)
def test_the_sites_follow_note_still_goes(note):
    assert not follow_prose(note)
    assert boilerplate_reason(note, is_last=True) is not None  # ("share or follow"; a handle: "contact line")


@pytest.mark.parametrize("sentence", _FOLLOW_PROSE[:2])
def test_an_opening_paragraph_that_says_follow_us_to_a_place_stays_on_the_page(sentence):
    assert sentence in page_paragraphs(harbour_page(paras=[sentence, *HARBOUR_PARAS]))


def test_a_follow_note_under_the_headline_still_goes():
    lines = page_paragraphs(harbour_page(top="<p>Follow us on Telegram for the latest news from the harbour.</p>"))
    assert lines == HARBOUR_PARAS


# a roundup's first paragraph: the outlet's calls around the sentence that presents what follows
_ROUNDUP_OPENING = (
    "At Tidewater Analytics, we build sensors for ports and shipyards. Follow us to stay up to date on harbour "
    "technology. In this edition of our roundup, news on: the bridge closure, the ferry plan and the repair bill. "
    "Check back for regular roundups and subscribe to our video channel for updates."
)


def test_a_roundups_opening_paragraph_with_calls_stays():
    assert _ROUNDUP_OPENING in page_paragraphs(harbour_page(paras=[_ROUNDUP_OPENING, *HARBOUR_PARAS]))


def test_the_outlets_opening_note_with_a_call_still_goes():
    note = (
        "Start your morning with the Quayside Brief from the Harbour Courier. The Quayside Brief is the quickest read "
        "on the port's business for agents and traders. Sign up for the free daily newsletter."
    )
    assert note not in page_paragraphs(harbour_page(paras=[note, *HARBOUR_PARAS]))
