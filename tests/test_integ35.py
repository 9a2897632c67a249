"""Mends made while merging session 35's branches."""

from __future__ import annotations

import parallax
from parallax.compare.wording import word_choices


def _pair(text_a: str, text_b: str, lang: str = "en") -> list[tuple[str, str]]:
    a = parallax.Article(id="a", text=text_a, language=lang, published="2026-04-17T10:00:00+00:00")
    b = parallax.Article(id="b", text=text_b, language=lang, published="2026-04-17T10:00:00+00:00")
    parallax.analyze([a, b])
    return word_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_currency_or_a_rate_after_a_figure_is_no_word_choice() -> None:
    """"a million euros" / "€1m a day": one report gives a sum, the other a sum a day; the number checks compare
    figures, so "euros" / "day" was noise in the demo's word choices (the demo's tunnel story)."""
    pairs = _pair(
        "Every day this tunnel was closed cost the regional economy about a million euros, he said.",
        "He said the closure had cost the local economy about €1m a day.",
    )
    assert ("regional", "local") in pairs
    assert not any("euros" in a or "day" in b for a, b in pairs)


def test_a_counted_noun_after_a_figure_is_still_a_word_choice() -> None:
    pairs = _pair("The army sent 300 soldiers to the border town on Monday.", "The army sent 300 troops to the border town on Monday.")
    assert ("soldiers", "troops") in pairs


def test_a_measure_set_before_its_noun_is_no_body_size() -> None:
    """qa35's rule for "the nine-member committee" (a body's size, no count of its members) read "a 5.9-magnitude
    earthquake" and "the 300-metre bridge" as sizes of a body too, and their conflicts went missing."""
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.roles import SIZE, role

    for text in ("A 5.9-magnitude earthquake struck the valley.", "The 300-metre bridge stands 45 metres above the river."):
        q = find_quantities(text, "en", [])[0]
        assert role(text, q) != SIZE
    text = "The nine-member committee voted to hold rates."
    assert role(text, find_quantities(text, "en", [])[0]) == SIZE


def test_a_gerund_under_a_noun_root_ends_its_search() -> None:
    """quotes35's walk from a gerund up to its verb compared spaCy tokens with "is", which is never true of a new
    Token, so at a root that is no verb it looped for ever (ECB+ test hung in bench_alignment)."""
    import faulthandler

    from parallax.analyze.nlp import get_nlp
    from parallax.analyze.quotes.cue_subjects import _subject_span

    doc = get_nlp("en")("The threat of calling a strike over pay.")
    gerund = next(t for t in doc if t.text == "calling")
    faulthandler.dump_traceback_later(60, exit=True)
    try:
        _subject_span(gerund, past_gerund=True)
    finally:
        faulthandler.cancel_dump_traceback_later()
