"""batch50: binary feeds named as binary; the text length limit checked before the expensive work; edit detection
over paths written differently; a near-duplicate's changed figure in its similarity; hostile text in the report and
the web app."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import cli
from tests.helpers import KIRKUK_WIRE, warc_response

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


def _inputs(text: str) -> dict[str, bytes]:
    page = f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{text}.</p></article></body></html>"
    return {
        "long.txt": (text + ".\n").encode(),
        "long.jsonl": (json.dumps({"id": "t", "text": text}) + "\n").encode(),
        "long-html.jsonl": (json.dumps({"id": "h", "html": page}) + "\n").encode(),
        "long.html": page.encode(),
        "long.warc": warc_response(page),
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


# ------------------------------------------------------------------ 4. a near-duplicate's changed figure


def _copy_run(tmp_path: Path, copy_text: str) -> tuple[dict, str, str]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.txt").write_text("Car bomb kills 12 in Kirkuk\n\n" + KIRKUK_WIRE + "\n", encoding="utf-8")
    (inputs / "copy.txt").write_text("Kirkuk car bomb kills people\n\n" + copy_text + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = cli("run", inputs, "--store", tmp_path / "s.sqlite", "--out", out, "--published", "2026-11-30", "--embedder", "hashing")
    assert code == 0, err
    (story,) = json.loads((out / "stories.json").read_text(encoding="utf-8"))["stories"]
    base = out / "stories" / story["id"]
    comparison = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    return comparison, base.with_suffix(".html").read_text(encoding="utf-8"), base.with_suffix(".txt").read_text(encoding="utf-8")


def test_a_copy_with_a_changed_figure_does_not_read_as_identical(tmp_path: Path) -> None:
    comparison, html, text = _copy_run(tmp_path, KIRKUK_WIRE.replace("killing 12 people", "killing 14 people"))
    (copy,) = comparison["settings"]["copies"]
    assert 0.5 < copy["similarity"] < 1.0 and copy["figures_only"] is True
    for report in (html, text):
        assert "100% alike" not in report and "identical except figures" in report


def test_a_copy_with_a_reworded_sentence_is_not_called_identical_except_figures(tmp_path: Path) -> None:
    reworded = KIRKUK_WIRE.replace("The blast destroyed several shops", "The blast damaged several shops")
    comparison, html, _ = _copy_run(tmp_path, reworded)
    (copy,) = comparison["settings"]["copies"]
    assert copy["similarity"] < 1.0 and copy["figures_only"] is False
    assert "identical except figures" not in html


# ------------------------------------------------------------------ 3. edits seen through paths written differently

STORY = "Ministers met in Riga on Monday to sign a pact protecting undersea cables. The agreement takes effect in June, officials said."


def _stored(store_path: Path) -> dict[str, str]:
    from parallax.store import open_store

    with open_store(store_path) as store:
        return {a.id: a.text for a in store.iter_articles(order="id")}


@pytest.mark.parametrize("second", ["dir/", "absolute", "./dir/../dir"])
def test_an_edit_is_seen_whatever_way_the_folder_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, second: str) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "pact.txt").write_text(STORY + "\n", encoding="utf-8")
    args = ("--store", "s.sqlite", "--out", "out", "--published", "2026-11-30", "--embedder", "hashing", "--no-html")
    code, _, err = cli("run", "./dir", *args)
    assert code == 0, err
    (folder / "pact.txt").write_text(STORY.replace("in June", "in July") + "\n", encoding="utf-8")
    code, _, err = cli("run", str(folder) if second == "absolute" else second, *args)
    assert code == 0, err
    assert list(_stored(tmp_path / "s.sqlite").items()) == [("pact", STORY.replace("in June", "in July"))]


def test_an_edited_record_whose_id_a_new_file_took_is_kept_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A JSONL record "fire" is edited while a new file fire.txt (read first) takes the id "fire" in the run: the
    record is read as "fire~2".  Decided: nothing is replaced (which stored text is the old record cannot be told
    from the id alone), every text stays, and a warning names the record, its stored id and the way out."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "wire.jsonl").write_text(json.dumps({"id": "fire", "outlet": "Wire", "text": STORY}) + "\n", encoding="utf-8")
    args = ("--store", "s.sqlite", "--out", "out", "--published", "2026-11-30", "--embedder", "hashing", "--no-html")
    assert cli("run", "dir", *args)[0] == 0
    fire = "A fire broke out at a warehouse in Gdynia on Monday night, firefighters said. Nobody was hurt."
    (folder / "fire.txt").write_text(fire + "\n", encoding="utf-8")
    edited = STORY.replace("in June", "in July")
    (folder / "wire.jsonl").write_text(json.dumps({"id": "fire", "outlet": "Wire", "text": edited}) + "\n", encoding="utf-8")
    code, _, err = cli("run", "dir", *args)
    assert code == 0, err
    assert sorted(_stored(tmp_path / "s.sqlite").values()) == sorted([STORY, edited, fire])
    assert "fire~2" in err and "stored as fire" in err and "own ids" in err, err


# ------------------------------------------------------------------ 5. hostile text in the report and the web app

LONG_WORD = "A" * 10_000
EVIL_URLS = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "\tjavascript:alert(1)", "data:text/html,<script>alert(1)</script>",
             "vbscript:msgbox(1)", 'https://ex.example/"onmouseover="alert(1)', "//evil.example/x"]  # fmt: skip
EVIL = "<svg onload=alert(1)> <img src=x onerror=alert(1)> <script>alert(1)</script> \"'><iframe src=javascript:alert(1)>"
CONTROLS = "\x07\x1b[31m\x0b\x0c\x7f"
BIDI = "\u202etxt.exe\u202c \u2066x\u2069 \u200f"


def _hostile_records() -> list[dict]:
    base = (
        "Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea cables "
        "and pipelines after the power link between Finland and Estonia was damaged. The fund is worth {} million euros."
    )
    return [
        {"id": f"evil-{n}", "outlet": f"Outlet {n} {EVIL}{BIDI}{CONTROLS}", "url": url, "language": "en",
         "published": f"2026-03-0{n % 5 + 1}T06:30:00+00:00", "title": f"Pact {n} {EVIL} {BIDI}{CONTROLS}{LONG_WORD[:1500]}",
         "text": base.format(240 + n) + f"\n\n{EVIL} {BIDI}{CONTROLS} {LONG_WORD}\n\n\"We cannot protect what we cannot see,\" said Anna Lindqvist."}
        for n, url in enumerate(EVIL_URLS)
    ]  # fmt: skip


def _assert_safe(page: str) -> None:
    """Nothing in ``page`` runs that the page did not write itself, no link leaves for another scheme than
    http(s), no control or bidirectional override character is left, and long words may wrap."""
    import lxml.html

    tree = lxml.html.document_fromstring(page)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ("iframe", "img", "object", "embed"), lxml.html.tostring(el)[:200]
        assert el.tag != "svg" or not any(k.startswith("on") for k in el.attrib), lxml.html.tostring(el)[:200]
        for key, value in el.attrib.items():
            assert not key.lower().startswith("on"), (el.tag, key, value)
            if key in ("href", "src", "action", "formaction", "xlink:href"):
                v = value.strip().lower()
                assert v.startswith(("http://", "https://", "#", "/", "?", "data:,")) and not v.startswith("//"), (el.tag, key, value)
        if el.tag == "script":
            assert "alert" not in (el.text or "")
    for ch in "\x07\x1b\x0b\x0c\x7f\u202e\u202c\u2066\u2069":
        assert ch not in page, (repr(ch), page[max(0, page.find(ch) - 150) : page.find(ch) + 20])
    style = page.replace(" ", "")
    assert "body{" in style and "overflow-wrap:anywhere" in style.split("body{", 1)[1].split("}", 1)[0]


def test_the_html_report_holds_hostile_text(tmp_path: Path) -> None:
    inputs = tmp_path / "hostile.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in _hostile_records()), encoding="utf-8")
    out = tmp_path / "report.html"
    code, _, err = cli("compare", inputs, "--format", "html", "-o", out, "--embedder", "hashing")
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    _assert_safe(page)


def test_the_web_app_holds_hostile_text(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app

    app = create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        r = client.post("/api/articles", json={"articles": _hostile_records()})
        assert r.status_code == 201, r.text[:300]
        pages = [client.get("/"), client.get("/", params={"q": EVIL + BIDI}), client.get("/add")]
        for story in client.get("/api/stories").json()["stories"]:
            pages.append(client.get(f"/stories/{story['id']}"))
        for record in _hostile_records():
            pages.append(client.get(f"/articles/{record['id']}"))
        for page in pages:
            assert page.status_code == 200, page.url
            _assert_safe(page.text)
