"""A wire dateline's own date is the day the report's relative dates count from (session 35, dateline35)."""

from __future__ import annotations

from datetime import date

import pytest

import parallax
from parallax.analyze.times.written import written_day
from parallax.ingest.datelines import split_dateline
from parallax.ingest.text import article_from_text
from parallax.records import Article

PUBLISHED = "2026-11-20T07:00:00+01:00"  # a Friday: the page republished the report of Thursday the 19th


@pytest.mark.parametrize(
    ("paragraph", "printed"),
    [
        ("Praha 19. listopadu (ČTK) - Vláda dnes schválila návrh.", "19. listopadu"),
        ("WASHINGTON, Nov. 19 (Reuters) - The Senate voted today.", "Nov. 19"),
        ("BERLIN, 19. November (dpa) - Der Bundestag hat heute beschlossen.", "19. November"),
        ("PARIS, 19 novembre (AFP) - Le gouvernement a annoncé aujourd'hui un plan.", "19 novembre"),
        ("MADRID, 19 Nov. (EFE) - El Gobierno aprobó hoy el presupuesto.", "19 Nov."),
        ("MADRID, 19 (EFE) - El Gobierno aprobó hoy el presupuesto.", "19"),
        ("हनोई, 19 नवंबर (भाषा) वियतनाम के प्रधानमंत्री ने आज घोषणा की।", "19 नवंबर"),
        ("新华社北京11月19日电（记者王明）今天，国务院召开常务会议。", "11月19日"),
        ("LONDON (Reuters) - The Bank of England held rates today.", ""),
    ],
)
def test_the_dateline_split_keeps_the_date_it_prints(paragraph: str, printed: str) -> None:
    d = split_dateline(paragraph)
    assert d is not None and d.date == printed


@pytest.mark.parametrize(
    ("printed", "language", "expected"),
    [
        ("19. listopadu", "cs", date(2026, 11, 19)),
        ("Nov. 19", "en", date(2026, 11, 19)),
        ("19 Nov.", "es", date(2026, 11, 19)),
        ("18 NOV", "it", date(2026, 11, 18)),
        ("19", "es", date(2026, 11, 19)),
        ("1. 11.", "cs", None),  # 19 days back: another story's date, not the filing day
        ("Nov. 21", "en", None),  # after publication: no report is filed after its page is out
        ("Nov. 12", "en", None),  # eight days back: implausible for a republished report
        ("Nov. 19, 2025", "en", None),  # a year it prints is kept, and a year back is implausible
        ("", "en", None),
    ],
)
def test_the_written_day_is_the_printed_date_when_plausible(printed: str, language: str, expected: date | None) -> None:
    assert written_day(printed, language, date(2026, 11, 20)) == expected


def test_a_dateline_of_the_last_day_of_the_year_counts_back_across_new_year() -> None:
    assert written_day("Dec. 31", "en", date(2027, 1, 1)) == date(2026, 12, 31)


def _times(text: str, language: str, published: str = PUBLISHED) -> dict[str, str | None]:
    art = article_from_text(text, "a", "test", title="Headline", published=published, language=language)
    art = parallax.analyze([art])[0]
    return {t.text: t.value for t in art.times}


def test_today_counts_from_the_dateline_day_of_a_page_republished_the_next_day() -> None:
    before = "Vláda dnes schválila návrh rozpočtu."
    assert _times(before, "cs")["dnes"] == "2026-11-20"  # no dateline: the publication day, as before
    times = _times("Praha 19. listopadu (ČTK) - Vláda dnes schválila návrh rozpočtu.", "cs")
    assert times["dnes"] == "2026-11-19"
    times = _times("WASHINGTON, Nov. 19 (Reuters) - The Senate voted today, officials said on Thursday.", "en")
    assert times["today"] == "2026-11-19" and times["Thursday"] == "2026-11-19"


def test_an_implausible_dateline_date_leaves_the_publication_day() -> None:
    times = _times("WASHINGTON, Nov. 12 (Reuters) - The Senate voted today on the bill.", "en")
    assert times["today"] == "2026-11-20"


def test_the_dateline_date_round_trips_through_the_record_and_the_store(tmp_path) -> None:
    from parallax.store import open_store

    art = article_from_text("MADRID, 19 Nov. (EFE) - El Gobierno aprobó hoy el presupuesto.", "a", "t", published=PUBLISHED, language="es")
    assert art.dateline_date == "19 Nov." and art.meta()["dateline_date"] == "19 Nov."
    assert Article.from_dict(art.to_dict()).dateline_date == "19 Nov."
    assert Article.from_dict({"id": "old", "text": "x"}).dateline_date is None  # a record stored before it
    store = open_store(str(tmp_path / "s.db"))
    store.add_articles([art])
    assert store.get_article("a").dateline_date == "19 Nov."


NOVEMBER = "2026-11-20T10:00:00Z"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The first case was recorded on February 12.", "en", "2026-02-12"),
        ("On February 12, the first case was recorded.", "en", "2026-02-12"),  # (time36: the clause after the comma)
        ("The central bank had already cut rates in February.", "en", "2026-02"),
        ("Officials announced the plan in January.", "en", "2026-01"),
        ("Die Notenbank hatte bereits im Februar die Zinsen gesenkt.", "de", "2026-02"),
        ("Le premier cas a été enregistré le 12 février.", "fr", "2026-02-12"),
        ("El primer caso se registró el 12 de febrero.", "es", "2026-02-12"),
        ("Il primo caso è stato registrato il 12 febbraio.", "it", "2026-02-12"),
        # the nearest year stays: a future word, a plan's target, an adjective in -ed, or no verb in the date's clause
        ("The summit will be held on February 12.", "en", "2027-02-12"),
        ("The vote was postponed to February 3.", "en", "2027-02-03"),
        ("The meeting was expected on January 10.", "en", "2027-01-10"),
        ("The smaller dividend is payable Jan. 2.", "en", "2027-01-02"),
        ("La cumbre fue convocada para el 12 de febrero.", "es", "2027-02-12"),
        ("Die Wahl ist auf den 12. Februar verschoben worden.", "de", "2027-02-12"),
    ],
)
def test_a_month_near_publication_in_the_next_year_is_the_past_one_in_a_surely_past_clause(text: str, language: str, value: str) -> None:
    from parallax.analyze.times import resolve_text

    assert [v for _, _, v, _ in resolve_text(text, language, NOVEMBER)] == [value]


def test_a_month_in_the_past_of_the_same_year_is_untouched_by_the_sure_past_rule() -> None:
    from parallax.analyze.times import resolve_text

    assert [v for _, _, v, _ in resolve_text("The plant was closed on December 1.", "en", NOVEMBER)] == ["2026-12-01"]


def test_a_republished_wire_report_is_of_its_dateline_day_when_sources_speak() -> None:
    from parallax.compare.reporting_times import one_day

    wire = Article(id="w", text="x", language="en", published="2026-11-20T07:00:00Z", dateline_date="Nov. 19")
    same_day = Article(id="s", text="x", language="en", published="2026-11-19T18:00:00Z")
    assert one_day(wire, same_day)
    undated = Article(id="u", text="x", language="en", published="2026-11-20T07:00:00Z")
    assert not one_day(undated, same_day)  # as before: a page of the next day quotes a later statement


def test_a_wire_headline_counts_today_from_the_dateline_day() -> None:
    art = article_from_text(
        "WASHINGTON, Nov. 19 (Reuters) - The Senate voted on the bill.",
        "h",
        "t",
        title="Senate votes today",
        published=PUBLISHED,
        language="en",
    )
    art = parallax.analyze([art])[0]
    assert art.title_layers is not None and [t.value for t in art.title_layers.times] == ["2026-11-19"]


@pytest.mark.parametrize(
    ("text", "language", "printed"),
    [
        ("Katowice, 19 listopada – Kopalnia Wujek wstrzymała dziś wydobycie po wypadku w nocy.", "pl", "19 listopada"),
        ("Pécs, 2026. november 19., csütörtök (MTI) – A kormány ma elfogadta a tervet.", "hu", "2026. november 19., csütörtök"),
    ],
)
def test_the_dated_place_and_the_hungarian_wire_keep_their_date(text: str, language: str, printed: str) -> None:
    art = article_from_text(text, "a", "t", published=PUBLISHED, language=language)
    assert art.dateline_date == printed
    assert written_day(printed, language, date(2026, 11, 20)) == date(2026, 11, 19)


def test_the_month_word_is_read_in_the_article_language() -> None:
    # "listopada" is November in Polish, October in Croatian (a month back: no filing day)
    assert written_day("19 listopada", "pl", date(2026, 11, 20)) == date(2026, 11, 19)
    assert written_day("19 listopada", "hr", date(2026, 11, 20)) is None
