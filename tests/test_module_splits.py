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
