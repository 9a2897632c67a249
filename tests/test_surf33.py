"""Regressions from the surf33 audit of the user-facing surfaces (CLI, readers, web upload).

Each test names the input that failed, what Parallax did before, and what it does now."""

from __future__ import annotations

import gzip
import json

import pytest

from parallax.config import Options
from parallax.errors import InputError
from tests.conftest import cli

GOOD = 'Heavy rain flooded the town of Ellery on Monday, officials said.\n\n"We have never seen water this high," said Mayor Ann Roe.\n'


def _read(path) -> list:
    from parallax.ingest import load_paths

    return list(load_paths([str(path)], Options()))


# ------------------------------------------------------------------ UTF-16 without a byte-order mark


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [GOOD, "Сильный дождь затопил город Эллери в понедельник, сообщили власти.\n", "أغرقت أمطار غزيرة بلدة إليري يوم الاثنين.\n"],
    ids=["latin", "cyrillic", "arabic"],
)
def test_utf16_without_bom_is_decoded(tmp_path, encoding, text):
    """Before: "binary data, not text" (the NULs of every other byte); now read as UTF-16."""
    from parallax.ingest.decode import decode_bytes

    assert decode_bytes(text.encode(encoding), "x.txt") == text
    path = tmp_path / "report.txt"
    path.write_bytes(GOOD.encode(encoding))
    (article,) = _read(path)
    assert "Ellery" in article.text and "\x00" not in article.text


def test_binary_and_nul_padded_noise_stay_binary():
    """Random bytes, and random bytes with every other byte NUL, are no UTF-16 text."""
    import random

    from parallax.ingest.decode import decode_bytes, utf16_without_bom

    rng = random.Random(7)
    for _ in range(200):
        noise = bytes(rng.randrange(256) for _ in range(400))
        padded = bytes(b for pair in zip(noise[:200], b"\0" * 200, strict=True) for b in pair)
        assert utf16_without_bom(noise) is None and utf16_without_bom(padded) is None
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(b"\x00\x01\x02\x03" * 100, "x.txt")
    assert utf16_without_bom(GOOD.encode("utf-16-le")[:-1]) is None  # odd length: no UTF-16


# ------------------------------------------------------------------ gzip errors say what is wrong


def test_gzip_errors_name_the_problem(tmp_path):
    """Before: "cannot read (EOFError: Compressed file ended before the end-of-stream marker was reached)"
    and "cannot read (BadGzipFile: Not a gzipped file (b'th'))"; now the reason in words."""
    whole = gzip.compress(GOOD.encode() * 40)
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=r"cut\.txt\.gz: truncated gzip data"):
        _read(cut)
    plain = tmp_path / "plain.jsonl.gz"
    plain.write_text(json.dumps({"text": GOOD}))
    with pytest.raises(InputError, match=r"plain\.jsonl\.gz: not gzip data"):
        _read(plain)
    missing = tmp_path / "missing.txt"
    from parallax.ingest.decode import read_limited

    with pytest.raises(InputError, match=r"missing\.txt: cannot read \(No such file or directory\)"):
        read_limited(str(missing), 1000)


# ------------------------------------------------------------------ the library checks default_published as --published does


def test_library_default_published_is_checked(tmp_path):
    """Before: ``parallax.load([...], default_published="8 April 2022")`` gave articles published "8 April 2022";
    now an InputError, as ``--published`` gives on the command line; a valid value is normalised."""
    import parallax

    path = tmp_path / "report.txt"
    path.write_text(GOOD)
    with pytest.raises(InputError, match="default_published: not an ISO 8601 date: '8 April 2022'"):
        parallax.load([str(path)], default_published="8 April 2022")
    (article,) = parallax.load([str(path)], default_published="2022-04-08T10:00:00Z")
    assert article.published == "2022-04-08T10:00:00+00:00"
    (article,) = parallax.load([str(path)], default_published="2022-04-08")
    assert article.published == "2022-04-08"


# ------------------------------------------------------------------ parallax serve on an address it cannot take


def test_serve_on_a_port_in_use_fails_clearly(tmp_path):
    """Before: "Parallax is serving ... at http://127.0.0.1:PORT/", then uvicorn's "ERROR: [Errno 98] ...
    address already in use" and exit status 1; now one line and exit status 2, and no store file is made."""
    import socket

    store = tmp_path / "s.sqlite"
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        code, _, err = cli("serve", "--store", str(store), "--port", str(port), "--embedder", "hashing")
    assert code == 2 and err.strip() == f"parallax: error: cannot listen on 127.0.0.1:{port}: Address already in use", err
    assert not store.exists()
    code, _, err = cli("serve", "--store", str(store), "--host", "no-such-host.invalid", "--embedder", "hashing")
    assert code == 2 and err.startswith("parallax: error: cannot listen on no-such-host.invalid:8000") and "Serving" not in err
    code, _, err = cli("serve", "--store", str(store), "--port", "99999")
    assert code == 2 and "65535" in err and "Traceback" not in err


# ------------------------------------------------------------------ the web app names its own limit for a gzip bomb


def test_upload_gzip_over_the_limit_is_413_with_the_web_limit(tmp_path):
    """Before: 400 "bomb.txt.gz: larger than the limit of 5,242,880 bytes (see --max-bytes)", a command-line
    option the web user cannot set; now 413 and the upload limit."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.web.app import create_app
    from parallax.web.uploads import Limits

    app = create_app(tmp_path / "s.sqlite", options=Options(embedder="hashing"), limits=Limits(max_file_bytes=100_000))
    bomb = gzip.compress(b"word " * 100_000, 9)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        r = client.post("/add", files=[("files", ("bomb.txt.gz", bomb, "application/gzip"))], headers={"Origin": "http://127.0.0.1:8000"})
    assert r.status_code == 413, r.text[:300]
    assert "bomb.txt.gz: larger than 100,000 bytes once decompressed" in r.text and "--max-bytes" not in r.text


# ------------------------------------------------------------------ settings and outputs refused before the work


def test_unknown_embedder_is_refused_up_front(tmp_path):
    """Before: ``compare x.txt --embedder bogus`` read and analysed, then died with a ValueError traceback;
    now one line and exit status 2 (compare, cluster, run and serve)."""
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    for command in (["compare", str(path)], ["cluster", str(path)], ["run", str(path), "--store", str(tmp_path / "s.sqlite")], ["serve"]):
        code, _, err = cli(*command, "--embedder", "bogus")
        assert code == 2 and err.strip() == "parallax: error: --embedder: unknown embedder 'bogus' (choose e5 or hashing)", (command, err)
    assert not (tmp_path / "s.sqlite").exists()


def test_outputs_that_cannot_be_written_fail_in_one_line(tmp_path):
    """Before: ``compare -o FILE/x.json`` and ``run --out FILE`` ended in FileExistsError / NotADirectoryError
    tracebacks after the whole comparison; now one line naming the path, exit status 2, before any work."""
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for command in ("compare", "cluster", "ingest", "analyze"):
        code, _, err = cli(command, str(path), "-o", str(blocker / "out.json"))
        assert code == 2 and err.strip() == f"parallax: error: {blocker / 'out.json'}: cannot write there (File exists)", (command, err)
    code, _, err = cli("run", str(path), "--out", str(blocker), "--store", str(tmp_path / "s.sqlite"), "--embedder", "hashing")
    assert code == 2 and err.strip().startswith(f"parallax: error: {blocker}: cannot write the output folder there"), err
    assert not (tmp_path / "s.sqlite").exists()
    code, _, err = cli("cluster", str(path), "--window-days", "-1")
    assert code == 2 and "Traceback" not in err


def test_a_folder_with_no_articles_gives_empty_output_and_a_warning(tmp_path):
    """Before: ``ingest EMPTY_FOLDER`` printed one blank line (not valid JSONL) and nothing on stderr;
    now nothing on stdout and a warning."""
    import contextlib
    import io
    import sys

    from parallax.cli import main

    out, err, old = io.StringIO(), io.StringIO(), sys.argv
    sys.argv = ["parallax", "ingest", str(tmp_path)]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.suppress(SystemExit):
            main()
    finally:
        sys.argv = old
    assert out.getvalue() == ""
    assert err.getvalue().startswith("parallax: warning: no articles in the inputs")
