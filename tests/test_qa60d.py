"""QA session 60d: Bengali, Swahili, Indonesian and Finnish reports of invented events (floods, a bus crash, a strike)."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, compared_conflicts, first_sentence_conflicts


def _counts(text: str, lang: str) -> list[tuple[str, str | None, float | None]]:
    return [(q.text, q.unit, q.value) for q in analyzed(text, lang).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # number words before the Indian scales, and the halves: a sum or a crowd in words meets another's in figures
        ("ত্রাণমন্ত্রী জানান, তিন কোটি টাকা বরাদ্দ দেওয়া হয়েছে।", ("তিন কোটি", "টাকা", 3e7)),
        ("জেলায় দেড় লাখ মানুষ পানিবন্দি।", ("দেড় লাখ", "মানুষ", 150000.0)),
        ("প্রায় দুই লাখ মানুষ ঘরছাড়া।", ("দুই লাখ", "মানুষ", 200000.0)),
        # a classifier written against the count: the noun after it is what is counted
        ("তারা ৬৫টি আশ্রয়কেন্দ্র খুলেছে।", ("৬৫", "আশ্রয়কেন্দ্র", 65.0)),
        ("বন্যায় চারটি গ্রাম ডুবে গেছে।", ("চার", "গ্রাম", 4.0)),
        ("পাঁচজন নিখোঁজ রয়েছেন।", ("পাঁচ", "জন", 5.0)),
        ("প্রার্থী ৪৭ শতাংশ ভোট পেয়েছেন।", ("৪৭ শতাংশ", "%", 47.0)),
    ],
)
def test_bengali_counts_in_words_scales_and_glued_counters(text: str, expected: tuple) -> None:
    assert expected in _counts(text, "bn")


def test_bengali_nine_is_no_count_where_it_says_is_not() -> None:
    assert _counts("এই দাবি সত্য নয়।", "bn") == []
    assert ("নয়", "জন", 9.0) in _counts("নয় জন আহত হয়েছেন।", "bn")


def test_bengali_sums_in_words_and_figures_conflict() -> None:
    conflicts = compared_conflicts(
        [
            "সরকার ত্রাণের জন্য ৭ কোটি টাকা বরাদ্দ করেছে বলে জানিয়েছেন মন্ত্রী করিম উদ্দিন।",
            "মন্ত্রী করিম উদ্দিন জানান, ত্রাণের জন্য চার কোটি টাকা বরাদ্দ দেওয়া হয়েছে।",
        ],
        "bn",
    )
    assert ("number", {"a": [7e7], "b": [4e7], "unit": "টাকা"}) in conflicts


@pytest.mark.parametrize(
    ("lang", "first", "later", "values"),
    [
        # a toll named at the head of its clause ("the number of those who died ... has reached 21") meets a count of
        # the dead in another report
        (
            "sw",
            "Watu kumi na saba wamefariki dunia baada ya mafuriko katika wilaya ya Kisima, mkoa wa Pembeni.",
            "Idadi ya watu waliokufa katika mafuriko ya wilaya ya Kisima imefikia 21, polisi walisema.",
            (17.0, 21.0),
        ),
        (
            "id",
            "Longsor di Desa Watugede pada Selasa malam menewaskan 9 orang.",
            "Jumlah korban tewas akibat longsor di Desa Watugede bertambah menjadi 11 orang, kata petugas.",
            (9.0, 11.0),
        ),
        ("bn", "চরপাড়া জেলায় বন্যায় এখন পর্যন্ত ১৬ জনের মৃত্যু হয়েছে।", "চরপাড়া জেলায় বন্যায় মৃতের সংখ্যা বেড়ে ২১ জনে দাঁড়িয়েছে।", (16.0, 21.0)),
    ],
)
def test_a_toll_named_at_its_clause_head_conflicts(lang: str, first: str, later: str, values: tuple[float, float]) -> None:
    from parallax.compare.roles import role
    from tests.helpers import analysed_articles

    later_article = analysed_articles([later], lang)[0]
    assert [role(later_article.text, q) for q in later_article.quantities if q.value == values[1]] == ["dead"]
    assert any(
        kind == "number" and (c["a"], c["b"]) == ([values[0]], [values[1]]) for kind, c in first_sentence_conflicts(first, later, lang)
    )


def test_a_count_of_something_else_after_a_toll_head_is_no_toll() -> None:
    from parallax.compare.roles import role

    text = "Jumlah korban tewas bertambah, dan polisi menyita 3 mobil."
    art = analyzed(text, "id")
    assert [role(text, q) for q in art.quantities] == [None]
