"""ext44: invented pages in the shapes of news CMSs and hostile inputs (session 44)."""

from __future__ import annotations

from parallax.ingest.decode import decode_bytes


def test_windows_1252_page_declared_utf8_keeps_its_quotes_and_euro() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Budget</title></head><body><p>The mayor said '
        "“we will invest €5 million” in the café district.</p></body></html>"
    ).encode("cp1252")
    text = decode_bytes(page, "page.html", html=True)
    assert "“we will invest €5 million” in the café district" in text


def test_utf8_page_with_a_windows_1252_paste_keeps_both() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Le café est fermé depuis lundi.</p>'.encode()
    page += "<p>Le maire a dit “nous investirons 5 millions d’euros”.</p></body></html>".encode("cp1252")
    text = decode_bytes(page, "page.html", html=True)
    assert "Le café est fermé depuis lundi." in text
    assert "“nous investirons 5 millions d’euros”" in text


def test_cyrillic_windows_1251_page_is_not_read_as_mixed_utf8() -> None:
    page = "<html><body><p>Председатель правительства заявил, что изменений не будет.</p></body></html>"
    text = decode_bytes(page.encode("cp1251"), "page.html", html=True)
    assert "Председатель правительства заявил" in text
