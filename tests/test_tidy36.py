"""Session 36's review: the compare stage never writes an analysed record, a headline's own-body conflict keys its
value apart from any article id, and bad input at every entry point."""

from __future__ import annotations

import io
import json

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14"
TEXT_A = (
    "Floods swept through the Veldra valley on Thursday after two days of heavy rain.\n\n"
    "Ten people were killed when the river burst its banks, the regional fire service said.\n\n"
    "Rescue teams searched villages downstream."
)
TEXT_B = (
    "Heavy rain caused the river to burst its banks in the Veldra valley on Thursday.\n\n"
    "Emergency crews evacuated hundreds of residents from villages downstream."
)
TITLE = "12 dead as floods hit Veldra valley"


# -- the compare stage reads an old record's title into a copy


def test_headline_articles_leaves_an_old_record_as_it_was():
    """Before: an article without title layers (stored before titles were analysed) came back from the compare
    stage with ``title_layers`` filled in, a write by the compare stage to an analysed record."""
    from parallax.compare.headlines import headline_articles

    (art,) = parallax.analyze([Article(id="a", text=TEXT_A, title=TITLE, language="en", published=PUBLISHED)])
    old = Article.from_dict({k: v for k, v in art.to_dict().items() if k != "title_layers"})
    before = old.to_dict()
    heads = headline_articles([old], parallax.Options())
    assert [(q.value, q.unit) for q in heads[0].quantities] == [(12.0, "dead")]
    assert old.title_layers is None and old.to_dict() == before


# -- a headline against its own body, in an article whose id is "headline"


@pytest.fixture(scope="module")
def headline_named(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("named")
    (folder / "headline.txt").write_text(f"{TITLE}\n\n{TEXT_A}\n", encoding="utf-8")
    (folder / "other.txt").write_text(f"Floods hit Veldra valley\n\n{TEXT_B}\n", encoding="utf-8")
    arts = parallax.load([folder / "headline.txt", folder / "other.txt"], default_published=PUBLISHED)
    return parallax.compare(arts).to_dict()


def test_an_article_named_headline_keeps_both_values_of_its_own_body_conflict(headline_named):
    """Before: the headline's value was keyed "headline", the id of an article read from headline.txt, so its
    headline and its body fell into one key and the conflict lost one of its two values."""
    own = [(h["article"], shown(c)) for h in headline_named["headlines"] for c in h["conflicts"] if c["against"] == "own"]
    assert own == [
        ("headline", {"headline#headline": [12.0], "headline": [10.0], "units": {"headline#headline": "dead", "headline": "people"}})
    ]


def test_the_own_body_conflict_of_headline_txt_in_the_schema_text_and_html(headline_named):
    import jsonschema

    from parallax.report import schema
    from parallax.report.html import render_html
    from parallax.report.text import print_text

    jsonschema.validate(headline_named, schema())
    buf = io.StringIO()
    print_text(headline_named, buf)
    out = " ".join(buf.getvalue().split())
    assert "(headline): 12 dead" in out and "headline (text): 10" in out, out
    page = render_html(headline_named)
    assert "12 dead" in page and "10 people" in page


# -- bad input at the entry points


GOOD = "Pact signed\n\nMinisters met in Riga on Monday to sign a pact protecting undersea cables.\n\nThe agreement takes effect in June, officials said.\n"
HOSTILE_HTML = (
    "<html><body><article><h1>Pact <script>alert(1)</script> signed</h1><p>Ministers met in Riga on Monday to sign a pact"
    ' <img src=x onerror="alert(2)"> on cables. <a href="javascript:alert(3)">More</a></p><p>The agreement takes effect in June,'
    ' officials said. <svg onload="alert(4)"><script>alert(5)</script></svg> &lt;script&gt;alert(6)&lt;/script&gt;</p></article></body></html>'
)
COMMANDS = {
    "ingest": [],
    "analyze": [],
    "compare": ["--embedder", "hashing", "--format", "json"],
    "run": ["--embedder", "hashing", "--no-html"],
}


def _warc_cut_short() -> bytes:
    from tests.test_readers_warc_feed import build_warc

    data = build_warc(gzip_records=False)
    return data[: len(data) - 200]


def _args(command: str, path, folder) -> list:
    extra = COMMANDS[command]
    if command == "run":
        return [command, path, "--store", folder / "s.sqlite", "--out", folder / "out", *extra]
    return [command, path, *extra]


BAD_INPUTS = [
    ("cut-short.warc", _warc_cut_short, "truncated record (Content-Length is"),
    ("huge-200mb.txt", None, "larger than the limit"),  # a sparse file: refused by its size, never read
    ("missing.txt", "missing", "no such file or folder"),
]


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize(("name", "build", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_a_bad_input_stops_every_command_with_one_line(tmp_path, command, name, build, reason):
    from tests.conftest import cli

    path = tmp_path / name
    if build is None:
        with path.open("wb") as fh:
            fh.truncate(200 * 1024 * 1024)
    elif callable(build):
        path.write_bytes(build())
    code, _, err = cli(*_args(command, path, tmp_path))
    assert code == 2 and "Traceback" not in err, err
    assert err.strip() == err.strip().splitlines()[0] and str(path) in err and reason in err, err


@pytest.mark.parametrize(
    ("name", "data", "expect"),
    [
        ("utf16-no-bom.txt", GOOD.encode("utf-16-le"), "Ministers met in Riga"),
        (
            "latin1-said-utf8.html",
            (
                '<html><head><meta charset="utf-8"></head><body><article><h1>Caf\xe9 r\xe9ouvert</h1><p>Le caf\xe9 de la place a rouvert'
                " lundi apr\xe8s des travaux, a indiqu\xe9 le maire.</p><p>Les habitants \xe9taient nombreux.</p></article></body></html>"
            ).encode("latin-1"),
            "Le café de la place",
        ),
    ],
)
def test_text_in_a_mislabelled_encoding_is_read(tmp_path, name, data, expect):
    from tests.conftest import cli

    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = cli("ingest", path)
    assert code == 0 and "Traceback" not in err, err
    assert [expect in rec["text"] for rec in map(json.loads, out.splitlines())] == [True]


def test_an_empty_folder_to_compare_is_named(tmp_path):
    """Before: "parallax: error: no readable articles in the inputs", which named no input."""
    from tests.conftest import cli

    (tmp_path / "empty").mkdir()
    code, _, err = cli("compare", tmp_path / "empty")
    assert code == 2 and err.strip() == f"parallax: error: {tmp_path / 'empty'}: no readable articles in the inputs"


def test_the_library_names_the_input_and_the_reason(tmp_path):
    from parallax.errors import InputError

    (tmp_path / "empty.txt").write_bytes(b"")
    for path, reason in ((tmp_path / "nowhere.txt", "no such file or folder"), (tmp_path / "empty.txt", "empty input")):
        with pytest.raises(InputError) as err:
            parallax.load([path])
        assert str(err.value) == f"{path}: {reason}"


# -- a store that is not Parallax's


def test_a_sqlite_database_of_another_program_is_refused_and_left_as_it_was(tmp_path):
    """Before: ``run --store notes.db`` on another program's SQLite file switched it to WAL and added Parallax's
    nine tables beside the program's own."""
    import sqlite3

    from tests.conftest import cli

    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE notes (x TEXT)")
        con.execute("INSERT INTO notes VALUES ('keep me')")
    con.close()
    before = other.read_bytes()
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    for args in (
        ["run", good, "--store", other, "--out", tmp_path / "out", "--embedder", "hashing", "--no-html"],
        ["cluster", good, "--store", other, "--embedder", "hashing"],
        ["serve", "--store", other, "--port", "1"],
    ):
        code, _, err = cli(*args)
        assert code == 2 and "Traceback" not in err, err
        assert (
            err.strip() == f"parallax: error: {other}: not a Parallax store (a SQLite database of another program, with the tables notes)"
        )
    assert other.read_bytes() == before


def test_a_store_file_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    from tests.conftest import cli

    store = tmp_path / "news.sqlite"
    store.write_bytes(b"not a database\n" * 100)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    code, _, err = cli("run", good, "--store", store, "--out", tmp_path / "out", "--embedder", "hashing", "--no-html")
    assert code == 2 and err.strip() == f"parallax: error: {store}: not a Parallax store (file is not a database)", err
    assert store.read_bytes() == b"not a database\n" * 100


# -- hostile HTML in an article: read as text, never run


def _inert(page: str) -> None:
    """No handler, no script URL and no script of the article's in a page (the page's own scripts carry no alert)."""
    import re

    low = page.lower()
    assert "onerror=" not in low and "onload=" not in low and "javascript:" not in low
    assert not [s for s in re.findall(r"<script\b[^>]*>(.*?)</script>", page, flags=re.S | re.I) if "alert(" in s]


def test_hostile_html_gives_its_headline_without_its_script_and_an_inert_report(tmp_path):
    """Before: the headline read "Pact alert(1) signed": an <h1>'s text took the script inside it."""
    from tests.conftest import cli

    page, good = tmp_path / "hostile.html", tmp_path / "good.txt"
    page.write_text(HOSTILE_HTML)
    good.write_text(GOOD)
    (art,) = parallax.load([page])
    assert art.title == "Pact signed" and "alert(1)" not in art.text and "alert(5)" not in art.text
    code, _, err = cli("compare", page, good, "--embedder", "hashing", "--format", "html", "-o", tmp_path / "r.html")
    assert code == 0, err
    report = (tmp_path / "r.html").read_text()
    assert "&lt;script&gt;alert(6)&lt;/script&gt;" in report  # the article's own words, shown as words
    _inert(report)


def test_hostile_html_uploaded_to_the_web_app_is_inert(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    from parallax.config import Options
    from parallax.web.app import create_app

    app = create_app(tmp_path / "web.sqlite", options=Options(embedder="hashing"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        r = client.post("/api/files", files=[("files", ("hostile.html", HOSTILE_HTML.encode(), "text/html"))])
        assert r.status_code == 201, r.text
        page = client.get("/articles/hostile")
        assert page.status_code == 200 and "Pact signed" in page.text
        _inert(page.text)
        for story in client.get("/api/stories").json()["stories"]:
            _inert(client.get(f"/stories/{story['id']}").text)


def test_the_library_names_a_path_given_where_articles_belong(tmp_path):
    """Before: ``parallax.compare("a.txt")`` failed with "'str' object has no attribute 'analyzed'"."""
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    for call in (parallax.compare, parallax.analyze):
        for given in (str(path), [path], [1]):
            with pytest.raises(TypeError, match=r"takes Article records, not (str|PosixPath|int)"):
                call(given)
    with pytest.raises(TypeError, match="parallax.load first"):
        parallax.compare(str(path))
    assert parallax.compare(parallax.load([path])).to_dict()["summary"]["articles"] == 1


def test_a_store_that_is_a_folder_is_named_as_one(tmp_path):
    """Before: "not a Parallax store (unable to open database file)", SQLite's words for a folder."""
    from tests.conftest import cli

    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    code, _, err = cli("run", good, "--store", tmp_path, "--out", tmp_path / "out", "--embedder", "hashing", "--no-html")
    assert (
        code == 2
        and err.strip() == f"parallax: error: {tmp_path}: a folder, not a store file (give a file name inside it, e.g. news.sqlite)"
    )


# -- a Hungarian name in either order, with and without marks


@pytest.mark.parametrize("other", ["Péter Kovács", "Péter Kovacs", "Peter Kovacs", "Kovacs Péter", "Kovács"])
def test_a_hungarian_name_family_name_first_is_one_person_in_any_order_and_marks(other):
    """Before: "Kovács Péter" / "Péter Kovacs" (the surname's marks dropped, the given name's kept) were two people."""
    from parallax.compare.speakers import person_match

    assert person_match("Kovács Péter", other) is True and person_match(other, "Kovács Péter") is True


@pytest.mark.parametrize("other", ["Pál Kovacs", "Péter Nagy"])
def test_another_hungarian_given_or_family_name_is_another_person(other):
    from parallax.compare.speakers import person_match

    assert person_match("Kovács Péter", other) is False


def test_two_words_that_both_keep_their_marks_still_differ():
    from parallax.compare.speakers import person_match

    assert person_match("Nguyễn Văn Hùng", "Nguyen Văn Hưng") is not True
