"""Crash safety: ``parallax run`` killed with SIGKILL at random moments loses nothing.

After each kill the store must pass its integrity check; after a final
uninterrupted re-run every article is stored exactly once and the stories
equal those of a run that was never interrupted.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from parallax.store import open_store

KILLS = 20


def _corpus(folder):
    """Twelve short articles about four events, written for this test."""
    events = [
        ("Baltic ministers sign undersea cable pact in Tallinn", "Energy ministers of five Baltic states signed a pact in Tallinn on Tuesday to protect undersea cables and pipelines."),
        ("Earthquake kills dozens in mountain province of Karvelia", "A magnitude 6.2 earthquake struck the mountain province of Karvelia on Monday night, killing at least 38 people."),
        ("Halvorsen to close Port Ellery parts plant", "Car parts maker Halvorsen Components will close its Port Ellery plant by the end of the year, cutting 1,150 jobs."),
        ("Kessel Pass rail tunnel reopens after repairs", "The Kessel Pass rail tunnel reopened on Friday after five months of repairs to its flood-damaged drainage system."),
    ]
    outlets = ["Harbor Times", "Continental Wire", "Valley Courier"]
    lines = []
    for e, (title, lead) in enumerate(events):
        for o, outlet in enumerate(outlets):
            text = f"{lead}\n\nThe report by {outlet} added details number {o} about the event.\n\nOfficials said more information would follow."
            lines.append(json.dumps({"id": f"e{e}-o{o}", "outlet": outlet, "title": title, "published": f"2026-03-{10 + e:02d}T0{o}:00:00+00:00", "text": text}))
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path, len(lines)


def _run(inputs, store, out, timeout=None):
    cmd = [sys.executable, "-m", "parallax", "run", str(inputs), "--store", str(store), "--out", str(out), "--embedder", "hashing", "--batch", "2", "--no-html"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _stories(store):
    with open_store(store) as db:
        return sorted(tuple(sorted(s["articles"])) for s in db.stories())


@pytest.mark.slow
def test_sigkill_loses_nothing(tmp_path):
    inputs, n = _corpus(tmp_path)
    ref_store = tmp_path / "ref.sqlite"
    p = _run(inputs, ref_store, tmp_path / "ref")
    assert p.wait(timeout=600) == 0, p.stderr.read()
    reference = _stories(ref_store)
    rng = random.Random(20260323)
    store = tmp_path / "killed.sqlite"
    start = time.monotonic()
    p = _run(inputs, store, tmp_path / "out")
    p.wait(timeout=600)
    full = time.monotonic() - start  # one complete run, to spread the kills over it
    store.unlink()
    for _ in range(KILLS):
        p = _run(inputs, store, tmp_path / "out")
        time.sleep(rng.uniform(0.2, full))
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        p.wait(timeout=60)
        if store.exists():
            with open_store(store) as db:
                assert db.integrity_check() == []
    p = _run(inputs, store, tmp_path / "out")
    assert p.wait(timeout=600) == 0, p.stderr.read()
    with open_store(store) as db:
        assert db.integrity_check() == []
        ids = [a.id for a in db.iter_articles()]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == n
    assert _stories(store) == reference


@pytest.mark.slow
def test_web_app_keeps_serving_reads_while_a_run_writes(tmp_path):
    """Readers never wait for the writer (WAL; opening an up-to-date store takes no lock)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app

    inputs, n = _corpus(tmp_path)
    store = tmp_path / "live.sqlite"
    open_store(store).close()
    app = create_app(store, options=Options(embedder="hashing"))
    statuses: list[int] = []
    seen_counts: set[int] = set()
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        p = _run(inputs, store, tmp_path / "out")
        while p.poll() is None:
            r = client.get("/api/stories")
            statuses.append(r.status_code)
            if r.status_code == 200:
                seen_counts.add(len(r.json()["stories"]))
            statuses.append(client.get("/").status_code)
        assert p.returncode == 0, p.stderr.read()
        final = client.get("/api/stories").json()["stories"]
    assert statuses and set(statuses) == {200}, statuses
    assert len(statuses) >= 10  # the reads really overlapped the run
    assert sum(len(s["articles"]) for s in final) == n
