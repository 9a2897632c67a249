"""Dates, session 36 (time37): a bare weekday in a clause about what is still to come.

A state said to last ("Die Schulen bleiben am Freitag geschlossen", "les écoles restent fermées vendredi") and a
forecast told in the present before a subjunctive ("se prevé que toque tierra el viernes") are about the coming
weekday; a German participle in ge- of a strong verb ("geschlossen") is no preterite; a deadline moved by a verb that
closes the clause ("wurde bis Dienstag vertagt") is ahead; a month before a spoken year is one month of that year.
Published on Wednesday 11 March 2026: Monday is the 9th, Friday the 13th.
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
        ("en", "Schools remain closed on Friday."),
        ("de", "Die Schulen bleiben am Freitag geschlossen."),
        ("de", "Die Sitzung wurde bis Freitag vertagt."),
        ("fr", "Les écoles restent fermées vendredi."),
        ("fr", "On s'attend à ce que la tempête touche terre vendredi."),
        ("es", "Se prevé que toque tierra el viernes por la noche."),
        ("es", "Las escuelas siguen cerradas el viernes."),
        ("es", "Se espera que la tormenta llegue el viernes."),
        ("it", "Si prevede che la tempesta tocchi terra venerdì."),
        ("it", "Le scuole restano chiuse venerdì."),
        ("pt", "Prevê-se que a tempestade chegue na sexta-feira."),
        ("pt", "Espera-se que a tempestade chegue na sexta-feira."),
        ("pt", "As escolas permanecem fechadas na sexta-feira."),
        ("nl", "De scholen blijven vrijdag gesloten."),
        ("nl", "De storm wordt vrijdag verwacht."),
        ("nl", "De vergadering is tot vrijdag uitgesteld."),
        ("pl", "Szkoły pozostaną zamknięte w piątek."),
        ("pl", "Szkoły pozostają zamknięte w piątek."),
        ("pl", "Oczekuje się, że burza dotrze do lądu w piątek."),
        ("ru", "Школы останутся закрытыми в пятницу."),
        ("ru", "Школы остаются закрытыми в пятницу."),
    ],
)
def test_a_weekday_of_a_lasting_state_or_a_forecast_is_the_coming_one(lang: str, text: str) -> None:
    assert [v[:10] for v in _values(lang, text) if v] == [AHEAD]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Schools were closed on Monday."),
        ("en", "The storm made landfall on Monday."),
        ("de", "Die Schulen waren am Montag geschlossen."),
        ("de", "Der Sturm traf am Montag auf Land."),
        ("de", "Die Schulen wurden am Montag geschlossen."),
        ("fr", "La tempête a touché terre lundi."),
        ("fr", "Les écoles étaient fermées lundi."),
        ("es", "La tormenta tocó tierra el lunes."),
        ("es", "Las escuelas fueron cerradas el lunes."),
        ("it", "La tempesta ha toccato terra lunedì."),
        ("pt", "A tempestade chegou na segunda-feira."),
        ("nl", "De scholen waren maandag gesloten."),
        ("pl", "Szkoły były zamknięte w poniedziałek."),
        ("ru", "Школы были закрыты в понедельник."),
    ],
)
def test_a_weekday_told_in_the_past_stays_the_last_one(lang: str, text: str) -> None:
    assert [v[:10] for v in _values(lang, text) if v] == [PAST]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a state or a forecast looks at the weekday after it only: a weekday before it keeps its own clause's tense
        ("fr", "Lundi, la tempête a touché terre et les écoles restent fermées."),
        ("es", "El lunes la tormenta tocó tierra, y se espera que llegue más lluvia."),
    ],
)
def test_a_weekday_before_the_state_keeps_its_tense(lang: str, text: str) -> None:
    assert [v[:10] for v in _values(lang, text) if v] == [PAST]


def test_a_german_participle_of_a_strong_verb_is_no_preterite() -> None:
    from parallax.analyze.timelex.de import DE
    from parallax.analyze.times.cues import sentence_tense

    text = "Die Schulen bleiben am Freitag geschlossen."
    s = text.index("Freitag")
    assert sentence_tense(DE, text, s, s + len("Freitag")) == "future"
    past = "Die Werke schlossen am Montag."  # the preterite plural still is one
    s = past.index("Montag")
    assert sentence_tense(DE, past, s, s + len("Montag")) == "past"


def test_a_moved_deadline_with_the_verb_in_another_clause_is_no_move() -> None:
    # "bis Freitag, als ... verlängert": the comma ends the clause the day is in
    text = "Die Schulen waren bis Freitag geschlossen, dann wurde die Frist verlängert."
    assert [v[:10] for v in _values("de", text) if v] == ["2026-03-06"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was born in January nineteen ninety-seven.", "1997-01"),
        ("The plant opened in March, nineteen eighty-four.", "1984-03"),
    ],
)
def test_a_month_before_a_spoken_year_is_that_month(text: str, value: str) -> None:
    assert _values("en", text) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The storm is likely to make landfall on Friday."),
        ("en", "The storm is forecast to make landfall on Friday."),
        ("de", "Der Sturm dürfte am Freitag auf Land treffen."),
        ("fr", "La tempête pourrait toucher terre vendredi."),
        ("es", "La tormenta podría tocar tierra el viernes."),
        ("it", "La tempesta potrebbe arrivare venerdì."),
        ("it", "Il treno dovrebbe arrivare venerdì."),
        ("pt", "A tempestade deve chegar na sexta-feira."),
        ("pl", "Burza ma dotrzeć do lądu w piątek."),
        ("ru", "Шторм может обрушиться на побережье в пятницу."),
        ("ru", "По прогнозам, шторм достигнет побережья в пятницу."),
    ],
)
def test_a_weekday_of_what_may_or_is_likely_to_happen_is_the_coming_one(lang: str, text: str) -> None:
    assert [v[:10] for v in _values(lang, text) if v] == [AHEAD]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Las escuelas siguen cerradas desde el lunes."),
        ("it", "Le scuole restano chiuse da lunedì."),
        ("pt", "As escolas continuam fechadas desde segunda-feira."),
        ("fr", "Les écoles restent fermées depuis lundi."),
        ("nl", "De scholen blijven sinds maandag gesloten."),
        ("en", "Schools remain closed after the storm hit on Monday."),
    ],
)
def test_a_state_that_lasts_since_a_weekday_keeps_the_last_one(lang: str, text: str) -> None:
    assert [v[:10] for v in _values(lang, text) if v] == [PAST]


def test_the_qa_report_published_on_a_thursday_keeps_the_coming_friday() -> None:
    values = [v for _, _, v, _ in resolve_text("Die Schulen bleiben am Freitag geschlossen.", "de", "2026-03-12")]
    assert values == ["2026-03-13"]


def test_a_polish_noun_after_ma_is_no_infinitive() -> None:
    from parallax.analyze.timelex.pl import PL
    from parallax.analyze.times.cues import _future_pattern

    assert _future_pattern(PL).search("Ustawa ma moc prawną.") is None
    assert _future_pattern(PL).search("Burza ma dotrzeć do lądu.") is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Se espera que hable del ataque del lunes."),
        ("it", "Si prevede che parli dell'attacco di lunedì."),
        ("pt", "Espera-se que fale sobre o ataque de segunda-feira."),
    ],
)
def test_a_weekday_of_a_noun_after_a_forecast_keeps_its_events_tense(lang: str, text: str) -> None:
    assert [v[:10] for v in _values(lang, text) if v] == [PAST]
