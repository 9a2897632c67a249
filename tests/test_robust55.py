"""Session 55, robustness: one shared definition of an article's fields in the shipped JSON Schemas, bad input at
every command that reads files, and hostile article text in the HTML report and the web app.

Texts, names and places here are invented."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
import referencing
import referencing.jsonschema

# ------------------------------------------------------------------ 1. one shared definition of the article fields

SHARED = "https://parallax.invalid/schemas/parallax.article.json"
RECORDS = ("ingest", "analysis")


def _raw(name: str) -> dict:
    """A schema file as it ships, its references not followed."""
    return json.loads(resources.files("parallax.report.schemas").joinpath(f"{name}.schema.json").read_text("utf-8"))


def _refs(node: object) -> set[str]:
    if isinstance(node, dict):
        return ({node["$ref"]} if "$ref" in node else set()) | {r for v in node.values() for r in _refs(v)}
    if isinstance(node, list):
        return {r for v in node for r in _refs(v)}
    return set()


def _record(**fields: object) -> dict:
    """An ingest record (parallax.ingest/1) with every field set, ``fields`` changed."""
    record = {
        "schema": "parallax.ingest/1", "id": "a1", "outlet": "Lakeside Courier", "url": None, "title": "Ferry resumes",
        "published": "2026-05-02", "language": "en", "dateline": None, "dateline_offset": None, "dateline_date": None,
        "text": "The ferry to Pellow Island sailed again on Friday.", "boilerplate_removed": [], "kind": None,
        "agencies": [], "byline": [], "content_hash": "0" * 16,
    }
    return {**record, **fields}


def test_the_comparison_ingest_and_analysis_schemas_take_the_article_fields_from_one_shared_file() -> None:
    """ingest.schema.json and analysis.schema.json repeated, field by field, what comparison.schema.json said of an
    article (and had drifted: ``dateline_offset`` had a minimum in one, richer descriptions in the other)."""
    shared = _raw("article")
    assert shared["$id"] == SHARED
    article = shared["$defs"]["article"]
    comparison_items = _raw("comparison")["properties"]["articles"]["items"]
    assert comparison_items == {"$ref": f"{SHARED}#/$defs/article"}
    for field, node in article["properties"].items():
        assert node["$ref"] == f"#/$defs/{field}", field
    for name in RECORDS:
        props = _raw(name)["properties"]
        for field in article["properties"]:
            assert f"{SHARED}#/$defs/{field}" in _refs(props[field]), (name, field)
        assert f"{SHARED}#/$defs/content_hash" in _refs(props["content_hash"]), name


def test_the_differences_stay_expressed() -> None:
    """A report's ``kind`` is absent from a comparison's article but null in an ingest or analysis record; only the
    records carry ``content_hash``, are closed to other fields and require every field."""
    from parallax.report import schema

    comparison_article = schema("comparison")["properties"]["articles"]["items"]
    jsonschema.validate({k: v for k, v in _record(kind="opinion").items() if k not in ("schema", "content_hash")}, comparison_article)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({k: v for k, v in _record().items() if k not in ("schema", "content_hash")}, comparison_article)
    for name in RECORDS:
        record = _record(schema=f"parallax.{name}/1")
        if name == "analysis":
            record |= {"published_from": None, "source": None, "sentences": [], "entities": [], "quotes": [], "times": [],
                       "quantities": [], "title_layers": None, "analyzed_by": "test"}
        document_schema = schema(name)
        jsonschema.validate(record, document_schema)
        for bad in ({**record, "kind": "editorial"}, {**record, "colour": "red"}, {k: v for k, v in record.items() if k != "content_hash"},
                    {**record, "dateline_offset": -1}):
            with pytest.raises(jsonschema.ValidationError):
                jsonschema.validate(bad, document_schema)


def test_a_change_to_the_shared_definition_reaches_every_schema_through_a_local_registry(monkeypatch) -> None:
    """The references are resolved from the files in the package (``referencing``), never fetched: with sockets
    refused, a stricter shared ``title`` refuses a long title in a comparison's article and in both records."""
    import socket

    from parallax.report import validate

    def refuse(*_a, **_k):
        raise AssertionError("a schema reference went to the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    validate(_record(), "ingest")  # the package's own registry, resolved locally
    shared = _raw("article")
    shared["$defs"]["title"] = {**shared["$defs"]["title"], "maxLength": 5}
    registry = referencing.Registry().with_resource(SHARED, referencing.jsonschema.DRAFT202012.create_resource(shared))
    record = _record(title="A title longer than five")
    article = {k: v for k, v in record.items() if k not in ("schema", "content_hash", "kind")}
    comparison = {"schema": "parallax.comparison/2", "articles": [article], "facts": [], "quotes": [], "entities": [], "times": [], "summary": {}}
    for document, name in ((record, "ingest"), (comparison, "comparison")):
        raw = _raw(name)
        shipped = referencing.Registry().with_resource(SHARED, referencing.jsonschema.DRAFT202012.create_resource(_raw("article")))
        before = list(jsonschema.Draft202012Validator(raw, registry=shipped).iter_errors(document))
        after = list(jsonschema.Draft202012Validator(raw, registry=registry).iter_errors(document))
        assert not any("too long" in e.message for e in before), (name, [e.message for e in before])
        assert any("too long" in e.message for e in after), (name, [e.message for e in after])


def test_the_schema_the_package_hands_out_is_self_contained() -> None:
    """``parallax.report.schema(name)`` inlines the shared definitions, so a plain ``jsonschema.validate`` (and a
    reader walking ``properties``) needs no registry."""
    from parallax.report import schema

    for name in ("comparison", *RECORDS):
        assert not any(ref.startswith(SHARED) for ref in _refs(schema(name))), name
    assert schema("comparison")["properties"]["articles"]["items"]["properties"]["agencies"]["type"] == "array"
    assert schema("ingest")["properties"]["dateline_offset"]["minimum"] == 0


# ------------------------------------------------------------------ 2. bad input at every command that reads files

import gzip  # noqa: E402
import os  # noqa: E402
from pathlib import Path  # noqa: E402

from tests.conftest import cli  # noqa: E402

STORY = "The council of Marrow Bay voted on Tuesday to reopen the old quarry road.\n\nWork starts in April, the mayor said."
_PAGE = b"<html><body><h1>Quarry road reopens</h1><p>" + STORY.encode() + b"</p></body></html>"
_HTTP = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + _PAGE
_WARC_RECORD = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bay.invalid/road\r\nWARC-Date: 2026-05-02T10:00:00Z\r\n"
    b"Content-Length: " + str(len(_HTTP)).encode() + b"\r\n\r\n" + _HTTP + b"\r\n\r\n"
)
_GZ = gzip.compress(("Quarry road reopens\n\n" + STORY * 20).encode())
BAD_INPUTS = {  # file name: (bytes, what the one error line says)
    "empty.txt": (b"", "empty input"),
    "binary.html": (bytes(range(256)) * 64, "binary data"),
    "zero-bytes.txt.gz": (b"", "empty input"),
    "cut.txt.gz": (_GZ[: len(_GZ) // 2], "truncated gzip data"),
    "cut-record.warc": (_WARC_RECORD + _WARC_RECORD[:-60], "record 2 (offset"),
    "unclosed.rss": (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Bay Post</title><item><title>Road</title><description>'
        + STORY.encode() + b"</description></item></channel>",
        "not well-formed XML",
    ),
    "one-bad-line.jsonl": (
        (json.dumps({"id": "g1", "text": STORY}) + '\n{"id": "g2", "text": \n' + json.dumps({"id": "g3", "text": STORY + " Later."}) + "\n").encode(),
        "one-bad-line.jsonl:2: invalid JSON",
    ),
}
COMMANDS = ("ingest", "analyze", "compare", "cluster", "run")


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    """A run store and a cluster store each holding one good story before any bad input is tried."""
    root = tmp_path_factory.mktemp("stores")
    good = root / "good.jsonl"
    good.write_text("".join(json.dumps({"id": f"k{i}", "outlet": f"Bay Post {i}", "published": "2026-05-02", "text": STORY + f" Detail {i}."}) + "\n"
                            for i in range(2)), "utf-8")
    made = {"run": root / "run.sqlite", "cluster": root / "cluster.sqlite", "out": root / "out"}
    code, _, err = cli("run", good, "--store", made["run"], "--out", made["out"], "--embedder", "hashing", "--no-html")
    assert code == 0, err
    code, _, err = cli("cluster", good, "--store", made["cluster"], "--embedder", "hashing", "-o", root / "stories.json")
    assert code == 0, err
    return made


def _held(store: Path) -> tuple:
    from parallax.store import open_store

    with open_store(store) as db:
        return sorted(a.id for a in db.iter_articles()), len(db.stories()), db.integrity_check()


def _command(command: str, path: Path, stores: dict[str, Path], *extra: object) -> tuple[int, str, str]:
    more: dict[str, list] = {
        "run": ["--store", stores["run"], "--out", stores["out"], "--embedder", "hashing", "--no-html"],
        "cluster": ["--store", stores["cluster"], "--embedder", "hashing", "-o", path.parent / "stories.json"],
        "compare": ["--embedder", "hashing", "-o", path.parent / "comparison.json"],
        "ingest": ["-o", path.parent / "out.jsonl"],
        "analyze": ["-o", path.parent / "out.jsonl"],
    }
    return cli(command, path, *more[command], *extra)


def _one_error_line(code: int, out: str, err: str, name: str, reason: str) -> None:
    assert "Traceback" not in err, err
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: error: "), err
    assert name in lines[0] and reason in lines[0], lines[0]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_a_bad_input_stops_every_command_with_one_line_and_leaves_the_store(tmp_path, stores, command, name) -> None:
    data, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    before = {k: _held(stores[k]) for k in ("run", "cluster")}
    _one_error_line(*_command(command, path, stores), name, reason)
    assert {k: _held(stores[k]) for k in ("run", "cluster")} == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_50_mb_single_line_is_refused_by_its_size_at_once(tmp_path, stores, command) -> None:
    path = tmp_path / "one-line.txt"
    with path.open("wb") as fh:
        fh.write(b"quarry" * (50 * 1024 * 1024 // 6))
    before = _held(stores["run"])
    _one_error_line(*_command(command, path, stores), "one-line.txt", "larger than the limit")
    assert _held(stores["run"]) == before


@pytest.mark.slow
def test_a_50_mb_single_line_under_a_raised_size_limit_meets_the_text_limit(tmp_path, stores) -> None:
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"x" * (50 * 1024 * 1024))
    _one_error_line(*_command("ingest", path, stores, "--max-bytes", 60_000_000), "one-line.txt", "longer than the limit")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_utf16_text_file_with_its_byte_order_mark_is_read(tmp_path, stores, command) -> None:
    """UTF-16 is a text encoding, not bad input: the file is read (and a run stores it)."""
    path = tmp_path / "utf16.txt"
    path.write_bytes(("Quarry road reopens\n\n" + STORY).encode("utf-16"))
    code, _, err = _command(command, path, stores, "--published", "2026-05-02")
    assert code == 0 and "Traceback" not in err, err
    if command in ("ingest", "analyze"):
        assert "Marrow Bay" in json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_with_no_readable_article_is_named(tmp_path, stores, command) -> None:
    """A folder of files no reader takes (a PDF, a lone .json): ``compare`` has nothing to compare and stops;
    ``ingest`` and ``analyze`` write an empty output with a warning; ``run`` and ``cluster`` said nothing of the
    folder ("0 articles read") and now give the same warning, naming it, with the store as it was."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 quarry")
    (folder / "article.json").write_text(json.dumps({"text": STORY}), "utf-8")
    before = {k: _held(stores[k]) for k in ("run", "cluster")}
    code, out, err = _command(command, folder, stores)
    assert "Traceback" not in err, err
    if command == "compare":
        _one_error_line(code, out, err, str(folder), "no readable articles in the inputs")
    else:
        assert code == 0, err
        warning = [line for line in err.splitlines() if line.startswith("parallax: warning: no articles in the inputs")]
        assert len(warning) == 1 and str(folder) in warning[0] and ".jsonl" in warning[0], err
    assert {k: _held(stores[k]) for k in ("run", "cluster")} == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a file without read permission")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_without_read_permission_in_a_folder_is_named(tmp_path, stores, command) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "open.txt").write_text("Quarry road reopens\n\n" + STORY, "utf-8")
    locked = folder / "locked.txt"
    locked.write_text("Quarry road closes\n\n" + STORY, "utf-8")
    locked.chmod(0)
    try:
        _one_error_line(*_command(command, folder, stores), "locked.txt", "cannot read")
    finally:
        locked.chmod(0o600)


# ------------------------------------------------------------------ 3. hostile article text in the report and the app

import re  # noqa: E402
import unicodedata  # noqa: E402

MARKS = "\u0301" * 10_000  # ten thousand combining acute accents on one letter (Zalgo text)
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")  # embeddings, overrides and isolates: they reorder what follows
HOSTILE_TITLE = "Quarry road </script><script>alert(1)</script> reopens \u202egnp.exe"
HOSTILE_TEXT = (
    "The council of Marrow Bay voted on Tuesday to reopen the old quarry road. <script>alert(2)</script> "
    'Residents can read the plan at javascript:alert(3) or <a href="javascript:alert(4)" onclick="alert(5)">here</a> '
    '<img src=x onerror=alert(6)> \u202eevil\u2066x\u2069 <div onmouseover="alert(7)">plans</div>.\n\n'
    f"Work starts in April, the mayor said. Z{MARKS}"
)
SHOWN = ["</script><script>alert(1)</script>", "<script>alert(2)</script>", '<a href="javascript:alert(4)" onclick="alert(5)">here</a>',
         "<img src=x onerror=alert(6)>", '<div onmouseover="alert(7)">plans</div>']


def _hostile_records(title_marks: int) -> list[dict]:
    """Two reports of one invented event, every string field hostile; the second title ends in ``title_marks`` marks."""
    return [
        {"id": "bay-1", "outlet": "Bay \u202ePost", "url": "javascript:alert(8)", "title": HOSTILE_TITLE, "published": "2026-05-02",
         "language": "en", "text": HOSTILE_TEXT},
        {"id": "bay-2", "outlet": "Lake Courier <b onclick=alert(9)>", "url": "https://lake.invalid/road", "published": "2026-05-02",
         "title": "Quarry road reopens in Marrow Bay Z" + MARKS[:title_marks], "language": "en",
         "text": HOSTILE_TEXT.replace("Tuesday", "Monday")},
    ]


def _inert(html: str, where: str) -> None:
    from tests.test_xss import assert_inert

    assert_inert(html, where, given=SHOWN, literal=SHOWN)
    assert not BIDI.search(html), f"{where}: a bidirectional override or isolate reached the page"
    assert _longest_mark_run(html) == 30, f"{where}: the combining marks are not cut to Unicode's stream-safe 30"


def test_hostile_article_text_in_the_html_report_is_escaped_and_inert(tmp_path) -> None:
    source = tmp_path / "bay.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in _hostile_records(10_000)), "utf-8")
    out = tmp_path / "report.html"
    code, _, err = cli("compare", source, "--format", "html", "-o", out, "--embedder", "hashing")
    assert code == 0 and "Traceback" not in err, err
    _inert(out.read_text("utf-8"), "report")


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from tests.test_web import make_app

    app = make_app(tmp_path_factory.mktemp("hostile-app"), options=Options(embedder="hashing"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        answer = client.post("/api/articles", json={"articles": _hostile_records(1_500)})  # the API takes titles of 2,000
        assert answer.status_code == 201 and answer.json()["added"] == ["bay-1", "bay-2"], answer.text
        story = answer.json()["stories"][0]
        yield app, client, ["/", "/?q=quarry", "/articles/bay-1", "/articles/bay-2", f"/stories/{story}"]


def test_hostile_article_text_in_the_web_app_is_escaped_and_inert(hostile_app) -> None:
    from tests.test_xss import assert_inert

    _, client, paths = hostile_app
    for path in paths:
        r = client.get(path)
        assert r.status_code == 200 and "default-src 'none'" in r.headers["content-security-policy"], path
        if path.startswith(("/articles/", "/stories/")):
            _inert(r.text, path)
        else:
            assert_inert(r.text, path, given=SHOWN)
            assert not BIDI.search(r.text), path


@pytest.mark.browser
def test_hostile_article_text_runs_nothing_in_chromium(hostile_app, tmp_path) -> None:
    """The report file and every page of the app in Debian's Chromium: no dialog, no script error or CSP report,
    no element a payload would have made, and the title shown as the text it is."""
    from tests.test_browser import ARGS, CHROMIUM, free_port

    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import threading
    import time

    import uvicorn

    app, _, paths = hostile_app
    source = tmp_path / "bay.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in _hostile_records(10_000)), "utf-8")
    report = tmp_path / "report.html"
    code, _, err = cli("compare", source, "--format", "html", "-o", report, "--embedder", "hashing")
    assert code == 0, err
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    dialogs: list[str] = []
    problems: list[tuple[str, str]] = []
    shown: dict[str, str] = {}
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: problems.append((page.url, str(e))))
            page.on("console", lambda m: problems.append((page.url, m.text)) if m.type in ("error", "warning") else None)
            for url in [*(f"http://127.0.0.1:{port}{path}" for path in paths), report.as_uri()]:
                page.goto(url)
                page.wait_for_load_state("load")
                page.mouse.move(300, 300)
                page.keyboard.press("Tab")
                made = page.evaluate("() => document.querySelectorAll('img, iframe, [onclick], [onerror], [onmouseover]').length")
                assert made == 0 and len(page.evaluate("() => Array.from(document.scripts).map(s => s.src)")) <= 1, url
                shown[url] = page.evaluate("() => document.body.innerText")
            browser.close()
    finally:
        server.should_exit = True
        thread.join(10)
    assert dialogs == [], f"a payload ran: {dialogs}"
    assert problems == [], problems
    assert all("</script><script>alert(1)</script>" in text for url, text in shown.items() if "/articles/bay-1" in url or url.endswith(".html"))


def _longest_mark_run(text: str) -> int:
    longest = run = 0
    for ch in text:
        run = run + 1 if unicodedata.combining(ch) else 0
        longest = max(longest, run)
    return longest


@pytest.mark.parametrize(
    "written",
    [
        "Z" + MARKS + " road",  # Zalgo
        "o" + "\u0308\u0323" * 40 + "k",  # two marks, interleaved
        "\u05d3" + "\u05b8\u05bc" * 20,  # Hebrew points piled on one letter
        "a" + "\u0301" * 40 + "b" + "\u0301" * 3,
    ],
)
def test_a_run_of_combining_marks_is_cut_to_the_stream_safe_thirty(written: str) -> None:
    """10,000 combining marks on one letter were stored and shown whole: Chromium stacks them far above and below
    the line, over the report's and the app's headings; a run past Unicode's stream-safe 30 keeps its first 30, in
    the text and the headline alike, and the letters around it stay."""
    from parallax.ingest.clean import normalize, without_controls

    for cleaned in (normalize(written), without_controls(written)):
        assert _longest_mark_run(cleaned) == 30, len(cleaned)
        assert _letters(cleaned) == _letters(written)


def _letters(text: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)]


def test_the_marks_real_writing_stacks_are_left_as_they_are() -> None:
    from parallax.ingest.clean import normalize

    written = "Nguyễn Thị Thạnh lúc 7 giờ; בְּרֵאשִׁית; कृष्णमूर्ति; ที่นี่; مُدَرِّسَةٌ; Ё́лка; a" + "\u0301" * 30
    assert normalize(written) == unicodedata.normalize("NFC", written)
