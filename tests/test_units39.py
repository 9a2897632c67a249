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
    assert d["schema"] == SCHEMA_COMPARISON == "parallax.comparison/3"
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
    assert new["schema"] == "parallax.comparison/3"
    people, money, bare, name = new["facts"][0]["conflicts"]
    assert people == {"kind": "number", "values": {"a": [12.0], "b": [15.0]}, "unit": "people"}
    assert money == {"kind": "number", "values": {"a": [5.0], "b": [5.0]}, "units": {"a": "$", "b": "£"}}
    assert bare == {"kind": "number", "values": {"a": [1.0], "b": [2.0]}}
    assert name == {"kind": "name", "values": {"unit": "Roe", "b": "Doe"}}  # a name is never a unit
    assert new["headlines"][0]["conflicts"][0]["unit"] == "age"
    assert new["settings"]["copies"][0]["changed"][0]["conflicts"][0] == {"kind": "number", "values": {"a": [1.0], "c": [2.0]}, "unit": "%"}
    assert upgrade_comparison(new) is new  # a /3 record as it is


def test_v1_article_unit_with_a_list_stays_an_article() -> None:
    old = {"schema": "parallax.comparison/1", "facts": [{"conflicts": [{"kind": "number", "values": {"unit": [3.0], "b": [4.0]}}]}]}
    assert upgrade_comparison(old)["facts"][0]["conflicts"][0] == {"kind": "number", "values": {"unit": [3.0], "b": [4.0]}}


def test_store_reads_a_v1_comparison_as_v2(tmp_path) -> None:
    from parallax.store import open_store

    store = open_store(str(tmp_path / "s.db"))
    store.save_comparison("s1", _stored_v1())
    got = store.comparison("s1")
    assert got["schema"] == "parallax.comparison/3"
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


# --------------------------------------------------------------- Task 2: number reading leftovers

import pytest  # noqa: E402

from parallax.analyze.quantities import find_quantities  # noqa: E402
from tests.helpers import analysed_articles, first_sentence_conflicts  # noqa: E402


def _read(text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지진으로 세 명이 숨졌다.", [("세", 3.0, "명")]),  # native numerals before a counter
        ("다섯 명이 숨졌다.", [("다섯", 5.0, "명")]),
        ("지진으로 삼십 명이 숨지고 오십여 명이 다쳤다.", [("삼십", 30.0, "명"), ("오십여", 50.0, "명")]),  # Sino-Korean
        ("이십오 명이 숨졌다.", [("이십오", 25.0, "명")]),
        ("백이십 명이 대피했다.", [("백이십", 120.0, "명")]),
        ("세 사람이 다쳤다.", [("세", 3.0, "사람")]),  # a counter of two syllables, not "사"
    ],
)
def test_korean_numerals_with_counters(text, expected) -> None:
    assert _read(text, "ko") == expected


@pytest.mark.parametrize("text", ["이 사람은 말했다.", "오 씨가 말했다.", "이천 시민들이 모였다.", "사장은 이 명령을 내렸다."])
def test_korean_syllables_that_are_digits_elsewhere_count_nothing(text) -> None:
    assert _read(text, "ko") == []


def test_korean_sino_korean_count_meets_a_figure() -> None:
    found = first_sentence_conflicts("지진으로 삼십 명이 숨졌다.", "지진으로 40명이 숨졌다.", "ko")
    assert found == [("number", {"a": [30.0], "b": [40.0], "unit": "명"})]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("th", "แผ่นดินไหวทำให้มีผู้เสียชีวิต 5 คน", "แผ่นดินไหวทำให้มีผู้เสียชีวิต 7 คน"),
        ("id", "Gempa itu menewaskan lima orang.", "Gempa itu menewaskan 7 orang."),
    ],
)
def test_thai_and_indonesian_person_counters_meet(lang, a, b) -> None:
    assert [(k, v["a"], v["b"]) for k, v in first_sentence_conflicts(a, b, lang)] == [("number", [5.0], [7.0])]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("ja", "48時間以内に3人が死亡した。", "72時間以内に3人が死亡した。"),
        ("en", "Within 48 hours, 3 people had died.", "Within 72 hours, 3 people had died."),
    ],
)
def test_a_duration_never_meets_a_count_of_people(lang, a, b) -> None:
    found = first_sentence_conflicts(a, b, lang)
    assert not [v for k, v in found if k == "number" and v.get("unit") != "duration"]  # 48 / 72 hours, never 48 / 3 people


def test_the_size_of_a_chamber_by_its_name_is_no_count_of_seats_won() -> None:
    a = "Law and Justice won 232 seats in the 460-seat Sejm."
    b = "Law and Justice won 235 seats in parliament."
    assert first_sentence_conflicts(a, b, "en") == [("number", {"a": [232.0], "b": [235.0], "unit": "seat"})]


@pytest.mark.parametrize(
    ("a", "b", "sign"),
    [
        (
            "The project costs €2.1bn, of which 1.4bn comes from the EU.",
            "The project costs €2.1bn, of which €1.2bn comes from the EU.",
            "€",
        ),
        ("The bank lent $3bn, including 1.2bn to farmers.", "The bank lent $3bn, including $1.5bn to farmers.", "$"),
    ],
)
def test_a_bare_scaled_sum_takes_the_currency_of_the_sum_before_it(a, b, sign) -> None:
    first, second = analysed_articles([a], "en")[0].quantities
    assert first.unit == second.unit == sign
    assert [v.get("unit") for k, v in first_sentence_conflicts(a, b, "en")] == [sign]


def test_a_german_bare_sum_after_its_preposition_takes_the_currency() -> None:
    text = "Die Regierung zahlt 2,1 Milliarden Euro, davon 1,4 Milliarden aus dem EU-Fonds."
    assert [q.unit for q in analysed_articles([text], "de")[0].quantities] == ["€", "€"]  # not "au", read from "aus"


def test_a_dutch_bare_sum_after_its_preposition_takes_the_currency() -> None:
    text = "Het project kost 2,1 miljard euro, waarvan 1,4 miljard uit Brussel komt."
    assert [q.unit for q in analysed_articles([text], "nl")[0].quantities] == ["€", "€"]  # not "uit"


def test_a_scaled_count_after_a_sum_keeps_its_noun() -> None:
    quantities = analysed_articles(["The firm has $3bn in cash and 1.2bn users."], "en")[0].quantities
    assert [q.unit for q in quantities] == ["$", "user"]
    other = analysed_articles(["The firm lost $3bn. 1.2bn was written off later."], "en")[0].quantities
    assert other[1].unit != "$"  # another sentence: no currency carried over


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A 500m-long bridge collapsed.", [("500m", 500.0, "m")]),
        ("en", "The 20m-high wall fell.", [("20m", 20.0, "m")]),
        ("de", "Eine 500m lange Brücke stürzte ein.", [("500m", 500.0, "m")]),
        ("en", "The 500m-euro fund opened.", [("500m", 500e6, "€")]),  # a sum still
        ("en", "The company raised 500m in new debt.", [("500m", 500e6, None)]),
    ],
)
def test_a_figure_glued_to_m_is_metres_before_a_word_of_length(lang, text, expected) -> None:
    assert _read(text, lang) == expected
