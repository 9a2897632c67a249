"""Shared fixtures: the ../shared folder (seeds, gold data) and analysed seed articles."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARALLAX_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (the ../shared folder beside the checkout holds it)")
    return path


def cli(*args: object) -> tuple[int, str, str]:
    """``parallax ARGS`` in this process, through the real entry point (:func:`parallax.cli.main`):
    (exit status, stdout, stderr).  An exception escaping ``main`` is written to stderr as the
    traceback a user would see (status 1), so a test's "no traceback" check sees it rather than
    the test erroring out; the test modules share this one runner so they agree on what a run is."""
    from parallax.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv, sys.argv = sys.argv, ["parallax", *map(str, args)]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:
                traceback.print_exc(file=err)
                code = 1
    finally:
        sys.argv = argv
    return code, out.getvalue(), err.getvalue()


def cli_process(*args: object, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m parallax ARGS`` as a real process (text output captured), for what only a
    process shows: the interpreter's own exit status and what reaches the terminal."""
    return subprocess.run([sys.executable, "-m", "parallax", *map(str, args)], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="session")
def seed_jsonl(tmp_path_factory) -> Path:
    """The two seed reports as JSONL records published 2022-04-08 (built at test time, never copied)."""
    files = sorted(need(SEEDS).glob("*.txt"))
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, f in enumerate(files):
            rec = {"id": f.stem, "outlet": f"outlet-{i}", "published": "2022-04-08", "text": f.read_text("utf-8")}
            fh.write(json.dumps(rec) + "\n")
    return out


@pytest.fixture(scope="session")
def seed_comparison(seed_jsonl):
    import parallax

    return parallax.compare(parallax.load([seed_jsonl])).to_dict()


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster for the session (skips where the server is not installed)."""
    import shutil
    import tempfile

    from tests.pgserver import PostgresServer, find_bindir

    if find_bindir() is None:
        pytest.skip("PostgreSQL server not installed (apt-get install postgresql; .ci/run does)")
    # not under pytest's tmp dir: that is private to root, and the server may run as 'postgres'
    root = Path(tempfile.mkdtemp(prefix="parallax-pg-"))
    server = PostgresServer(root).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server, request) -> str:
    """A fresh empty database on the throwaway server, as a store URL."""
    import re

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50] + f"_{os.getpid()}_{id(request) % 10000}"
    return postgres_server.create_database(name)
