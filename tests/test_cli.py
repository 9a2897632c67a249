"""The command line: outputs, help, and bad input as one line with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from parallax.report import validate
from tests.conftest import EXAMPLES


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "parallax", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.slow
def test_help():
    r = run("--help")
    assert r.returncode == 0 and "compare" in r.stdout


@pytest.mark.slow
def test_compare_json_and_text(seed_jsonl, tmp_path):
    out = tmp_path / "c.json"
    r = run("compare", seed_jsonl, "-o", out)
    assert r.returncode == 0, r.stderr
    validate(json.loads(out.read_text()))
    r = run("compare", seed_jsonl, "--format", "text")
    assert r.returncode == 0 and "quotations" in r.stdout


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty input"),
        ("bin.txt", bytes(range(256)) * 8, "binary"),
        ("bad.jsonl", b'{"id": "a", "text": "ok text"}\n{oops\n', ":2: invalid JSON"),
        ("x.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
@pytest.mark.slow
def test_bad_input_exit_2(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    r = run("compare", p)
    assert r.returncode == 2
    assert reason in r.stderr and name in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_skip_bad_compares_the_rest(tmp_path, seed_jsonl):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "c.json"
    r = run("compare", seed_jsonl, tmp_path / "empty.txt", "--skip-bad", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "skipped" in r.stderr and "empty.txt" in r.stderr
    assert len(json.loads(out.read_text())["articles"]) == 2


@pytest.mark.slow
def test_missing_file_exit_2(tmp_path):
    r = run("compare", tmp_path / "nope.txt")
    assert r.returncode == 2 and "no such file" in r.stderr


@pytest.mark.slow
def test_hostile_corpus_files_fail_cleanly():
    hostile = EXAMPLES / "hostile"
    for name in ("empty.txt", "binary.txt", "bad.jsonl"):
        r = run("compare", hostile / name)
        assert r.returncode == 2 and "Traceback" not in r.stderr, (name, r.stderr)


@pytest.mark.slow
def test_ingest_and_analyze_commands(seed_jsonl, tmp_path):
    r = run("ingest", seed_jsonl, "-o", tmp_path / "a.jsonl")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert {"id", "text", "boilerplate_removed", "published"} <= set(recs[0])
    r = run("analyze", seed_jsonl, "-o", tmp_path / "b.jsonl")
    assert r.returncode == 0, r.stderr
    rec = json.loads((tmp_path / "b.jsonl").read_text().splitlines()[0])
    assert rec["quotes"] and rec["times"] and rec["sentences"]
    t = next(t for t in rec["times"] if t["text"] == "Thursday")
    assert rec["text"][t["start"] : t["end"]] == "Thursday" and t["value"] == "2022-04-07"


@pytest.mark.slow
def test_version_needs_no_command():
    from parallax import __version__

    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == __version__


@pytest.mark.parametrize("command", ["ingest", "analyze", "cluster", "compare"])
@pytest.mark.slow
def test_every_reading_command_takes_the_size_limit(tmp_path, command):
    """--max-bytes is named by the size-limit error, so every command that reads files has it."""
    (tmp_path / "t.txt").write_text("The tunnel reopened on Monday after two weeks of repairs.\n", encoding="utf-8")
    extra = ["--embedder", "hashing"] if command in ("cluster", "compare") else []
    r = run(command, tmp_path / "t.txt", "--max-bytes", "10", "-o", tmp_path / "out.json", *extra)
    assert r.returncode == 2 and "larger than the limit of 10 bytes (see --max-bytes)" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
def test_output_to_a_pipe_is_written_through_not_replaced(tmp_path):
    """``-o /dev/null`` (or a named pipe) must stay what it is: an atomic replace would put a
    regular file in its place."""
    import os
    import stat
    import threading

    (tmp_path / "t.txt").write_text("The tunnel reopened on Monday after two weeks of repairs.\n", encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    r = run("ingest", tmp_path / "t.txt", "-o", fifo)
    reader.join(timeout=60)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and "tunnel reopened" in got[0]
    r = run("ingest", tmp_path / "t.txt", "-o", tmp_path)
    assert r.returncode == 2 and "is a directory" in r.stderr


@pytest.mark.parametrize("to_stdout", [[], ["-o", "-"]], ids=["no-o", "o-dash"])
@pytest.mark.slow
def test_analyze_to_stdout_is_clean_jsonl(tmp_path, to_stdout):
    """Five or more articles show a progress bar; it must draw on stderr, never put a blank
    line (or anything else) into the JSONL on stdout."""
    for i in range(6):
        (tmp_path / f"t{i}.txt").write_text(f"Floods killed {i + 2} people in Sohar on Saturday. The spokesman said the situation was under control.\n", encoding="utf-8")
    r = run("analyze", tmp_path, "--published", "2024-04-14", *to_stdout, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout[:1] == "{"
    lines = r.stdout.splitlines()
    assert len(lines) == 6 and all(json.loads(line)["sentences"] for line in lines)
    assert not (tmp_path / "-").exists()
