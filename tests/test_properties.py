"""Property-based tests (hypothesis) over the parsers: no crash, offsets valid."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.analyze.quotes import find_quote_spans
from parallax.analyze.times import resolve_text
from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest.clean import clean_paragraphs, normalize, split_paragraphs
from parallax.ingest.decode import decode_bytes
from parallax.ingest.jsonl import read_jsonl

NEWSY = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?-—–'\"“”„«»‘’()\n\u200b\u202e\x00é")),
    max_size=400,
)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
def test_decode_never_crashes(data):
    try:
        text = decode_bytes(data, "x")
    except InputError as err:
        assert err.source == "x" and err.reason
    else:
        assert isinstance(text, str)


@FAST
@given(NEWSY)
def test_cleaning_keeps_invariants(raw):
    text = normalize(raw)
    assert "\x00" not in text and "\u200b" not in text and "\u202e" not in text
    cleaned = clean_paragraphs(split_paragraphs(text))
    if cleaned.dateline_offset is not None:
        assert 0 <= cleaned.dateline_offset <= len(cleaned.text)
    for removed in cleaned.removed:
        assert removed.strip()


@FAST
@given(NEWSY)
def test_quote_spans_are_inside_text(text):
    spans = find_quote_spans(text, [(0, len(text))])
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)


@FAST
@given(NEWSY, st.sampled_from(["en", "de", "fr", "es"]), st.sampled_from([None, "2022-04-08", "2000-02-29", "1999-12-31T23:00:00+00:00"]))
def test_times_offsets_and_values(text, lang, published):
    for s, e, value, _gran in resolve_text(text, lang, published):
        assert 0 <= s < e <= len(text)
        assert value is None or isinstance(value, str)


@FAST
@given(st.lists(st.one_of(st.dictionaries(st.sampled_from(["id", "text", "html", "published", "outlet"]), st.one_of(st.text(max_size=30), st.integers(), st.none())), st.text(max_size=30)), max_size=5))
def test_jsonl_reader_raises_only_input_errors(records):
    data = "\n".join(json.dumps(r) if not isinstance(r, str) else r for r in records).encode()
    try:
        list(read_jsonl(data, "f.jsonl", "f", Options()))
    except InputError as err:
        assert err.source.startswith("f.jsonl")


@pytest.mark.parametrize("n", [10_000])
def test_long_lines_do_not_hang(n):
    """Worst cases for the regular expressions stay linear (bounded by a benchmark, not a timer here)."""
    text = ("\"" + "a " * n) + ("March " * n) + ("1" * n)
    resolve_text(text, "en", "2022-04-08")
    find_quote_spans(text, [(0, len(text))])
    clean_paragraphs(split_paragraphs(text))


def test_search_folds_case_accents_greek_stress_and_arabic_alef():
    from parallax.letters import loose

    assert loose("Πειραιά") == loose("ΠΕΙΡΑΙΑ") == loose("Πειραια")
    assert loose("الإسكندرية") == loose("الاسكندرية")
    assert loose("Élysée") == "elysee"
