"""Session 39, units39: a conflict's unit out of its values (schema /2), and number reading leftovers."""

from __future__ import annotations

import json

import parallax
from parallax.comparison_records import upgrade_comparison
from parallax.records import SCHEMA_COMPARISON, Article, Conflict
from parallax.report import render, validate
from parallax.report.formatting import conflict_unit

# --------------------------------------------------------------- Task 1: unit and units beside values


def _unit_and_b() -> dict:
    arts = [
        Article(id="unit", text="The earthquake killed 12 people, officials said.", outlet="U", published="2026-03-14", language="en"),
        Article(id="b", text="The earthquake killed 15 people, officials said.", outlet="B", published="2026-03-14", language="en"),
    ]
    return parallax.compare(arts).to_dict()


def test_article_named_unit_keeps_its_value_and_the_unit() -> None:
    d = _unit_and_b()
    assert d["schema"] == SCHEMA_COMPARISON == "parallax.comparison/2"
    numbers = [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]
    assert numbers == [{"kind": "number", "values": {"unit": [12.0], "b": [15.0]}, "unit": "people"}]
    validate(d)


def test_report_shows_both_articles_of_a_unit_conflict() -> None:
    d = _unit_and_b()
    text = render(d, "html")
    assert "12 people" in text and "15 people" in text


def test_conflict_dict_leaves_out_unset_units() -> None:
    assert Conflict("name", {"a": "Roe", "b": "Doe"}).to_dict() == {"kind": "name", "values": {"a": "Roe", "b": "Doe"}}
    c = Conflict("number", {"a": [5.0], "b": [5.0]}, units={"a": "$", "b": "£"}).to_dict()
    assert c["units"] == {"a": "$", "b": "£"} and "unit" not in c
    assert conflict_unit(c, "b") == "£" and conflict_unit({"unit": "seat"}, "unit") == "seat"


def _stored_v1() -> dict:
    return {
        "schema": "parallax.comparison/1",
        "articles": [{"id": "a", "outlet": "A", "text": "x"}, {"id": "b", "outlet": "B", "text": "y"}],
        "facts": [
            {
                "id": "f1",
                "status": "conflict",
                "sentences": [],
                "conflicts": [
                    {"kind": "number", "values": {"a": [12.0], "b": [15.0], "unit": "people"}},
                    {"kind": "number", "values": {"a": [5.0], "b": [5.0], "units": {"a": "$", "b": "£"}}},
                    {"kind": "number", "values": {"a": [1.0], "b": [2.0], "unit": None}},
                    {"kind": "name", "values": {"unit": "Roe", "b": "Doe"}},
                ],
            }
        ],
        "headlines": [{"article": "a", "title": "t", "conflicts": [{"kind": "number", "values": {"a": [3.0], "b": [4.0], "unit": "age"}}]}],
        "settings": {
            "copies": [
                {"id": "c", "of": "a", "changed": [{"conflicts": [{"kind": "number", "values": {"a": [1.0], "c": [2.0], "unit": "%"}}]}]}
            ]
        },
    }


def test_stored_v1_comparison_reads_as_v2() -> None:
    old = _stored_v1()
    new = upgrade_comparison(old)
    assert old["schema"] == "parallax.comparison/1"  # the caller's dict is left alone
    assert new["schema"] == "parallax.comparison/2"
    people, money, bare, name = new["facts"][0]["conflicts"]
    assert people == {"kind": "number", "values": {"a": [12.0], "b": [15.0]}, "unit": "people"}
    assert money == {"kind": "number", "values": {"a": [5.0], "b": [5.0]}, "units": {"a": "$", "b": "£"}}
    assert bare == {"kind": "number", "values": {"a": [1.0], "b": [2.0]}}
    assert name == {"kind": "name", "values": {"unit": "Roe", "b": "Doe"}}  # a name is never a unit
    assert new["headlines"][0]["conflicts"][0]["unit"] == "age"
    assert new["settings"]["copies"][0]["changed"][0]["conflicts"][0] == {"kind": "number", "values": {"a": [1.0], "c": [2.0]}, "unit": "%"}
    assert upgrade_comparison(new) is new  # a /2 record as it is


def test_v1_article_unit_with_a_list_stays_an_article() -> None:
    old = {"schema": "parallax.comparison/1", "facts": [{"conflicts": [{"kind": "number", "values": {"unit": [3.0], "b": [4.0]}}]}]}
    assert upgrade_comparison(old)["facts"][0]["conflicts"][0] == {"kind": "number", "values": {"unit": [3.0], "b": [4.0]}}


def test_store_reads_a_v1_comparison_as_v2(tmp_path) -> None:
    from parallax.store import open_store

    store = open_store(str(tmp_path / "s.db"))
    store.save_comparison("s1", _stored_v1())
    got = store.comparison("s1")
    assert got["schema"] == "parallax.comparison/2"
    assert got["facts"][0]["conflicts"][0]["unit"] == "people"
    assert json.dumps(got)  # still plain JSON


def test_text_report_reads_a_v1_comparison() -> None:
    import io

    from parallax.report.text import print_text

    d = _unit_and_b()
    old = json.loads(json.dumps(d))
    old["schema"] = "parallax.comparison/1"
    for f in old["facts"]:
        for c in f["conflicts"]:
            if "unit" in c:
                c["values"]["unit"] = c.pop("unit")  # as /1 wrote it (the article "unit" lost its value then)
    buf = io.StringIO()
    print_text(old, file=buf)
    assert "15 people" in buf.getvalue()
