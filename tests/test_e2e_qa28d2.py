"""QA round 28d2: the day of a bare clock time across paragraphs, and an Arabic dateline on the report's line.

All texts are invented for these tests."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_paragraphs

FRIDAY = "2026-05-08"


def _clock_values(language: str, text: str, published: str = FRIDAY) -> dict[str, str | None]:
    """The value of each expression of ``text`` (paragraphs split on blank lines), by its words."""
    paragraphs, pos = [], 0
    for para in text.split("\n\n"):
        paragraphs.append((pos, para))
        pos += len(para) + 2
    return {text[s:e]: v for s, e, v, _ in resolve_paragraphs(paragraphs, language, published)}


@pytest.mark.parametrize(
    ("language", "text", "clock", "expected"),
    [
        ("en", "The fire broke out on Tuesday evening.\n\nMany people lived in the area.\n\nFirefighters arrived with four engines.\n\n"
               "At 11.30pm police said the fire was out.", "11.30pm", "2026-05-05T23:30"),
        ("no", "Brannen startet tirsdag kveld.\n\nMange bodde i området.\n\nBrannvesenet rykket ut med fire biler.\n\n"
               "Klokken 23.30 meldte politiet at brannen var slukket.", "Klokken 23.30", "2026-05-05T23:30"),
        ("de", "Das Feuer brach am Dienstagabend in einer Scheune aus.\n\nViele Menschen wohnten in der Gegend.\n\n"
               "Die Feuerwehr rückte mit vier Wagen an.\n\nUm 23.30 Uhr meldete die Polizei, das Feuer sei gelöscht.", "23.30 Uhr",
         "2026-05-05T23:30"),
        # a paragraph that names another day, or moves on to a month of its own, takes the carried day away
        ("en", "The fire broke out on Tuesday evening.\n\nOn Wednesday the council met.\n\nAt 11.30pm police said the fire was out.",
         "11.30pm", "2026-05-06T23:30"),
        ("en", "The fire broke out on Tuesday evening.\n\nA similar fire destroyed the mill in March.\n\n"
               "At 11.30pm police said the fire was out.", "11.30pm", "2026-05-08T23:30"),
        # "the next day" already moves the day on, and the clock time after it follows
        ("en", "The fire broke out on Tuesday evening.\n\nThe next day the roads were closed.\n\nFirefighters stayed.\n\n"
               "At 11.30pm police said the fire was out.", "11.30pm", "2026-05-06T23:30"),
    ],
)  # fmt: skip
def test_a_bare_clock_time_takes_the_day_named_paragraphs_before(language, text, clock, expected):
    assert _clock_values(language, text)[clock] == expected


@pytest.mark.parametrize(
    ("paragraphs", "dateline", "agency", "first"),
    [
        # the place and the outlet before the report on its line: in a word that says it is an outlet, in guillemets,
        # or as an agency's spaced letters
        (["الواحة - صوت الوادي تظاهر مئات السكان أمام مبنى البلدية احتجاجا على انقطاع المياه."], "الواحة (صوت الوادي)",
         "صوت الوادي", "تظاهر مئات"),
        (["الواحة - «نبض الساحل» افتتح المحافظ جسرا جديدا فوق النهر صباح اليوم."], "الواحة (نبض الساحل)", "نبض الساحل",
         "افتتح المحافظ"),
        (["بيروت - أ ف ب أعلنت الحكومة خطة جديدة لإصلاح شبكة الكهرباء في البلاد."], "بيروت (أ ف ب)", "أ ف ب", "أعلنت الحكومة"),
        # alone on its line: a known city with any outlet, or an outlet's shape after any place
        (["القاهرة - نبض الساحل", "افتتح المحافظ جسرا جديدا فوق النهر صباح اليوم."], "القاهرة (نبض الساحل)", "نبض الساحل",
         "افتتح المحافظ"),
        (["الواحة - صوت الوادي", "افتتح المحافظ جسرا جديدا فوق النهر صباح اليوم."], "الواحة (صوت الوادي)", "صوت الوادي",
         "افتتح المحافظ"),
        # a match heading pairs two clubs: no place, no outlet
        (["النجوم - الشباب", "فاز فريق النجوم على الشباب بهدفين مقابل هدف في المباراة التي أقيمت مساء الجمعة."], None, None,
         "النجوم - الشباب"),
        # the place alone before the report still splits, and an outlet word in the report's own sentence stays there
        (["غزة - قال شهود إن المياه انقطعت عن عدة أحياء في المدينة منذ صباح أمس."], "غزة", None, "قال شهود"),
    ],
)  # fmt: skip
def test_arabic_place_and_outlet_on_the_report_line(paragraphs, dateline, agency, first):
    from parallax.ingest.clean import clean_paragraphs

    cleaned = clean_paragraphs(paragraphs)
    assert (cleaned.dateline, cleaned.agency) == (dateline, agency)
    assert cleaned.text.startswith(first)


def test_the_next_morning_is_the_morning_after_the_day_named():
    """'The next morning' moves the story a day on, with its part of the day; a clock time after it follows."""
    from parallax.analyze.times import resolve_text

    text = "The fire broke out on Tuesday evening. Crews returned the next morning and found the roof gone."
    found = [(text[s:e], v) for s, e, v, _ in resolve_text(text, "en", "2026-05-08")]
    assert ("the next morning", "2026-05-06TMO") in found
