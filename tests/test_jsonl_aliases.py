"""JSONL from common scrapers: their field names stand in for missing ones, language tags keep their
primary code.  All texts invented."""

from __future__ import annotations

import json

import pytest

import parallax


def test_jsonl_from_common_scrapers(tmp_path):
    p = tmp_path / "scraped.jsonl"
    body = "Die Stadt baut eine neue Brücke über den Fluss. Die Arbeiten beginnen im Mai und dauern zwei Jahre."
    p.write_text(
        json.dumps({"title": "Neue Brücke", "maintext": body, "date_publish": "2026-03-10 09:15:00", "source_domain": "kurier.example"}) + "\n"
        + json.dumps({"headline": "Neue Brücke", "articleBody": body, "datePublished": "2026-03-10T09:15:00+01:00", "language": "de-AT"}) + "\n",
        encoding="utf-8",
    )
    a, b = parallax.load([p])
    assert (a.text, a.published, a.outlet, a.title) == (body, "2026-03-10T09:15:00", "kurier.example", "Neue Brücke")
    assert (b.title, b.published, b.language) == ("Neue Brücke", "2026-03-10T09:15:00+01:00", "de")


def test_jsonl_own_fields_win_over_aliases_and_nested_fields_are_refused(tmp_path):
    p = tmp_path / "own.jsonl"
    p.write_text(json.dumps({"text": "The council met on Monday to vote.", "content": "Another text.", "date": "2026-01-01", "published": "2026-03-02", "language": "PT"}) + "\n")
    [a] = parallax.load([p])
    assert (a.text, a.published, a.language) == ("The council met on Monday to vote.", "2026-03-02", "pt")
    q = tmp_path / "nested.jsonl"
    q.write_text(json.dumps({"content": {"text": "The council met on Monday."}}) + "\n")
    with pytest.raises(parallax.errors.InputError, match="nested.jsonl:1"):
        parallax.load([q])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("pt-BR", "pt"), ("fil", "fil"), ("fil-PH", "fil"), ("en_GB", "en"), ("x-default", None), ("und", None), ("", None)],
)
def test_an_html_page_declares_its_language_by_its_primary_subtag(lang, expected):
    from parallax.ingest.html import article_from_html

    html = f'<html lang="{lang}"><head><title>T</title></head><body><article><p>{"Ang bagyo ay tumama sa lalawigan kahapon. " * 3}</p></article></body></html>'
    art = article_from_html(html, "a", "a.html")
    assert art.language == expected or (expected is None and art.language != lang)


def test_a_bad_date_under_an_alias_is_named_by_the_field_the_record_has(tmp_path):
    from parallax.errors import InputError

    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps({"maintext": "The bridge reopened on Monday after repairs.", "date": "last Tuesday"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="'date' is not an ISO 8601 date"):
        parallax.load([path])
