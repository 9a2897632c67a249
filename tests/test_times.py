"""Temporal expressions resolved against the publication date."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

PUB = "2022-04-08"  # a Friday


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("en", "NATO members agreed on Thursday to act.", "Thursday", "2022-04-07"),
        ("en", "On Tuesday, the partners met.", "Tuesday", "2022-04-05"),
        ("en", "They held a summit last month.", "last month", "2022-03"),
        ("en", "They released a statement March 24 urging all members.", "March 24", "2022-03-24"),
        ("en", "They first met during December 2020.", "December 2020", "2020-12"),
        ("en", "A meeting in Brussels on April 6-7.", "April 6-7", "2022-04-06/2022-04-07"),
        ("en", "A summit is planned for June in Madrid.", "June", "2022-06"),
        ("en", "The ministers will meet again next Tuesday.", "next Tuesday", "2022-04-12"),
        ("en", "The vote was held yesterday.", "yesterday", "2022-04-07"),
        ("en", "It happened three days ago.", "three days ago", "2022-04-05"),
        ("en", "Ahead of this week's gathering.", "this week", "2022-W14"),
        ("en", "The law passed on 3 March 2021.", "3 March 2021", "2021-03-03"),
        ("en", "Talks lasted two days.", "two days", "P2D"),
        ("de", "Die Minister trafen sich am Donnerstag in Brüssel.", "Donnerstag", "2022-04-07"),
        ("de", "Das Treffen fand am 7. April statt.", "7. April", "2022-04-07"),
        ("de", "Im vergangenen Monat gab es Gespräche.", "vergangenen Monat", "2022-03"),
        ("fr", "Les ministres se sont réunis jeudi à Bruxelles.", "jeudi", "2022-04-07"),
        ("fr", "La réunion du 6 au 7 avril.", "6 au 7 avril", "2022-04-06/2022-04-07"),
        ("fr", "Le sommet du mois dernier.", "mois dernier", "2022-03"),
        ("es", "Los ministros se reunieron el 7 de abril.", "7 de abril", "2022-04-07"),
        ("it", "Il Consiglio dei ministri si è riunito giovedì a Roma.", "giovedì", "2022-04-07"),
        ("it", "Tre giorni fa il ministro era a Bruxelles.", "Tre giorni fa", "2022-04-05"),
        ("it", "Il voto è previsto il 7 aprile 2023.", "7 aprile 2023", "2023-04-07"),
        ("it", "La riunione della settimana scorsa.", "settimana scorsa", "2022-W13"),
        ("pt", "O governo aprovou ontem o orçamento.", "ontem", "2022-04-07"),
        # a future tense sends a bare weekday forward (PUB is a Friday)
        ("it", "Il consiglio comunale si riunirà giovedì in seduta straordinaria.", "giovedì", "2022-04-14"),
        ("es", "El Gobierno se reunirá el jueves con la cofradía.", "jueves", "2022-04-14"),
        ("en", "The protesters vowed to return to the park on Saturday.", "Saturday", "2022-04-09"),
        ("en", "Norvik said Monday that it plans to bid for the rest.", "Monday", "2022-04-04"),
        # Brazilian papers add the day of the month: "na segunda-feira (11)"
        ("pt", "A secretária vai propor uma reunião na segunda-feira (11), em Belo Horizonte.", "segunda-feira (11)", "2022-04-11"),
        ("pt", "O ministro falou na terça-feira (5) com os prefeitos.", "terça-feira (5)", "2022-04-05"),
        # a bare clock time takes the day its sentence names
        ("en", "Police yesterday cleared the camp in an operation that started shortly after 5am.", "5am", "2022-04-07T05:00"),
        ("de", "Die Polizei räumte gestern das Lager, der Einsatz begann um 5 Uhr.", "5 Uhr", "2022-04-07T05:00"),
        # German and Dutch write a weekday and its part as one word
        ("de", "Am Sonntagmorgen blockierten Aktivisten die Zufahrt.", "Sonntagmorgen", "2022-04-03TMO"),
        ("nl", "Op maandagavond werd de weg geblokkeerd.", "maandagavond", "2022-04-04TEV"),
        # French future and conditional
        ("fr", "Les sept personnes interpellées seraient présentées à un juge jeudi.", "jeudi", "2022-04-14"),
        ("fr", "La Fédération appelle à une grande mobilisation samedi.", "samedi", "2022-04-09"),
        # a deadline with no tense to say otherwise is ahead
        ("es", "Alerta naranja hasta el martes en toda la provincia.", "martes", "2022-04-12"),
        ("en", "The alert stays in force until Tuesday.", "Tuesday", "2022-04-12"),
        ("en", "The museum was closed until Tuesday.", "Tuesday", "2022-04-05"),
        # ordinal marks after the day
        ("it", "Il decreto entra in vigore il 1° luglio.", "1° luglio", "2022-07-01"),
        ("pt", "A lei vale a partir de 1º de junho.", "1º de junho", "2022-06-01"),
        # Dutch
        ("nl", "De politie hield dinsdag 14 demonstranten aan.", "dinsdag", "2022-04-05"),
        ("nl", "Gisteren was het rustig in de stad.", "Gisteren", "2022-04-07"),
        ("nl", "De raad vergadert volgende week opnieuw.", "volgende week", "2022-W15"),
        ("nl", "De nieuwe regels gelden vanaf 1 januari 2023.", "1 januari 2023", "2023-01-01"),
        ("nl", "Drie dagen geleden was de minister in Brussel.", "Drie dagen geleden", "2022-04-05"),
        ("nl", "De actie begon om 07.00 uur.", "07.00 uur", "2022-04-08T07:00"),
        ("pt", "Há três dias o ministro estava em Bruxelas.", "Há três dias", "2022-04-05"),
        ("pt", "A votação será em 7 de abril de 2023.", "7 de abril de 2023", "2023-04-07"),
        ("pt", "Os ministros reuniram-se na quinta-feira.", "quinta-feira", "2022-04-07"),
        # a part of the day, joined by a word or written as one word with its day
        ("es", "La votación será esta tarde.", "esta tarde", "2022-04-08TAF"),
        ("es", "Los disturbios empezaron ayer por la noche.", "ayer por la noche", "2022-04-07TNI"),
        ("es", "Se fue anoche.", "anoche", "2022-04-07TNI"),
        ("es", "La cumbre será pasado mañana.", "pasado mañana", "2022-04-10"),
        ("pt", "Ele saiu ontem à noite.", "ontem à noite", "2022-04-07TNI"),
        ("fr", "Hier dans la soirée, la police est intervenue.", "Hier dans la soirée", "2022-04-07TEV"),
        ("it", "I combattimenti sono ripresi stasera.", "stasera", "2022-04-08TEV"),
        ("nl", "De stemming is vanmiddag.", "vanmiddag", "2022-04-08TAF"),
        ("nl", "Hij vertrok gisteravond.", "gisteravond", "2022-04-07TEV"),
        ("de", "Die Kämpfe gingen heute Abend weiter.", "heute Abend", "2022-04-08TEV"),
        # the modifier before the weekday as well as after it
        ("es", "Se desplomó el pasado lunes, poco antes de las ocho.", "pasado lunes", "2022-04-04"),
        ("it", "È successo lo scorso lunedì.", "scorso lunedì", "2022-04-04"),
        ("pt", "Na próxima segunda-feira haverá votação.", "próxima segunda-feira", "2022-04-11"),
        # Russian and Ukrainian, in the cases news uses
        ("ru", "В Казани в среду вечером загорелся склад.", "среду вечером", "2022-04-06TEV"),
        ("ru", "Встреча состоится 25 ноября 2026 года.", "25 ноября 2026", "2026-11-25"),
        ("ru", "На прошлой неделе министр заявил, что три дня назад начались переговоры.", "три дня назад", "2022-04-05"),
        ("ru", "Саммит пройдет в следующий вторник.", "следующий вторник", "2022-04-12"),
        ("uk", "У середу ввечері в Києві пролунали вибухи.", "середу ввечері", "2022-04-06TEV"),
        ("uk", "Зустріч відбудеться 25 листопада.", "25 листопада", "2022-11-25"),
        ("pl", "W środę wieczorem w Gdańsku wybuchł pożar.", "środę wieczorem", "2022-04-06TEV"),
        ("pl", "W ubiegłym tygodniu minister powiedział, że trzy dni temu rozpoczęły się rozmowy.", "trzy dni temu", "2022-04-05"),
        ("pl", "Szczyt odbędzie się w przyszły wtorek.", "przyszły wtorek", "2022-04-12"),
        # a weekday ahead: the sentence expects it, or its verb is in the future tense
        ("en", "First results are expected Monday.", "Monday", "2022-04-11"),
        ("fr", "Le vote aura lieu lundi.", "lundi", "2022-04-11"),
        ("fr", "La réunion se tiendra lundi à Paris.", "lundi", "2022-04-11"),
        ("fr", "Le vote a eu lieu lundi.", "lundi", "2022-04-04"),
    ],
)
def test_resolution(lang, text, expr, value):
    found = {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, PUB)}
    assert found.get(expr) == value, found


def test_modal_may_is_not_a_month():
    assert resolve_text("Officials May consider it.", "en", PUB) == []
    assert resolve_text("He said it may rain.", "en", PUB) == []


def test_relative_without_publication_date_is_unresolved():
    [(s, e, value, gran)] = resolve_text("They met on Thursday.", "en", None)
    assert value is None


def test_year_inference_across_new_year():
    [(s, e, value, _)] = resolve_text("The storm hit on December 30.", "en", "2023-01-02")
    assert value == "2022-12-30"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Vers 21 heures, des manifestants ont déversé du fumier devant la préfecture.", "2026-02-18T07:15:00+01:00", "2026-02-17T21:00"),
        ("La réunion commencera à 21 heures à la préfecture.", "2026-02-18T07:15:00+01:00", "2026-02-18T21:00"),
        ("Vers 6 heures, la police est arrivée devant la préfecture.", "2026-02-18T07:15:00+01:00", "2026-02-18T06:00"),
    ],
)
def test_a_clock_time_after_the_publication_time_was_the_day_before(text, published, value):
    [(_, _, got, _)] = resolve_text(text, "fr", published)
    assert got == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The crash happened at 11 p.m. on Dec. 30 near the border.", "2026-12-30T23:00"),
        ("The crash happened at 11 p.m. last Tuesday.", "2026-12-29T23:00"),
        ("The crash happened at 11 p.m. Tuesday.", "2026-12-29T23:00"),
    ],
)
def test_a_clock_time_takes_the_day_that_follows_it(text, value):
    """Published on Saturday 2 January at 9 a.m.: the day after the time is its day, not the day of publication."""
    assert [v for _, _, v, _ in resolve_text(text, "en", "2027-01-02T09:00:00-05:00")] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Trains stopped at 16:45 local time on Monday near the tunnel.", "2027-01-04T16:45"),
        ("en", "The dam gave way at 6 a.m. (0500 GMT) on Monday.", "2027-01-04T06:00"),
        ("it", "La frana si è staccata alle 16.45 di lunedì.", "2027-01-04T16:45"),
        ("es", "El derrumbe se produjo a las 16:45 hora local del lunes.", "2027-01-04T16:45"),
        ("de", "Der Damm brach um 16.45 Uhr am Montag.", "2027-01-04T16:45"),
        # another clause, or "until", does not give its day to the time
        ("en", "The dam gave way at 16:45, and on Monday the valley was evacuated.", "2027-01-06T16:45"),
        ("en", "The road stays closed from 16:45 until Monday.", "2027-01-06T16:45"),
    ],
)
def test_a_clock_time_takes_the_day_written_after_it_in_its_phrase(lang, text, value):
    """Published on Wednesday 6 January: the hour first, then its day, as wires write it."""
    assert resolve_text(text, lang, "2027-01-06")[0][2] == value


def test_a_language_without_a_lexicon_keeps_iso_dates_and_reads_no_bare_years():
    found = resolve_text("Pożar objął 2000 metrów kwadratowych, 2026-11-18.", "pl", "2026-11-20")
    assert [(v, g) for _, _, v, g in found] == [("2026-11-18", "day")]


def test_a_bare_clock_time_takes_the_day_the_previous_paragraph_named():
    from parallax.analyze.times import resolve_paragraphs

    first = "Пожар начался в понедельник вечером на заводе."
    found = resolve_paragraphs([(0, first), (len(first) + 2, "Первые пожарные расчёты прибыли около 19:40.")], "ru", "2026-03-17T09:00:00+03:00")
    assert [v for _, _, v, _ in found] == ["2026-03-16TEV", "2026-03-16T19:40"]


@pytest.mark.parametrize(
    ("lang", "first", "second", "value"),
    [
        ("en", "The fire broke out on Monday.", "Crews returned the next day and found two more victims.", "2026-03-17"),
        ("fr", "L'incendie a éclaté lundi.", "Le lendemain, le maire s'est rendu sur place.", "2026-03-17"),
        ("es", "El incendio empezó el lunes.", "Al día siguiente el alcalde visitó la fábrica.", "2026-03-17"),
        ("de", "Das Feuer brach am Montag aus.", "Am nächsten Tag besuchte der Bürgermeister das Werk.", "2026-03-17"),
        ("ru", "Пожар начался в понедельник.", "На следующий день мэр посетил завод.", "2026-03-17"),
        ("en", "The plant was quiet.", "It will reopen the next day.", None),  # no day named: unresolved, not the day after publication
        # a written date anchors it too, in the same paragraph or the one before
        ("en", "The fire broke out on March 12.", "Crews returned the next day.", "2026-03-13"),
        ("fr", "L'incendie a éclaté le 12 mars. Le lendemain, le maire s'est rendu sur place.", "Rien de plus.", "2026-03-13"),
        ("de", "Das Feuer brach am 2026-03-12 aus. Am nächsten Tag kam der Bürgermeister.", "Mehr nicht.", "2026-03-13"),
    ],
)
def test_the_next_day_is_the_day_after_the_day_the_text_named(lang, first, second, value):
    from parallax.analyze.times import resolve_paragraphs

    found = resolve_paragraphs([(0, first), (len(first) + 2, second)], lang, "2026-03-20T09:00:00+00:00")
    assert found[-1][2] == value, found


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # numeric dates every language writes alike, with or without a lexicon
        ("zh", "2026年3月14日凌晨，3月12日", ["2026-03-14", "2026-03-12"]),
        ("zh", "14日晚，日本和日元", ["2026-03-14"]),  # a day of this month, not 日本 (Japan)
        ("ko", "2026년 3월 14일 오전", ["2026-03-14"]),
        ("el", "Το πρωί της 14/03/2026", ["2026-03-14"]),
        ("tr", "14.03.2026 sabahı", ["2026-03-14"]),
        ("nl", "op 14-03-2026", ["2026-03-14"]),
        ("fr", "le 02/03/2026", ["2026-03-02"]),
        # in English a slash date is read only where one order is impossible
        ("en", "on 3/14/2026 and on 14/3/2026 but not on 03/04/2026", ["2026-03-14", "2026-03-14", None]),
        # a 24-hour clock time in figures
        ("en", "The blast came at 14:30.", ["2026-03-14T14:30"]),
        ("en", "It began the day before yesterday and ends the day after tomorrow.", ["2026-03-13", "2026-03-17"]),
        # figures with a colon that are no time of day: a race time, a verse, a map scale; an hour of one digit after "at"
        ("en", "She won in 2:05:37, John 3:16 on a 1:50,000 map, at 9:30.", ["2026-03-15T09:30"]),
        ("es", "El accidente ocurrió a las 8.30 horas.", ["2026-03-15T08:30"]),
        # a clock time takes the date written before it in its paragraph
        ("en", "The fire broke out on March 11 at about 11 p.m.", ["2026-03-11", "2026-03-11T23:00"]),
        ("de", "Am 11.03.2026 gegen 06:40 kam der Alarm.", ["2026-03-11", "2026-03-11T06:40"]),
        ("de", "Um 06:40 kam der Alarm.", ["2026-03-15T06:40"]),
    ],
)
def test_numeric_dates_and_24_hour_times_in_any_language(lang, text, values):
    from parallax.analyze.times import resolve_text

    assert [v for _, _, v, _ in resolve_text(text, lang, "2026-03-15T10:00:00+00:00")] == values


def test_a_participle_after_a_linking_verb_is_no_past_tense():
    import parallax
    from parallax.records import Article

    for text, value in (("Line 7 will stay closed until Friday.", "2026-07-10"), ("The road is closed until Friday.", "2026-07-10"),
                        ("Police closed the road on Friday.", "2026-07-03")):
        art = parallax.analyze([Article(id="en", text=text, language="en", published="2026-07-08T10:00:00Z")])[0]
        assert [t.value for t in art.times] == [value], text
