"""Session 37 (helper time37b): false date conflicts from months written as adjectives or with case endings, a half
of next year, two days joined by "and" in Arabic, Persian, Indonesian and Hindi, and times that date a count."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

PUBLISHED = "2026-11-20"  # a Friday


def _values(lang: str, text: str) -> dict[str, str | None]:
    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, PUBLISHED)}


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        ("cs", "Inflace zpomalila ze zářijových 5,5 % na 5,1 %.", "zářijových", "2026-09"),
        ("cs", "Říjnové zasedání banky přineslo snížení sazeb.", "Říjnové", "2026-10"),
        ("cs", "V listopadovém průzkumu se to potvrdilo.", "listopadovém", "2026-11"),
        ("sk", "Októbrová inflácia bola nižšia.", "Októbrová", "2026-10"),
        ("pl", "Po wrześniowym spadku inflacja wzrosła.", "wrześniowym", "2026-09"),
        ("hr", "Listopadski podaci pokazuju pad.", "Listopadski", "2026-10"),
        ("hu", "Az infláció októberben 5,1 százalék volt.", "októberben", "2026-10"),
        ("hu", "A program októbertől tart, októberre várták.", "októbertől", "2026-10"),
        ("hu", "A szeptemberi adat 5,5 százalék volt.", "szeptemberi", "2026-09"),
    ],
)
def test_a_month_as_an_adjective_or_with_its_case_ending_is_the_month(lang: str, text: str, word: str, value: str) -> None:
    assert _values(lang, text).get(word) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The economy will recover in the second half of next year.", "2027-H2"),
        ("en", "The plant opens in the first half of next year.", "2027-H1"),
        ("en", "Profits fell in the fourth quarter of last year.", "2025-Q4"),
        ("en", "Sales rose in the third quarter this year.", "2026-Q3"),
        ("de", "Im zweiten Halbjahr des kommenden Jahres soll es soweit sein.", "2027-H2"),
        ("fr", "La reprise est attendue au second semestre de l'année prochaine.", "2027-H2"),
        ("fr", "Le chantier débute au premier semestre de l'an prochain.", "2027-H1"),
        ("es", "La planta abrirá en el segundo semestre del próximo año.", "2027-H2"),
        ("es", "La planta abrirá en el segundo semestre del año que viene.", "2027-H2"),
    ],
)
def test_a_half_or_a_quarter_of_a_year_named_after_it_is_of_that_year(lang: str, text: str, value: str) -> None:
    values = [v for v in _values(lang, text).values() if v and ("-H" in v or "-Q" in v)]
    assert values == [value]


def test_a_half_without_a_year_named_is_still_the_nearest_one() -> None:
    assert "2026-H2" in _values("en", "Growth slowed in the second half.").values()


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ar", "تعقد القمة يومي 18 و19 نوفمبر في أنطاليا.", "18 و19 نوفمبر"),
        ("fa", "نشست در 18 و 19 نوامبر برگزار شد.", "18 و 19 نوامبر"),
        ("id", "KTT digelar pada 18 dan 19 November.", "18 dan 19 November"),
        ("hi", "शिखर सम्मेलन 18 और 19 नवंबर को हुआ।", "18 और 19 नवंबर"),
        ("en", "The summit was held on 18 and 19 November.", "18 and 19 November"),
    ],
)
def test_two_days_joined_by_and_before_one_month_are_a_range(lang: str, text: str, span: str) -> None:
    assert _values(lang, text).get(span) == "2026-11-18/2026-11-19"


def test_a_count_beside_two_days_is_no_range() -> None:
    assert _values("ar", "قتل 18 شخصا في 19 نوفمبر") == {"19 نوفمبر": "2026-11-19"}


# --- a time that dates a count or a status is no time of the event (compare/as_of_times.py)

_QUAKE = {
    "id": "Gempa itu terjadi pada Rabu malam dan menewaskan 12 orang.",
    "en": "The quake struck on Wednesday night, killing 12 people.",
    "de": "Das Beben ereignete sich am Mittwochabend, 12 Menschen starben.",
    "fr": "Le séisme a frappé mercredi soir, faisant 12 morts.",
    "es": "El sismo ocurrió el miércoles por la noche y dejó 12 muertos.",
}


def _date_conflicts(a: str, b: str, lang: str) -> list:
    from tests.helpers import first_sentence_conflicts

    return [c for c in first_sentence_conflicts(a, b, lang, PUBLISHED) if c[0] == "date"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Hingga Kamis sore, 12 orang tewas akibat gempa itu."),
        ("en", "As of Thursday evening, 12 people had died in the quake."),
        ("en", "By Thursday evening, 12 people had died in the quake."),
        ("de", "Bis Donnerstagabend wurden 12 Tote gezählt."),
        ("fr", "Le bilan, à jeudi soir, est de 12 morts."),
        ("es", "Hasta el jueves por la tarde, 12 personas habían muerto."),
    ],
)
def test_the_time_a_toll_was_counted_is_no_date_of_the_event(lang: str, text: str) -> None:
    assert _date_conflicts(text, _QUAKE[lang], lang) == []


def test_the_event_told_on_another_day_still_conflicts() -> None:
    assert _date_conflicts("The quake struck on Tuesday, killing 12 people.", _QUAKE["en"], "en")


def test_until_without_a_count_ends_a_span_and_still_compares() -> None:
    assert _date_conflicts("The road stays closed until Tuesday.", "The road stays closed until Wednesday.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        ("tr", "Perşembe akşamı itibarıyla 12 kişi hayatını kaybetti.", True),
        ("zh", "截至19日晚，死亡人数升至12人。", True),
        ("ja", "19日夕方時点で12人が死亡した。", True),
        ("ko", "19일 오후 기준 12명이 숨졌다.", True),
        ("ru", "По состоянию на вечер четверга погибли 12 человек.", True),
        ("ar", "حتى مساء الخميس، قتل 12 شخصا.", True),
        ("en", "As of Thursday, the road remained closed.", True),
        ("fr", "Le séisme a frappé à 15 heures, faisant 12 morts.", False),
        ("en", "The quake struck on Thursday, killing 12 people.", False),
    ],
)
def test_which_times_date_a_count(lang: str, text: str, counted: bool) -> None:
    from parallax.compare.as_of_times import dates_a_count
    from tests.helpers import analyzed

    art = analyzed(text, lang, PUBLISHED)
    assert art.times
    assert any(dates_a_count(art, t) for t in art.times) is counted
