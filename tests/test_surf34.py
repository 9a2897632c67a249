"""Session 34's surfaces audit: partial uploads (the good files of a batch are stored, each bad one
is named with its reason, in the page and the JSON API), the command line's help and bad input."""

from __future__ import annotations

import json
import warnings

import pytest

fastapi = pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette asks for httpx2 instead of httpx; the client works the same
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient  # noqa: E402

from parallax.config import Options  # noqa: E402
from tests.conftest import cli  # noqa: E402

BASE = "http://127.0.0.1:8000"
ORIGIN = {"Origin": BASE}
GOOD = "Ministers from eight states met in Riga on Monday to sign a pact on undersea cables.\n\nThe fund is worth 40 million euros."


def _good(i: int) -> str:
    return f"Harbour pact number {i}\n\nPort officials in Gdansk signed agreement number {i} on Tuesday.\n\n{GOOD}"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from parallax.web.app import create_app
    from parallax.web.uploads import Limits

    app = create_app(
        tmp_path_factory.mktemp("web34") / "store.sqlite",
        options=Options(embedder="hashing"),
        limits=Limits(max_files=10, max_file_bytes=20_000, max_request_bytes=400_000, max_articles=6),
    )
    with TestClient(app, base_url=BASE) as c:
        assert c.post("/api/articles", json={"articles": [{"id": "seed", "outlet": "Seed", "text": GOOD}]}).status_code == 201
        yield c


def _ids(client) -> set[str]:
    stories = client.get("/api/stories", params={"limit": 1000}).json()["stories"]
    return {i for s in stories for i in s["articles"]}


def test_api_files_keeps_the_good_files_and_names_each_bad_one(client):
    before = _ids(client)
    files = [("files", (f"good{i}.txt", _good(i).encode(), "text/plain")) for i in range(3)]
    files += [
        ("files", ("virus.exe", b"MZ\x90\x00", "application/octet-stream")),
        ("files", ("empty.txt", b"   ", "text/plain")),
        ("files", ("bad.jsonl", b'{"id": "x", "text": "ok"}\n{not json', "application/json")),
        ("files", ("big.txt", b"x" * 30_000, "text/plain")),
    ]
    r = client.post("/api/files", files=files)
    assert r.status_code == 201, r.text
    body = r.json()
    assert sorted(body["added"]) == ["good0", "good1", "good2", "x"]  # bad.jsonl's good line is stored (test_surf35)
    refused = {x["input"]: x for x in body["refused"]}
    assert {k: v["status"] for k, v in refused.items()} == {"virus.exe": 415, "empty.txt": 400, "bad.jsonl:2": 400, "big.txt": 413}
    assert "bad.jsonl:2: invalid JSON" in refused["bad.jsonl:2"]["error"] and "/tmp/" not in r.text
    assert before <= _ids(client) and {"good0", "good1", "good2"} <= _ids(client)  # nothing stored is lost


def test_api_files_all_bad_is_refused_with_every_reason(client):
    before = _ids(client)
    files = [("files", ("a.exe", b"MZ", "application/octet-stream")), ("files", ("b.txt", b" ", "text/plain"))]
    r = client.post("/api/files", files=files)
    assert r.status_code == 415, r.text  # the first refusal's status
    body = r.json()
    assert [x["input"] for x in body["refused"]] == ["a.exe", "b.txt"]
    assert "a.exe: unsupported file type" in body["detail"] and "b.txt: the file is empty" in body["detail"]
    assert _ids(client) == before


def test_api_records_are_read_one_by_one(client):
    records = [
        {"id": "rec-ok", "outlet": "Rec", "text": _good(7)},
        {"id": "rec-year0", "text": GOOD + " Zero.", "published": "0000-01-01"},
        {"id": "rec-empty", "text": " "},
    ]
    r = client.post("/api/articles", json={"articles": records})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["added"] == ["rec-ok"]
    assert [x["input"] for x in body["refused"]] == ["record 2 (id 'rec-year0')", "record 3 (id 'rec-empty')"]
    assert all(x["status"] == 400 and x["error"].startswith(x["input"]) for x in body["refused"])


def test_article_limit_refuses_the_file_that_crosses_it(client):
    many = "\n".join(json.dumps({"id": f"many{i}", "outlet": "Bulk", "text": _good(100 + i)}) for i in range(6))
    files = [
        ("files", ("one.txt", _good(50).encode(), "text/plain")),
        ("files", ("many.jsonl", many.encode(), "application/json")),
        ("files", ("two.txt", _good(51).encode(), "text/plain")),
    ]
    r = client.post("/api/files", files=files)
    assert r.status_code == 201, r.text
    body = r.json()
    assert sorted(body["added"]) == ["one", "two"]  # 1 + 6 > 6: the file that crosses the limit is refused whole
    assert body["refused"] == [{"input": "many.jsonl", "error": "many.jsonl: too many articles: the limit is 6 per upload", "status": 413}]


def test_upload_form_shows_what_was_added_and_each_refused_file(client):
    files = [("files", ("form-good.txt", _good(60).encode(), "text/plain")), ("files", ("x.pdf", b"%PDF-1.4", "application/pdf"))]
    r = client.post("/add", files=files, data={"text": _good(61), "outlet": "Pasted"}, headers=ORIGIN)
    assert r.status_code == 200, r.text
    assert "2 articles added" in r.text
    assert "<b>Not added:</b> x.pdf: unsupported file type" in r.text
    r = client.post(
        "/add", files=[("files", ("a.exe", b"MZ", "application/octet-stream")), ("files", ("b.txt", b" ", "text/plain"))], headers=ORIGIN
    )
    assert r.status_code == 415 and r.text.count("<b>Not added:</b>") == 2


def test_duplicate_ids_across_files_stay_unique(client):
    rec = lambda i: json.dumps({"id": "same-id", "outlet": "Dup", "text": _good(200 + i)})  # noqa: E731
    files = [("files", (f"d{i}.jsonl", rec(i).encode(), "application/json")) for i in range(2)]
    r = client.post("/api/files", files=files)
    assert r.status_code == 201 and sorted(r.json()["added"]) == ["same-id", "same-id~2"], r.text


def test_openapi_documents_refusals(client):
    doc = client.get("/openapi.json").json()
    for path in ("/api/files", "/api/articles"):
        op = doc["paths"][path]["post"]
        assert "first refused input" in op["description"]
        assert op["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/UploadErrorOut")
    assert "refused" in doc["components"]["schemas"]["AddResult"]["properties"]


def _help(*args: str) -> str:
    from typer.testing import CliRunner

    from parallax.cli import app, commands  # noqa: F401  (registers the commands and their help classes)

    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "140", "NO_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", ["", "run", "compare", "cluster", "ingest", "analyze", "serve"])
def test_help_reads_naturally(command):
    text = _help(*([command] if command else []))
    assert "<bool>" not in text and "<str>" not in text and "<path>" not in text and "list[Path]" not in text, text
    if command in ("compare", "run"):
        assert "--published" in text and "DATE" in text and "json|text|html" in text or command == "run"
        assert next(line for line in text.splitlines() if "--skip-bad" in line).split("--skip-bad")[1].split()[0] == "Skip"


def test_deadlines_use_the_public_bound_words():
    """compare/deadlines.py reads "within" by the durations module's public pattern, not a private name."""
    import ast
    import inspect

    from parallax.compare import deadlines, durations

    imported = [a.name for n in ast.walk(ast.parse(inspect.getsource(deadlines))) if isinstance(n, ast.ImportFrom) for a in n.names]
    assert "WITHIN" in imported and not [name for name in imported if name.startswith("_")]
    assert durations.WITHIN.startswith("within|")


ARTICLE = "Pact signed in Riga\n\nMinisters from eight states signed a pact in Riga on Monday.\n"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_walk_reads_regular_files_once_and_never_blocks(tmp_path):
    """A FIFO named like an article blocked the run forever; a folder's link to its parent was walked
    until the path was too long (an OSError traceback); a link loop given read as "no such file"."""
    import os

    from parallax.errors import InputError
    from parallax.ingest import walk

    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("gone.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop2", tmp_path / "loop1")
    os.symlink(tmp_path / "loop1", tmp_path / "loop2")
    assert list(walk([str(tmp_path)])) == [str(tmp_path / "a.txt")]
    with pytest.raises(InputError, match="not a regular file"):
        list(walk([str(tmp_path / "pipe.txt")]))
    with pytest.raises(InputError, match="leads nowhere"):
        list(walk([str(tmp_path / "loop1")]))
    with pytest.raises(InputError, match="no such file or folder"):
        list(walk([str(tmp_path / "missing.txt")]))
    code, _, err = cli("ingest", str(tmp_path / "pipe.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2 and err.count("\n") == 1 and "not a regular file" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("2022-04-08", "2022-04-08"),
        ("2022-04-08T10:00+02:00", "2022-04-08T10:00:00+02:00"),
        ("2022-04-08 10:00Z", "2022-04-08T10:00:00+00:00"),
        ("2022-04-08+02:00", None),  # was two o'clock: the offset read as a time
        ("2022-04-08x10:00", None),
        ("2022-04-08T25:00", None),
        ("yesterday", None),
    ],
)
def test_published_needs_a_t_or_a_space_between_date_and_time(value, parsed):
    from parallax.ingest.timeparse import parse_published

    assert parse_published(value) == parsed


def test_load_takes_one_path_as_one_path(tmp_path, monkeypatch):
    """``parallax.load("a.txt")`` iterated the string: "a", ".", "t" ... and a "/" among a path's
    characters walked the whole disk."""
    import parallax

    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    for given in ("a.txt", tmp_path / "a.txt", str(tmp_path / "a.txt"), b"a.txt"):
        articles = parallax.load(given, default_published="2022-04-08")
        assert [a.id for a in articles] == ["a"] and articles[0].published == "2022-04-08"


def test_compare_nothing_is_a_parallax_error():
    import parallax

    with pytest.raises(parallax.ParallaxError, match="nothing to compare"):
        parallax.compare([])
    with pytest.raises(ValueError):  # still the ValueError it was
        parallax.compare([])


def test_a_name_that_is_not_utf8_on_disk_gives_a_storable_id(tmp_path):
    """A Latin-1 file name reached the store with lone surrogates: a UnicodeEncodeError traceback
    in ``parallax run``; now it reads as Windows-1252 ("café"), and errors name it printably."""
    import os

    import parallax

    folder = os.fsencode(str(tmp_path))
    with open(os.path.join(folder, b"caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write(ARTICLE)
    with open(os.path.join(folder, b"vide\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write("  ")
    articles = parallax.load([os.path.join(str(tmp_path), os.fsdecode(b"caf\xe9.txt"))])
    assert [a.id for a in articles] == ["café"] and articles[0].source.endswith("café.txt")
    articles[0].source.encode("utf-8")
    code, _, err = cli("ingest", os.fsdecode(os.path.join(folder, b"vide\xe9.txt")))
    assert code == 2 and "videé.txt: empty input" in err and "Traceback" not in err, err


def test_summary_lines_count_in_english():
    from parallax.cli.common import counted

    assert counted(1, "story", "stories") == "1 story" and counted(0, "story", "stories") == "0 stories"
    assert counted(2, "near-duplicate group", "near-duplicate groups") == "2 near-duplicate groups"


def test_skip_bad_skips_a_path_that_cannot_be_walked(tmp_path):
    import parallax

    (tmp_path / "a.txt").write_text(ARTICLE)
    skipped = []
    from parallax.ingest import load_paths

    got = list(
        load_paths([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")], parallax.Options(skip_bad=True), on_skip=skipped.append)
    )
    assert [a.id for a in got] == ["a"] and "no such file or folder" in str(skipped[0])
    with pytest.raises(parallax.InputError):
        parallax.load([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")])
