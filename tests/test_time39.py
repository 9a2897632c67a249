"""Dates, session 37 (time39): possibility looks ahead, weekdays that contradict their date, and more.

A modal of possibility with its verb ("may be held", "könnte stattfinden", "puede celebrarse") speaks of what has not
happened yet: the bare weekday it governs is the coming one.  English tells a past ability on one occasion with
"could" only under a negation, so "neither ... could be located on Monday" stays past.
Published on Wednesday 11 March 2026: Monday is the 9th, Friday the 13th (or the 6th behind).
"""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

WEDNESDAY = "2026-03-11"
PAST_MONDAY, NEXT_MONDAY = "2026-03-09", "2026-03-16"
PAST_FRIDAY, NEXT_FRIDAY = "2026-03-06", "2026-03-13"


def _values(lang: str, text: str) -> list[str | None]:
    return [v for _, _, v, _ in resolve_text(text, lang, WEDNESDAY)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The vote could be held on Friday."),
        ("en", "The vote could be delayed until Friday."),
        ("en", "The vote might be held on Friday."),
        ("en", "Talks may resume on Friday."),
        ("de", "Die Abstimmung könnte am Freitag stattfinden."),
        ("de", "Die Entscheidung kann am Freitag fallen."),
        ("nl", "De stemming kan vrijdag plaatsvinden."),
        ("fr", "Le vote pourrait avoir lieu vendredi."),
        ("fr", "Le vote peut avoir lieu vendredi."),
        ("es", "La votación podría celebrarse el viernes."),
        ("es", "La votación puede celebrarse el viernes."),
        ("it", "Il voto può tenersi venerdì."),
        ("pt", "A votação pode ser realizada na sexta-feira."),
    ],
)
def test_a_modal_of_possibility_looks_ahead(lang: str, text: str) -> None:
    assert _values(lang, text) == [NEXT_FRIDAY]


def test_may_be_held_on_monday_is_the_coming_monday() -> None:
    assert _values("en", "The vote may be held on Monday.") == [NEXT_MONDAY]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Neither he nor his parents could be located on Monday."),
        ("en", "Nobody could be reached on Monday."),
        ("en", "He could not be reached on Monday."),
        ("en", "The minister may have met him on Monday."),
        ("de", "Er konnte am Montag nicht kommen."),
    ],
)
def test_a_past_ability_or_a_guess_about_the_past_stays_past(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST_MONDAY]


def test_the_month_may_is_no_modal() -> None:
    assert _values("en", "The report was released in May and discussed on Monday.")[-1] == PAST_MONDAY


# --- a weekday that contradicts its written date: flagged on the time, a warning on the fact ----------------------
# 12 November 2026 is a Thursday, 19 November too; published on Saturday 21 November


def _checked(lang: str, text: str) -> list[tuple[str, str | None, bool]]:
    from parallax.analyze.timelex import LEXICONS
    from parallax.analyze.times.weekday_check import check_weekdays

    found, flagged = check_weekdays(text, resolve_text(text, lang, "2026-11-21"), LEXICONS[lang])
    return [(text[s:e], v, i in flagged) for i, (s, e, v, _) in enumerate(found)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The meeting was held on Tuesday, 12 November."),
        ("fr", "La réunion a eu lieu mardi 12 novembre."),
        ("ru", "Встреча прошла во вторник, 12 ноября."),
        ("id", "Rapat digelar Selasa (12/11)."),
    ],
)
def test_a_weekday_that_contradicts_its_date_is_flagged_and_the_date_stands(lang: str, text: str) -> None:
    assert [(v, flag) for _, v, flag in _checked(lang, text)] == [("2026-11-12", True)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Sitzung fand am Dienstag, 12. November statt."),
        ("es", "La reunión se celebró el martes 12 de noviembre."),
        ("en", "The talks on Nov. 12 (Tuesday) failed."),
    ],
)
def test_a_weekday_read_apart_from_its_date_takes_the_date_and_both_are_flagged(lang: str, text: str) -> None:
    assert [(v, flag) for _, v, flag in _checked(lang, text)] == [("2026-11-12", True), ("2026-11-12", True)]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "The meeting was held on Thursday, 12 November.", ["2026-11-12"]),
        ("de", "Die Sitzung fand am Donnerstag, 12. November statt.", ["2026-11-12", "2026-11-12"]),
        ("en", "He left on Tuesday. On 12 November he returned.", ["2026-11-17", "2026-11-12"]),
    ],
)
def test_a_weekday_that_agrees_or_stands_apart_is_not_flagged(lang: str, text: str, values: list[str]) -> None:
    checked = _checked(lang, text)
    assert [v for _, v, _ in checked] == values and not any(flag for *_, flag in checked)


def test_the_comparison_warns_on_the_fact_of_the_article_that_slipped() -> None:
    from parallax import analyze
    from parallax.compare import compare_articles
    from parallax.config import Options
    from parallax.records import Article

    def art(aid: str, day: str) -> Article:
        text = f"The city council approved the budget on {day}, 12 November 2026, after a long debate."
        return Article(id=aid, text=text, language="en", published="2026-11-13")

    a, b = analyze([art("a", "Tuesday"), art("b", "Thursday")], Options(embedder="hashing"))
    assert [t.weekday_mismatch for t in a.times] == [True] and [t.weekday_mismatch for t in b.times] == [False]
    d = compare_articles([a, b], Options(embedder="hashing")).to_dict()
    import jsonschema

    from parallax.report import schema

    jsonschema.validate(d, schema())
    warned = [f["warnings"] for f in d["facts"] if f.get("warnings")]
    assert warned == [
        [{"kind": "weekday_mismatch", "article": "a", "text": "Tuesday, 12 November 2026", "value": "2026-11-12", "weekday": "Thursday"}]
    ]
    assert all("warnings" in f or not any(s["article"] == "a" and "Tuesday" in s["text"] for s in f["sentences"]) for f in d["facts"])


def test_a_warning_reads_in_the_reports() -> None:
    from parallax.report.formatting import warning_text

    w = {"kind": "weekday_mismatch", "article": "a", "text": "Tuesday, 12 November", "value": "2026-11-12", "weekday": "Thursday"}
    assert warning_text(w, {"a": "Wire"}) == "Wire: “Tuesday, 12 November”: 2026-11-12 is a Thursday, not the weekday written"


# --- Slavic perfectives without a prefix, and a perfective after its weekday -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Правительство решит вопрос в пятницу."),
        ("ru", "Компания купит завод в пятницу."),
        ("uk", "Уряд дасть відповідь у п'ятницю."),
        ("pl", "Rząd da odpowiedź w piątek."),
        ("pl", "Minister wróci w piątek."),
        ("cs", "Vláda dá odpověď v pátek."),
        ("cs", "Firma koupí továrnu v pátek."),
        ("ru", "В пятницу шторм обрушится на побережье."),
        ("pl", "W piątek strajk rozpocznie się o 10."),
        ("cs", "V pátek se jednání obnoví."),
    ],
)
def test_a_perfective_without_a_prefix_or_after_its_weekday_looks_ahead(lang: str, text: str) -> None:
    assert _values(lang, text) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Министр дал ответ в пятницу."),  # "ответ" is a noun of a perfective's shape
        ("ru", "В пятницу шторм обрушился на побережье."),
        ("ru", "В пятницу он вернулся домой."),
        ("pl", "Rząd dał odpowiedź w piątek."),
        ("pl", "W piątek minister wrócił."),
        ("cs", "Vláda dala odpověď v pátek."),
    ],
)
def test_their_past_stays_past(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST_FRIDAY]


# --- a Latvian dateline: the Baltic wires sign after the date, and set it as its own line ---------------------------


@pytest.mark.parametrize(
    ("paragraphs", "dateline", "date"),
    [
        (
            ["RĪGA, 3. decembris. LETA.", "Saeima ceturtdien pieņēma valsts budžetu 2027. gadam, paziņoja preses dienests."],
            "RĪGA (LETA)",
            "3. decembris.",
        ),
        (
            ["RĪGA, 3. decembris, LETA. Saeima ceturtdien pieņēma valsts budžetu 2027. gadam, paziņoja preses dienests."],
            "RĪGA (LETA)",
            "3. decembris",
        ),
        (
            ["Viļņa, 19. novembris.", "Lietuvas valdība trešdien apstiprināja jauno energētikas stratēģiju, kas paredz investīcijas."],
            "Viļņa",
            "19. novembris",
        ),
    ],
)
def test_a_baltic_dateline_is_split_off_with_its_date(paragraphs: list[str], dateline: str, date: str) -> None:
    from parallax.ingest.clean import clean_paragraphs

    cleaned = clean_paragraphs(paragraphs)
    assert (cleaned.dateline, cleaned.dateline_date) == (dateline, date)
    assert cleaned.text.startswith(("Saeima", "Lietuvas"))


def test_a_day_alone_on_its_line_is_no_dateline() -> None:
    from parallax.ingest.clean import clean_paragraphs

    cleaned = clean_paragraphs(
        ["Pirmdiena, 1. decembris.", "Saeima ceturtdien pieņēma valsts budžetu 2027. gadam, paziņoja preses dienests."]
    )
    assert cleaned.dateline is None


# --- TempEval-3 dev: a strong verb's simple past is a past tense beyond doubt ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In January the company sold its unit.", "1998-01"),  # out in October 1998: not the January ahead
        ("In January, Norvik Health hired a new finance director.", "1998-01"),
        ("The company took control in January.", "1998-01"),
        ("The unit will be sold in January.", "1999-01"),  # a passive after "be": no past
    ],
)
def test_a_strong_past_sends_a_month_near_the_turn_of_the_year_back(text: str, value: str) -> None:
    assert [v for _, _, v, _ in resolve_text(text, "en", "1998-10-25")] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("For the year ended Sept. 30, Halvard earned $310.2 million.", ["P1Y", "1989-09-30"]),
        ("In the fiscal year ended Jan. 30, the retailer posted higher sales.", ["P1Y", "1989-01-30"]),
        ("The year ended on a high note.", []),
    ],
)
def test_a_year_of_accounts_named_by_its_end_is_a_length(text: str, values: list[str]) -> None:
    assert [v for _, _, v, _ in resolve_text(text, "en", "1989-11-02")] == values
