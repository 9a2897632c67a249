"""Oversized modules were split into smaller ones; every name keeps its old home.

Callers (and scripts outside the package) import these names from the
modules they used to live in, so each must still be importable there and be
the very object of its new module, not a copy that could drift.
"""

from __future__ import annotations

import importlib

import pytest

MOVED = {
    "parallax.ingest.warc": {
        "parallax.ingest.url_ids": ["_ascii_words", "short_hash", "url_id"],
        "parallax.ingest.warc_frames": [
            "_VERSION_LINE", "_NEXT_RECORD", "_HEADER_END", "_RECORD_END", "_BLANK", "_MAX_HEADER",
            "_Frame", "_parse_headers", "_resync", "_frames",
        ],
        "parallax.ingest.http_response": [
            "_STATUS_LINE", "_BOMS", "_media_type", "_split_http", "_dechunk", "_inflate", "_sniff_html", "_decode",
        ],
    },
    "parallax.stories.features": {
        "parallax.stories.figures": ["numbers", "_YEAR", "_numeric_days"],
    },
    "parallax.records": {
        "parallax.comparison_records": [
            "FactSentence", "Conflict", "WordChoice", "Fact", "QuoteVariant", "QuoteGroup", "EntitySummary", "TimeMention",
            "headline_key", "HeadlineConflict", "Headline", "SCHEMA_COMPARISON", "Comparison", "upgrade_comparison",
        ],
    },
    "parallax.store": {
        "parallax.store.articles": ["_ORDERS"],
        "parallax.store.clock": ["_now"],
    },
    "parallax.stories.story": {
        "parallax.stories.story_signals": ["CORE", "NAME_MATCH", "_top", "_heard_share", "_rescale", "_next_to"],
    },
    "parallax.analyze.entities": {
        "parallax.analyze.canonical_names": [
            "_POSSESSIVE", "clean_name", "canonical_names", "_label_family", "_OF_WORDS", "_what_it_is_of", "_contains_words",
        ],
        "parallax.analyze.entity_evidence": [
            "_NAME_SHAPE", "_AGE_AFTER", "_PERSON_WORDS", "_SUBJECT", "_PLACE_BEFORE", "_IMPERSONAL_TOO", "_NOT_A_PERSON",
            "_person_evidence", "_people_by_evidence", "_places_by_evidence",
        ],
        # review42: the acronym before a name went to the module that reads the one after it
        "parallax.analyze.party_after_name": ["_ACRONYM"],
        # review42: German nouns that are no names, one language's rule (entities.py had grown past 330 lines)
        "parallax.analyze.german_nouns": ["_DE_DETERMINERS", "_DE_CALENDAR", "_german_noun"],
    },
    # review42: a speaker named by a definite noun after the cue (lexical_cues.py had grown past 330 lines)
    "parallax.analyze.quotes.lexical_cues": {
        "parallax.analyze.quotes.definite_speakers": ["_NORDIC_DEFINITE", "_ROMANIAN_DEFINITE", "_PLURAL_ARTICLES", "_nordic_definite"],
    },
    # review44: the days written in CJK figures (days.py had grown past 330 lines); _day went to the calendar arithmetic
    "parallax.analyze.times.days": {
        "parallax.analyze.times.cjk_days": ["_ERA_BEFORE_FIRST", "CjkDayHandlers"],
        "parallax.analyze.times.calendars": ["_day"],
    },
    # lead45: what carries a day from phrase to phrase (times/__init__.py had grown to 342 lines)
    "parallax.analyze.times": {
        "parallax.analyze.times.day_carry": [
            "_DAY_VALUE", "_KEEPS_DAY", "_ANCHORED", "_CLOCK_DAY_GAP", "_CLOCK_DAY_COMMA", "_cutoff", "_CLOCK_DAY_STOP",
            "_CLOCK_DAY_MAX", "_COORDINATION", "_CLOCK_OWN_DAY", "_Spans",
        ],
    },
    # review44: the Turkish titles before a speaker's name, one language's rule (name_after_role.py had grown past 330 lines)
    "parallax.analyze.quotes.name_after_role": {
        "parallax.analyze.quotes.turkish_titles": ["_TR_TITLE", "_TR_ABBREVIATED", "_TR_ONE_OF", "_NEXT_CAPITALISED", "_tr_name"],
    },
    "parallax.analyze.sentences": {
        "parallax.analyze.sentence_quotes": [
            "_OPEN", "_inside_quote", "_ENDED", "_CLOSERS", "_quote_state", "_expected_closer", "_ends_open", "_dangling_opener",
        ],
        "parallax.analyze.sentence_abbreviations": [
            "_ABBREVIATIONS", "_BEFORE_FIGURE", "_LAST_WORD", "_ends_on_abbreviation", "_SHORT_SENTENCE", "_short_sentence",
        ],
        "parallax.analyze.sentence_cuts": [
            "_FULL_STOPS", "_BRACKETS", "_split_full_stops", "_STOP_AT_CLOSER", "_ORDINAL_STOP_LANGS", "_STOP_AFTER_FIGURE",
            "_STOP_AFTER_FIGURE_BY_LANG", "_split_where",
        ],
    },
    # facts47: words in their forms, what the word-level diff compares (wording.py had reached 333 lines)
    "parallax.compare.wording": {
        "parallax.compare.word_forms": [
            "_FUNCTION", "_LISTED", "_ARABIC", "_AR_CONJ", "_AR_PREP", "_arabic_core", "_key", "_stops", "_function",
            "_ENDING", "_SLAVIC", "_same_stem", "_restated", "_NEGATIONS", "_negation_moved",
        ],
    },
}


@pytest.mark.parametrize("old,new", [(old, new) for old, homes in MOVED.items() for new in homes])
def test_moved_names_importable_from_old_module(old: str, new: str) -> None:
    old_mod, new_mod = importlib.import_module(old), importlib.import_module(new)
    for name in MOVED[old][new]:
        assert getattr(old_mod, name) is getattr(new_mod, name), f"{old}.{name}"


def test_store_and_story_keep_their_methods() -> None:
    from parallax.store import Store
    from parallax.store.articles import ArticleTables
    from parallax.store.results import ResultTables
    from parallax.stories.story import Story
    from parallax.stories.story_signals import StorySignals

    for cls, mixin in ((Store, ArticleTables), (Store, ResultTables), (Story, StorySignals)):
        methods = [n for n, v in vars(mixin).items() if callable(v) and not n.startswith("__")]
        assert methods and all(getattr(cls, n) is getattr(mixin, n) for n in methods)
    assert {"add_articles", "iter_articles", "save_stories", "save_snapshot"} <= set(dir(Store))
    assert {"signals", "pair_signals", "names_heard", "to_dict", "absorb"} <= set(dir(Story))


def test_split_story_still_scores_an_article() -> None:
    """A story built and scored through the mixin: the signals read the profile the dataclass holds."""
    import numpy as np

    from parallax.stories.features import Signals
    from parallax.stories.story import Story

    def sig(ident: str, names: tuple[str, ...]) -> Signals:
        vec = np.ones(4, dtype=np.float32) / 2
        return Signals(id=ident, language="en", title="Ferry aground", outlet="Kestrel Post", published=None, ts=None, vector=vec,
                       names=names, times=frozenset(), numbers=frozenset(), words=frozenset({"ferry", "harbour"}))

    story = Story(id="s-1", title="Ferry runs aground off Tarnwick")
    story.add(sig("a", ("Tarnwick", "Odile Marsh")))
    scores = story.signals(sig("b", ("Tarnwick",)), cos_centroid=1.0)
    assert scores["names"] == 1.0 and scores["words"] == 1.0 and scores["cos_max"] == 1.0
    assert Story.from_dict(story.to_dict(), story.vectors()).top_names() == story.top_names()


# split29: analyze/quotes/clauses.py, analyze/quotes/uncased.py and analyze/quantities/tallies.py
MOVED_29 = {
    "parallax.analyze.quotes.clauses": {
        "parallax.analyze.quotes.reporting_words": [
            "INDIRECT_LEMMAS", "ADDRESSEE_LEMMAS", "_LEMMA_SLIPS", "lemma_of", "APPEAL_LEMMAS", "DIRECTIVE_LEMMAS",
            "INTENT_LEMMAS", "NAMING_LEMMAS", "CITING_LEMMAS", "STATED_OBJECT_LEMMAS", "CLAIM_NOUNS", "LIGHT_VERBS",
            "STANCE_ADJECTIVES", "TOPIC_LEMMAS", "REPORTING_LEMMAS",
        ],
        "parallax.analyze.quotes.saying_sites": ["_MEANS_AND_TIME", "_gerund_subject", "_unreported_infinitive", "_in_question"],
        # session 34: the parse helpers and the repairs of clauses the parser hung elsewhere
        "parallax.analyze.quotes.clause_repairs": ["_after", "_edge_span", "_finite", "_parenthetical_host", "_told_as_relative",
                                                   "_topic_clause"],
    },
    "parallax.analyze.quotes.uncased": {
        "parallax.analyze.quotes.uncased_cues": [
            "_ZH_CUE", "_ZH_TITLES", "_ZH_PRONOUNS", "_ZH_PRONOUN_LEAD", "_ZH_IDIOM", "_ZH_SURNAMES", "_ZH_DOUBLE_SURNAMES",
            "_ZH_PHRASE", "_ZH_CIRCUMSTANCE", "_ZH_BEFORE", "_ZH_AFTER", "ZH_ATTRIBUTION", "_ZH_NAME",
            "_JA_CUE", "_JA_TITLES", "_JA_PHRASE", "_JA_BEFORE", "_JA_CLOSE", "_JA_TITLE_END", "_JA_SAID_NEXT",
            "_KO_CUE", "_KO_WORD", "_KO_BEFORE", "_KO_CLOSE", "_KO_SURNAMES", "_KO_PRONOUNS",
            "_HI_CUE", "_HI_PHRASE", "_HI_SPK", "_HI_BEFORE", "_HI_AFTER", "_HI_ROLES", "_HI_PRONOUNS",
        ],
        "parallax.analyze.quotes.uncased_names": [
            "_clean", "_zh_name", "_JA_AGE", "_ja_name", "_ko_name", "_hi_name", "_NAMERS", "_phrase_of", "name_in",
            "speaker_name", "_UNSPACED", "_HANGUL", "_HEBREW", "_THAI", "_ARABIC", "_DEVANAGARI", "is_uncased", "_ORG_END",
            "looks_named", "same_uncased",
        ],
        "parallax.analyze.quotes.uncased_reported": [
            "_ZH_REPORTED", "_ZH_ACCORDING", "_HI_REPORTED", "_JA_ACCORDING", "_HI_ACCORDING", "_KO_ACCORDING", "_REPORTED",
            "find_reported",
        ],
    },
    "parallax.analyze.quantities.tallies": {
        "parallax.analyze.quantities.tally_words": [
            "_TALLY_WORD", "_COMPOUND_HEAD", "_LOSING", "_WINNING", "_SCHEDULE", "_AFTER_RESULT", "_BETWEEN", "_FROM",
            "_RESULT_OF", "_RESULT_NOUN",
        ],
    },
}  # fmt: skip
# what stayed in the old modules, which the callers import from there
STAYED_29 = {
    "parallax.analyze.quotes.clauses": ["_reported_clause", "_acts_as_verb", "_name_before", "_noun_claims", "_owner",
                                        "_stance_claims", "_infinitive"],
    "parallax.analyze.quotes.uncased": ["UNCASED", "closes_quotation", "find_speaker"],
    "parallax.analyze.quantities.tallies": ["TALLY", "tally_pair", "strong_tally_at", "tally_at", "is_score"],
}  # fmt: skip


@pytest.mark.parametrize("old,new", [(old, new) for old, homes in MOVED_29.items() for new in homes])
def test_split29_names_importable_from_old_module(old: str, new: str) -> None:
    old_mod, new_mod = importlib.import_module(old), importlib.import_module(new)
    for name in MOVED_29[old][new]:
        assert getattr(old_mod, name) is getattr(new_mod, name), f"{old}.{name}"
        if hasattr(value := getattr(new_mod, name), "__code__"):
            assert value.__module__ == new, f"{new}.{name} is defined there, not imported"


@pytest.mark.parametrize("old", sorted(STAYED_29))
def test_split29_old_modules_keep_their_own_names_and_stay_short(old: str) -> None:
    from pathlib import Path

    mod = importlib.import_module(old)
    assert all(getattr(mod, name).__module__ == old for name in STAYED_29[old] if callable(getattr(mod, name)))
    for name in [old, *MOVED_29[old]]:
        path = Path(importlib.import_module(name).__file__)
        assert len(path.read_text(encoding="utf-8").splitlines()) < 300, path.name


def test_split29_uncased_reads_speakers_names_and_reported_speech_through_the_old_module() -> None:
    """Invented sentences through the old import path: the speaker phrase, its name and a reported clause."""
    from parallax.analyze.quotes.uncased import find_reported, find_speaker, looks_named, name_in, speaker_name

    text = "“桥面已经封闭。”交通局局长郑海波说。"
    start, end, cue = find_speaker(text, 1, text.index("”"), (0, len(text)), "zh")
    assert (text[start:end], cue) == ("交通局局长郑海波", "说")
    assert name_in("zh", text, start, end)[0] == "郑海波" == speaker_name("zh", "交通局局长郑海波")
    assert looks_named("郑海波", "zh") and not looks_named("交通局局长", "zh")
    report = "郑海波表示，大桥将在周五重新开放通行。"
    [(c0, c1, s0, s1, cue)] = find_reported(report, [(0, len(report))], "zh")
    assert (report[s0:s1], cue, report[c0:c1]) == ("郑海波", "表示", "大桥将在周五重新开放通行")


def test_split29_tallies_read_results_through_the_old_module() -> None:
    """Invented results: the word lists moved, the reading of a pair did not change."""
    from parallax.analyze.quantities.tallies import is_score, tally_at, tally_pair

    text = "Harwick Town beat Ossel Rovers 3-1 on Saturday."
    assert tally_at(text, text.index("3-1")) == (text.index("3-1") + 3, "3-1")
    assert tally_at("Repairs take 2-3 weeks.", 13) is None  # a rising pair with no word of the result: a range
    de = "Der SC Wendorf verlor am Sonntag gegen Lübsee 21:23."
    assert is_score(de, de.index("21:23"), de.index("21:23") + 5)
    fr = "Le FC Valmont a battu Rochebrune 3 à 1 dimanche."
    at, sunday = fr.index("3 à 1"), {fr.index("dimanche")}  # "dimanche" starts a date, no noun the pair counts
    assert tally_at(fr, at, "fr", sunday) == (at + 5, "3 à 1") and tally_at(fr, at, "fr") is None
    assert tally_pair("1-3") == tally_pair("3 à 1") == (3, 1)


def test_split29_clause_lexicons_are_one_vocabulary() -> None:
    from parallax.analyze.quotes import clauses, reporting_words

    assert clauses.REPORTING_LEMMAS == (reporting_words.INDIRECT_LEMMAS | reporting_words.APPEAL_LEMMAS | reporting_words.DIRECTIVE_LEMMAS
                                        | reporting_words.INTENT_LEMMAS | reporting_words.NAMING_LEMMAS
                                        | reporting_words.CITING_LEMMAS | reporting_words.TOPIC_LEMMAS)
    assert {"allow", "permit"} <= clauses.DIRECTIVE_LEMMAS  # the augmented assignment moved with its set


# split30: analyze/quotes/attribution.py, compare/align.py and compare/clocks.py
MOVED_30 = {
    "parallax.analyze.quotes.attribution": {
        "parallax.analyze.quotes.weak_evidence": [
            "by_previous_sentence_cue", "by_governing_subject", "by_headline", "by_continuation", "_addressee", "_AUDIENCES",
            "_one_person", "by_salience",
        ],
    },
    "parallax.compare.align": {
        "parallax.compare.sentence_features": ["_STOP", "content_words", "SentenceInfo", "_name_of", "sentence_infos", "_MONEY", "measure_of"],
    },
    "parallax.compare.clocks": {
        "parallax.compare.clock_pairs": [
            "_DAY_IN_MINUTES", "_STARTS", "_ENDS", "_PHASES", "_moments", "_phase", "_apart", "_overlap", "_opposite_phases", "_agree",
            "_moments_agree", "_pairs", "_only_best",
        ],
    },
}  # fmt: skip
STAYED_30 = {
    "parallax.analyze.quotes.attribution": ["QuoteSite", "attribute", "is_name_like", "by_cue", "by_intro", "by_uncased_cue"],
    "parallax.compare.align": ["align", "pair_features", "combine", "links", "group_facts", "load_model", "translation_links",
                               "corroborated_translation_links", "Relatedness"],
    "parallax.compare.clocks": ["Clock", "clocks", "clause_start", "clock_conflicts", "_rounding_unit"],
}  # fmt: skip


@pytest.mark.parametrize("old,new", [(old, new) for old, homes in MOVED_30.items() for new in homes])
def test_split30_names_importable_from_old_module(old: str, new: str) -> None:
    old_mod, new_mod = importlib.import_module(old), importlib.import_module(new)
    for name in MOVED_30[old][new]:
        assert getattr(old_mod, name) is getattr(new_mod, name), f"{old}.{name}"
        if hasattr(value := getattr(new_mod, name), "__code__") or isinstance(value, type):
            assert value.__module__ == new, f"{new}.{name} is defined there, not imported"


@pytest.mark.parametrize("old", sorted(STAYED_30))
def test_split30_old_modules_keep_their_own_names_and_stay_short(old: str) -> None:
    from pathlib import Path

    mod = importlib.import_module(old)
    assert all(getattr(mod, name).__module__ == old for name in STAYED_30[old])
    for name in [old, *MOVED_30[old]]:
        path = Path(importlib.import_module(name).__file__)
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 285, path.name


def test_split30_attribution_tables_keep_the_order_of_their_steps() -> None:
    """The moved steps still run where the tables put them: the weaker evidence last among the explicit steps."""
    from parallax.analyze.quotes import attribution

    assert [step.__name__ for step in attribution.EXPLICIT[-4:]] == [
        "by_intro", "by_previous_sentence_cue", "by_governing_subject", "by_headline"]  # fmt: skip
    assert attribution.INFERRED == (attribution.by_continuation, attribution.by_salience)


def test_split30_clock_conflicts_pair_and_compare_times_through_the_old_module() -> None:
    """Invented sentences: one act timed two ways conflicts, a zoned time agrees in UTC, a start and an end do not meet."""
    from parallax.compare import clocks
    from parallax.records import Article, Sentence, TimeExpression

    def art(text: str, *times: tuple[str, str]) -> tuple[Article, Sentence]:
        exprs = [TimeExpression(text=t, start=text.index(t), end=text.index(t) + len(t), value=v, granularity="time") for t, v in times]
        return Article(id=text[:8], text=text, language="en", times=exprs), Sentence(text=text, start=0, end=len(text))

    a = art("The ferry docked at 10:15 in Tarnwick.", ("10:15", "2026-03-02T10:15"))
    b = art("The ferry docked at 11:40 in Tarnwick.", ("11:40", "2026-03-02T11:40"))
    assert clocks.clock_conflicts(*a, *b) == [(["10:15"], ["11:40"])]
    zoned = art("The ferry docked at 10:00 GMT.", ("10:00", "2026-03-02T10:00"))
    cet = art("The ferry docked at 11:00 CET.", ("11:00", "2026-03-02T11:00"))
    assert clocks.clock_conflicts(*zoned, *cet) == []
    began = art("The hearing began at 10:00.", ("10:00", "2026-03-02T10:00"))
    ended = art("The hearing ended at 12:00.", ("12:00", "2026-03-02T12:00"))
    assert clocks.clock_conflicts(*began, *ended) == []
    assert clocks._agree(*clocks.clocks(*a), *clocks.clocks(*b)) is False


# split42: engine/dask.py, engine/parquet.py, sounds.py, analyze/quotes/lexical_reported.py, stories/cluster.py
MOVED_42 = {
    "parallax.engine.dask": {
        "parallax.engine.dask_worker": ["_ANALYZERS", "_analyzer", "analyse_partition", "compare_job", "process_usage"],
    },
    "parallax.engine.parquet": {
        "parallax.engine.parquet_read": ["read_metadata", "read_skipped", "read_column", "iter_rows"],
    },
    "parallax.sounds": {
        "parallax.han_readings": ["_READING_MIN", "_ALL_KANJI", "_LONG_VOWEL", "_press_romaji", "_romaji", "_HAN", "_pinyin"],
    },
    # the sources that open their sentence; only the names the old module reads are imported back (nothing else did)
    "parallax.analyze.quotes.lexical_reported": {
        "parallax.analyze.quotes.opening_sources": ["_LEXICAL_ACCORDING", "_APPOSED_NAME", "_SOURCE_FIRST", "_OWNER_BEFORE_ROLE"],
    },
    "parallax.stories.cluster": {
        "parallax.stories.cluster_state": ["STATE_VERSION", "order_key", "ClusterState"],
    },
}  # fmt: skip


@pytest.mark.parametrize("old,new", [(old, new) for old, homes in MOVED_42.items() for new in homes])
def test_split42_names_importable_from_old_module(old: str, new: str) -> None:
    from pathlib import Path

    old_mod, new_mod = importlib.import_module(old), importlib.import_module(new)
    for name in MOVED_42[old][new]:
        assert getattr(old_mod, name) is getattr(new_mod, name), f"{old}.{name}"
        if hasattr(value := getattr(new_mod, name), "__code__") or isinstance(value, type):
            assert value.__module__ == new, f"{new}.{name} is defined there, not imported"
    for mod in (old_mod, new_mod):
        assert len(Path(mod.__file__).read_text(encoding="utf-8").splitlines()) <= 330, mod.__name__


def test_split42_dask_worker_usage_reads_this_process() -> None:
    """The moved worker helper still measures the calling process (the benchmark imports it from the old module)."""
    from parallax.engine.dask import process_usage

    usage = process_usage()
    assert set(usage) == {"peak_rss_mb", "cpu_s"} and usage["peak_rss_mb"] > 0 and usage["cpu_s"] > 0


def test_split42_parquet_reads_back_what_it_wrote_through_the_old_module(tmp_path) -> None:
    """An invented article written to a partition file and read back with the moved helpers."""
    pytest.importorskip("pyarrow")
    from parallax.config import Options
    from parallax.engine.parquet import InputFile, Partition, iter_rows, read_column, read_skipped, write_partition
    from parallax.records import Article

    part = Partition(0, "k" * 20, (InputFile("/in/ferry.txt", 10, 1),))
    art = Article(id="ferry-1", text="The ferry ran aground off Tarnwick.", language="en")
    path = write_partition(tmp_path, part, [art], [("record", "/in/ferry.txt:2", "no text")], Options())
    assert read_column(path, "id") == ["ferry-1"] and read_skipped(path) == [("record", "/in/ferry.txt:2", "no text")]
    assert [row["ordinal"] for row in iter_rows(path)] == [0]


def test_split42_sounds_still_hear_a_chinese_word_by_its_pinyin() -> None:
    """The moved readings, through the old module: a Chinese word keyed by its pinyin, the long vowel written once."""
    pytest.importorskip("pypinyin")
    from parallax.sounds import _pinyin, _press_romaji, heard_keys, name_keys

    assert _pinyin("深圳") == "shenzhen" and _press_romaji("toukyou") == "tokyo"
    assert "=shenzhen" in heard_keys(["深圳"], "zh") & name_keys("Shenzhen")


def test_split42_grouping_stamp_still_covers_the_moved_readings() -> None:
    """A saved grouping state is resumed only under the same code: the readings moved out of sounds.py stay in its stamp."""
    from parallax.stamps import GROUPING_CODE

    assert {"sounds.py", "han_readings.py"} <= set(GROUPING_CODE)


def test_split42_a_source_that_opens_its_sentence_is_still_read() -> None:
    """The moved patterns at a sentence's start: an invented Spanish and Polish source, matched as the old module does."""
    from parallax.analyze.quotes.lexical_reported import _LEXICAL_ACCORDING, _SOURCE_FIRST

    es = "Según la policía, tres personas resultaron heridas en Tarnavia."
    assert _LEXICAL_ACCORDING.match(es, 0).group("src") == "la policía"
    pl = "Według Tomasza Wróbla skład jechał za szybko."
    assert _SOURCE_FIRST["pl"].match(pl, 0).group("src").strip() == "Tomasza Wróbla"


def test_split42_cluster_state_round_trips_through_the_old_module() -> None:
    """The moved state, written to records and read back; undated articles still come last in the watermark's order."""
    import numpy as np

    from parallax.stories.cluster import ClusterState, order_key

    state = ClusterState(fingerprint="f" * 16, watermark=order_key(None, "ferry-2"), member_story={"ferry-1": "s-1"})
    state.signatures["ferry-1"] = np.arange(4, dtype=np.uint64)
    back = ClusterState.from_records(state.to_records())
    assert back.watermark == state.watermark and back.member_story == {"ferry-1": "s-1"}
    assert back.signatures["ferry-1"].tolist() == [0, 1, 2, 3] and order_key(5.0, "b") < order_key(None, "a")


def test_review44_cjk_days_still_resolve_through_the_resolver() -> None:
    """The moved CJK day handlers, reached as before through the day handlers: invented Japanese and Chinese dates."""
    from parallax.analyze.times import Resolver
    from parallax.analyze.times.cjk_days import CjkDayHandlers
    from parallax.analyze.times.days import DayHandlers
    from tests.helpers import resolved

    assert issubclass(Resolver, DayHandlers) and DayHandlers.cjk_date is CjkDayHandlers.cjk_date
    assert resolved("ja", "新庁舎は令和8年6月14日に開庁した。", "2026-11-05")["令和8年6月14日"] == "2026-06-14"
    assert resolved("zh", "港口3月14日发生火灾。", "2026-03-20")["3月14日"] == "2026-03-14"


def test_review44_turkish_titles_still_cut_before_the_name() -> None:
    """The moved Turkish rule, on an invented subject: the title and the group go, the name stays."""
    from parallax.analyze.quotes.name_after_role import _tr_name

    text = "Kalkanlı Belediye Başkanı Ayşe Kaya"
    assert text[slice(*_tr_name(text, 0, len(text)))] == "Ayşe Kaya"
    text = "İşçilerden Serkan Doğan"
    assert text[slice(*_tr_name(text, 0, len(text)))] == "Serkan Doğan"


# facts46: how a counted noun is made comparable (its singular, the hectare) left units.py, which had grown to 331 lines
MOVED_46 = {"parallax.analyze.quantities.units": {"parallax.analyze.quantities.singulars": ["singular", "_PLURAL_S", "_HECTARE"]}}


def test_facts46_singulars_importable_from_units_and_units_short() -> None:
    from pathlib import Path

    for old, homes in MOVED_46.items():
        old_mod = importlib.import_module(old)
        for new, names in homes.items():
            new_mod = importlib.import_module(new)
            assert all(getattr(old_mod, n) is getattr(new_mod, n) for n in names)
            assert new_mod.singular.__module__ == new
        assert len(Path(old_mod.__file__).read_text(encoding="utf-8").splitlines()) < 300
    from parallax.analyze.quantities.units import singular

    assert [singular(w, lang) for w, lang in (("bodies", "en"), ("procuradores", "es"), ("milhões", "pt"), ("hektarów", "pl"))] == [
        "body", "procurador", "milhão", "ha"]
