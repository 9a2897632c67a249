"""Batch 54: a new user's sweep over the stage commands' records, start-up, the web app and bad input.

Each test drives the public surface (the ``parallax`` command through :func:`tests.conftest.cli` or a real process,
the library API, the web app through its test client) on small invented corpora built here.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import jsonschema
import pytest

from parallax.report import schema
from tests.conftest import cli

# ------------------------------------------------------------------ invented corpora (one multilingual, one gzipped)

_HARBOR_TXT = (
    "Harbor council approves ferry line\n\n"
    "DUNMORE (Reuters) - The Dunmore harbor council voted 7-2 on Tuesday to approve a ferry line to Kessel Island, "
    "council chair Mira Tovald said.\n\n\"This line will cut the crossing to 40 minutes,\" Tovald told reporters. "
    "The service is to start in March and cost 12 million euros."
)
_HARBOR_HTML = (
    "<html><head><title>Opinion: the ferry is a mistake | Kessel Post</title>"
    '<meta name="author" content="Ola Brenn"><meta property="article:published_time" content="2026-11-18T10:00:00Z">'
    '<meta property="article:section" content="Opinion"></head><body><article><h1>The ferry is a mistake</h1>'
    "<p>The council in Dunmore approved a ferry line on Tuesday by eight votes to one, and I think it was wrong.</p>"
    "<p>\u201cThe crossing will take 45 minutes,\u201d said chair Mira Tovald. It will cost 14 million euros, "
    "twice what the port spent last year.</p></article></body></html>"
)
_MULTI = [
    ("en", "Ferry line approved", "The harbor council in Dunmore approved a ferry line on Tuesday.\n\n"
     "\"The crossing will take 45 minutes,\" said chair Mira Tovald."),
    ("fr", "Une nouvelle ligne de ferry", "Le conseil portuaire de Dunmore a approuvé mardi une ligne de ferry vers "
     "l'île de Kessel.\n\n« La traversée durera 40 minutes », a déclaré la présidente Mira Tovald."),
    ("de", "Neue Fährlinie beschlossen", "Der Hafenrat von Dunmore hat am Dienstag eine Fährlinie zur Insel Kessel "
     "beschlossen.\n\n„Die Überfahrt dauert 40 Minuten“, sagte die Vorsitzende Mira Tovald. Sie kostet 12 Millionen Euro."),
    ("es", "Aprobada una línea de ferri", "El consejo portuario de Dunmore aprobó el martes una línea de ferri a la "
     "isla de Kessel.\n\n«La travesía durará 40 minutos», dijo la presidenta Mira Tovald."),
]


def _harbor(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "wire.txt").write_text(_HARBOR_TXT, encoding="utf-8")
    (folder / "opinion.html").write_text(_HARBOR_HTML, encoding="utf-8")
    return folder


def _multilingual(folder: Path) -> Path:
    folder.mkdir(parents=True)
    with (folder / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for i, (lang, title, text) in enumerate(_MULTI):
            rec = {"id": f"m{i}", "outlet": f"Outlet {lang}", "url": f"https://{lang}.example.invalid/{i}", "title": title,
                   "published": "2026-11-18T09:00:00+01:00", "language": lang, "text": text, "byline": "Ana Rus"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return folder


def _gzipped(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "wire.txt.gz").write_bytes(gzip.compress(_HARBOR_TXT.encode()))
    (folder / "opinion.html.gz").write_bytes(gzip.compress(_HARBOR_HTML.encode()))
    line = json.dumps({"id": "g1", "outlet": "Ledger", "title": _MULTI[0][1], "text": _MULTI[0][2]}) + "\n"
    (folder / "more.jsonl.gz").write_bytes(gzip.compress(line.encode()))
    return folder


CORPORA = {"harbor": _harbor, "multilingual": _multilingual, "gzipped": _gzipped}


# ------------------------------------------------------------------ 1. the stage commands' records follow shipped schemas


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_ingest_and_analyze_record_follows_its_shipped_schema(tmp_path: Path, corpus: str) -> None:
    """``parallax ingest`` and ``parallax analyze`` wrote JSONL with no schema to check it against (the comparison's
    article schema refuses ``kind: null``); each now has one beside the others, named in every record."""
    folder = CORPORA[corpus](tmp_path / corpus)
    for command, name in (("ingest", "ingest"), ("analyze", "analysis")):
        out = tmp_path / f"{command}.jsonl"
        code, _, err = cli(command, folder, "--published", "2026-11-18", "-o", out)
        assert code == 0, err
        records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        assert len(records) == (4 if corpus == "multilingual" else 3 if corpus == "gzipped" else 2)
        document_schema = schema(name)
        for record in records:
            jsonschema.validate(record, document_schema)
            assert record["schema"] == document_schema["properties"]["schema"]["const"] == f"parallax.{name}/1"
    assert any(r["sentences"] and r["quotes"] for r in records), "the analysis records carry their layers"


# ------------------------------------------------------------------ 3. Ctrl-C while the command line itself is imported

_INTERRUPT_ON_IMPORT = '''
import os, signal, sys


class _Interrupt:
    """Sends this process SIGINT (a terminal's Ctrl-C) as the module named in PARALLAX_TEST_SIGINT_AT is imported."""

    def find_spec(self, name, path=None, target=None):
        if name == os.environ.get("PARALLAX_TEST_SIGINT_AT"):
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None


sys.meta_path.insert(0, _Interrupt())
'''


def _default_sigint() -> None:
    """The child takes Ctrl-C as a terminal gives it (a suite run in a background shell ignores SIGINT)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("module", ["typer", "parallax.cli.commands"])
@pytest.mark.parametrize("launcher", ["python -m parallax", "console script"])
def test_ctrl_c_while_the_command_line_is_imported_is_one_line(tmp_path: Path, launcher: str, module: str) -> None:
    """The package's import turned Ctrl-C into one line, but the command line's own import came after it (typer,
    click and rich; the command modules) and printed a traceback: ``python -m parallax`` no longer counted as the
    command once its ``__main__`` ran, and nothing covered the console script's ``from parallax.cli import main``.
    The child is interrupted exactly as it imports ``module`` (a ``sitecustomize`` hook), not after a guessed delay."""
    import os
    import subprocess
    import sys

    (tmp_path / "sitecustomize.py").write_text(_INTERRUPT_ON_IMPORT, encoding="utf-8")
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PARALLAX_TEST_SIGINT_AT": module,
           "PYTHONPATH": os.pathsep.join(p for p in (str(tmp_path), root, os.environ.get("PYTHONPATH")) if p)}
    script = Path(sys.executable).parent / "parallax"
    if launcher == "console script" and not script.exists():
        pytest.skip(f"no console script beside {sys.executable}")
    argv = [sys.executable, "-m", "parallax", "--help"] if launcher != "console script" else [str(script), "--help"]
    r = subprocess.run(argv, capture_output=True, text=True, timeout=600, env=env, preexec_fn=_default_sigint)
    assert r.returncode == 130, (r.returncode, r.stderr[-2000:])
    assert r.stderr.startswith("parallax: interrupted") and len(r.stderr.strip().splitlines()) == 1, r.stderr[-2000:]


# ------------------------------------------------------------------ 2. a long article's quotation stage stays linear

_PLAYERS = ["Marco Rinaldi", "Tom Evans", "Lena Varga", "Petr Holm", "Ines Okafor", "Tomas Reyl"]


def _match_report(paragraphs: int) -> str:
    """A long invented match report: each paragraph names a player with a position and lets a description speak."""
    out = []
    for i in range(paragraphs):
        name = _PLAYERS[i % len(_PLAYERS)]
        out.append(f"Midfielder {name} scored in minute {i % 90 + 1} as the Kessel side won {i % 5 + 1}-0 at Dunmore.\n\n"
                   f"\"We kept the ball well,\" the midfielder said after the game in round {i + 1}.")
    return "\n\n".join(out)


def test_a_described_speaker_is_looked_up_in_linear_work(monkeypatch) -> None:
    """"the midfielder said" is matched against every person named before it, and the words around each such name
    were read again for every description: 200,000 characters spent 45 s there (a 1.5 MB article, minutes), growing
    as the square of the length.  Doubling the article now about doubles that reading (counted, not timed)."""
    import parallax
    from parallax.analyze.quotes import described
    from parallax.records import Article

    calls = {"n": 0}
    around = described._around

    def counted(*args, **kwargs):
        calls["n"] += 1
        return around(*args, **kwargs)

    monkeypatch.setattr(described, "_around", counted)
    counts = []
    for paragraphs in (30, 60):
        calls["n"] = 0
        article = Article(id=f"r{paragraphs}", text=_match_report(paragraphs), published="2026-11-18", language="en")
        parallax.analyze([article])
        assert sum(q.speaker == "Marco Rinaldi" for q in article.quotes) >= 1, [(q.text, q.speaker) for q in article.quotes][:6]
        counts.append(calls["n"])
    assert counts[0] > 0 and counts[1] <= 2.3 * counts[0], counts


# ------------------------------------------------------------------ 4. the web app: empty, one article, hostile text

_HOSTILE = [
    {"id": "h<1>", "outlet": "\"><img src=x onerror=alert('outlet')>", "url": "javascript:alert('url')",
     "title": "<script>alert('title')</script>Ferry pact signed", "published": "2026-11-18T09:00:00+00:00", "language": "en",
     "byline": "<svg onload=alert('byline')>",
     "text": "The Dunmore council signed a ferry pact on Tuesday worth 12 million euros.\n\n"
             "\"</script><script>alert('quote')</script> we will sail by March,\" said Mira <b onmouseover=alert('speaker')>Tovald</b>.\n\n"
             "<iframe srcdoc=\"<script>alert('text')</script>\"></iframe> Councillor Jon Asker said the vote was 7-2."},
    {"id": "h2", "outlet": "Kessel Post", "title": "Dunmore signs ferry pact {{7*7}}", "published": "2026-11-18T11:00:00+00:00",
     "language": "en",
     "text": "The Dunmore council signed a ferry pact on Tuesday worth 14 million euros.\n\n"
             "\"We will sail by March,\" said Mira Tovald. Councillor Jon Asker said the vote was 8-1."},
]
# what must never reach a page as markup: each payload's opening, unescaped
_RAW = ("<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<iframe", 'href="javascript:')


def _pages(client, story_ids: list[str], article_ids: list[str]) -> list[str]:
    from urllib.parse import quote

    paths = ["/", "/add", "/?q=ferry", "/?q=%3Cscript%3E", "/?page=0", "/?page=99", "/?from=yesterday&lang=xx",
             "/?conflicts=true&altered=true", "/api/stories", "/openapi.json", "/stories/nope", "/articles/nope",
             "/api/stories/nope", "/api/articles/nope"]
    paths += [f"/stories/{quote(s, safe='')}" for s in story_ids] + [f"/api/stories/{quote(s, safe='')}" for s in story_ids]
    paths += [f"/articles/{quote(a, safe='')}" for a in article_ids] + [f"/api/articles/{quote(a, safe='')}" for a in article_ids]
    return paths


@pytest.mark.parametrize("stored", [0, 1, 2])
def test_every_page_answers_and_escapes_hostile_text(tmp_path: Path, stored: int) -> None:
    """Every page of the web app with an empty store, one article, and two reports of one event, whose title,
    outlet, byline, URL, quotation and speaker carry HTML and script: no page answers 500, and no payload reaches
    an HTML page as markup (the JSON answers carry the text as data)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app

    client = TestClient(create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing")), base_url="http://127.0.0.1:8000")
    added: list[str] = []
    if stored:
        r = client.post("/api/articles", json={"articles": _HOSTILE[:stored]})
        assert r.status_code == 201, r.text
        added = r.json()["added"]
        assert len(added) == stored
    stories = [s["id"] for s in client.get("/api/stories").json()["stories"]]
    assert len(stories) == (1 if stored else 0)
    for path in _pages(client, stories, added):
        r = client.get(path)
        assert r.status_code < 500, (path, r.status_code, r.text[-500:])
        assert r.status_code in (200, 404), (path, r.status_code)
        if r.headers["content-type"].startswith("text/html"):
            for raw in _RAW:
                assert raw not in r.text, (path, raw, r.text[max(0, r.text.find(raw) - 200) : r.text.find(raw) + 200])
    if stored:
        page = client.get(f"/articles/{added[0]}".replace("<", "%3C").replace(">", "%3E")).text
        assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    if stored == 2:
        assert "Dunmore signs ferry pact {{7*7}}" in client.get("/articles/h2").text  # a title is never a template


def test_the_add_form_echoes_hostile_values_and_file_names_escaped(tmp_path: Path) -> None:
    """The add form shows back what it refused: a pasted text's fields and each bad file by its name.  Names and values
    holding markup come back as text, and nothing answers 500."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app

    client = TestClient(create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing")), base_url="http://127.0.0.1:8000")
    origin = {"Origin": "http://127.0.0.1:8000"}
    hostile = {"title": "<script>alert('t')</script>", "outlet": "<img src=x onerror=alert(1)>", "published": "<svg onload=alert(2)>",
               "url": "javascript:alert(3)", "language": "<iframe>", "text": "<b onmouseover=alert(4)>Short</b>"}
    bad_files = [("files", ("<img src=x onerror=alert(5)>.txt", b"", "text/plain")),
                 ("files", ("<script>alert(6)</script>.html.gz", b"not gzip", "application/gzip"))]
    for data, files in ((hostile, None), ({}, bad_files), (hostile, bad_files)):
        r = client.post("/add", data=data, files=files, headers=origin)
        assert r.status_code in (200, 400, 413, 415), (r.status_code, r.text[-500:])
        for raw in _RAW:
            assert raw not in r.text, (raw, r.text[max(0, r.text.find(raw) - 200) : r.text.find(raw) + 200])


def test_a_long_article_says_it_is_being_analysed(tmp_path: Path, monkeypatch) -> None:
    """An article near the 2,000,000-character limit takes many minutes with no sign of life (the progress bar counts
    articles, and shows only from five of them on a terminal): one line names each article over the size at which
    its analysis takes minutes, before the work.  The size is lowered here so that the test stays quick."""
    from parallax.analyze import long_texts

    monkeypatch.setattr(long_texts, "LONG_TEXT_CHARS", 1_000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(_match_report(12), encoding="utf-8")
    (folder / "short.txt").write_text(_match_report(2), encoding="utf-8")
    code, out, err = cli("analyze", folder, "--published", "2026-11-18")
    assert code == 0, err
    lines = [line for line in err.splitlines() if "long text" in line]
    assert len(lines) == 1 and "long.txt" in lines[0] and f"{len(_match_report(12)):,} characters" in lines[0], err
    assert len(out.splitlines()) == 2


# ------------------------------------------------------------------ 5. bad inputs to the stage commands


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """The rows of README's bad-input table a stage command meets first, each with the reason its line gives."""
    folder.mkdir()
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "bad.jsonl").write_text('{"id": "a", "text": "A fine line of text here."}\n{"id": oops}\n', encoding="utf-8")
    (folder / "fake.txt.gz").write_text("plain text, not gzip", encoding="utf-8")
    return {"empty": (folder / "empty.txt", "empty input"), "binary": (folder / "binary.txt", "binary data"),
            "bad line": (folder / "bad.jsonl", "bad.jsonl:2: invalid JSON"), "not gzip": (folder / "fake.txt.gz", "not gzip data")}


@pytest.mark.parametrize("command", ["ingest", "analyze"])
def test_each_bad_input_stops_a_stage_command_with_one_line_naming_it(tmp_path: Path, command: str) -> None:
    """An empty, binary, malformed-JSONL or fake-gzip input: exit status 2 and one line naming the input and why."""
    for row, (path, reason) in _bad_inputs(tmp_path / "bad").items():
        code, out, err = cli(command, path, "-o", tmp_path / "out.jsonl")
        assert code == 2 and out == "", (row, code, err)
        assert err.splitlines() == [err.strip()] and err.startswith(f"parallax: error: {path}") and reason in err, (row, err)
        assert not (tmp_path / "out.jsonl").exists(), row


@pytest.mark.parametrize("command", ["ingest", "analyze"])
def test_a_folder_with_no_readable_file_is_named_in_the_warning(tmp_path: Path, command: str) -> None:
    """A folder holding no file of a type the commands read (PDFs, Word files, .json) gives an empty output and a
    warning (README: exit status 0, so a scheduled run over an empty drop folder does not fail); the warning said
    "no articles in the inputs" without naming the folder or what the commands read."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "article.json").write_text('{"text": "not read"}', encoding="utf-8")
    code, out, err = cli(command, folder)
    assert code == 0 and out == "", err
    assert err.splitlines() == [err.strip()], err
    assert err.startswith("parallax: warning: no articles in the inputs") and str(folder) in err and ".jsonl" in err and ".gz" in err, err
