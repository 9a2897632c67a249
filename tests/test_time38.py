"""Dates, session 36 (time38): the Slavic perfective non-past is the future.

In Polish, Russian, Ukrainian and Czech a perfective verb has no present: its non-past form ("dotrze", "обрушится",
"закроют", "закриють", "zavřou") is the future, so a bare weekday it governs is the coming one.  A verb's aspect is in
no lexicon; a prefixed verb in a third-person non-past ending, with no imperfective suffix ("-ывает", "-ają",
"-ують", "-ávají"), standing right before its weekday, reads as one.  Imperfective presents keep the old reading.
Published on Wednesday 11 March 2026: Monday is the 9th, Friday the 13th.

Session 38 (helper time38), below the Slavic tests: a half of a year in words that also name a match's half, "by"
before an agent, "until" in a past tally, Spanish "mañana" alone, overlapping day ranges, months in historical
names, a weekday in brackets after a CJK date, CJK quarters, halves and weekday ranges.
"""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

WEDNESDAY = "2026-03-11"
PAST, AHEAD = "2026-03-09", "2026-03-13"


def _values(lang: str, text: str) -> list[str | None]:
    return [v for _, _, v, _ in resolve_text(text, lang, WEDNESDAY)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Burza dotrze do lądu w piątek."),
        ("pl", "Burza dotrze w piątek."),
        ("pl", "Władze zamkną szkoły w piątek."),
        ("ru", "Шторм обрушится на побережье в пятницу."),
        ("ru", "Школы закроют в пятницу."),
        ("ru", "Министр подпишет указ в пятницу."),
        ("uk", "Школи закриють у п'ятницю."),
        ("uk", "Шторм досягне узбережжя в п'ятницю."),
        ("cs", "Školy zavřou v pátek."),
        ("cs", "Bouře dorazí v pátek."),
    ],
)
def test_perfective_future_reads_the_coming_weekday(lang: str, text: str) -> None:
    assert _values(lang, text) == [AHEAD]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Władze zamknęły szkoły w poniedziałek."),
        ("ru", "Школы закрыли в понедельник."),
        ("uk", "Школи закрили в понеділок."),
        ("cs", "Školy zavřely v pondělí."),
    ],
)
def test_perfective_past_keeps_the_past_weekday(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Posiedzenie w poniedziałek zakończyło się bez decyzji."),
        ("pl", "Polski rząd w poniedziałek przyjął ustawę."),
        ("cs", "Zasedání v pondělí skončilo bez dohody."),
        ("ru", "Министр, который отвечает за школы, в понедельник заявил об этом."),
    ],
)
def test_nouns_and_imperfectives_of_that_shape_are_no_future(lang: str, text: str) -> None:
    assert _values(lang, text) == [PAST]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm could land on Friday.", AHEAD),
        ("Officials said the vote could come on Friday.", AHEAD),
        ("He could not be reached on Monday.", PAST),
        ("She could not be reached for comment on Monday.", PAST),
        ("Residents could see the smoke on Monday.", PAST),
    ],
)
def test_could_and_a_verb_looks_ahead_could_not_is_past(text: str, value: str) -> None:
    assert _values("en", text) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "वह 60 वर्ष के थे।"),
        ("hi", "60 वर्ष की आयु में उनका निधन हो गया।"),
        ("hi", "मोहन लाल 52 साल के हैं।"),
        ("th", "นายสมชาย วัย 60 ปี เสียชีวิต"),
        ("th", "ผู้เสียชีวิตเป็นชาย 60 ปี"),
    ],
)
def test_an_age_is_no_duration(lang: str, text: str) -> None:
    assert _values(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("hi", "उन्होंने 3 साल के लिए काम किया।", "P3Y"),
        ("th", "เขาทำงานมา 60 ปี", "P60Y"),
    ],
)
def test_a_span_of_years_stays_a_duration(lang: str, text: str, value: str) -> None:
    assert _values(lang, text) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The meeting was held on Wednesday, Nov. 19."),
        ("id", "Rapat digelar Rabu (19/11)."),
    ],
)
def test_a_written_date_wins_over_a_weekday_that_contradicts_it(lang: str, text: str) -> None:
    # 19 November 2026 is a Thursday: the day and month written are the date, whatever weekday stands before them
    assert [v for _, _, v, _ in resolve_text(text, lang, "2026-11-21")] == ["2026-11-19"]


def test_could_be_and_a_participle_is_an_attempt_told_after_it() -> None:
    assert _values("en", "Neither he nor his parents could be located on Monday.") == [PAST]


PUBLISHED = "2026-11-20"  # a Friday


def _found(lang: str, text: str) -> dict[str, str | None]:
    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, PUBLISHED)}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Die Anlage soll in der zweiten Hälfte des nächsten Jahres fertig sein.", "2027-H2"),
        ("de", "Die Wirtschaft wuchs in der ersten Hälfte des Jahres 2025.", "2025-H1"),
        ("es", "La planta abrirá en la segunda mitad del año próximo.", "2027-H2"),
        ("es", "La economía creció en la primera mitad de 2025.", "2025-H1"),
        ("it", "Nella seconda metà dell'anno prossimo apre la fabbrica.", "2027-H2"),
        ("fr", "Au cours de la seconde moitié de l'année prochaine, l'usine ouvrira.", "2027-H2"),
        ("pt", "A fábrica abre na segunda metade do próximo ano.", "2027-H2"),
        ("de", "Im ersten Quartal des Jahres 2025 sank der Umsatz.", "2025-Q1"),
        ("ca", "La planta obrirà a la segona meitat de l'any vinent.", "2027-H2"),
        ("ca", "Les vendes van caure el primer semestre de l'any passat.", "2025-H1"),
    ],
)
def test_a_half_with_its_year_named_is_a_half_of_that_year(lang: str, text: str, value: str) -> None:
    values = [v for v in _found(lang, text).values() if v and ("-H" in v or "-Q" in v)]
    assert values == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "In der zweiten Hälfte drehte Bayern das Spiel."),
        ("es", "En la segunda mitad, el Madrid marcó dos goles."),
        ("it", "Nella seconda metà il Milan ha segnato."),
        ("fr", "En seconde moitié, Lyon a marqué deux buts."),
        ("ca", "A la segona meitat el Barça va marcar."),
    ],
)
def test_a_half_with_no_year_near_is_a_match_half_and_no_date(lang: str, text: str) -> None:
    assert not [v for v in _found(lang, text).values() if v]


def test_an_italian_half_of_the_year_alone_is_this_year_not_the_next() -> None:
    assert _found("it", "Nel secondo semestre dell'anno la crescita è rallentata.") == {"secondo semestre": "2026-H2"}


def _date_conflicts(a: str, b: str, lang: str) -> list:
    from tests.helpers import first_sentence_conflicts

    return [c for c in first_sentence_conflicts(a, b, lang, PUBLISHED) if c[0] == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "The bill was approved by MPs Thursday, with 300 in favour.",
        "The plan was approved by police Thursday, with 300 in favour.",
    ],
)
def test_by_before_an_agent_is_no_as_of_and_the_date_still_compares(text: str) -> None:
    other = "The bill was approved on Wednesday, with 300 in favour."
    assert _date_conflicts(text, other, "en")


def test_by_before_the_time_of_a_count_still_dates_the_count() -> None:
    other = "The quake struck on Wednesday night, killing 12 people."
    assert _date_conflicts("By late Thursday, 12 people had died in the quake.", other, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pt", "Até quinta-feira à noite, 12 pessoas morreram no sismo.", "2026-11-19TNI"),
        ("it", "Fino a giovedì sera sono morte 12 persone.", "2026-11-19TEV"),
        ("it", "Fino a giovedì sera, 12 persone morirono nel terremoto.", "2026-11-19TEV"),
        ("es", "Hasta el jueves por la tarde murieron 12 personas.", "2026-11-19TAF"),
    ],
)
def test_until_a_day_in_a_past_clause_that_counts_looks_back(lang: str, text: str, value: str) -> None:
    assert value in _found(lang, text).values()


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pt", "A estrada fica fechada até quinta-feira.", "2026-11-26"),
        ("it", "La strada resta chiusa fino a giovedì.", "2026-11-26"),
        ("es", "La carretera estará cerrada hasta el jueves.", "2026-11-26"),
    ],
)
def test_until_a_day_with_no_past_still_looks_ahead(lang: str, text: str, value: str) -> None:
    assert value in _found(lang, text).values()


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("El Congreso votará mañana la reforma.", "mañana", "2026-11-21"),
        ("Mañana se reúne el consejo.", "Mañana", "2026-11-21"),
        ("La votación será mañana por la mañana.", "mañana por la mañana", "2026-11-21TMO"),
        ("Pasado mañana habrá elecciones.", "Pasado mañana", "2026-11-22"),
        ("El sismo ocurrió esta mañana.", "esta mañana", "2026-11-20TMO"),
    ],
)
def test_spanish_manana_alone_is_tomorrow(text: str, word: str, value: str) -> None:
    assert _found("es", text).get(word) == value


@pytest.mark.parametrize("text", ["Cada mañana salía a correr.", "Los jóvenes son el mañana del país.", "Se levantó muy de mañana."])
def test_spanish_manana_after_an_article_is_a_morning_or_the_future(text: str) -> None:
    assert not [v for v in _found("es", text).values() if v]


def _range_conflicts(a: str, b: str, lang: str) -> list:
    from tests.helpers import first_sentence_conflicts

    return [c for c in first_sentence_conflicts(a, b, lang, "2026-11-10") if c[0] == "date"]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "The summit will be held on 18-19 November in Lisbon.", "The summit will be held on 17-18 November in Lisbon."),
        ("de", "Der Gipfel findet am 18. und 19. November statt.", "Der Gipfel findet am 17. und 18. November statt."),
    ],
)
def test_two_overlapping_but_different_day_ranges_conflict(lang: str, a: str, b: str) -> None:
    assert _range_conflicts(a, b, lang)


@pytest.mark.parametrize(
    "b",
    ["The summit will be held on 18-19 November in Lisbon.", "The summit will be held on 19 November in Lisbon."],
)
def test_the_same_range_or_one_day_inside_it_agrees(b: str) -> None:
    assert _range_conflicts("The summit will be held on 18-19 November in Lisbon.", b, "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Velká říjnová socialistická revoluce změnila Rusko."),
        ("hu", "Az októberi forradalom után minden megváltozott."),
        ("en", "After the October Revolution, the tsar fell."),
        ("pl", "Rewolucja Październikowa zmieniła Rosję."),
        ("pl", "Powstanie Styczniowe było zrywem narodowym."),
        ("pl", "Kampania Wrześniowa zakończyła się klęską."),
        ("fr", "La Révolution d'octobre a changé la Russie."),
        ("es", "La Revolución de Octubre cambió Rusia."),
        ("it", "La Rivoluzione d'ottobre cambiò la Russia."),
    ],
)
def test_a_month_in_a_historical_events_name_is_no_date(lang: str, text: str) -> None:
    assert not [v for v in _found(lang, text).values() if v]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "In October the war ended.", "October"),
        ("en", "In October war broke out.", "October"),
        ("pl", "W październiku wojna się skończyła.", "październiku"),
        ("cs", "Říjnové zasedání banky přineslo snížení sazeb.", "Říjnové"),
        ("hu", "Az októberi adat 5,1 százalék volt.", "októberi"),
    ],
)
def test_a_month_beside_no_events_name_is_still_the_month(lang: str, text: str, word: str) -> None:
    assert _found(lang, text).get(word) == "2026-10"


@pytest.mark.parametrize(
    ("lang", "text", "mismatch"),
    [
        ("ja", "11月14日(土)に開催された。", False),
        ("ja", "11月14日（金）に開催された。", True),
        ("ko", "11월 14일(토) 열렸다.", False),
        ("ko", "11월 14일(금) 열렸다.", True),
        ("zh", "11月14日（周五）举行。", True),
        ("zh", "11月14日（周六）举行。", False),
    ],
)
def test_a_weekday_in_brackets_after_a_cjk_date_is_checked(lang: str, text: str, mismatch: bool) -> None:
    from tests.helpers import analyzed

    art = analyzed(text, lang, PUBLISHED)
    assert all(t.value == "2026-11-14" for t in art.times)
    assert any(t.weekday_mismatch for t in art.times) is mismatch


def test_until_a_day_in_a_perfect_with_no_count_is_still_a_deadline_ahead() -> None:
    text = "The council has given the tenants until 9 a.m. Tuesday to return the form."
    assert "2026-11-24T09:00" in _found("en", text).values()


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        ("ko", "1분기 매출이 늘었다.", "1분기", "2026-Q1"),
        ("ko", "올해 3분기 영업이익이 증가했다.", "올해 3분기", "2026-Q3"),
        ("zh", "第三季度营收增长。", "第三季度", "2026-Q3"),
        ("zh", "2025年第一季度营收增长。", "2025年第一季度", "2025-Q1"),
        ("zh", "今年上半年经济增长5%。", "今年上半年", "2026-H1"),
        ("ja", "2026年上半期の純利益が増えた。", "2026年上半期", "2026-H1"),
        ("ja", "第3四半期の売上高が増えた。", "第3四半期", "2026-Q3"),
        ("ko", "하반기 수출이 늘었다.", "하반기", "2026-H2"),
    ],
)
def test_cjk_quarters_and_halves(lang: str, text: str, span: str, value: str) -> None:
    assert _found(lang, text).get(span) == value


@pytest.mark.parametrize(
    ("lang", "text"), [("zh", "前三季度经济增长5%。"), ("zh", "利润连续三季度下滑。"), ("ko", "1~3분기 누적 매출이 늘었다.")]
)
def test_the_first_three_quarters_or_three_in_a_row_are_no_third_quarter(lang: str, text: str) -> None:
    assert not [v for v in _found(lang, text).values() if v and "-Q3" in v]


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("zh", "商店将于周六至周二关闭。", "2026-11-21", "2026-11-24"),
        ("ja", "土曜から火曜まで休業する。", "2026-11-21", "2026-11-24"),
        ("ko", "토요일부터 화요일까지 휴업한다.", "2026-11-21", "2026-11-24"),
        ("zh", "商店周六至周二关闭。", "2026-11-14", "2026-11-17"),
    ],
)
def test_the_second_weekday_of_a_cjk_range_follows_the_first(lang: str, text: str, first: str, second: str) -> None:
    found = [v for _, _, v, _ in resolve_text(text, lang, "2026-11-16")]  # a Monday
    assert found == [first, second]
