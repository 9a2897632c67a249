"""demo42: `make demo`'s command on a fresh checkout, a store inside the output folder `run` makes."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_run_makes_the_output_folder_that_holds_its_store(tmp_path):
    from tests.test_cli import run

    text = tmp_path / "a.txt"
    text.write_text("Heavy rain flooded Ellery on Monday, officials said.\n\nThe mayor said more rain is due.\n")
    out = tmp_path / "out" / "demo"
    result = run("run", str(text), "--store", str(out / "parallax.sqlite"), "--out", str(out), "--embedder", "hashing")
    assert result.returncode == 0, result.stderr
    assert (out / "parallax.sqlite").exists() and (out / "stories.json").exists()


@pytest.mark.slow
def test_a_store_in_a_missing_folder_beside_the_output_is_still_refused(tmp_path):
    from tests.test_cli import run

    text = tmp_path / "a.txt"
    text.write_text("Heavy rain flooded Ellery on Monday, officials said.\n\nThe mayor said more rain is due.\n")
    out = tmp_path / "out"
    result = run("run", str(text), "--store", str(tmp_path / "typo" / "x.sqlite"), "--out", str(out), "--embedder", "hashing")
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not out.exists()
