"""Story grouping: cross-lingual stories, near-duplicates, determinism,
incremental runs (in memory and through the store), the output schema, and
(slow, with ../shared) the ECB+ accuracy floor."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from parallax.config import Options
from parallax.ingest import content_hash
from parallax.records import Article
from parallax.store import open_store
from parallax.stories import cluster_articles
from parallax.stories.cluster import ClusterState
from parallax.stories.persist import update_store

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "parallax/stories/stories.schema.json").read_text())


def art(ident, published, title, text, language, outlet) -> Article:
    return Article(id=ident, text=text, title=title, published=published, language=language, outlet=outlet, content_hash=content_hash(text))


# Texts written for this test.  One event (a ferry fire off Elba) in English,
# German and French; unrelated news the same day (one in German); the same
# kind of event a month later (a ferry fire off Corsica, English and French).
FERRY_EN = art(
    "ferry-en", "2025-03-04T09:00:00+00:00", "Fire on ferry off Elba forces evacuation of 312 passengers",
    "A fire broke out in the engine room of the ferry Moby Aurora off the Italian island of Elba on Tuesday, forcing the "
    "evacuation of all 312 passengers and 40 crew.\n\nThe Italian coast guard said four people were treated for smoke "
    "inhalation. The ship had left Piombino for Portoferraio shortly after 7 a.m.\n\nCaptain Marco Rinaldi ordered "
    "passengers to the lifeboats after smoke filled the lower decks. Firefighters from Livorno brought the blaze under "
    "control by midday. The operator Moby Lines said it would cooperate with investigators.",
    "en", "Harbor Times",
)
FERRY_DE = art(
    "ferry-de", "2025-03-04T11:30:00+01:00", "Brand auf Fähre vor Elba: 312 Passagiere evakuiert",
    "Auf der Fähre Moby Aurora ist am Dienstag vor der italienischen Insel Elba ein Feuer im Maschinenraum ausgebrochen. "
    "Alle 312 Passagiere und 40 Besatzungsmitglieder wurden in Sicherheit gebracht, teilte die italienische Küstenwache "
    "mit.\n\nVier Menschen erlitten eine Rauchvergiftung. Das Schiff war kurz nach 7 Uhr von Piombino nach Portoferraio "
    "aufgebrochen.\n\nKapitän Marco Rinaldi ließ die Rettungsboote zu Wasser, nachdem sich Rauch auf den unteren Decks "
    "ausgebreitet hatte. Feuerwehrleute aus Livorno brachten den Brand bis zum Mittag unter Kontrolle.",
    "de", "Rundschau",
)
FERRY_FR = art(
    "ferry-fr", "2025-03-04T12:15:00+01:00", "Incendie à bord d'un ferry au large de l'île d'Elbe : 312 passagers évacués",
    "Un incendie s'est déclaré mardi dans la salle des machines du ferry Moby Aurora, au large de l'île italienne "
    "d'Elbe. Les 312 passagers et les 40 membres d'équipage ont été évacués, selon les garde-côtes italiens.\n\nQuatre "
    "personnes ont été intoxiquées par la fumée. Le navire avait quitté Piombino pour Portoferraio peu après 7 heures."
    "\n\nLe capitaine Marco Rinaldi a ordonné l'évacuation vers les canots de sauvetage lorsque la fumée a envahi les "
    "ponts inférieurs. Les pompiers de Livourne ont maîtrisé le feu vers midi.",
    "fr", "Le Quotidien",
)
BANK_EN = art(
    "bank-en", "2025-03-04T10:00:00+00:00", "Nordic central bank holds rates, signals cut in June",
    "The central bank of Norway kept its policy rate at 4.5 percent on Tuesday but said a first cut was likely in June "
    "as inflation eased faster than expected.\n\nGovernor Ida Wolden Bache told reporters that the krone had "
    "strengthened and that wage growth was slowing. Markets had priced in a hold.",
    "en", "Ledger",
)
STRIKE_DE = art(
    "strike-de", "2025-03-04T08:00:00+01:00", "Bahnstreik legt Fernverkehr in Deutschland lahm",
    "Ein Streik der Lokführergewerkschaft GDL hat am Dienstag den Fernverkehr der Deutschen Bahn weitgehend zum "
    "Erliegen gebracht. Nur jeder fünfte ICE fuhr nach Angaben des Konzerns.\n\nDie Gewerkschaft fordert eine kürzere "
    "Arbeitszeit bei vollem Lohnausgleich. Pendler in Berlin, Hamburg und München mussten auf Busse und Autos "
    "ausweichen.",
    "de", "Rundschau",
)
LATER_EN = art(
    "later-en", "2025-04-08T07:30:00+00:00", "Ferry fire off Corsica: 150 passengers taken off the Pascal Paoli",
    "Fire broke out on the ferry Pascal Paoli near the port of Bastia in Corsica on Tuesday morning, and all 150 "
    "passengers were taken off by rescue boats.\n\nThe French maritime prefecture said two crew members suffered minor "
    "burns. Captain Jean-Luc Morel had turned back towards Bastia when the alarm sounded.",
    "en", "Harbor Times",
)
LATER_FR = art(
    "later-fr", "2025-04-08T10:00:00+02:00", "Incendie sur le Pascal Paoli au large de Bastia",
    "Un incendie s'est déclaré mardi matin à bord du ferry Pascal Paoli près du port de Bastia, en Corse. Les 150 "
    "passagers ont été évacués par des vedettes de secours.\n\nSelon la préfecture maritime, deux membres d'équipage "
    "ont été légèrement brûlés. Le capitaine Jean-Luc Morel avait fait demi-tour vers Bastia au déclenchement de l'alarme.",
    "fr", "Le Quotidien",
)
# A syndicated copy of the English report: new headline, a sign-up line appended, published later.
FERRY_COPY = art(
    "ferry-copy", "2025-03-04T13:00:00+00:00", "312 evacuated as fire hits Moby Aurora near Elba",
    FERRY_EN.text + "\n\nSign up for our morning briefing to get the day's top stories.",
    "en", "Coast Courier",
)

ARTICLES = [FERRY_EN, FERRY_DE, FERRY_FR, BANK_EN, STRIKE_DE, LATER_EN, LATER_FR, FERRY_COPY]


def groups(result) -> set[frozenset[str]]:
    return {frozenset(s["articles"]) for s in result.stories}


@pytest.fixture(scope="module")
def result():
    return cluster_articles(list(ARTICLES))


def test_one_event_in_three_languages_is_one_story_and_others_stay_apart(result):
    assert groups(result) == {
        frozenset({"ferry-en", "ferry-de", "ferry-fr", "ferry-copy"}),
        frozenset({"bank-en"}),
        frozenset({"strike-de"}),
        frozenset({"later-en", "later-fr"}),
    }
    ferry = next(s for s in result.stories if "ferry-en" in s["articles"])
    assert ferry["title"] == FERRY_EN.title  # the earliest article's
    assert ferry["articles"] == ["ferry-en", "ferry-de", "ferry-fr", "ferry-copy"]  # publication order
    assert ferry["languages"] == ["de", "en", "fr"]
    assert ferry["outlets"] == ["Coast Courier", "Harbor Times", "Le Quotidien", "Rundschau"]
    assert ferry["first_published"] == FERRY_EN.published and ferry["last_published"] == FERRY_COPY.published
    assert ferry["closed"]  # a month passed before the last article of the stream


def test_same_kind_of_event_stays_apart_even_within_the_window():
    wide = Options(extra={"story_window_days": 60})
    res = cluster_articles([FERRY_EN, FERRY_DE, FERRY_FR, LATER_EN, LATER_FR], wide)
    assert groups(res) == {frozenset({"ferry-en", "ferry-de", "ferry-fr"}), frozenset({"later-en", "later-fr"})}


def test_syndicated_copy_is_flagged_with_the_earliest_as_original(result):
    [dup] = result.near_duplicates
    assert dup["original"] == "ferry-en" and dup["articles"] == ["ferry-en", "ferry-copy"]
    assert 0.8 <= dup["similarity"] < 1.0
    assert result.state.duplicate_of == {"ferry-copy": "ferry-en"}


def test_output_matches_the_json_schema(result):
    data = result.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "parallax.stories/1"
    json.dumps(data)  # plain JSON


def test_same_input_in_any_order_gives_the_same_stories(result):
    shuffled = list(ARTICLES)
    random.Random(7).shuffle(shuffled)
    again = cluster_articles(shuffled)
    assert again.to_dict() == result.to_dict()


def test_incremental_run_equals_one_run_over_everything(result):
    from parallax.stories.features import published_ts

    in_time = sorted(ARTICLES, key=lambda a: published_ts(a.published))
    first = cluster_articles(in_time[:4])  # the ferry story is still open after these
    state = ClusterState.from_records(first.state.to_records())  # through the serialised form
    rest = cluster_articles(in_time[4:], state=state)
    assert rest.to_dict() == result.to_dict()


def test_resuming_with_an_older_article_is_refused():
    first = cluster_articles([FERRY_DE])
    with pytest.raises(ValueError, match="earlier"):
        cluster_articles([FERRY_EN], state=first.state)


def test_state_from_other_settings_is_refused():
    first = cluster_articles([FERRY_EN])
    with pytest.raises(ValueError, match="other settings"):
        cluster_articles([FERRY_DE], Options(extra={"story_threshold": 0.99}), state=first.state)


def test_state_from_other_grouping_code_is_refused(monkeypatch):
    from parallax import stamps

    first = cluster_articles([FERRY_EN])
    monkeypatch.setattr(stamps, "grouping_stamp", lambda: "other-code")
    with pytest.raises(ValueError, match="other settings"):
        cluster_articles([FERRY_DE], state=first.state)


def test_names_in_cyrillic_and_greek_letters_meet_their_latin_spelling():
    import importlib

    features = importlib.import_module("parallax.stories.features")
    ru = Article(id="ru", language="ru", text="Мэр Андрей Петров посетил Ираклион.")
    el = Article(id="el", language="el", text="Ο δήμαρχος Ανδρέας Πέτροφ επισκέφθηκε το Ηράκλειο.")
    en = Article(id="en", language="en", text="Mayor Andrey Petrov visited Heraklion.")
    assert {"andrey", "petrov"} <= set(features.salient_names(en, "en"))
    assert "petrov" in features.salient_names(ru, "ru") and "petrof" in features.salient_names(el, "el")


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError, match="twice"):
        cluster_articles([FERRY_EN, replace(FERRY_DE, id="ferry-en")])


def test_store_rerun_processes_only_new_texts_and_matches_a_full_run(tmp_path, result):
    with open_store(tmp_path / "inc.db") as store:
        update_store(store, ARTICLES[:5])
        stored_before = store.count_articles()
        totals: list[int] = []
        res = update_store(store, list(ARTICLES), progress=lambda done, total: totals.append(total))  # the folder gained three
        assert store.count_articles() == stored_before + 3
        assert set(totals) == {3}  # resumed: only the new texts were clustered
        assert res.to_dict()["stories"] == result.to_dict()["stories"]
        assert store.stories() == result.stories
        assert store.story_of("ferry-copy") == store.story_of("ferry-en")
        assert store.integrity_check() == []
        # nothing new: the same stories again
        assert update_store(store, list(ARTICLES)).to_dict()["stories"] == result.to_dict()["stories"]


def test_store_rebuilds_when_an_older_article_arrives(tmp_path, result):
    late_arrival = [a for a in ARTICLES if a.id != "ferry-de"]
    with open_store(tmp_path / "late.db") as store:
        update_store(store, late_arrival)
        res = update_store(store, [FERRY_DE])  # published before articles already clustered
        assert res.to_dict()["stories"] == result.to_dict()["stories"]


def test_duplicate_flags_are_stored(tmp_path):
    with open_store(tmp_path / "d.db") as store:
        update_store(store, [FERRY_EN, FERRY_COPY])
        row = store._execute("SELECT is_duplicate, duplicate_of FROM story_articles WHERE article_id = 'ferry-copy'").fetchone()
        assert tuple(row) == (1, "ferry-en")


def test_undated_articles_still_group():
    undated = [replace(a, published=None) for a in (FERRY_EN, FERRY_FR, BANK_EN)]
    assert groups(cluster_articles(undated)) == {frozenset({"ferry-en", "ferry-fr"}), frozenset({"bank-en"})}


@pytest.mark.slow
@pytest.mark.bench
def test_ecbplus_test_split_accuracy_floor():
    from parallax.stories.evaluation import b_cubed, benchmark_path, load_ecbplus

    if not benchmark_path("clustering-ecbplus", "test", "docs.jsonl").exists():
        pytest.skip("ECB+ is absent (../shared/benchmarks/clustering-ecbplus; set PARALLAX_SHARED)")
    articles, gold = load_ecbplus("test")
    res = cluster_articles(articles)
    predicted = {a: s["id"] for s in res.stories for a in s["articles"]}
    assert b_cubed(predicted, gold)["f1"] >= 0.85


def _jsonl(path: Path, articles) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            rec = {"id": a.id, "title": a.title, "published": a.published, "language": a.language, "outlet": a.outlet, "text": a.text}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def test_cluster_command_with_and_without_store(tmp_path):
    from typer.testing import CliRunner

    import parallax.cli.cluster_cmd  # noqa: F401  (registers the command)
    from parallax.cli import app
    from parallax.errors import InputError

    originals = [a for a in ARTICLES if a.id != "ferry-copy"]  # ingest strips its sign-up line: an exact copy the store drops
    feed = tmp_path / "feed"
    feed.mkdir()
    _jsonl(feed / "a.jsonl", originals[:5])
    runner = CliRunner()
    out, db = tmp_path / "stories.json", tmp_path / "s.db"
    r = runner.invoke(app, ["cluster", str(feed), "-o", str(out), "--store", str(db)])
    assert r.exit_code == 0, r.output
    _jsonl(feed / "b.jsonl", originals[5:])  # the folder gains articles
    r = runner.invoke(app, ["cluster", str(feed), "-o", str(out), "--store", str(db)])
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text())
    jsonschema.validate(data, SCHEMA)
    assert len(data["stories"]) == 4
    r = runner.invoke(app, ["cluster", str(feed), "-o", str(tmp_path / "plain.json")])
    assert r.exit_code == 0 and json.loads((tmp_path / "plain.json").read_text())["stories"] == data["stories"]
    (feed / "bad.jsonl").write_text("{oops\n")
    r = runner.invoke(app, ["cluster", str(feed)])
    assert isinstance(r.exception, InputError)  # main() turns it into one line and exit 2
    r = runner.invoke(app, ["cluster", str(feed), "--skip-bad", "-o", str(tmp_path / "skip.json")])
    assert r.exit_code == 0


# Story merging: articles that each start a story (join threshold out of reach)
# are merged afterwards by the story↔story check.
MERGING = Options(extra={"story_threshold": 1.0, "story_merge_threshold": 0.0})


def test_merge_keeps_the_older_story_id_and_publication_order():
    from parallax.stories.cluster import story_id

    res = cluster_articles([FERRY_EN, FERRY_DE, FERRY_FR, BANK_EN], MERGING)
    [story] = res.stories  # merge threshold 0: every open story merges
    assert story["id"] == story_id("ferry-en")  # the earliest article's story survives
    assert story["articles"] == ["ferry-en", "bank-en", "ferry-de", "ferry-fr"]  # publication order
    assert story["title"] == FERRY_EN.title and story["languages"] == ["de", "en", "fr"]


def test_incremental_run_with_merges_equals_one_run():
    from parallax.stories.features import published_ts

    options = Options(extra={"story_threshold": 1.0})  # every article starts a story; the fitted merge check decides
    in_time = sorted(ARTICLES, key=lambda a: published_ts(a.published))
    whole = cluster_articles(list(ARTICLES), options)
    first = cluster_articles(in_time[:3], options)
    state = ClusterState.from_records(first.state.to_records())
    rest = cluster_articles(in_time[3:], options, state=state)
    assert rest.to_dict() == whole.to_dict()


def test_story_absorb_adds_profiles():
    from parallax.stories import prepare
    from parallax.stories.story import Story

    vec = [1.0] + [0.0] * 383
    a, b = Story(id="a", title="A"), Story(id="b", title="B")
    sa, _ = prepare(FERRY_EN, vec)
    sb, _ = prepare(FERRY_DE, vec)
    sc, _ = prepare(FERRY_FR, vec)
    a.add(sa)
    b.add(sb)
    a.add(sc)
    a.absorb(b)
    assert a.articles == ["ferry-en", "ferry-de", "ferry-fr"] and a.id == "a" and a.title == "A"
    assert a.lang_n == {"en": 1, "de": 1, "fr": 1} and len(a.recent) == 3
    assert a.names.get("elba") == 2  # en and de spell it alike (fr: "elbe")
    again = Story.from_dict(a.to_dict(), a.vectors())
    assert again.article_ts == a.article_ts and again.to_dict() == a.to_dict()


def test_late_article_regroups_from_the_last_snapshot_before_it(tmp_path, result):
    """A late article costs the articles since the last snapshot before it, not
    the archive, and still gives the stories of one run over everything."""
    by_id = {a.id: a for a in ARTICLES}
    batches = [["strike-de", "ferry-en"], ["bank-en", "ferry-fr", "ferry-copy"], ["later-en", "later-fr"]]
    with open_store(tmp_path / "snap.db") as store:
        for batch in batches:
            update_store(store, [by_id[i] for i in batch])
        assert len(store.snapshots()) == 3
        totals: list[int] = []
        # ferry-de (11:30+01:00 = 10:30 UTC) is later than the first batch, earlier than the second's end
        res = update_store(store, [by_id["ferry-de"]], progress=lambda done, total: totals.append(total))
        assert set(totals) == {1 + 3 + 2}  # from the snapshot after batch 1: not all 8 articles
        assert res.to_dict()["stories"] == result.to_dict()["stories"]
        assert store.stories() == result.stories
        # the snapshots after the late article's time were re-made, not kept
        assert len(store.snapshots()) == 2 and store.integrity_check() == []
        # nothing new: the same stories again
        assert update_store(store, []).to_dict()["stories"] == result.to_dict()["stories"]


def test_snapshots_are_thinned_over_time(tmp_path):
    from parallax.stories.persist import SNAPSHOTS, _thin

    marks = [(float(t), f"a{t}") for t in (0, 1, 2, 3, 50, 51, 100, 101, 102, 200)]
    drop = _thin(marks, 4)
    kept = [m for m in marks if m not in drop]
    assert len(kept) == 4 and kept[0] == marks[0] and kept[-1] == marks[-1]
    assert SNAPSHOTS >= 2


def test_names_after_an_elided_article_and_numbers_in_any_notation_are_signals():
    import importlib

    features = importlib.import_module("parallax.stories.features")
    a = Article(id="a", language="fr", text="Un séisme a frappé la Crète.\nLe port d'Héraklion est fermé, le taux reste à 4,25.")
    b = Article(id="b", language="en", text="An earthquake struck Crete.\nThe port of Heraklion is closed, the rate stays at 4.25.")
    assert "heraklion" in features.salient_names(a, "fr") and "heraklion" in features.salient_names(b, "en")
    assert features.numbers(a.text) == features.numbers(b.text) == {"4.25"}


def test_a_shortened_reprint_is_a_copy_and_a_short_brief_is_not():
    """Three of six paragraphs reprinted word for word: Jaccard about 0.5, but nearly all of the
    reprint is in the original.  A two-line brief is too short to call a copy by containment."""
    import importlib

    dedup = importlib.import_module("parallax.stories.dedup")
    # the paragraphs differ in words, not only in figures: near-duplicate shingles read every figure as one
    # placeholder (stories/copy_figures.py), so paragraphs told apart by a number alone would be one paragraph
    paragraphs = [
        f"Paragraph {w}: dock workers at terminal {w} kept the cranes idle for the {w} shift as the union and the port "
        f"operator traded offers over wages, night shifts and the automation plan for the northern quay called {w}."
        for w in ("Alder", "Birch", "Cedar", "Damson", "Elder", "Hazel")
    ]
    original, reprint = dedup.minhash("\n\n".join(paragraphs)), dedup.minhash("\n\n".join(paragraphs[:3]))
    assert dedup.similarity(original, reprint) < 0.8 and dedup.containment(reprint, original) >= dedup.CONTAINED
    index = dedup.DuplicateIndex(0.8)
    index.add("original", original)
    assert index.best_match(reprint)[0] == "original"
    brief = dedup.minhash(paragraphs[0][:80])
    assert dedup.containment(brief, original) is None and index.best_match(brief) is None


def test_dates_and_clock_times_in_figures_are_times_not_figures():
    import importlib

    features = importlib.import_module("parallax.stories.features")
    text = "Am 14.03.2026 um 06:40 sank die Fähre vor Naxos; 312 Passagiere, am 2026-03-15 und 2026年3月16日 Bergung, 17/03/2026."
    assert features.numbers(text) == {"312"}
    a = Article(id="a", language="de", text=text, published="2026-03-18T10:00:00+01:00")
    assert {"2026-03-14", "2026-03-15", "2026-03-16", "2026-03-17"} <= features.time_marks(a)


def test_a_day_next_to_the_storys_day_half_agrees():
    from parallax.stories.story import Story

    story = Story(id="s", title="")
    story.times = {"2026-03-14": 1}
    assert story._time_agreement(frozenset({"2026-03-14"})) == 1.0
    assert story._time_agreement(frozenset({"2026-03-13"})) == 0.0
    assert story._time_agreement(frozenset({"2026-03-11"})) == -1.0


def test_chinese_and_japanese_texts_give_word_and_figure_signals():
    import importlib

    features = importlib.import_module("parallax.stories.features")
    assert features.numbers("死亡人数已升至18人，40人受伤") == {"18", "40"}
    assert {"大桥", "坍塌"} <= features.content_words("柳州市一座大桥坍塌", "zh")
