"""Engines of ``parallax run``: the Dask engine gives the local engine's results,
resumes without redoing finished partitions, and writes the documented Parquet schema.

The tests that start a Dask cluster are marked ``slow`` (each ``parallax run
--engine dask`` starts two worker processes that load spaCy); run them with
``pytest tests/test_engine.py -m slow``.  The others run the worker function
in this process and need no cluster.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parallax.config import Options
from parallax.engine import get_engine
from parallax.engine.parquet import (
    METADATA_KEYS,
    clean_temporaries,
    dataset_dir,
    is_complete,
    plan_partitions,
    schema,
)
from parallax.store import open_store
from tests.conftest import EXAMPLES

DEMO = EXAMPLES / "demo"
OPTIONS = Options(embedder="hashing")


def _cmd(inputs, store, out, *extra):
    return [
        sys.executable,
        "-m",
        "parallax",
        "run",
        str(inputs),
        "--store",
        str(store),
        "--out",
        str(out),
        "--embedder",
        "hashing",
        *map(str, extra),
    ]


def _run(inputs, store, out, *extra, timeout=300):
    return subprocess.run(_cmd(inputs, store, out, *extra), capture_output=True, text=True, timeout=timeout)


def _outputs(out: Path) -> dict[str, object]:
    """Everything a run writes: stories.json and every comparison file (JSON parsed, HTML and text as is)."""
    files = {"stories.json": json.loads((out / "stories.json").read_text("utf-8"))}
    for p in sorted((out / "stories").iterdir()):
        files[p.name] = json.loads(p.read_text("utf-8")) if p.suffix == ".json" else p.read_text("utf-8")
    return files


def _partitions(folder: Path) -> dict[str, tuple[int, int]]:
    """Partition file -> (inode, mtime_ns): a file computed again gets a new inode (os.replace)."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("part-*.parquet")}


def _check_store(store: Path, expected: int) -> None:
    with open_store(store) as db:
        assert db.count_articles() == expected
        hashes = [a.content_hash for a in db.iter_articles("id")]
        assert len(hashes) == len(set(hashes)), "an article stored twice"
        assert db.integrity_check() == []


# ------------------------------------------------------------------ no cluster


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_partition_plan_is_deterministic_and_local(tmp_path):
    for i in range(40):
        (tmp_path / f"a{i:02d}.txt").write_text(f"Headline {i}\n\nBody text number {i} of the plan test.\n", encoding="utf-8")
    plan = plan_partitions([str(tmp_path)], OPTIONS, files_per_partition=4)
    assert plan == plan_partitions([str(tmp_path)], OPTIONS, files_per_partition=4)
    files = [f.path for p in plan for f in p.files]
    assert files == sorted(files) and len(files) == 40  # the order parallax run reads them, each once
    assert all(1 <= len(p.files) <= 8 for p in plan)
    # a new file changes the key of the partition it falls in, not the others
    (tmp_path / "a17b.txt").write_text("Headline new\n\nA late arrival.\n", encoding="utf-8")
    after = plan_partitions([str(tmp_path)], OPTIONS, files_per_partition=4)
    assert len({p.key for p in plan} - {p.key for p in after}) <= 2
    # analysis options are part of the key, story and comparison options are not
    assert plan_partitions([str(tmp_path)], OPTIONS.with_(embedder="e5"), 4)[0].key == after[0].key
    assert plan_partitions([str(tmp_path)], OPTIONS.with_(max_text_chars=99_999), 4)[0].key != after[0].key
    assert all(len(p.files) == 1 for p in plan_partitions([str(tmp_path)], OPTIONS, files_per_partition=1))


def test_dataset_location():
    assert dataset_dir("data/news.sqlite") == Path("data/news.parquet")
    assert dataset_dir("sqlite:///data/news.db") == Path("data/news.parquet")
    assert dataset_dir("data/news.sqlite", "/scratch/w") == Path("/scratch/w")


def test_partitions_without_cluster_match_local_store(tmp_path):
    """Worker function run here, then the driver's ingest: ids made unique run-wide
    and texts deduplicated exactly as the local engine does, and the files have the schema."""
    from parallax.engine.dask import DaskEngine, analyse_partition

    corpus = tmp_path / "in"
    corpus.mkdir()
    body = "Officials in Port Ellery said on Monday that the plant would close.\n\nWorkers said they were surprised."
    _write(
        corpus / "a.jsonl",
        [
            {"id": "dup", "outlet": "A", "published": "2026-03-10", "text": body},
            {"id": "one", "outlet": "A", "published": "2026-03-10", "text": "The tunnel reopened on Friday after repairs."},
        ],
    )
    _write(
        corpus / "b.jsonl",
        [
            {"id": "dup", "outlet": "B", "published": "2026-03-11", "text": "Another text under the same id, about a quake."},
            {"id": "copy", "outlet": "B", "published": "2026-03-11", "text": body},  # same text as a.jsonl's first
        ],
    )
    local_store = tmp_path / "local.sqlite"
    with open_store(local_store) as db, get_engine("local") as eng:
        local = eng.ingest([corpus], OPTIONS, db, 2)
        expected = {a.id: a.to_dict() for a in db.iter_articles("id")}

    store = tmp_path / "dask.sqlite"
    folder = dataset_dir(store)
    plan = plan_partitions([str(corpus)], OPTIONS, files_per_partition=1)
    assert len(plan) == 2
    for p in plan:
        assert analyse_partition(p, OPTIONS, str(folder)).rows == 2
    (folder / "part-0123.parquet.99.tmp").write_bytes(b"half a file")
    with open_store(store) as db, DaskEngine(partition_files=1) as eng:
        stats = eng.ingest([corpus], OPTIONS, db, 2)
        assert eng._client is None  # every partition was on disk: no cluster started
        got = {a.id: a.to_dict() for a in db.iter_articles("id")}
    assert (stats.read, stats.new, stats.computed) == (local.read, local.new, 0) == (4, 4, 0)
    # "copy" is a.jsonl's text from another outlet (B): a second publication, stored by both engines (qa36b)
    assert got == expected and set(got) == {"dup", "one", "dup~2", "copy"}
    assert not list(folder.glob("*.tmp"))

    import pyarrow.parquet as pq

    for p in plan:
        path = folder / p.filename
        assert pq.read_schema(path).remove_metadata() == schema().remove_metadata()
        meta = pq.read_schema(path).metadata
        assert set(METADATA_KEYS) <= {k.decode() for k in meta}
        assert meta[b"parallax.partition"].decode() == p.key
        table = pq.read_table(path)
        assert table.column("ordinal").to_pylist() == [0, 1]
        assert all(json.loads(r)["analyzed"] for r in table.column("record_json").to_pylist())
    # a truncated file is not taken for a finished partition (and is removed)
    path = folder / plan[0].filename
    path.write_bytes(path.read_bytes()[:100])
    assert not is_complete(path, plan[0].key) and not path.exists()
    assert clean_temporaries(folder) == 0


@pytest.mark.slow
def test_unknown_engine_and_misplaced_options(tmp_path):
    r = _run(DEMO, tmp_path / "s.sqlite", tmp_path / "out", "--engine", "spark", timeout=120)
    assert r.returncode == 2 and "unknown engine" in r.stderr and "Traceback" not in r.stderr
    r = _run(DEMO, tmp_path / "s.sqlite", tmp_path / "out", "--workers", "2", timeout=120)
    assert r.returncode == 2 and "--engine dask" in r.stderr


# ------------------------------------------------------------------ with a Dask cluster


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("local")
    r = _run(DEMO, base / "s.sqlite", base / "out")
    assert r.returncode == 0, r.stderr
    return base


@pytest.fixture(scope="module")
def dask_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("dask")
    r = _run(DEMO, base / "s.sqlite", base / "out", "--engine", "dask", "--workers", "2", "--partition-files", "1")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "dask: 14 of 14 partitions computed" in r.stderr
    return base


@pytest.mark.slow
def test_dask_gives_the_local_results(local_run, dask_run):
    # nothing in these files is run-specific (no timings, no dates of the run): they must be equal
    local, dask = _outputs(local_run / "out"), _outputs(dask_run / "out")
    assert sorted(local) == sorted(dask)
    assert len(local["stories.json"]["stories"]) >= 5 and sum(k.endswith(".json") for k in local) >= 4
    for name in local:
        assert dask[name] == local[name], name
    _check_store(dask_run / "s.sqlite", 20)


@pytest.mark.slow
def test_dask_parquet_schema(dask_run):
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    folder = dask_run / "s.parquet"  # the default location: beside the store
    files = sorted(folder.glob("part-*.parquet"))
    manifest = json.loads((folder / "_manifest.json").read_text())
    assert [p["file"] for p in manifest["partitions"]] != [] and {p["file"] for p in manifest["partitions"]} == {f.name for f in files}
    for f in files:
        s = pq.read_schema(f)
        assert s.remove_metadata() == schema().remove_metadata()
        assert set(METADATA_KEYS) <= {k.decode() for k in s.metadata}
    table = ds.dataset(folder, format="parquet").to_table()
    assert table.num_rows == 20 and len(set(table.column("content_hash").to_pylist())) == 20


@pytest.mark.slow
def test_dask_resumes_after_deleted_partition(tmp_path, local_run, dask_run):
    shutil.copy(dask_run / "s.sqlite", tmp_path / "s.sqlite")
    shutil.copytree(dask_run / "s.parquet", tmp_path / "s.parquet")
    folder = tmp_path / "s.parquet"
    before = _partitions(folder)
    gone = sorted(before)[3]
    (folder / gone).unlink()
    (folder / (gone + ".4242.tmp")).write_bytes(b"PAR1 half written")
    r = _run(DEMO, tmp_path / "s.sqlite", tmp_path / "out", "--engine", "dask", "--workers", "2", "--partition-files", "1")
    assert r.returncode == 0, r.stderr
    assert "dask: 1 of 14 partitions computed, 13 reused" in r.stderr
    after = _partitions(folder)
    assert set(after) == set(before) and not list(folder.glob("*.tmp"))
    assert {k: v for k, v in after.items() if k != gone} == {k: v for k, v in before.items() if k != gone}
    assert after[gone] != before[gone]
    # nothing new to compare: every comparison of the first run is reused (5 stories of two or more reports)
    assert "0 new" in r.stderr and re.search(r" 0 compared, [1-9]\d* unchanged", r.stderr), r.stderr
    _check_store(tmp_path / "s.sqlite", 20)
    assert _outputs(tmp_path / "out") == _outputs(local_run / "out")


@pytest.mark.slow
def test_dask_resumes_after_kill(tmp_path, local_run):
    store, folder = tmp_path / "s.sqlite", tmp_path / "s.parquet"
    cmd = _cmd(DEMO, store, tmp_path / "out", "--engine", "dask", "--workers", "2", "--partition-files", "1")
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 240
    while len(_partitions(folder)) < 3 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert p.poll() is None, f"run ended before it could be interrupted: {p.stderr.read()}"
    os.killpg(p.pid, signal.SIGKILL)  # the driver and its worker processes
    p.wait(timeout=60)
    done = _partitions(folder)
    assert 3 <= len(done) < 14
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert f"dask: {14 - len(done)} of 14 partitions computed, {len(done)} reused" in r.stderr
    after = _partitions(folder)
    assert len(after) == 14 and {k: after[k] for k in done} == done  # finished partitions untouched
    _check_store(store, 20)
    assert _outputs(tmp_path / "out") == _outputs(local_run / "out")


@pytest.mark.slow
def test_dask_bad_input_is_one_line(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a-good.txt").write_text("Tunnel reopens\n\nThe Kessel Pass tunnel reopened on Friday.\n", encoding="utf-8")
    (corpus / "b-empty.txt").write_bytes(b"")
    args = ("--engine", "dask", "--workers", "1", "--partition-files", "1", "--no-html")
    r = _run(corpus, tmp_path / "s.sqlite", tmp_path / "out", *args)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "parallax: error:" in r.stderr and "b-empty.txt: empty input" in r.stderr
    r = _run(corpus, tmp_path / "s.sqlite", tmp_path / "out", *args, "--skip-bad")
    assert r.returncode == 0, r.stderr
    assert "warning: skipped" in r.stderr and "b-empty.txt: empty input" in r.stderr and "1 article read" in r.stderr


def test_local_engine_streams_and_keeps_the_batches_before_a_bad_input(tmp_path):
    """The local engine reads, analyses and commits a batch at a time: a bad
    input found late stops the run, the batches before it stay stored."""
    from parallax.errors import InputError

    corpus = tmp_path / "in"
    corpus.mkdir()
    _write(
        corpus / "a.jsonl",
        [
            {"id": f"n{i}", "outlet": "A", "published": "2026-03-10", "text": f"Report number {i} on the tunnel reopening."}
            for i in range(3)
        ],
    )
    (corpus / "z-empty.txt").write_bytes(b"")  # read after a.jsonl
    with open_store(tmp_path / "s.sqlite") as db, get_engine("local") as eng:
        with pytest.raises(InputError, match="empty input"):
            eng.ingest([corpus], OPTIONS, db, 1)
        assert db.count_articles() == 3 and db.integrity_check() == []


def test_a_stored_comparison_is_reused_only_under_the_same_code_and_settings():
    from parallax.config import Options
    from parallax.engine import _same_settings
    from parallax.stamps import comparison_stamp

    options = Options()
    saved = {"settings": json.loads(json.dumps({"code": comparison_stamp(), "options": options.to_dict()}, default=str))}
    assert _same_settings(saved, options)
    assert not _same_settings(saved, options.with_(align_threshold=0.6))
    assert not _same_settings({"settings": {**saved["settings"], "code": "0.0.1+000000000000.00000000"}}, options)
    assert not _same_settings({"settings": {"parallax_version": "0.1.0", "options": saved["settings"]["options"]}}, options)


def test_a_run_after_an_upgrade_analyses_the_stored_articles_again(tmp_path):
    """The store keys texts by content, so a re-run never reads a stored text
    again; an analysis made by other code (an upgrade) is made again from the
    stored text, and the stories' comparisons with it."""
    from parallax.engine import run_pipeline
    from parallax.stamps import analysis_stamp

    corpus = tmp_path / "in"
    corpus.mkdir()
    _write(
        corpus / "a.jsonl",
        [
            {
                "id": "a",
                "outlet": "A",
                "published": "2026-03-10",
                "text": 'The tunnel reopened on Monday. "It is safe," said Mayor Ana Ruiz.',
            },
            {
                "id": "b",
                "outlet": "B",
                "published": "2026-03-10",
                "text": 'The tunnel reopened on Monday. "It is safe now," Mayor Ana Ruiz said.',
            },
        ],
    )
    store = tmp_path / "s.sqlite"
    with get_engine("local") as eng:
        first = run_pipeline(eng, [corpus], store, tmp_path / "out", OPTIONS, html=False)
    assert first.reanalysed == 0 and first.compared == 1
    with open_store(store) as db:  # as an older Parallax would have left it
        old = db.get_article("a")
        old.quotes, old.analyzed_by = [], "0.0.9+0123456789ab.01234567"
        db.update_analyses([old])
        comparison = db.comparison(db.stories()[0]["id"])
        comparison["settings"]["code"] = "0.0.9+0123456789ab.01234567"
        db.save_comparison(db.stories()[0]["id"], comparison)
    with get_engine("local") as eng:
        second = run_pipeline(eng, [corpus], store, tmp_path / "out", OPTIONS, html=False)
    assert second.ingest.new == 0 and second.reanalysed == 1 and second.compared == 1
    with open_store(store) as db:
        again = db.get_article("a")
        assert again.analyzed_by == analysis_stamp() and [q.speaker for q in again.quotes] == ["Ana Ruiz"]
        assert db.stale_ids(analysis_stamp()) == []
