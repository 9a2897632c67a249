"""Captions and modal popups dropped by their class names before extraction (all invented text)."""

from __future__ import annotations

from parallax.ingest.extract import parse
from parallax.ingest.html import extract_main_text
from parallax.ingest.page_furniture import drop_captions, drop_modals

BODY = "The harbour board approved the new ferry timetable on Tuesday after a two-hour debate, its chair said."
CAPTION = "Harbour board chair Lena Marsh (left) looks on as the ferry captain addresses the crowd at the pier."
POPUP = "The Coastal Cadet Course trains young sailors in navigation, rescue drills and engine care over twelve weeks."
PARAGRAPHS = "".join(f"<p>{i}. {BODY}</p>" for i in range(5))


def _text(tree) -> str:
    return " ".join(next(tree.iter("body")).text_content().split())


def test_a_caption_block_beside_the_lead_image_is_dropped():
    tree = parse(
        "<html><body><article><header><h1>New ferry timetable</h1><div class='photo-overlay'>"
        f"<div class='photo-caption'>{CAPTION}</div></div></header><div class='entry-content'>{PARAGRAPHS}</div></article></body></html>"
    )
    drop_captions(tree)
    text = _text(tree)
    assert "looks on as" not in text and "New ferry timetable" in text and "4. The harbour board" in text


def test_a_wordpress_caption_text_is_dropped_and_the_paragraph_after_it_stays():
    tree = parse(f"<html><body><div class='entry-content'><p>{BODY}</p><p class='wp-caption-text'>{CAPTION}</p><p>Closing words here.</p></div></body></html>")
    drop_captions(tree)
    text = _text(tree)
    assert "looks on as" not in text and "Closing words here." in text


def test_a_popup_plugins_hidden_text_is_dropped():
    tree = parse(
        f"<html><body><article><h1>New ferry timetable</h1><div class='entry-content'>{PARAGRAPHS}</div></article>"
        f"<div class='pum pum-overlay'><div class='pum-container popmake'><p><strong>INTRODUCTION</strong></p><p>{POPUP}</p></div></div></body></html>"
    )
    drop_modals(tree)
    text = _text(tree)
    assert "Cadet Course" not in text and "4. The harbour board" in text


def test_a_modal_wrapping_the_whole_article_stays():
    # a template that names its page wrapper "modal": the article in it is still the article
    page = f"<html><body><div class='modal'><h1>New ferry timetable</h1><div class='entry-content'>{PARAGRAPHS}</div></div></body></html>"
    text = extract_main_text(page)
    assert text is not None and "2. The harbour board" in text


def test_a_long_block_named_caption_stays():
    # a "caption" class on a long block is the template's wrapper, not a caption
    long_text = " ".join([BODY] * 9)
    tree = parse(f"<html><body><h1>Timetable</h1><div class='caption-content'><p>{long_text}</p><p>{BODY}</p></div></body></html>")
    drop_captions(tree)
    assert "two-hour debate" in _text(tree)
