"""lead38: the agency credit shapes as one public table; a text's copies found by an index, not by its text."""

from __future__ import annotations

import sqlite3

import pytest

from parallax.ingest import content_hash
from parallax.ingest.agencies import credited_agencies
from parallax.ingest.bylines import is_credit
from parallax.ingest.credit_shapes import agency_credit
from parallax.records import Article
from parallax.store import open_store

WIRE = "A magnitude 6.2 earthquake struck southern Peru on Tuesday, killing at least 14 people, officials said."


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Con información de EFE y Europa Press", ["EFE", "Europa Press"]),
        ("Mit Material von dpa", ["dpa"]),
        ("Le Monde avec AFP et Reuters", ["AFP", "Reuters"]),
        ("Con información de agencias", ["agencias"]),  # the word for agencies: a credit that names none
        ("Avec Marine Le Pen", []),  # a credit's shape, no agency in it
        ("The minister met Marine Le Pen.", None),
    ],
)
def test_agency_credit_shapes(line: str, names: list[str] | None) -> None:
    assert agency_credit(line) == names
    assert is_credit(line) is bool(names)  # cleaning drops exactly the lines that credit agencies


def test_the_agencies_field_reads_the_same_table() -> None:
    assert credited_agencies(["Con información de EFE y Europa Press", "Con información de agencias", "Avec Marine Le Pen"]) == ["EFE", "Europa Press"]
    assert credited_agencies(["mly/AFP", "(dpa, AFP)", "Quelle: dpa-AFX"]) == ["AFP", "dpa", "dpa-AFX"]


def _art(ident: str, **kw) -> Article:
    return Article(id=ident, text=WIRE, published="2026-12-01", content_hash=content_hash(WIRE), language="en", **kw)


def test_a_copy_from_another_source_is_indexed_by_its_text(tmp_path) -> None:
    with open_store(tmp_path / "s.db") as store:
        wire = _art("wire", outlet="Global Wire", url="https://globalwire.example/peru")
        herald = _art("herald", outlet="Pacific Herald", url="https://herald.example/peru")
        assert [a.id for a in store.add_articles([wire, herald])] == ["wire", "herald"]
        rows = store._execute("SELECT article_id, text_hash FROM article_copies").fetchall()
        assert rows == [("herald", content_hash(WIRE))]  # the original is found by its key, only copies are listed
        assert store.add_articles([_art("herald-feed", outlet="pacific herald")]) == []


def test_a_store_from_before_the_copy_index_is_indexed_when_it_migrates(tmp_path) -> None:
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add_articles([_art("wire", outlet="Global Wire"), _art("herald", outlet="Pacific Herald", url="https://herald.example/p")])
    conn = sqlite3.connect(path)  # back to schema 4: no copy index
    conn.execute("DROP TABLE article_copies")
    conn.execute("DELETE FROM schema_version WHERE version >= 5")  # (and the later ones, which a store of schema 4 lacks)
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store._execute("SELECT article_id FROM article_copies").fetchall() == [("herald",)]
        # the same page from a feed with no address is the stored copy, found by the index
        assert store.add_articles([_art("herald-feed", outlet="Pacific Herald")]) == []
