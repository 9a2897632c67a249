"""update45: a later report's larger toll is marked as a likely update (``Conflict.later``), not shown as a bare
contradiction: "at least 12 dead" at 08:00 / "at least 19 dead" at 15:00.  Invented reports throughout."""

from __future__ import annotations

import json
import re
import warnings

import jsonschema
import pytest

import parallax
from parallax.analyze import Analyzer
from parallax.compare.conflicts import sentence_conflicts
from parallax.comparison_records import Conflict, upgrade_comparison
from parallax.publication_times import hours_later, publication_window
from parallax.records import Article
from parallax.report import schema
from parallax.report.copy_view import change_summary
from parallax.report.formatting import update_note
from parallax.report.html import render_html
from parallax.report.text import render_text

EARLY, LATE = "2026-03-10T08:00:00+00:00", "2026-03-10T15:00:00+00:00"


def _first(ta: str, tb: str, pa: str | None = EARLY, pb: str | None = LATE, lang: str = "en") -> list[dict]:
    """The conflicts of two one-sentence reports, "a" published at ``pa`` and "b" at ``pb``, as the JSON writes them."""
    a = Article(id="a", text=ta, outlet="Wire", published=pa, language=lang)
    b = Article(id="b", text=tb, outlet="Ledger", published=pb, language=lang)
    Analyzer().analyze_all([a, b])
    return [c.to_dict() for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0])]


def _numbers(conflicts: list[dict]) -> list[dict]:
    return [c for c in conflicts if c["kind"] == "number"]


TOLL_A, TOLL_B = "The flood killed at least 12 people in the valley.", "The flood killed at least 19 people in the valley."


@pytest.mark.parametrize(
    ("ta", "tb", "lang"),
    [
        (TOLL_A, TOLL_B, "en"),
        ("Police arrested 23 people after the riot.", "Police arrested 31 people after the riot.", "en"),
        ("Some 2,000 residents were evacuated from the valley.", "Some 3,500 residents were evacuated from the valley.", "en"),
        ("About 12,000 people were affected by the floods.", "About 20,000 people were affected by the floods.", "en"),
        ("Five people are still missing after the landslide.", "Eight people are still missing after the landslide.", "en"),
        ("The death toll rose to 12, officials said.", "The death toll rose to 19, officials said.", "en"),
        ("Bei dem Unglück kamen mindestens 12 Menschen ums Leben.", "Bei dem Unglück kamen mindestens 19 Menschen ums Leben.", "de"),
        ("Le séisme a fait au moins 12 morts.", "Le séisme a fait au moins 19 morts.", "fr"),
    ],
)
def test_a_later_larger_count_that_grows_is_a_likely_update(ta, tb, lang):
    (c,) = _numbers(_first(ta, tb, lang=lang))
    assert c["later"] == "b", c
    (c,) = _numbers(_first(tb, ta, pa=LATE, pb=EARLY, lang=lang))  # the same, the articles the other way round
    assert c["later"] == "a", c


def test_a_death_toll_that_rose_far_from_its_head_is_a_count_of_the_dead_and_an_update():
    """"The death toll from ... rose to seven" (the figure far past the toll) was no count: against "killing six
    people" no conflict showed, so the later report's update was not seen either (compare/toll_counts.py)."""
    found = _first(
        "An earthquake struck off the coast of Velmora late on Thursday, killing six people.",
        "The death toll from Thursday night's earthquake in Velmora province rose to seven on Friday, officials said.",
    )
    assert _numbers(found) == [{"kind": "number", "values": {"a": [6.0], "b": [7.0]}, "unit": "people", "later": "b"}]
    # a clause between the toll and the figure keeps them apart
    assert not _numbers(_first("Six people were killed.", "The death toll is unclear; officials counted seven boats.", EARLY, LATE))


def test_a_drop_stays_a_plain_conflict():
    (c,) = _numbers(_first(TOLL_B, TOLL_A))  # 19 at 08:00, 12 at 15:00: revised down, a real disagreement
    assert c["values"] == {"a": [19.0], "b": [12.0]} and "later" not in c


@pytest.mark.parametrize(
    ("pa", "pb"),
    [
        (EARLY, "2026-03-10T08:40:00+00:00"),  # within the hour
        (None, LATE),  # a time unknown
        (EARLY, None),
        ("2026-03-10", "2026-03-10"),  # one day, no time: may be minutes apart
        ("2026-03-10", "2026-03-11"),  # two days running: may be minutes apart too
        ("2026-03-10T09:30:00+02:00", "2026-03-10T08:00:00+00:00"),  # 07:30 and 08:00 as instants: half an hour
    ],
)
def test_no_update_when_the_times_are_unknown_or_close(pa, pb):
    (c,) = _numbers(_first(TOLL_A, TOLL_B, pa=pa, pb=pb))
    assert "later" not in c, c


def test_offsets_are_read_and_a_bare_date_is_its_whole_day():
    # 08:30+01:00 is 07:30 UTC, 90 minutes before 09:00 UTC (the local clocks are half an hour apart)
    (c,) = _numbers(_first(TOLL_A, TOLL_B, pa="2026-03-10T08:30:00+01:00", pb="2026-03-10T09:00:00+00:00"))
    assert c["later"] == "b"
    (c,) = _numbers(_first(TOLL_A, TOLL_B, pa="2026-03-10", pb="2026-03-12"))  # a day at least between them
    assert c["later"] == "b"
    assert hours_later("2026-03-10", "2026-03-11T08:00") == (8.0, False)
    assert hours_later("2026-03-10T08:00:00+00:00", "2026-03-10T15:00:00+00:00") == (7.0, True)
    assert hours_later("2026-03-10T08:00", "yesterday") is None and publication_window(None) is None


@pytest.mark.parametrize(
    ("ta", "tb"),
    [
        ("The Greens won 27 seats in the election.", "The Greens won 31 seats in the election."),
        ("The company paid $5 million for the site.", "The company paid $7 million for the site."),
        ("The driver, Tom Brenner, 61, was killed in the crash.", "The driver, Tom Brenner, 63, was killed in the crash."),
        ("The agreement commits 40 patrol vessels to the Baltic Sea.", "The agreement commits 55 patrol vessels to the Baltic Sea."),
        ("The strike will last 48 hours, the union said.", "The strike will last 72 hours, the union said."),
    ],
)
def test_counts_that_do_not_grow_are_no_update(ta, tb):
    found = _numbers(_first(ta, tb))
    assert found and all("later" not in c for c in found), found


def test_other_kinds_never_carry_later():
    found = _first("The dam failed on Monday, killing 12 people.", "The dam failed on Sunday, killing 19 people.")
    assert {c["kind"] for c in found} >= {"date", "number"}
    assert [c.get("later") for c in found if c["kind"] != "number"] == [None]


QUAKE = (
    "A strong earthquake struck the mountain town of Dravik in Karvelia province on Tuesday.\n\n"
    "At least {dead} people were killed and dozens injured, the civil protection agency said.\n\n"
    "Rescuers with sniffer dogs searched the rubble of collapsed stone houses through the night."
)


def _compare(*reports: tuple[str, str | None, int]) -> dict:
    """The comparison of quake reports, each (outlet, published, dead); ids are the outlets in lower case."""
    arts = [Article(id=o.lower(), text=QUAKE.format(dead=n), outlet=o, published=p, language="en") for o, p, n in reports]
    return parallax.compare(arts, parallax.Options(embedder="hashing")).to_dict()


def _toll(d: dict) -> list[dict]:
    return [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


@pytest.fixture(scope="module")
def three() -> dict:
    """Three reports: the Wire at 08:00 (12 dead), the Ledger at 15:00 (19), the Courier at 16:30 (12, a drop
    from the Ledger's, but the Wire's own figure)."""
    return _compare(("Wire", EARLY, 12), ("Ledger", LATE, 19), ("Courier", "2026-03-10T16:30:00+00:00", 12))


def test_three_reports_each_pair_read_on_its_own(three):
    by_pair = {frozenset(c["values"]): c.get("later") for c in _toll(three)}
    assert by_pair == {frozenset({"wire", "ledger"}): "ledger", frozenset({"ledger", "courier"}): None}
    fact = next(f for f in three["facts"] if f["conflicts"])
    assert fact["status"] == "conflict"  # the figures still differ: the mark explains, it does not settle
    jsonschema.validate(three, schema())


def test_two_reports_without_times_are_a_plain_conflict():
    d = _compare(("Wire", None, 12), ("Ledger", None, 19))
    (c,) = _toll(d)
    assert "later" not in c
    assert "likely an update" not in render_text(d) and "likely an update" not in render_html(d)
    jsonschema.validate(d, schema())


def test_the_reports_say_which_outlet_came_later_and_by_how_much(three):
    text = render_text(three)
    flat = re.sub(r"[\s│]+", " ", text)
    assert "likely an update: Ledger reported the larger figure 7 hours later than Wire" in flat
    html = render_html(three)
    assert '<p class="note update" dir="auto">likely an update: Ledger reported the larger figure 7 hours later than Wire</p>' in html
    assert html.count("likely an update") == 1  # the Ledger against the Courier is a drop


def test_the_note_escapes_outlet_names():
    d = _compare(("<b>Wire</b>", EARLY, 12), ("<script>x()</script>", "2026-03-12T15:00:00+00:00", 19))
    html = render_html(d)
    assert "<script>x()</script>" not in html and "<b>Wire</b>" not in html
    assert "likely an update: &lt;script&gt;x()&lt;/script&gt; reported the larger figure 2 days later than &lt;b&gt;Wire&lt;/b&gt;" in html


def test_update_note_words():
    c = {"kind": "number", "values": {"a": [12.0], "b": [19.0]}, "later": "b"}
    label = {"a": "Wire", "b": "Ledger"}
    assert update_note(c, label, {"a": "2026-03-10T08:00", "b": "2026-03-10T09:10"}) == (
        "likely an update: Ledger reported the larger figure 1 hour later than Wire"
    )
    assert update_note(c, label, {"a": "2026-03-10", "b": "2026-03-11T08:00"}).endswith("at least 8 hours later than Wire")
    assert update_note(c, label, {"a": "2026-03-10T08:00", "b": "2026-03-13T09:00"}).endswith("3 days later than Wire")
    assert update_note({**c, "later": None}, label, {}) is None and update_note({"kind": "number", "values": {}}, label, {}) is None


def test_later_is_written_only_where_set_and_old_records_read_as_before():
    assert "later" not in Conflict("number", {"a": [1.0], "b": [2.0]}, unit="people").to_dict()
    assert Conflict("number", {"a": [1.0], "b": [2.0]}, later="b").to_dict()["later"] == "b"
    old = {"schema": "parallax.comparison/1", "facts": [{"conflicts": [{"kind": "number", "values": {"a": [1.0], "b": [2.0], "unit": "people"}}]}]}
    assert "later" not in upgrade_comparison(old)["facts"][0]["conflicts"][0]


def test_schema_takes_later_as_a_string_only(three):
    broken = json.loads(json.dumps(three))
    next(c for c in _toll(broken) if c.get("later"))["later"] = 7
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema())


def test_a_copy_that_raises_the_toll_says_so():
    change = {"conflicts": [{"kind": "number", "values": {"orig": [12.0], "copy": [19.0]}, "unit": "people", "later": "copy"}]}
    assert change_summary(change, "orig", "copy") == "number: 12 people → 19 people (likely an update)"


def test_the_web_story_page_shows_the_update(tmp_path):
    fastapi = pytest.importorskip("fastapi")  # noqa: F841
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    from parallax.config import Options
    from parallax.web.app import create_app

    records = [
        {"id": o.lower(), "outlet": o, "language": "en", "published": p, "title": f"Quake in Karvelia kills {n}", "text": QUAKE.format(dead=n)}
        for o, p, n in (("Wire", EARLY, 12), ("Ledger", LATE, 19))
    ]
    app = create_app(tmp_path / "store.sqlite", options=Options(embedder="hashing"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.post("/api/articles", json={"articles": records}).status_code == 201
        story = next(s for s in client.get("/api/stories").json()["stories"] if "wire" in s["articles"])
        assert set(story["articles"]) == {"wire", "ledger"}
        detail = client.get(f"/api/stories/{story['id']}").json()["comparison"]
        assert [c.get("later") for f in detail["facts"] for c in f["conflicts"] if c["kind"] == "number"] == ["ledger"]
        page = client.get(f"/stories/{story['id']}")
        assert "likely an update: Ledger reported the larger figure 7 hours later than Wire" in page.text
