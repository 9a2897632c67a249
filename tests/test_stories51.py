"""Session stories51: ``stories.json`` shows a near-duplicate's likeness with its figures counted; ``parallax run``
given a relative path from another working folder sees an edit of a stored file; a Japanese lead names its event's
place (a name in katakana before で or にある, or after 首都), so two events of one kind in two places stay apart.

Invented articles only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parallax.records import Article
from tests.conftest import cli
from tests.helpers import KIRKUK_WIRE

# ------------------------------------------------------------------ 1. stories.json: a copy's changed figure


def _stories_json(tmp_path: Path, copy_text: str) -> dict:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.txt").write_text("Car bomb kills 12 in Kirkuk\n\n" + KIRKUK_WIRE + "\n", encoding="utf-8")
    (inputs / "copy.txt").write_text("Kirkuk car bomb kills people\n\n" + copy_text + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ("--store", tmp_path / "s.sqlite", "--out", out, "--published", "2026-11-30", "--embedder", "hashing", "--no-html")
    code, _, err = cli("run", inputs, *args)
    assert code == 0, err
    return json.loads((out / "stories.json").read_text(encoding="utf-8"))


def test_stories_json_shows_a_changed_figure_in_the_copys_similarity(tmp_path: Path) -> None:
    data = _stories_json(tmp_path, KIRKUK_WIRE.replace("killing 12 people", "killing 14 people"))
    (group,) = data["near_duplicates"]
    (copy,) = set(group["articles"]) - {group["original"]}
    assert sorted(group["articles"]) == ["copy", "wire"], group
    assert 0.5 < group["similarity"] < 1.0 and 0.5 < group["similarities"][copy] < 1.0, group
    assert group["figures_only"] == {copy: True}, group


def test_stories_json_does_not_call_a_reworded_copy_figures_only(tmp_path: Path) -> None:
    (group,) = _stories_json(tmp_path, KIRKUK_WIRE.replace("destroyed several shops", "damaged several shops"))["near_duplicates"]
    (copy,) = set(group["articles"]) - {group["original"]}
    assert group["similarity"] < 1.0 and group["figures_only"] == {copy: False}, group


# ------------------------------------------------------------------ 2. an edit seen from another working folder

STORY = "Ministers met in Riga on Monday to sign a pact protecting undersea cables. The agreement takes effect in June, officials said."


def _stored(store_path: Path) -> dict[str, str]:
    from parallax.store import open_store

    with open_store(store_path) as store:
        return {a.id: a.text for a in store.iter_articles(order="id")}


@pytest.mark.parametrize(("first", "second"), [(".", "sub"), ("sub", ".")])
def test_an_edit_is_seen_from_another_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, second: str) -> None:
    """The first run is given "dir" (or "../dir") in one folder, the second the same folder by another relative path
    from another working folder: the stored path is resolved against the folder it was given in."""
    (tmp_path / "sub").mkdir()
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "pact.txt").write_text(STORY + "\n", encoding="utf-8")
    store = tmp_path / "s.sqlite"
    args = ("--store", store, "--out", tmp_path / "out", "--published", "2026-11-30", "--embedder", "hashing", "--no-html")
    monkeypatch.chdir(tmp_path / first)
    code, _, err = cli("run", "dir" if first == "." else "../dir", *args)
    assert code == 0, err
    (folder / "pact.txt").write_text(STORY.replace("in June", "in July") + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / second)
    code, _, err = cli("run", "dir" if second == "." else "../dir", *args)
    assert code == 0, err
    assert list(_stored(store).items()) == [("pact", STORY.replace("in June", "in July"))]


def test_two_files_of_one_name_in_two_folders_stay_two_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolved where each was given, "dir/pact.txt" from two working folders is two files: both texts stay."""
    for parent in ("one", "two"):
        (tmp_path / parent / "dir").mkdir(parents=True)
    (tmp_path / "one" / "dir" / "pact.txt").write_text(STORY + "\n", encoding="utf-8")
    (tmp_path / "two" / "dir" / "pact.txt").write_text(STORY.replace("in June", "in July") + "\n", encoding="utf-8")
    store = tmp_path / "s.sqlite"
    args = ("--store", store, "--out", tmp_path / "out", "--published", "2026-11-30", "--embedder", "hashing", "--no-html")
    for parent in ("one", "two"):
        monkeypatch.chdir(tmp_path / parent)
        code, _, err = cli("run", "dir", *args)
        assert code == 0, err
    assert sorted(_stored(store).values()) == sorted([STORY, STORY.replace("in June", "in July")])


# ------------------------------------------------------------------ 3. a Japanese lead's event place


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        ("タイの首都バンコクで6日、爆発があり、3人が死亡した。", "バンコク", ("タイ",)),
        ("インドネシアの首都ジャカルタ東方のブカシにある縫製工場で5日、火災が発生した。", "ブカシ", ("ジャカルタ",)),
        ("ジャカルタ近郊の工場で火災、ロイター通信によると14人が死亡した。", None, ("ジャカルタ", "ロイター")),
        ("米カリフォルニア州で山火事が広がり、住民が避難した。", "カリフォルニア", ()),
    ],
)
def test_a_japanese_lead_names_its_event_place(text: str, place: str | None, not_places: tuple[str, ...]) -> None:
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(Article(id="x", text=text, language="ja"))
    assert (place is None or place in sig.places) and not set(not_places) & set(sig.places), sig.places


BOMBS = [
    ("a-ja", "ja", "2026-08-06T04:00:00Z", "バンコクの市場で爆発、3人死亡",
     "タイの首都バンコクの市場で6日朝、爆発があり、3人が死亡、20人が負傷した。警察は爆発物が仕掛けられていたとみて調べている。"),
    ("a-en", "en", "2026-08-06T05:00:00Z", "Blast at Bangkok market kills three",
     "A bomb exploded at a market in Bangkok on Thursday morning, killing three people and wounding 20, Thai police said. "
     "Investigators believe the device had been planted."),
    ("b-ja", "ja", "2026-08-06T06:00:00Z", "マニラの市場で爆発、2人死亡",
     "フィリピンの首都マニラの市場で6日朝、爆発があり、2人が死亡、15人が負傷した。警察は爆発物が仕掛けられていたとみて調べている。"),
    ("b-en", "en", "2026-08-06T07:00:00Z", "Blast at Manila market kills two",
     "A bomb exploded at a market in Manila on Thursday morning, killing two people and wounding 15, Philippine police said. "
     "Investigators believe the device had been planted."),
]  # fmt: skip


def test_two_blasts_in_two_cities_reported_in_japanese_are_two_stories() -> None:
    from parallax.stories import cluster_articles

    articles = [Article(id=i, language=lang, published=p, title=t, text=x, outlet=f"outlet-{i}") for i, lang, p, t, x in BOMBS]
    groups = {frozenset(s["articles"]) for s in cluster_articles(articles).stories}
    assert groups == {frozenset({"a-ja", "a-en"}), frozenset({"b-ja", "b-en"})}, groups
