"""A new user at every entry point (session 40): the defects found, each with the input that showed it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import parallax
from parallax.errors import InputError

TEXT = (
    "The council of Ellery voted on Tuesday to close the port for three days, the mayor said. "
    '"We had no choice," said Mayor Anna Berg. The closure affects 1,200 workers.'
)
PAGE = f"<html><head><title>Port closed</title></head><body><article><h1>Port closed</h1><p>{TEXT}</p></article></body></html>"
DATED_PAGE = PAGE.replace("<head>", '<head><meta property="article:published_time" content="2022-04-01T09:00:00+00:00">')


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parallax", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def one_line_error(r: subprocess.CompletedProcess, *needles: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stderr)
    errors = [line for line in r.stderr.strip().splitlines() if not line.startswith("parallax: warning: ")]
    assert "Traceback" not in r.stderr and len(errors) == 1 and errors[0].startswith("parallax: error: "), r.stderr
    for needle in needles:
        assert needle in r.stderr, r.stderr


# ------------------------------------------------------------------ --published reaches every reader
@pytest.mark.slow
def test_published_option_dates_an_undated_html_page_and_jsonl_record(tmp_path):
    """Before: ``--published`` dated plain text, feed items and WARC records only; an HTML page
    without a date and a JSONL record without "published" kept none, so "on Tuesday" stayed unresolved."""
    (tmp_path / "page.html").write_text(PAGE)
    (tmp_path / "dated.html").write_text(DATED_PAGE)
    (tmp_path / "rec.jsonl").write_text(json.dumps({"id": "r", "text": TEXT}) + "\n" + json.dumps({"id": "s", "text": TEXT, "published": "2022-03-30"}) + "\n")
    arts = {a.id: a.published for a in parallax.load([tmp_path], default_published="2022-04-08")}
    assert arts == {"dated": "2022-04-01T09:00:00+00:00", "page": "2022-04-08", "r": "2022-04-08", "s": "2022-03-30"}
    r = cli("ingest", tmp_path / "page.html", "--published", "2022-04-08")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["published"] == "2022-04-08"
    assert {a.id: a.published for a in parallax.load([tmp_path])}["page"] is None  # no option: no invented date


# ------------------------------------------------------------------ JSONL: a number is no article body
@pytest.mark.parametrize(("field", "value"), [("text", 12345), ("html", 5)])
@pytest.mark.slow
def test_jsonl_number_as_text_or_html_is_refused(tmp_path, field, value):
    """Before: ``"text": 12345`` was read as the article "12345", and ``"html": 5`` failed as
    "no article text found in the HTML page"; a float text was already refused as not a string."""
    p = tmp_path / "wrong.jsonl"
    p.write_text(json.dumps({"id": "a", "title": "Port closed", field: value}) + "\n")
    with pytest.raises(InputError, match=f"wrong.jsonl:1: field '{field}' must be a string"):
        parallax.load([p])
    one_line_error(cli("ingest", p), "wrong.jsonl:1", f"field '{field}' must be a string")


def test_jsonl_numbers_still_stand_in_for_ids_and_titles(tmp_path):
    p = tmp_path / "ids.jsonl"
    p.write_text(json.dumps({"id": 17, "title": 2024, "text": TEXT}) + "\n")
    (art,) = parallax.load([p])
    assert (art.id, art.title) == ("17", "2024")


# ------------------------------------------------------------------ undated articles are named
@pytest.mark.slow
def test_articles_without_a_date_are_named_in_one_warning(tmp_path):
    """Before: ``compare a.txt b.txt`` without ``--published`` left every "on Tuesday" as "?" and said nothing."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT)
    (tmp_path / "c.html").write_text(DATED_PAGE)
    r = cli("ingest", tmp_path)
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 3, r.stderr
    (line,) = r.stderr.splitlines()
    assert line.startswith("parallax: warning: no publication date for 2 articles (") and "--published" in line
    assert "a.txt" in line and "b.txt" in line and "c.html" not in line
    r = cli("ingest", tmp_path, "--published", "2022-04-08")
    assert r.returncode == 0 and r.stderr == "", r.stderr


# ------------------------------------------------------------------ run --out on a file
@pytest.mark.slow
def test_run_out_on_a_file_says_it_is_a_file(tmp_path):
    """Before: "cannot write the output folder there (File exists)", which reads as if a folder were in the way."""
    (tmp_path / "a.txt").write_text(TEXT)
    blocker = tmp_path / "out"
    blocker.write_text("")
    r = cli("run", tmp_path / "a.txt", "--out", blocker, "--store", tmp_path / "s.sqlite", "--embedder", "hashing")
    one_line_error(r, str(blocker), "cannot write the output folder there (it is a file; --out names a folder)")


# ------------------------------------------------------------------ compare --format text -o
@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.slow
def test_compare_text_to_a_full_disk_is_one_error_line(tmp_path):
    """Before: ``compare --format text -o FILE`` opened the file itself: a full disk was an OSError traceback
    (exit status 1), where json and html gave "cannot write (No space left on device)"."""
    (tmp_path / "a.txt").write_text(TEXT)
    args = ("compare", tmp_path / "a.txt", "--published", "2022-04-08", "--embedder", "hashing", "-f", "text")
    one_line_error(cli(*args, "-o", "/dev/full"), "/dev/full: cannot write (No space left on device)")
    r = cli(*args, "-o", tmp_path / "c.txt")
    # one article: the warning that it has nothing to compare with (session 52), then the file written
    assert r.returncode == 0 and r.stderr.strip().splitlines() == [
        f"parallax: warning: only one article ({tmp_path / 'a.txt'}): nothing to compare it with, so every fact is unique to it",
        f"wrote {tmp_path / 'c.txt'}",
    ], r.stderr
    assert "Parallax comparison" in (tmp_path / "c.txt").read_text()


@pytest.mark.slow
def test_run_writes_its_text_report_as_the_others_one_error_line(tmp_path):
    """Before: ``parallax run`` opened ``OUT/stories/<id>.txt`` itself: a path it could not write (here a
    folder of that name; a full disk alike) was an IsADirectoryError traceback after all the work."""
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT.replace("three days", "four days"))
    args = ("run", tmp_path / "a.txt", tmp_path / "b.txt", "--out", tmp_path / "out", "--store", tmp_path / "s.sqlite")
    args += ("--embedder", "hashing", "--published", "2022-04-08", "--no-html")
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    (report,) = (tmp_path / "out" / "stories").glob("*.txt")
    assert "Parallax comparison" in report.read_text()
    report.unlink()
    report.mkdir()
    one_line_error(cli(*args), str(report), "is a directory, not a file to write")


# ------------------------------------------------------------------ both shipped schemas
def test_both_shipped_schemas_load_by_name():
    """Before: ``parallax.report.schema("stories")`` (its docstring offers it) raised FileNotFoundError:
    it looked in report/schemas, where only the comparison schema is."""
    from parallax.report import schema, validate

    assert schema("stories")["properties"]["schema"] and schema("comparison")["properties"]["schema"]
    import jsonschema

    validate({"schema": "parallax.stories/1", "stories": [], "near_duplicates": [], "settings": {}}, "stories")
    with pytest.raises(jsonschema.ValidationError, match="is not of type 'array'"):
        validate({"schema": "parallax.stories/1", "stories": 5, "near_duplicates": []}, "stories")
    with pytest.raises(ValueError, match="no schema named 'story'"):
        schema("story")


# ------------------------------------------------------------------ a basic-format date stays a date
def test_basic_format_date_is_a_date_not_midnight():
    """Before: ``--published 20220408`` (ISO 8601's basic form) became "2022-04-08T00:00:00", a time nobody wrote."""
    from parallax.ingest.timeparse import parse_published

    assert parse_published("20220408") == parse_published("2022-04-08") == "2022-04-08"
    assert parse_published("20220408T1030Z") == "2022-04-08T10:30:00+00:00"
    assert parse_published("20221308") is None and parse_published("2022-0408") is None


# ------------------------------------------------------------------ the same option reads the same in every --help
@pytest.mark.parametrize("command", ["run", "ingest", "analyze", "cluster", "compare"])
@pytest.mark.slow
def test_published_and_skip_bad_help_say_the_same_everywhere(command):
    """Before: ``ingest --help`` and ``analyze --help`` gave ``--published`` without "ISO 8601" (what else is
    refused) and ``--skip-bad`` without "instead of stopping", as run, cluster and compare give them."""
    import os

    env = {**os.environ, "COLUMNS": "250", "TERM": "dumb"}
    r = subprocess.run([sys.executable, "-m", "parallax", command, "--help"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    (published,) = [line for line in r.stdout.splitlines() if "--published" in line]
    (skip,) = [line for line in r.stdout.splitlines() if "--skip-bad" in line]
    assert "Publication date (ISO 8601) for inputs that carry none" in published, published
    assert "Skip unreadable inputs with a warning instead of stopping." in skip, skip


# ------------------------------------------------------------------ ingest's records read again
@pytest.mark.slow
def test_ingest_records_read_again_keep_what_cleaning_took_out(tmp_path):
    """Before: ``ingest`` output read again (``ingest a.html -o a.jsonl``, then ``compare a.jsonl``) lost the
    dateline, its printed date, the agencies and the removed lines: cleaning had taken them out of the text."""
    body = (
        "<p>TALLINN, March 3 (Continental Wire) — Ministers signed a pact on Tuesday to protect undersea cables, officials said.</p>"
        "<p>The agreement takes effect in June, the ministry said in a statement on Wednesday.</p><p>Share this article</p>"
    )
    page = f"<html><head><title>Cable pact</title></head><body><article><h1>Cable pact signed</h1>{body}</article></body></html>"
    (tmp_path / "a.html").write_text(page)
    (first,) = parallax.load([tmp_path / "a.html"], default_published="2026-03-03")
    assert first.dateline and first.agencies and first.dateline_date  # what the case is about
    r = cli("ingest", tmp_path / "a.html", "--published", "2026-03-03", "-o", tmp_path / "a.jsonl")
    assert r.returncode == 0, r.stderr
    (again,) = parallax.load([tmp_path / "a.jsonl"])
    keys = ("text", "dateline", "dateline_offset", "dateline_date", "agencies", "boilerplate_removed", "kind", "published")
    assert {k: getattr(again, k) for k in keys} == {k: getattr(first, k) for k in keys}


def test_other_tools_fields_of_another_shape_are_ignored(tmp_path):
    p = tmp_path / "other.jsonl"
    rec = {"id": "o", "text": TEXT, "kind": "article", "agencies": "AFP", "dateline": ["x"], "boilerplate_removed": [1]}
    p.write_text(json.dumps(rec) + "\n")
    (art,) = parallax.load([p])
    assert (art.kind, art.agencies, art.dateline, art.boilerplate_removed) == (None, [], None, [])
