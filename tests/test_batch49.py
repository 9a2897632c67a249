"""batch49: a copy with a changed figure is a near-duplicate (and its change is compared); a re-read time from a
better source records that source; bad input of every kind; an edited file replaces its old text's analysis."""

from __future__ import annotations

import json
from pathlib import Path

from parallax.config import Options
from parallax.ingest import content_hash
from parallax.records import Article
from parallax.store import open_store
from tests.conftest import cli

# ------------------------------------------------------------------ 1. near-duplicates with a changed figure

WIRE = (
    "A car bomb exploded near a police station in the northern city of Kirkuk on Sunday morning, killing 12 people "
    "and wounding at least 30 others, local officials said. The blast destroyed several shops and vehicles nearby. "
    "No group has claimed responsibility for the attack, which came a day after security forces arrested "
    "three suspects in a raid on the outskirts of the city. Police sealed off the area and ambulances "
    "took the wounded to two hospitals."
)
# a shorter reprint: the first paragraph, with the toll changed
CUT = (
    "A car bomb exploded near a police station in the northern city of Kirkuk on Sunday morning, killing 14 people "
    "and wounding at least 30 others, local officials said. The blast destroyed several shops and vehicles nearby. "
    "No group has claimed responsibility for the attack."
)
BRIEF = (
    "Fire crews in the Polish port city of Gdynia put out a blaze at a grain warehouse late on Monday, the fire "
    "service said. Three people were taken to hospital with smoke inhalation and 40 firefighters were sent."
)


def _article(ident: str, text: str, published: str = "2026-11-30", outlet: str | None = None) -> Article:
    return Article(id=ident, text=text, published=published, content_hash=content_hash(text), language="en", outlet=outlet or ident)


def _groups(*articles: Article) -> list[dict]:
    from parallax.stories import cluster_articles

    return cluster_articles(list(articles), Options(embedder="hashing")).near_duplicates


def test_a_cut_copy_with_a_changed_figure_is_a_near_duplicate() -> None:
    (group,) = _groups(_article("a-wire", WIRE), _article("b-copy", CUT))
    assert group["original"] == "a-wire" and group["articles"] == ["a-wire", "b-copy"]


def test_a_short_brief_copied_whole_with_a_changed_figure_is_a_near_duplicate() -> None:
    changed = BRIEF.replace("40 firefighters", "45 firefighters")
    (group,) = _groups(_article("a-wire", BRIEF), _article("b-copy", changed))
    assert sorted(group["articles"]) == ["a-wire", "b-copy"]


def test_unrelated_short_briefs_and_templated_reports_stay_apart() -> None:
    other = (
        "Fire crews in the Spanish city of Valencia put out a blaze at a furniture factory early on Friday, the "
        "regional emergency service said. Nobody was hurt, but the roof of the building collapsed."
    )
    assert _groups(_article("a", BRIEF), _article("b", other)) == []
    market = "The euro rose {} percent to {} dollars, the pound fell {} percent to {} dollars and gold gained {} percent to {} dollars an ounce in London trading, dealers said."
    monday = market.format("0.4", "1.0850", "0.2", "1.2710", "1.1", "2,031")
    tuesday = market.format("0.3", "1.0912", "0.6", "1.2644", "0.8", "2,047")
    assert _groups(_article("mon", monday, "2026-11-30"), _article("tue", tuesday, "2026-11-30")) == []


def test_run_flags_the_copy_and_still_reports_the_changed_figure(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.txt").write_text("Car bomb kills 12 in Kirkuk\n\n" + WIRE + "\n", encoding="utf-8")
    (inputs / "copy.txt").write_text("Kirkuk car bomb kills 14\n\n" + CUT + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = cli("run", inputs, "--store", tmp_path / "s.sqlite", "--out", out, "--published", "2026-11-30", "--embedder", "hashing")
    assert code == 0, err
    data = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    (group,) = data["near_duplicates"]
    assert sorted(group["articles"]) == ["copy", "wire"] and group["original"] == "wire"
    (story,) = data["stories"]
    comparison = json.loads((out / "stories" / f"{story['id']}.json").read_text(encoding="utf-8"))
    (copy,) = comparison["settings"]["copies"]
    assert copy["id"] == "copy" and copy["of"] == "wire"
    (changed,) = copy["changed"]
    assert "12 people" in changed["original"] and "14 people" in changed["text"]
    assert [c["kind"] for c in changed["conflicts"]] == ["number"]
    assert "14 people" in (out / "stories" / f"{story['id']}.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------------ 2. the same time from a better source


def test_the_same_time_reread_from_the_page_records_the_better_source(tmp_path: Path) -> None:
    body = "The council approved the new budget on Tuesday after a debate that lasted six hours, officials said."
    given = Article(id="d", text=body, url="https://w.example/d", published="2026-01-05", published_from="given", content_hash=content_hash(body))
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([given])
        own = Article(id="d", text=body, url="https://w.example/d", published="2026-01-05")  # the page's own metadata
        assert store.correct_metadata(own)
        held = store.get_article("d")
        assert (held.published, held.published_from) == ("2026-01-05", None)
        # and the weaker source, read again with the same time, does not take it back
        assert store.correct_metadata(Article(**{**own.to_dict(), "published_from": "capture"})) == []
        assert store.get_article("d").published_from is None


# ------------------------------------------------------------------ 4. a file edited between two runs

FIRE = (
    "A fire destroyed a warehouse in the port of Gdynia on Monday night, the city's fire service said. Forty "
    "firefighters fought the blaze for six hours. No one was injured, the port authority said."
)
FIRE_EDITED = (
    "A fire destroyed a warehouse in the port of Gdynia on Monday night, killing two workers, the city's fire service "
    "said. Sixty firefighters fought the blaze for nine hours. Prosecutors opened an inquiry."
)
QUAKE = (
    "A magnitude 6.2 earthquake struck southern Peru on Tuesday, officials said. At least 14 people were killed in the "
    "town of Arequipa. The president declared a state of emergency."
)


def _run(inputs: Path, tmp_path: Path) -> dict:
    out = tmp_path / "out"
    code, _, err = cli("run", inputs, "--store", tmp_path / "s.sqlite", "--out", out, "--published", "2026-11-30", "--embedder", "hashing")
    assert code == 0, err
    return json.loads((out / "stories.json").read_text(encoding="utf-8"))


def test_a_file_edited_between_runs_replaces_its_old_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "fire.txt").write_text("Warehouse fire in Gdynia\n\n" + FIRE + "\n", encoding="utf-8")
    (inputs / "quake.txt").write_text("Earthquake in Peru\n\n" + QUAKE + "\n", encoding="utf-8")
    _run(inputs, tmp_path)
    (inputs / "fire.txt").write_text("Warehouse fire in Gdynia kills two\n\n" + FIRE_EDITED + "\n", encoding="utf-8")
    data = _run(inputs, tmp_path)
    members = sorted(a for s in data["stories"] for a in s["articles"])
    assert members == ["fire", "quake"]  # one fire article, in one story: the old version is gone
    (story,) = [s for s in data["stories"] if "fire" in s["articles"]]
    assert story["title"] == "Warehouse fire in Gdynia kills two"
    with open_store(tmp_path / "s.sqlite") as store:
        assert store.count_articles() == 2
        fire = store.get_article("fire")
        assert fire.text == FIRE_EDITED and any("Sixty firefighters" in s.text for s in fire.sentences)
        assert [s["articles"] for s in store.stories() if "fire" in s["articles"]] == [["fire"]]


def test_an_edited_jsonl_record_replaces_its_old_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    line = {"id": "fire", "outlet": "Baltic Wire", "title": "Fire", "published": "2026-11-30T08:00:00Z"}
    quake = json.dumps({"id": "quake", "text": QUAKE, "published": "2026-11-30"})
    (inputs / "feed.jsonl").write_text(json.dumps({**line, "text": FIRE}) + "\n" + quake + "\n", encoding="utf-8")
    _run(inputs, tmp_path)
    # the record edited, and a line added above it (its position in the file moves)
    (inputs / "feed.jsonl").write_text(quake + "\n" + json.dumps({**line, "text": FIRE_EDITED}) + "\n", encoding="utf-8")
    data = _run(inputs, tmp_path)
    assert sorted(a for s in data["stories"] for a in s["articles"]) == ["fire", "quake"]
    with open_store(tmp_path / "s.sqlite") as store:
        assert store.get_article("fire").text == FIRE_EDITED and store.count_articles() == 2


def test_the_same_id_from_another_file_or_without_a_file_keeps_both_versions(tmp_path: Path) -> None:
    def version(text: str, source: str | None) -> Article:
        return Article(id="fire", text=text, source=source, published="2026-11-30", content_hash=content_hash(text))

    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([version(FIRE, "a/fire.txt")], edits=True)
        [other] = store.add_articles([version(FIRE_EDITED, "b/fire.txt")], edits=True)  # two folders, one name
        [third] = store.add_articles([version(QUAKE, None)], edits=True)  # no file recorded
        assert other.id.startswith("fire@") and third.id.startswith("fire@")
        [again] = store.add_articles([version(FIRE.replace("Forty", "Fifty"), "a/fire.txt")])  # edits not asked for
        assert again.id.startswith("fire@") and store.get_article("fire").text == FIRE
        [edited] = store.add_articles([version(FIRE.replace("Forty", "Eighty"), "a/fire.txt")], edits=True)
        assert edited.id == "fire" and "Eighty" in store.get_article("fire").text and store.count_articles() == 4
