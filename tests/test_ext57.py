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


# ------------------------------------------------------------------ bad input at the command line (the audit's cases
# that tests/test_robust55.py does not hold: each gives one error line naming the input and the reason, status 2,
# or is read; an earlier output file is left as it was)

import json  # noqa: E402

from tests.conftest import cli  # noqa: E402

_STORY = "The Varnek town council voted on Tuesday to close the old ferry pier after divers found rot in its piles."
_NON_HTML_RECORD = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n" + bytes(range(256))
_WARC_PNG = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://varnek.invalid/pier.png\r\nWARC-Date: 2026-11-30T10:00:00Z\r\n"
    b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
    + str(len(_NON_HTML_RECORD)).encode()
    + b"\r\n\r\n"
    + _NON_HTML_RECORD
    + b"\r\n\r\n"
)
_BAD = {  # file name: (bytes, what the error line says)
    "pier.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary data"),
    "list-line.jsonl": (
        (json.dumps({"id": "v1", "text": _STORY}) + "\n[1, 2, 3]\n").encode(),
        "list-line.jsonl:2: record is not a JSON object",
    ),
    "no-text.jsonl": (
        json.dumps({"id": "v1", "title": "Pier closes"}).encode() + b"\n",
        "no-text.jsonl:1: record needs a non-empty 'text'",
    ),
    "no-items.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Varnek Post</title></channel></rss>', "feed has no items"),
    "picture.warc": (_WARC_PNG, "no article pages"),
}


@pytest.mark.parametrize("command", ["ingest", "analyze", "compare"])
@pytest.mark.parametrize("name", sorted(_BAD))
def test_a_hostile_input_gives_one_error_line_and_keeps_the_earlier_output(tmp_path, command, name):
    data, reason = _BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    out.write_text('{"kept": true}\n', "utf-8")
    extra = ["--embedder", "hashing"] if command == "compare" else []
    code, _, err = cli(command, path, "-o", out, *extra)
    lines = err.strip().splitlines()
    assert "Traceback" not in err and code == 2, (code, err)
    assert len(lines) == 1 and lines[0].startswith("parallax: error: ") and name in lines[0] and reason in lines[0], err
    assert out.read_text("utf-8") == '{"kept": true}\n'


def test_a_latin1_text_file_is_read(tmp_path):
    path = tmp_path / "fahre.txt"
    path.write_bytes(
        "Der Stadtrat von Varnek schloss am Dienstag die Fähre. Bürgermeisterin Ilse Brandt sprach von drei Millionen Euro.".encode(
            "latin-1"
        )
    )
    code, _, err = cli("ingest", path, "-o", tmp_path / "out.jsonl", "--published", "2026-03-05")
    assert code == 0, err
    assert "Fähre. Bürgermeisterin" in json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["text"]


def test_script_handlers_cdata_and_comments_in_an_article_body_never_reach_its_text(tmp_path):
    page = (
        "<html><head><title>Pier closes</title></head><body><article><h1>Pier closes</h1>"
        f"<p>{_STORY}</p><script>document.write('SCRIPTED')</script>"
        "<p>Mayor Ilse Brandt said repairs would cost 3 million euros <img src=x onerror=\"alert('HANDLER')\"> and take two years.</p>"
        "<p>Read the <a href=\"javascript:alert('LINKED')\">council minutes</a> for the full vote, which passed nine to four.</p>"
        "<p><![CDATA[CDATA-TEXT]]>The harbour master, Jon Vell, said ferries would use the north quay instead.</p>"
        "<!-- COMMENTED --><p>Fishermen said the closure would cost them an hour a day on each trip.</p></article></body></html>"
    )
    path = tmp_path / "pier.html"
    path.write_text(page, "utf-8")
    code, _, err = cli("ingest", path, "-o", tmp_path / "out.jsonl", "--published", "2026-03-05")
    assert code == 0, err
    text = json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["text"]
    assert all(word not in text for word in ("SCRIPTED", "HANDLER", "LINKED", "javascript", "CDATA", "COMMENTED")), text
    assert "Read the council minutes for the full vote" in text and "north quay" in text and "an hour a day" in text
