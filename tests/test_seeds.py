"""The seed pair: two real reports of the NATO foreign ministers' meeting of 6-7 April 2022."""

from __future__ import annotations

from parallax.report import validate


def _fact_with(comparison, article_index, needle):
    aid = comparison["articles"][article_index]["id"]
    for f in comparison["facts"]:
        if any(s["article"] == aid and needle in s["text"] for s in f["sentences"]):
            return f
    raise AssertionError(f"no fact with {needle!r}")


def _quote_with(comparison, needle):
    for q in comparison["quotes"]:
        if any(needle in v["text"] for v in q["variants"]):
            return q
    raise AssertionError(f"no quote with {needle!r}")


def test_output_follows_schema(seed_comparison):
    validate(seed_comparison)
    assert seed_comparison["schema"] == "parallax.comparison/3"


def test_boilerplate_and_dateline(seed_comparison):
    a, b = seed_comparison["articles"]
    removed = a["boilerplate_removed"] + b["boilerplate_removed"]
    # the seeds' three lines of furniture, checked by their openings (the tests quote no run of seed text)
    openings = ("By submitting this form", "Non paywall source:", "Sign up to receive")
    assert len(removed) == 3 and sorted(next(o for o in openings if r.startswith(o)) for r in removed) == list(openings)
    assert a["dateline"] == "LONDON"
    assert "focus.LONDON" not in a["text"] and a["text"].startswith("Cyber defense")
    assert a["text"][a["dateline_offset"]:].startswith("NATO members agreed")
    assert a["title"].startswith("NATO, Asia-Pacific partners agree") and a["title"].endswith(" cooperation")


def test_every_sentence_in_exactly_one_fact(seed_comparison):
    seen = [(s["article"], s["start"]) for f in seed_comparison["facts"] for s in f["sentences"]]
    assert len(seen) == len(set(seen))
    for art in seed_comparison["articles"]:
        covered = sorted(s["start"] for f in seed_comparison["facts"] for s in f["sentences"] if s["article"] == art["id"])
        assert covered, art["id"]
        for f in seed_comparison["facts"]:
            for s in f["sentences"]:
                if s["article"] == art["id"]:
                    assert art["text"][s["start"] : s["end"]] == s["text"]


def test_shared_facts(seed_comparison):
    for needle in ("Top diplomats from Georgia", "We will also work more closely", "NATO members agreed on Thursday", "We agreed to step up cooperation"):
        f = _fact_with(seed_comparison, 0, needle)
        assert f["status"] == "shared", (needle, f)
        assert len({s["article"] for s in f["sentences"]}) == 2


def test_unique_facts(seed_comparison):
    for idx, needle in ((0, "Zhao Lijian criticized AUKUS"), (0, "Dmytro Kuleba joined"), (1, "the Ukrainian town of Bucha")):
        assert _fact_with(seed_comparison, idx, needle)["status"] == "unique", needle


def test_no_false_conflict(seed_comparison):
    assert seed_comparison["summary"]["conflict"] == 0
    assert all(not f["conflicts"] for f in seed_comparison["facts"])


def test_quote_groups_and_fidelity(seed_comparison):
    cases = {
        "We will also work more closely": ("verbatim", "Jens Stoltenberg"),
        "a serious challenge to us all": ("verbatim", "Jens Stoltenberg"),
        "We agreed to step up cooperation": ("punctuation", "Jens Stoltenberg"),
        "protect our values": ("trimmed", "Jens Stoltenberg"),
        "a much stronger China": ("trimmed", "Jens Stoltenberg"),
        "We are building stronger ties": ("single-source", "Antony Blinken"),
        "build a NATO replica": ("single-source", "Zhao Lijian"),
    }
    for needle, (fidelity, speaker) in cases.items():
        q = _quote_with(seed_comparison, needle)
        assert q["fidelity"] == fidelity, (needle, q)
        assert q["speaker"] == speaker, (needle, q)
        assert not q["misattributed"]
    trimmed = _quote_with(seed_comparison, "protect our values")
    assert {v["article"] for v in trimmed["variants"]} == {a["id"] for a in seed_comparison["articles"]}


def test_pronoun_speaker(seed_comparison):
    q = _quote_with(seed_comparison, "It makes it even more important")
    assert all(v["speaker"] == "Jens Stoltenberg" for v in q["variants"])


def test_unclosed_quote_confined(seed_comparison):
    q = _quote_with(seed_comparison, "cease amplifying the Kremlin")
    text = q["variants"][0]["text"]
    assert text.endswith("on NATO.") and "\n" not in text


def test_dates_resolved(seed_comparison):
    a, b = (x["id"] for x in seed_comparison["articles"])
    values = {(t["article"], t["text"]): t["value"] for t in seed_comparison["times"]}
    assert values[(a, "Thursday")] == "2022-04-07"
    assert values[(a, "Tuesday")] == "2022-04-05"
    assert values[(a, "last month")] == "2022-03"
    assert values[(a, "March 24")] == "2022-03-24"
    assert values[(a, "December 2020")] == "2020-12"
    assert values[(b, "April 6-7")] == "2022-04-06/2022-04-07"
    assert values[(b, "April 7")] == "2022-04-07"
