"""batch50: binary feeds named as binary; the text length limit checked before the expensive work; edit detection
over paths written differently; a near-duplicate's changed figure in its similarity; hostile text in the report and
the web app."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import cli

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title><item><title>Pact signed</title>'
    b"<description>Ministers met in Riga on Monday to sign a pact protecting undersea cables.</description></item>"
    b"</channel></rss>"
)

# ------------------------------------------------------------------ 1. binary data in a feed file


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("nul.rss", b"<rss>" + b"\x00" * 600),
        ("trailing-nul.xml", FEED + b"\x00" * 40),
        ("random.atom", b"<" + bytes((i * 97 + 13) % 256 for i in range(4000))),
        ("utf16-looking.rss", b"<\x00r\x00" + bytes((i * 31 + 7) % 256 for i in range(400))),
    ],
)
def test_binary_data_in_a_feed_file_is_named_binary(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, _, err = cli("ingest", path, "-o", tmp_path / "o.jsonl")
    assert code == 2 and "binary data" in err and "well-formed" not in err, err


def test_a_utf16_feed_still_reads(tmp_path: Path) -> None:
    for name, data in (
        ("le.rss", FEED.decode().replace("utf-8", "utf-16").encode("utf-16-le")),
        ("be.rss", FEED.decode().replace("utf-8", "utf-16").encode("utf-16-be")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        code, _, err = cli("ingest", path, "-o", tmp_path / "o.jsonl")
        assert code == 0, err
        assert "undersea cables" in (tmp_path / "o.jsonl").read_text(encoding="utf-8")


# ------------------------------------------------------------------ 2. the text length limit, checked early

_WORDS = "the minister said on Monday that talks would resume in June after a pause of three weeks ".split()


def _long_text(chars: int) -> str:
    words = (_WORDS * (chars // 60 + 1))[: chars // 6]
    return " ".join(f"{w}{i % 97}" if i % 7 == 0 else w for i, w in enumerate(words))[:chars]


def _warc(html: str) -> bytes:
    body = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/news/talks\r\n"
        f"WARC-Date: 2026-11-30T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body + b"\r\n\r\n"


def _inputs(text: str) -> dict[str, bytes]:
    page = f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{text}.</p></article></body></html>"
    return {
        "long.txt": (text + ".\n").encode(),
        "long.jsonl": (json.dumps({"id": "t", "text": text}) + "\n").encode(),
        "long-html.jsonl": (json.dumps({"id": "h", "html": page}) + "\n").encode(),
        "long.html": page.encode(),
        "long.warc": _warc(page),
    }


@pytest.mark.parametrize("name", ["long.txt", "long.jsonl", "long-html.jsonl", "long.html", "long.warc"])
def test_a_text_over_the_length_limit_is_refused_before_it_is_cleaned(tmp_path: Path, name: str) -> None:
    import parallax
    from parallax.errors import InputError

    path = tmp_path / name
    path.write_bytes(_inputs(_long_text(6_000_000))[name])  # three times the limit: cleaning it took minutes
    started = time.perf_counter()
    with pytest.raises(InputError, match="longer than the limit of 2,000,000 characters"):
        parallax.load(path, max_file_bytes=50_000_000)
    assert time.perf_counter() - started < 8


@pytest.mark.parametrize("name", ["long.txt", "long.jsonl", "long-html.jsonl", "long.html", "long.warc"])
def test_the_length_limit_is_read_from_the_options(tmp_path: Path, name: str) -> None:
    import parallax
    from parallax.errors import InputError

    text = _long_text(5_000)
    path = tmp_path / name
    path.write_bytes(_inputs(text)[name])
    with pytest.raises(InputError, match="longer than the limit of 3,000 characters"):
        parallax.load(path, max_text_chars=3_000)
    (article,) = parallax.load(path, max_text_chars=6_000)
    assert len(article.text) > 4_000


def test_whitespace_padding_does_not_count_against_the_limit(tmp_path: Path) -> None:
    import parallax

    path = tmp_path / "padded.txt"
    path.write_text(_long_text(2_000).replace(" ", " " * 6) + ".\n", encoding="utf-8")
    (article,) = parallax.load(path, max_text_chars=3_000)
    assert len(article.text) < 3_000
