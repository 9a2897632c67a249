"""Batch 53: a new user's sweep over the command line, the engines, the JSON outputs and the web app.

Each test drives the public surface (the ``parallax`` command through :func:`tests.conftest.cli` or a real
process, the web app through its test client) on small invented corpora built here.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from parallax.config import Options

# ------------------------------------------------------------------ invented corpora (three events, one multilingual)

_PACT = [
    ("wire", "en", "Baltic states sign cable pact",
     "TALLINN -- Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea "
     "cables.\n\nThe fund is worth 240 million euros, the Estonian minister Kaarel Tamm said. \"We will guard every "
     "cable,\" Tamm told reporters."),
    ("rundschau", "de", "Ostseestaaten unterzeichnen Kabelpakt",
     "TALLINN -- Die Energieminister von acht Ostseestaaten haben am Dienstag in Tallinn einen Pakt zum Schutz von "
     "Unterseekabeln unterzeichnet.\n\nDer Fonds umfasst 250 Millionen Euro, sagte der estnische Minister Kaarel Tamm. "
     "„Wir werden jedes Kabel schützen“, sagte Tamm."),
    ("quotidien", "fr", "Les États baltes signent un pacte sur les câbles",
     "TALLINN -- Les ministres de l'Énergie de huit États de la mer Baltique ont signé mardi à Tallinn un pacte pour "
     "protéger les câbles sous-marins.\n\nLe fonds s'élève à 240 millions d'euros, a déclaré le ministre estonien "
     "Kaarel Tamm. « Nous protégerons chaque câble », a dit Tamm."),
]
_TUNNEL = [
    ("ledger", "en", "Kessel tunnel reopens",
     "The Kessel Pass tunnel reopened on Friday after a four-month repair that cost 31 million francs, the canton said.\n\n"
     "\"Traffic is flowing again,\" said engineer Mara Lenz."),
    ("post", "en", "Kessel Pass tunnel open again",
     "The Kessel Pass tunnel opened again on Friday after four months of repairs costing 35 million francs, officials "
     "said.\n\n\"Traffic is flowing again,\" chief engineer Mara Lenz said."),
]
_QUAKE = [
    ("herald", "en", "Quake kills 41 in Karvelia",
     "An earthquake of magnitude 6.1 struck Karvelia on Monday, killing 41 people, the interior ministry said.\n\n"
     "Rescuers were searching collapsed buildings in the town of Ostrava Nova."),
    ("courier", "en", "Karvelia earthquake death toll rises to 44",
     "The death toll from Monday's magnitude 6.1 earthquake in Karvelia rose to 44, the interior ministry said.\n\n"
     "Rescuers searched collapsed buildings in Ostrava Nova through the night."),
]


def _write_corpus(folder: Path, name: str, reports: list[tuple[str, str, str, str]], published: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for outlet, lang, title, text in reports:
            rec = {"id": f"{name}-{outlet}", "outlet": outlet, "title": title, "published": published, "language": lang, "text": text}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


CORPORA = {"pact": (_PACT, "2026-11-24T09:00:00+00:00"), "tunnel": (_TUNNEL, "2026-10-09T12:00:00+00:00"),
           "quake": (_QUAKE, "2026-09-14T08:00:00+00:00")}


def _client(tmp_path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.web.app import create_app

    app = create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing"))
    return TestClient(app, base_url="http://127.0.0.1:8000")


# ------------------------------------------------------------------ 1. the stories page links its pages


def test_the_story_list_links_the_previous_and_next_page_keeping_the_filters(tmp_path: Path, monkeypatch) -> None:
    """"Page 2 of 3" was printed with no link to page 1 or 3: past the first hundred stories a reader had to edit the
    address.  The pager links the neighbouring pages and keeps the search (query, filters, languages) in each link,
    escaped: a query with ``&`` or ``"`` stays one parameter and cannot break out of the attribute."""
    import lxml.html

    from parallax.web import pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    records = []
    for name, (reports, published) in CORPORA.items():
        outlet, lang, title, text = reports[0]
        records.append({"id": name, "outlet": outlet, "title": title, "published": published, "language": lang, "text": text})
    with _client(tmp_path) as client:
        assert client.post("/api/articles", json={"articles": records}).status_code == 201
        first = lxml.html.fromstring(client.get("/", params={"lang": "en"}).text).find_class("pager")[0]
        assert "Page 1 of 3" in first.text_content()
        rels = {a.get("rel"): a.get("href") for a in first.iter("a")}
        assert set(rels) == {"next"} and "lang=en" in rels["next"], rels  # nothing before the first page
        second = lxml.html.fromstring(client.get(rels["next"]).text).find_class("pager")[0]
        assert "Page 2 of 3" in second.text_content()
        rels = {a.get("rel"): a.get("href") for a in second.iter("a")}
        assert set(rels) == {"prev", "next"} and all("lang=en" in h for h in rels.values()), rels
        assert "Page 1 of 3" in client.get(rels["prev"]).text
        # a filter value with markup and URL characters (a date field that is not a date is ignored as a filter, so
        # every story is listed, but kept in the form): each link carries it back as typed, one parameter, escaped
        typed = '2026"><b>x</b>&page=9'
        body = client.get("/", params={"from": typed, "q": "", "page": "2"}).text
        assert "<b>x</b>" not in body
        pager = lxml.html.fromstring(body).find_class("pager")[0]
        assert "Page 2 of 3" in pager.text_content()
        for a in pager.iter("a"):
            params = parse_qs(urlsplit(a.get("href")).query)
            assert params["from"] == [typed] and len(params["page"]) == 1, params
        assert "Page 3 of 3" in client.get([a for a in pager.iter("a") if a.get("rel") == "next"][0].get("href")).text


# ------------------------------------------------------------------ 3. every JSON file the CLI writes follows its schema


def _undescribed(doc: object, node: dict, root: dict, path: str = "") -> set[str]:
    """Paths of the object keys in ``doc`` that ``node`` (a part of the schema ``root``) does not name: jsonschema
    passes them where ``additionalProperties`` is left open, yet a reader of the schema cannot know of them."""
    while "$ref" in node:
        target = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    found: set[str] = set()
    if isinstance(doc, dict):
        props, extra = node.get("properties"), node.get("additionalProperties")
        for key, value in doc.items():
            if props is not None and key in props:
                found |= _undescribed(value, props[key], root, f"{path}.{key}")
            elif isinstance(extra, dict):
                found |= _undescribed(value, extra, root, f"{path}.*")
            elif props is not None and extra is None:
                found.add(f"{path}.{key}")
    elif isinstance(doc, list) and isinstance(node.get("items"), dict):
        for value in doc:
            found |= _undescribed(value, node["items"], root, f"{path}[]")
    return found


def _check(document: dict) -> None:
    from parallax.report import schema, validate

    name = document["schema"].split("/")[0].removeprefix("parallax.")
    shipped = schema(name)
    assert shipped["properties"]["schema"]["const"] == document["schema"], (document["schema"], shipped["properties"]["schema"])
    validate(document, name)
    assert not _undescribed(document, shipped, shipped), sorted(_undescribed(document, shipped, shipped))


def test_every_json_file_of_run_compare_and_cluster_follows_the_shipped_schemas(tmp_path: Path) -> None:
    """Over three invented events (one reported in English, German and French), every JSON document ``run``,
    ``compare`` and ``cluster`` write validates against the schema shipped in the package, with the same version,
    and names no field the schema leaves out: a comparison's ``settings`` carried ``parallax_version``, ``code``,
    ``options`` (and from ``run`` ``members_key`` and ``story``) that the schema did not describe."""
    from tests.conftest import cli

    corpus = tmp_path / "in"
    for name, (reports, published) in CORPORA.items():
        _write_corpus(corpus, name, reports, published)
    code, _, err = cli("run", corpus, "--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing", "--no-html")
    assert code == 0, err
    written = [tmp_path / "out" / "stories.json", *sorted((tmp_path / "out" / "stories").glob("*.json"))]
    assert len(written) >= 3, written
    for name in CORPORA:
        out = tmp_path / f"{name}.json"
        code, _, err = cli("compare", corpus / f"{name}.jsonl", "-o", out, "--embedder", "hashing")
        assert code == 0, err
        written.append(out)
    code, _, err = cli("cluster", corpus, "-o", tmp_path / "clusters.json", "--embedder", "hashing")
    assert code == 0, err
    written.append(tmp_path / "clusters.json")
    for path in written:
        _check(json.loads(path.read_text("utf-8")))


# ------------------------------------------------------------------ 4. Ctrl-C, at start and mid-run


def _default_sigint() -> None:
    """The child takes Ctrl-C as a terminal gives it: a test run started in the background of a non-interactive shell
    (``make test &``) ignores SIGINT, every child inherits that, and Python then installs no KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(args: list[str], when) -> subprocess.CompletedProcess:
    """``python -m parallax ARGS`` as a real process, sent SIGINT (a terminal's Ctrl-C) once ``when()`` is true."""
    proc = subprocess.Popen([sys.executable, "-m", "parallax", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_sigint)
    deadline = time.monotonic() + 600
    while not when() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_ctrl_c_while_the_command_starts_is_one_line(tmp_path: Path) -> None:
    """Loading the analysis code takes seconds (a minute on a loaded machine) before any command runs; Ctrl-C in that
    time printed a 30-line traceback from inside a regex compile, where Ctrl-C later says one line."""
    path = _write_corpus(tmp_path / "in", "tunnel", *CORPORA["tunnel"])
    started = time.monotonic()
    r = _interrupt(["run", str(path), "--store", str(tmp_path / "s.sqlite"), "--out", str(tmp_path / "out")],
                   lambda: time.monotonic() - started > 1.0)
    assert r.returncode == 130, (r.returncode, r.stderr[-2000:])
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and r.stderr.startswith("parallax: interrupted"), r.stderr[-2000:]
    assert not (tmp_path / "s.sqlite").exists()


def test_a_library_import_interrupted_still_raises_keyboard_interrupt() -> None:
    """Only the command line turns Ctrl-C during the import into one line: ``import parallax`` in a script or notebook
    keeps Python's own KeyboardInterrupt (the script may handle it)."""
    code = "import os, signal, threading; threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start(); import parallax"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, preexec_fn=_default_sigint)
    assert r.returncode != 130 and "KeyboardInterrupt" in r.stderr, (r.returncode, r.stderr[-500:])


@pytest.mark.slow
def test_ctrl_c_mid_run_keeps_the_store_and_the_rerun_analyses_only_the_rest(tmp_path: Path) -> None:
    """SIGINT to a real ``parallax run`` once its first batch is committed: one line, exit 130, the store passes
    SQLite's integrity check, and the same command again analyses only what was not committed."""
    import sqlite3

    from parallax.store import open_store

    corpus = tmp_path / "in"
    for name, (reports, published) in CORPORA.items():
        _write_corpus(corpus, name, reports, published)
    store = tmp_path / "s.sqlite"
    args = ["run", str(corpus), "--store", str(store), "--out", str(tmp_path / "out"), "--embedder", "hashing", "--batch", "1"]

    def committed() -> int:
        if not store.exists():
            return 0
        try:
            with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=0.1) as conn:
                return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            return 0

    r = _interrupt(args, lambda: committed() >= 1)
    assert r.returncode == 130, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    assert r.stderr.strip().splitlines()[-1].startswith("parallax: interrupted"), r.stderr[-2000:]
    with open_store(store) as db:
        assert db.integrity_check() == []
        kept = db.count_articles()
    assert 1 <= kept < 7
    r = subprocess.run([sys.executable, "-m", "parallax", *args], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert f"7 articles read ({7 - kept} new)" in r.stderr, r.stderr
    with open_store(store) as db:
        assert db.count_articles() == 7


# ------------------------------------------------------------------ 4. a folder that gained two articles


def test_a_rerun_over_a_folder_that_gained_two_articles_analyses_only_those(tmp_path: Path, monkeypatch) -> None:
    """Checked by counting the analyser's calls: the second run analyses the two new records alone, says "2 new",
    keeps every stored article and story, and stories.json lists the new articles."""
    from parallax.analyze import Analyzer
    from parallax.store import open_store
    from tests.conftest import cli

    corpus = tmp_path / "in"
    for name in ("pact", "tunnel"):
        _write_corpus(corpus, name, *CORPORA[name])
    calls: list[str] = []
    analyze = Analyzer.analyze

    def counted(self, article, *args, **kwargs):
        calls.append(article.id)
        return analyze(self, article, *args, **kwargs)

    monkeypatch.setattr(Analyzer, "analyze", counted)
    args = ("--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing", "--no-html")
    code, _, err = cli("run", corpus, *args)
    assert code == 0 and "5 articles read (5 new)" in err, err
    assert sorted(calls) == sorted(f"{n}-{r[0]}" for n in ("pact", "tunnel") for r in CORPORA[n][0])
    before = json.loads((tmp_path / "out" / "stories.json").read_text("utf-8"))
    calls.clear()
    _write_corpus(corpus, "quake", *CORPORA["quake"])
    code, _, err = cli("run", corpus, *args)
    assert code == 0 and "7 articles read (2 new)" in err, err
    assert sorted(calls) == ["quake-courier", "quake-herald"], calls
    after = json.loads((tmp_path / "out" / "stories.json").read_text("utf-8"))
    listed = {a for s in after["stories"] for a in s["articles"]}
    assert {"quake-courier", "quake-herald"} <= listed and len(listed) == 7
    old = {s["id"]: s["articles"] for s in before["stories"]}
    assert all(old[i] == s["articles"] for s in after["stories"] for i in [s["id"]] if i in old)  # old stories as they were
    with open_store(tmp_path / "s.sqlite") as db:
        assert db.count_articles() == 7 and db.integrity_check() == []


# ------------------------------------------------------------------ 2. --skip-bad and a failing analysis on a real Dask cluster

_FAILING_ANALYSIS = '''
import os
if os.environ.get("PARALLAX_TEST_FAIL_ID"):  # every process of the run, Dask's workers included, reads this file
    from parallax.analyze import Analyzer

    _analyze = Analyzer.analyze

    def _failing(self, article, *args, **kwargs):
        if article.id == os.environ["PARALLAX_TEST_FAIL_ID"]:
            raise RuntimeError("index out of range in a rule")
        return _analyze(self, article, *args, **kwargs)

    Analyzer.analyze = _failing
'''


@pytest.mark.slow
def test_skip_bad_on_a_dask_cluster_names_the_failing_article_and_stores_the_rest(tmp_path: Path) -> None:
    """``--engine dask --workers 2 --skip-bad`` with one article whose analysis raises on a worker process (a
    ``sitecustomize`` every process of the run imports makes it fail): the run ends with status 0, one warning names
    the article, its input line and the error, and every other article is stored and grouped."""
    import os

    from parallax.store import open_store

    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(_FAILING_ANALYSIS, encoding="utf-8")
    corpus = tmp_path / "in"
    for name in ("tunnel", "quake"):
        _write_corpus(corpus, name, *CORPORA[name])
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PARALLAX_TEST_FAIL_ID": "quake-courier",
           "PYTHONPATH": os.pathsep.join([str(hooks), str(root), os.environ.get("PYTHONPATH", "")])}
    store = tmp_path / "s.sqlite"
    args = ["run", str(corpus), "--store", str(store), "--out", str(tmp_path / "out"), "--embedder", "hashing", "--no-html",
            "--engine", "dask", "--workers", "2", "--partition-files", "1", "--skip-bad"]
    r = subprocess.run([sys.executable, "-m", "parallax", *args], capture_output=True, text=True, timeout=900, env=env)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-3000:]
    named = [line for line in r.stderr.splitlines() if "quake-courier" in line]
    assert len(named) == 1 and named[0].startswith("parallax: warning: skipped"), r.stderr
    assert "quake.jsonl:2" in named[0] and "RuntimeError: index out of range in a rule" in named[0], named
    assert "3 articles read (3 new, 1 bad skipped)" in r.stderr, r.stderr  # as the local engine counts a skipped input
    with open_store(store) as db:
        assert sorted(a.id for a in db.iter_articles()) == ["quake-herald", "tunnel-ledger", "tunnel-post"]
    listed = {a for s in json.loads((tmp_path / "out" / "stories.json").read_text("utf-8"))["stories"] for a in s["articles"]}
    assert listed == {"quake-herald", "tunnel-ledger", "tunnel-post"}


# ------------------------------------------------------------------ 1. a 5 MB article in one JSONL record


def test_a_five_megabyte_article_is_refused_by_name_and_skip_bad_stores_the_rest(tmp_path: Path) -> None:
    """Decision (no ``--max-text-chars`` cut): a 5 MB text in one JSONL record is refused with one line naming the
    file, the record's line and the limit, before any analysis (measured: about 20 s, most of it start-up, 180 MB on
    a loaded 2-core machine), and ``--skip-bad`` stores the other records.  Cutting the text instead would compare a
    part of a report as if it were the whole one (its facts past the cut counted as missing from it), and a 5 MB
    "article" is a dump or a concatenation, not one report; the analysis of a text under the 2,000,000-character
    limit stays linear (50,000 characters 18 s, 100,000 41 s, 1,900,000 about 20 minutes on that machine)."""
    from parallax.store import open_store
    from tests.conftest import cli

    corpus = tmp_path / "in"
    path = _write_corpus(corpus, "tunnel", *CORPORA["tunnel"])
    paragraph = CORPORA["tunnel"][0][0][3].split("\n\n")[0]
    huge = {"id": "dump", "outlet": "Wire", "published": "2026-10-09", "text": "\n\n".join([paragraph] * (5_000_000 // len(paragraph)))}
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(huge) + "\n")
    args = ("--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing", "--no-html")
    started = time.monotonic()
    code, _, err = cli("run", corpus, *args)
    assert code == 2 and err.strip().splitlines() == [f"parallax: error: {path}:3: article text longer than the limit of 2,000,000 characters"], err
    assert time.monotonic() - started < 120
    code, _, err = cli("run", corpus, *args, "--skip-bad")
    assert code == 0 and f"parallax: warning: skipped {path}:3: article text longer than the limit" in err, err
    with open_store(tmp_path / "s.sqlite") as db:
        assert sorted(a.id for a in db.iter_articles()) == ["tunnel-ledger", "tunnel-post"]


# ------------------------------------------------------------------ 5. the bad-input table, tried through the command line


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>",
        "<html><body><div class=menu><a href='/'>Home</a> | <a href='/world'>World</a> · <a href='/sport'>Sport</a></div></body></html>",
    ],
)
def test_a_page_whose_only_text_is_one_row_of_menu_links_is_refused(tmp_path: Path, page: str) -> None:
    """The table's "an HTML page whose only text is its menu links" was refused when each link came out as a line of
    its own, but links set inline on one row ("Home World", "Home | World · Sport") were read as an article of menu
    words: exit status 0 and a one-article story.  Such a row is refused as the other menus are."""
    from tests.conftest import cli

    path = tmp_path / "menu.html"
    path.write_text(page, encoding="utf-8")
    code, out, err = cli("ingest", path)
    assert code == 2 and out == "" and err == f"parallax: error: {path}: no article text found in the HTML page\n", (code, out, err)


def test_a_one_line_article_that_only_uses_link_words_in_running_text_is_still_read(tmp_path: Path) -> None:
    """A short body whose words are linked inside running text ends as a sentence does and stays an article."""
    from tests.conftest import cli

    page = ("<html><body><article><p><a href='/p'>Pact</a> signed by <a href='/b'>Baltic states</a> in "
            "<a href='/t'>Tallinn</a>.</p></article></body></html>")
    path = tmp_path / "pact.html"
    path.write_text(page, encoding="utf-8")
    code, out, err = cli("ingest", path, "--published", "2026-11-24")
    assert code == 0 and "Tallinn" in json.loads(out)["text"], (code, out, err)
