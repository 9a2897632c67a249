"""QA round 46b: the publication's own weekday ahead in Slavic reports that say "today", past years named after a
month, slot pairs in inflected languages, and the sets' findings."""

from __future__ import annotations

from tests.helpers import resolved

_FRIDAY = "2026-11-13T09:30:00+02:00"


def test_ukrainian_future_weekday_is_next_week_where_the_article_says_today() -> None:
    text = "Нова бібліотека відкриється у п'ятницю. Про це сьогодні повідомила громада."
    assert resolved("uk", text, _FRIDAY)["п'ятницю"] == "2026-11-20"


def test_russian_polish_czech_follow_the_article() -> None:
    assert resolved("ru", "Выставка откроется в пятницу, сообщили сегодня в музее.", _FRIDAY)["пятницу"] == "2026-11-20"
    assert resolved("pl", "Wystawa zostanie otwarta w piątek, przekazało dziś muzeum.", _FRIDAY)["piątek"] == "2026-11-20"
    assert resolved("cs", "Výstava bude otevřena v pátek, sdělilo dnes muzeum.", _FRIDAY)["pátek"] == "2026-11-20"


def test_agency_weekday_without_today_stays_the_day() -> None:
    assert resolved("ru", "Правительство в пятницу рассмотрит проект бюджета.", _FRIDAY)["пятницу"] == "2026-11-13"
    # "today, Friday" names the day by both words: a later bare Friday is still that one
    text = "Сьогодні, у п'ятницю, громада збереться на сесію. Голосування відбудеться у п'ятницю ввечері."
    assert resolved("uk", text, _FRIDAY)["п'ятницю ввечері"].startswith("2026-11-13")


_NOV = "2026-11-20T10:00:00Z"


def test_month_of_last_year_written_after_the_month() -> None:
    assert resolved("es", "La fábrica dejó de producir en abril del año pasado.", _NOV)["abril del año pasado"] == "2025-04"
    assert resolved("pt", "A ponte foi inaugurada em abril do ano passado.", _NOV)["abril do ano passado"] == "2025-04"
    assert resolved("it", "Il ponte è stato aperto nell'aprile dell'anno scorso.", _NOV)["aprile dell'anno scorso"] == "2025-04"
    assert resolved("fr", "Le pont a été ouvert en avril de l'année dernière.", _NOV)["avril de l'année dernière"] == "2025-04"
    assert resolved("de", "Die Brücke wurde im April des vergangenen Jahres eröffnet.", _NOV)["April des vergangenen Jahres"] == "2025-04"
    assert resolved("ro", "Podul a fost deschis în aprilie anul trecut.", _NOV)["aprilie anul trecut"] == "2025-04"


def test_year_first_and_the_past_month_of() -> None:
    assert resolved("hu", "A hidat tavaly áprilisban adták át.", _NOV)["tavaly áprilisban"] == "2025-04"
    # "el pasado mes de abril" is the latest April, this year's in November
    assert resolved("es", "El puente se abrió el pasado mes de abril.", _NOV)["abril"] == "2026-04"
    # a day of the month too, and a month with a year of its own stays as written
    assert resolved("es", "Se firmó el 9 de abril del año pasado.", _NOV)["9 de abril del año pasado"] == "2025-04-09"
    assert resolved("es", "Se firmó en abril de 2024, el año pasado no.", _NOV)["abril de 2024"] == "2024-04"


def test_polish_past_plural_is_no_perfective_future() -> None:
    # "-ali", "-yli" is the past's plural, "Strażacy" / "Policjanci" nouns: a past Wednesday, not next week's
    assert resolved("pl", "Strażacy ugasili pożar w środę, a policjanci przesłuchali świadków.", _NOV)["środę"] == "2026-11-18"
    assert resolved("pl", "Policjanci odnaleźli zaginionego w środę.", _NOV)["środę"] == "2026-11-18"
    assert resolved("pl", "Ratownicy przybyli do wsi w środę.", _NOV)["środę"] == "2026-11-18"
    assert resolved("pl", "Rada pozwoli na budowę w środę.", _NOV)["środę"] == "2026-11-25"


def _choices(a_text: str, b_text: str, lang: str) -> list[tuple[str, str]]:
    from parallax.compare.wording import word_choices
    from parallax.records import Article, Sentence

    a = Article(id="a", text=a_text, language=lang, sentences=[Sentence(0, len(a_text), a_text)])
    b = Article(id="b", text=b_text, language=lang, sentences=[Sentence(0, len(b_text), b_text)])
    return word_choices(a, a.sentences[0], b, b.sentences[0])


def test_a_phrase_moved_in_a_declined_language_pairs_with_nothing() -> None:
    # "przejściu" stands in both sentences, moved to the front: it is no wording of "wolności"
    got = _choices(
        "Kierowcy grozi do 5 lat więzienia za potrącenie rowerzysty na przejściu.",
        "Za potrącenie rowerzysty na przejściu kierowcy grozi do 5 lat pozbawienia wolności.",
        "pl",
    )
    assert not any("przejściu" in a for a, _ in got), got


_THURSDAY = "2026-11-19T10:00:00+01:00"


def test_hungarian_present_with_a_weekday_is_ahead() -> None:
    # the present names what is to come: "csökken" on a Thursday is the next Saturday
    assert resolved("hu", "Szombaton 15 forinttal csökken a gázolaj ára – közölte a portál.", _THURSDAY)["Szombaton"] == "2026-11-21"
    assert resolved("hu", "Szombaton a képviselők elé kerül a javaslat.", _THURSDAY)["Szombaton"] == "2026-11-21"
    # every past form is marked, the short and "-ult" ones too
    assert resolved("hu", "Szombaton megsérült két túrázó a Mátrában.", _THURSDAY)["Szombaton"] == "2026-11-14"
    assert resolved("hu", "Szombaton meghalt egy motoros Győr mellett.", _THURSDAY)["Szombaton"] == "2026-11-14"
    assert resolved("hu", "Szombaton baleset történt az M1-esen.", _THURSDAY)["Szombaton"] == "2026-11-14"


def test_a_possessive_against_an_adjective_is_no_choice() -> None:
    got = _choices("Helfer trugen 20 Kinder aus ihren Klassenzimmern.", "Helfer trugen 20 Kinder aus verschlammten Klassenzimmern.", "de")
    assert not got, got
    got = _choices("Strażnicy oddali mu klucze do magazynu.", "Strażnicy oddali prezesowi klucze do magazynu.", "pl")
    assert not any(a == "mu" for a, _ in got), got


def test_a_month_in_a_sure_past_sentence_is_the_past_one() -> None:
    # four months ahead is nearer than eight back, but the preterite says which
    assert resolved("es", "El ayuntamiento cerró el mercado en marzo.", _NOV)["marzo"] == "2026-03"
    assert resolved("pt", "A câmara fechou o mercado em março.", _NOV)["março"] == "2026-03"
    assert resolved("es", "El ayuntamiento abrirá el mercado en marzo.", _NOV)["marzo"] == "2027-03"
    # "en" is no "and" outside Dutch: the preterite before it is the clause's, near the turn of the year too
    assert resolved("es", "La alcaldía clausuró la feria en febrero.", _NOV)["febrero"] == "2026-02"


def test_this_year_elided_or_contracted() -> None:
    assert resolved("it", "Quest'anno le vendite sono calate.", _NOV)["Quest'anno"] == "2026"
    assert resolved("it", "Il museo è stato chiuso a febbraio di quest’anno.", _NOV)["febbraio di quest’anno"] == "2026-02"
    assert resolved("pt", "O museu reabriu em fevereiro deste ano.", _NOV)["fevereiro deste ano"] == "2026-02"
