"""Session 59, the tool as a user meets it: a quotation an outlet prints word for word in its own language is shown
as a translation, not as reported speech (the comparison grades it ``paraphrase``: its words cannot be compared)."""

from __future__ import annotations

import copy

from parallax.report import render

# an invented story: one outlet in English, one in Swedish, one English outlet that changed a word of the quotation
_ARTICLES = [
    {"id": "lake-en", "outlet": "Lakeside Courier", "published": "2026-05-06", "language": "en", "title": "Ferry line approved"},
    {"id": "lake-sv", "outlet": "Insjöbladet", "published": "2026-05-06", "language": "sv", "title": "Färjelinje godkänd"},
    {"id": "lake-en2", "outlet": "Harbour Echo", "published": "2026-05-06", "language": "en", "title": "Council backs ferry"},
]


def _variant(article: str, text: str, fidelity: str | None, kind: str = "direct") -> dict:
    return {
        "article": article,
        "text": text,
        "speaker": "Oskar Veldt",
        "start": 0,
        "end": len(text),
        "kind": kind,
        "cue": "said",
        "fidelity": fidelity,
    }


def _comparison(variants: list[dict], group_fidelity: str = "altered") -> dict:
    return {
        "schema": "parallax.comparison/2",
        "articles": copy.deepcopy(_ARTICLES),
        "facts": [],
        "quotes": [
            {"id": "q1", "speaker": "Oskar Veldt", "variants": variants, "fidelity": group_fidelity, "misattributed": False, "reference": 0}
        ],
        "entities": [],
        "times": [],
        "word_choices": [],
        "headlines": [],
        "summary": {
            "articles": 3,
            "facts": 0,
            "shared": 0,
            "unique": 0,
            "conflict": 0,
            "conflicts": 0,
            "quotes": 1,
            "quote_fidelity": {group_fidelity: 1},
            "misattributed": 0,
            "word_choices": 0,
            "corroborated_share": {},
        },
        "limits": [],
        "settings": {},
    }


_TRANSLATED = [
    _variant("lake-en", "The ferry will run every hour from June", "verbatim"),
    _variant("lake-sv", "Färjan ska gå varje timme från juni", "paraphrase"),
    _variant("lake-en2", "The ferry will sail every hour from June", "altered"),
]


def _variant_lines(text: str) -> dict[str, str]:
    return {name: next(line for line in text.splitlines() if name in line and "“" in line) for name in ("Insjöbladet", "Harbour Echo")}


def test_a_direct_quotation_in_another_language_reads_as_a_translation_in_the_text_report() -> None:
    lines = _variant_lines(render(_comparison(_TRANSLATED), "text"))
    assert "translation" in lines["Insjöbladet"] and "paraphrase" not in lines["Insjöbladet"], lines
    assert "altered" in lines["Harbour Echo"], lines


def test_a_direct_quotation_in_another_language_reads_as_a_translation_in_the_html_report() -> None:
    html = render(_comparison(_TRANSLATED), "html")
    caption = html[html.index("Insjöbladet</span> <small>") :]
    caption = caption[: caption.index("</small>")]
    assert "translation" in caption and "paraphrase" not in caption, caption


def test_reported_speech_in_the_same_language_stays_a_paraphrase() -> None:
    variants = [
        _variant("lake-en", "The ferry will run every hour from June", "verbatim"),
        _variant("lake-en2", "the ferry would run hourly from June", "paraphrase", kind="indirect"),
    ]
    text = render(_comparison(variants, "paraphrase"), "text")
    line = next(line for line in text.splitlines() if "Harbour Echo" in line and "“" in line)
    assert "paraphrase" in line and "translation" not in line, line
    html = render(_comparison(variants, "paraphrase"), "html")
    caption = html[html.index("Harbour Echo</span> <small>") :]
    assert "paraphrase" in caption[: caption.index("</small>")]


def test_reported_speech_in_another_language_stays_a_paraphrase() -> None:
    """Only a direct quotation printed in another language is a translation; reported speech is a paraphrase in any
    language."""
    variants = [
        _variant("lake-en", "The ferry will run every hour from June", "verbatim"),
        _variant("lake-sv", "att färjan skulle gå varje timme", "paraphrase", kind="indirect"),
    ]
    line = next(line for line in render(_comparison(variants, "paraphrase"), "text").splitlines() if "Insjöbladet" in line and "“" in line)
    assert "paraphrase" in line and "translation" not in line, line


def test_the_paraphrase_badge_says_it_may_be_a_translation() -> None:
    """A group graded paraphrase because one outlet translated the quotation: its badge's explanation said only
    "reported speech of the quotation"."""
    variants = _TRANSLATED[:2]
    html = render(_comparison(variants, "paraphrase"), "html")
    badge = html[html.index('class="badge fid-paraphrase" title=') :]
    assert "translat" in badge[: badge.index(">")], badge[:200]
