"""Session 35's surfaces audit: the usage line, warnings while walking, the Dask engine's walk,
``parallax.load``'s keywords, a web upload's JSONL file read line by line, and what a new user
with the README in hand met."""

from __future__ import annotations

import contextlib
import io

import pytest

from tests.conftest import cli

ARTICLE = "Pact signed in Riga\n\nMinisters from eight states signed a pact in Riga on Monday.\n"


@pytest.mark.parametrize("command", ["run", "compare", "cluster", "ingest", "analyze"])
def test_usage_line_writes_a_required_argument_as_click_does(command):
    """It read "compare [OPTIONS] {inputs}...": braces read as a set of choices."""
    from typer.testing import CliRunner

    from parallax.cli import app, commands  # noqa: F401  (registers the commands)

    env = {"COLUMNS": "140", "NO_COLOR": "1", "TERM": "dumb"}
    helped = CliRunner().invoke(app, [command, "--help"], env=env).output
    assert f"{command} [OPTIONS] INPUTS..." in helped and "{inputs}" not in helped, helped
    missing = CliRunner().invoke(app, [command], env=env)
    assert missing.exit_code == 2 and "{inputs}" not in missing.output
    assert "INPUTS..." in missing.output and "Traceback" not in missing.output


def test_argument_name_of_an_optional_argument_is_bracketed():
    from types import SimpleNamespace

    from parallax.cli.help_labels import argument_name

    assert argument_name(SimpleNamespace(metavar=None, name="inputs", required=True, nargs=-1)) == "INPUTS..."
    assert argument_name(SimpleNamespace(metavar=None, name="path", required=False, nargs=1)) == "[PATH]"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_an_entry_skipped_while_walking_is_a_parallax_warning(tmp_path):
    """A FIFO or a dangling link in a folder was a logged "skipped ..." line, without the
    "parallax: warning:" every other warning has."""
    import os

    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("gone.txt", tmp_path / "dangling.txt")
    code, out, err = cli("ingest", str(tmp_path), "--published", "2022-04-08")
    assert code == 0 and len(out.splitlines()) == 1, err
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("parallax: warning: skipped ") for line in lines), err
    assert "dangling.txt: not a regular file" in lines[0] and "pipe.txt: not a regular file" in lines[1]


def test_walk_reports_skipped_entries_to_its_callback(tmp_path):
    import os

    from parallax.ingest import walk

    (tmp_path / "a.txt").write_text(ARTICLE)
    os.symlink("gone.txt", tmp_path / "b.txt")
    skipped = []
    assert list(walk(tmp_path, on_skip=skipped.append)) == [str(tmp_path / "a.txt")]
    assert [e.source for e in skipped] == [str(tmp_path / "b.txt")]


def test_dask_plan_walks_as_the_local_engine_does(tmp_path):
    """The Dask engine walked its inputs itself: with --skip-bad a given path that could not be
    walked still stopped the run."""
    import parallax
    from parallax.engine.dask import plan_inputs

    (tmp_path / "a.txt").write_text(ARTICLE)
    given = [tmp_path / "missing.txt", tmp_path / "a.txt"]
    skipped = []
    plan = plan_inputs(given, parallax.Options(skip_bad=True), 16, skipped.append)
    assert [f.path for p in plan for f in p.files] == [str(tmp_path / "a.txt")]
    assert "no such file or folder" in str(skipped[0])
    with pytest.raises(parallax.InputError, match="missing.txt: no such file"):
        plan_inputs(given, parallax.Options(), 16, skipped.append)


@pytest.mark.parametrize(("given", "near"), [("published", "default_published"), ("skipbad", "skip_bad"), ("colour", None)])
def test_load_names_an_unknown_keyword_and_the_known_ones(given, near):
    """``parallax.load(paths, published=...)`` was Python's "Options.__init__() got an unexpected
    keyword argument", naming neither the settings object nor its fields."""
    import parallax

    with pytest.raises(parallax.ParallaxError) as caught:
        parallax.load([], **{given: "2022-04-08"})
    message = str(caught.value)
    assert message.startswith(f"unknown option {given!r}") and "known options: max_file_bytes," in message
    assert (f"did you mean {near!r}" in message) if near else "did you mean" not in message
    assert isinstance(caught.value, TypeError)  # still the TypeError it was
    assert parallax.Options().with_(skip_bad=True).skip_bad


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    import warnings

    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app
    from parallax.web.uploads import Limits

    app = create_app(
        tmp_path_factory.mktemp("web35") / "store.sqlite",
        options=Options(embedder="hashing"),
        limits=Limits(max_files=10, max_file_bytes=20_000, max_request_bytes=400_000, max_articles=6),
    )
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        yield c


def _line(ident: str, n: int) -> str:
    import json

    text = f"Ferry strike number {n}\n\nDock workers in Tallinn began strike number {n} on Tuesday over pay."
    return json.dumps({"id": ident, "outlet": "Wire", "published": "2026-03-10", "text": text})


def test_an_uploaded_jsonl_keeps_its_good_lines_and_names_each_bad_one(client):
    """One bad line refused the whole file: its good records were not stored."""
    body = "\n".join([_line("line-a", 1), "{not json", _line("line-c", 3), '{"id": "empty", "text": ""}']).encode()
    r = client.post("/api/files", files=[("files", ("wire.jsonl", body, "application/json"))])
    assert r.status_code == 201, r.text
    got = r.json()
    assert sorted(got["added"]) == ["line-a", "line-c"]
    assert [(x["input"], x["status"]) for x in got["refused"]] == [("wire.jsonl:2", 400), ("wire.jsonl:4", 400)]
    assert got["refused"][0]["error"].startswith("wire.jsonl:2: invalid JSON") and "/tmp/" not in r.text
    page = client.post("/add", files=[("files", ("wire2.jsonl", b"[1]\n" + _line("line-e", 5).encode(), "x"))])
    assert page.status_code in (200, 201) and "wire2.jsonl:1" in page.text and "not a JSON object" in page.text


def test_an_uploaded_jsonl_with_no_good_line_is_refused_with_every_line(client):
    r = client.post("/api/files", files=[("files", ("bad.jsonl", b"[1]\n{not json\n", "application/json"))])
    assert r.status_code == 400, r.text
    assert [x["input"] for x in r.json()["refused"]] == ["bad.jsonl:1", "bad.jsonl:2"]


def test_the_library_s_logged_warnings_read_as_the_command_line_s(tmp_path):
    """ "story model was fitted on e5 embeddings, running with hashing: expect worse grouping" came
    as a bare line from Python's last-resort handler, beside "parallax: warning: ..." lines."""
    import logging

    from parallax.cli import log_to_stderr

    log_to_stderr()
    log_to_stderr()  # once, however often main() runs
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        logging.getLogger("parallax.stories").warning("story model was fitted on %s embeddings", "e5")
        logging.getLogger("parallax.stories").info("not shown")
    assert err.getvalue() == "parallax: warning: story model was fitted on e5 embeddings\n"


def test_web_story_with_a_near_duplicate_is_compared_as_run_compares_it(tmp_path) -> None:
    """`parallax run` compares a story without its near-duplicate copies; the web app took such a stored comparison
    for a stale one (it covered fewer articles than the story) and showed the story as not compared."""
    import warnings

    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app

    text = (
        "Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea cables "
        "and pipelines after the Baltcon-2 power link between Finland and Estonia was damaged.\n\n"
        '"We cannot protect what we cannot see," said Anna Lindqvist.\n\nThe fund is worth 240 million euros.'
    )
    other = text.replace("a pact", "an agreement").replace("Tuesday", "Monday").replace("240", "300")
    records = [
        {"id": "alpha", "outlet": "Alpha", "language": "en", "published": "2026-03-04T06:30:00+00:00",
         "title": "Baltic states sign pact", "text": text},
        {"id": "copy", "outlet": "Copy", "language": "en", "published": "2026-03-04T08:30:00+00:00",
         "title": "Baltic states sign pact", "text": text + " Officials gave no further details."},
        {"id": "beta", "outlet": "Beta", "language": "en", "published": "2026-03-04T07:30:00+00:00",
         "title": "Baltic states sign deal", "text": other},
    ]  # fmt: skip
    app = create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.post("/api/articles", json={"articles": records}).status_code == 201
        story = next(s for s in client.get("/api/stories").json()["stories"] if "alpha" in s["articles"])
        assert "copy" in story["articles"] and story["compared"] and story["facts"] > 0
        compared = client.get(f"/api/stories/{story['id']}").json()["comparison"]
        assert {a["id"] for a in compared["articles"]} == {"alpha", "beta"}
