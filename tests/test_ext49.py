"""Session 49 (ext49): page furniture kept as article text (reader tip lines, text-only reader polls, dossier and
topic link labels, a live blog's "Key events" list and its controls) and a tiny page's paragraph breaks, all read
through the public HTML reader on invented pages; each rule beside a real paragraph of the same look that stays."""

from __future__ import annotations

from tests.helpers import HARBOUR_PARAS as _P
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page
from tests.helpers import page_paragraphs as _text

# ------------------------------------------------------------------ reader tip lines


def test_a_tip_line_asking_for_the_readers_story_goes() -> None:
    assert _extra(_page(mid="<p><strong>Do you have a story?</strong> Email <a href='mailto:tips@example.com'>tips@example.com</a></p>")) == []
    assert _extra(_page(end="<p><em>Got a news tip? <a href='/tips'>Let us know</a>.</em></p>")) == []
    assert _extra(_page(end="<p>Have a tip about this story? Contact us at 555-0100 or newsdesk@example.com.</p>")) == []
    assert _extra(_page(end="<p>Haben Sie einen Hinweis? Schicken Sie ihn an hinweise@example.de</p>")) == []


def test_a_paragraph_that_opens_with_the_same_question_but_reports_stays() -> None:
    real = "Do you have a story to tell about the floods? Thousands of residents answered that question in the council's survey, the mayor said."
    quoted = "“Got a news tip?” the billboards asked drivers, and the paper's hotline took 300 calls in its first week."
    assert _extra(_page(end=f"<p>{real}</p><p>{quoted}</p>")) == [real, quoted]


# ------------------------------------------------------------------ reader polls in text


def test_a_reader_poll_left_as_lines_goes() -> None:
    poll = "<p>Poll: Should the bridge be rebuilt?</p><p>Yes</p><p>No</p><p>Not sure</p><p>Vote</p>"
    assert _extra(_page(mid=poll)) == []
    assert _extra(_page(mid="<p>Umfrage: Soll die Brücke neu gebaut werden?</p><p>Ja</p><p>Nein</p><p>Abstimmen</p>")) == []
    assert _extra(_page(mid="<div><p>Poll: Should the bridge be rebuilt? <span>Yes</span> <span>No</span> <a href='#'>Vote</a></p></div>")) == []


def test_a_poll_reported_in_the_text_stays() -> None:
    told = "Poll: Should the city rebuild the bridge? A majority of the 1,200 readers who answered said yes."
    figure = "Poll: 54% of voters back the bridge plan, according to a survey published on Monday."
    assert _extra(_page(mid=f"<p>{told}</p><p>{figure}</p>")) == [told, figure]


# ------------------------------------------------------------------ dossier and topic labels


def test_a_dossier_or_topic_label_over_a_link_goes() -> None:
    assert _extra(_page(mid="<p><strong>Dossier:</strong> <a href='/d'>The harbour bridge</a></p>")) == []
    assert _extra(_page(end="<p>Mehr zum Thema: <a href='/t'>Die Hafenbrücke</a></p>")) == []


def test_a_paragraph_that_opens_with_the_word_dossier_stays() -> None:
    real = "Dossier: the ministry's 300-page file on the bridge was leaked to reporters on Friday."
    assert _extra(_page(mid=f"<p>{real} <a href='/f'>Read the file</a></p>")) == [f"{real} Read the file"]


# ------------------------------------------------------------------ a live blog's key events

_POSTS = [("10:42", "Mayor defends closure", _P[0]), ("09:15", "Council votes", _P[1]), ("08:30", "Engineers report", _P[2]), ("08:00", "Welcome", _P[3])]


def _live(key_events: str) -> str:
    posts = "".join(f"<div class='block'><p class='time'>{t}</p><h3>{h}</h3><p>{p}</p></div>" for t, h, p in _POSTS)
    return (
        '<html><head><title>Harbour bridge live</title><meta property="og:type" content="article"></head>'
        f"<body><article><h1>Harbour bridge live</h1>{key_events}{posts}</article></body></html>"
    )


_ENTRIES = ["10:42 – Mayor defends closure", "09:15 – Council votes", "08:30 – Engineers report", "08:00 – Welcome"]


def test_a_live_blogs_key_events_list_goes_and_the_entries_stay() -> None:
    listed = "<section><h2>Key events</h2><p>10:42 Mayor defends closure</p><p>09:15 Council votes</p><p>08:30 Engineers report</p></section>"
    assert _extra(_live(listed)) == _ENTRIES
    german = (
        "<section><h2>Das Wichtigste im Überblick</h2><ul><li>10:42 Uhr: <a href='#b1'>Bürgermeisterin verteidigt Sperrung</a></li>"
        "<li>09:15 Uhr: <a href='#b2'>Rat stimmt ab</a></li></ul></section>"
    )
    assert _extra(_live(german)) == _ENTRIES


def test_the_key_events_controls_go() -> None:
    controls = (
        "<div><p>Key events</p><div><a href='#b1'>2h ago</a><span>10:42</span><a href='#b1'>Mayor defends closure</a></div></div>"
        "<p>Show key events only</p><p>Please turn on JavaScript to use this feature</p>"
    )
    assert _extra(_live(controls)) == _ENTRIES


def test_a_timeline_the_article_gives_stays() -> None:
    timeline = "<h2>Timeline</h2><p>10:42 First alarm raised at the depot</p><p>11:05 Fire crews arrive</p>"
    assert _extra(_page(mid=timeline)) == ["Timeline", "10:42 First alarm raised at the depot", "11:05 Fire crews arrive"]


# ------------------------------------------------------------------ a tiny page keeps its paragraphs

_A = "A fire broke out at the bus depot on Main Street on Monday night."
_B = "No one was hurt, the fire service said."


def test_a_tiny_page_keeps_its_paragraph_breaks() -> None:
    html = f"<html><head><title>Fire at depot</title></head><body><article><h1>Fire at depot</h1><p class='byline'>By Jane Roe</p><p>{_A}</p><p>{_B}</p></article></body></html>"
    assert _text(html) == [_A, _B]


def test_a_tiny_pages_one_paragraph_is_not_cut() -> None:
    html = f"<html><head><title>Fire at depot</title></head><body><article><h1>Fire at depot</h1><p>{_A} <b>Update:</b> {_B}</p></article></body></html>"
    assert _text(html) == [f"{_A} Update: {_B}"]


def test_a_police_appeal_after_the_same_question_stays() -> None:
    appeal = "Do you have any information about the crash? Police asked witnesses to write to appeal@police.example.uk."
    call = "Have you got any pictures of the fire? Call police on 101, a spokesman said."
    assert _extra(_page(end=f"<p>{appeal}</p><p>{call}</p>")) == [appeal, call]


def test_a_polls_result_listed_under_its_question_stays() -> None:
    results = ["Umfrage: Wer soll die Stadt künftig führen?", "Anna Keller 41 Prozent", "Jens Roth 33 Prozent"]
    assert _extra(_page(mid="".join(f"<p>{r}</p>" for r in results))) == results


def test_a_key_events_heading_over_the_first_entry_alone_stays() -> None:
    html = _page(top="<h2>Key events</h2><p>10:42 – Mayor defends closure</p>")
    assert _extra(html) == ["Key events", "10:42 – Mayor defends closure"]


def test_tip_lines_in_other_languages_go() -> None:
    from parallax.ingest.notes import note_reason

    for line in ("Hai una segnalazione? Scrivici", "Vous avez une info ? Écrivez-nous à redaction@example.fr", "¿Tienes una historia? Escríbenos"):
        assert note_reason(line) == "tip line", line
    assert note_reason("Hai una storia da raccontare? Molti lettori hanno risposto al sondaggio del comune.") is None
