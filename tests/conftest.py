"""Shared fixtures: the ../shared folder (seeds, gold data) and analysed seed articles."""

from __future__ import annotations

import json
import os
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
