"""QA round 54b (European languages): an outlet quoting someone's words ("приводит агентство слова Ивана Петрова"),
a body named in small letters after its first word ("сообщили в Государственной горной службе"), a French surname's
silent last letter across scripts ("Марк Дюпон" / "Marc Dupont"), the Ukrainian perfective future of "-ає"/"-де"
verbs by a weekday ("відвідає шахту у вівторок"), and Czech/Slovak "za" + count before a past verb (a length)."""

from __future__ import annotations

import pytest

from tests.helpers import mixed_conflicts, quote_speakers, time_values


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Пожар начался утром. «Пострадавших нет», — приводит агентство слова Ивана Петрова.", "ru", "Иван Петров"),
        ("«Пострадавших нет», — приводят СМИ слова Марии Ивановой.", "ru", "Мария Иванова"),
        ("«Постраждалих немає», — наводять ЗМІ слова директора шахти Івана Петренка.", "uk", "Іван Петренко"),
    ],
)
def test_an_outlet_quoting_a_person_s_words(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Под завалами остаются 12 горняков», — сообщили в Государственной горной службе.", "ru", "Государственной горной службе"),
        (
            "Під завалами залишаються 12 гірників, ще 37 людей вдалося підняти на поверхню, повідомили в Державній гірничій службі.",
            "uk",
            "Державній гірничій службі",
        ),
        ("«Рятувальники працюють», — повідомили в Національній поліції.", "uk", "Національній поліції"),
        # an adjective-shaped surname before a common noun is no body's name
        ("«Все под контролем», — сказал Толстой журналистам.", "ru", "Толстой"),
    ],
)
def test_a_body_named_in_small_letters_after_its_first_word(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]


def test_a_french_surname_with_a_silent_last_letter_across_scripts() -> None:
    ru = "«Мы используем все доступное оборудование», — сказал технический директор компании Марк Дюпон."
    fr = "« Nous utilisons tout l'équipement disponible », a dit le directeur technique de la société, Marc Dupont."
    assert [k for k, _ in mixed_conflicts(("ru", ru), ("fr", fr))] == []
    other = fr.replace("Marc Dupont", "Marc Dumont")
    assert [k for k, _ in mixed_conflicts(("ru", ru), ("fr", other))] == ["speaker"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Прем'єр-міністр відвідає шахту у вівторок.", "2026-12-08"),
        ("Делегація прибуде до Києва у четвер.", "2026-12-10"),
        ("Делегація прибула до Києва у четвер.", "2026-12-03"),
    ],
)
def test_the_ukrainian_perfective_future_by_a_weekday(text, value) -> None:
    assert list(time_values(text, "uk", "2026-12-07").values()) == [value]  # written on a Monday


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Za jeden den napadlo 40 centimetrů sněhu.", "cs", "P1D"),
        ("Za jeden deň napadlo 40 centimetrov snehu.", "sk", "P1D"),
        ("Most otevřou za dva dny.", "cs", "2026-12-09"),
        ("Za dva dny se most otevře.", "cs", "2026-12-09"),
    ],
)
def test_czech_za_with_a_count_before_a_past_verb_is_a_length(text, lang, value) -> None:
    assert list(time_values(text, lang, "2026-12-07").values()) == [value]


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "Uværet traff Sverige søndag kveld. – Vi har aldri sett så mange trær over ledningene. Det er helt ekstremt, sier pressesjef Anna Lindqvist.",
            "no",
            "Vi har aldri sett så mange trær over ledningene. Det er helt ekstremt",
        ),
        (
            "Stormen drog in under söndagen. – Vi har aldrig sett så många träd. Det är helt extremt, säger presschefen Anna Lindqvist.",
            "sv",
            "Vi har aldrig sett så många träd. Det är helt extremt",
        ),
        # a quotation that opens in the sentence after the dash's is its own
        (
            "Stormen drog in under söndagen. – Vi har aldrig sett så många träd. ”Det är helt extremt”, säger presschefen Anna Lindqvist.",
            "sv",
            "Det är helt extremt",
        ),
    ],
)
def test_a_dash_quotation_inside_a_paragraph_runs_to_its_cue(text, lang, quote) -> None:
    from tests.helpers import analyzed

    assert [(q.text, q.speaker) for q in analyzed(text, lang).quotes] == [(quote, "Anna Lindqvist")]


@pytest.mark.parametrize(
    "text",
    [
        "Bij een treinongeluk zijn maandagavond 32 mensen gewond geraakt.",
        "Er raakten maandagavond 250 mensen gewond.",
    ],
)
def test_a_dutch_weekday_with_its_part_before_a_count(text) -> None:
    # a count after "maandagavond" is no clock hour that would take the part of the day from the weekday
    assert list(time_values(text, "nl", "2026-12-08").values()) == ["2026-12-07TEV"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vláda o pomoci rozhodne v piatok.", "2026-12-11"),
        ("Školy zatvoria v piatok.", "2026-12-11"),
        ("V piatok príde minister.", "2026-12-11"),
        ("Vláda o pomoci rozhodla v piatok.", "2026-12-04"),
        ("Zasadnutie sa konalo v piatok.", "2026-12-04"),
    ],
)
def test_the_slovak_perfective_future_by_a_weekday(text, value) -> None:
    assert list(time_values(text, "sk", "2026-12-09").values()) == [value]  # written on a Wednesday


_SHIP_LV = "Trešdienas vakarā Rīgas ostā aizdegās kravas kuģis. Ugunsgrēkā cieta trīs apkalpes locekļi, viņi nogādāti slimnīcā."
_SHIP_LT = "Trečiadienio vakarą Rygos uoste užsidegė krovininis laivas. Gaisro metu nukentėjo trys įgulos nariai, jie nuvežti į ligoninę."
_SHIP_ET = "Kolmapäeva õhtul süttis Riia sadamas kaubalaev. Tulekahjus sai viga viis meeskonnaliiget, nad viidi haiglasse."


def test_a_crew_counted_by_its_members_across_the_baltic_languages() -> None:
    assert mixed_conflicts(("lv", _SHIP_LV), ("et", _SHIP_ET)) == [("number", {"a": [3.0], "b": [5.0], "unit": "crew"})]
    assert mixed_conflicts(("lt", _SHIP_LT), ("et", _SHIP_ET)) == [("number", {"a": [3.0], "b": [5.0], "unit": "crew"})]
    assert mixed_conflicts(("lv", _SHIP_LV), ("lt", _SHIP_LT)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wegen eines Streiks fallen bei der SNCF am Montag 60 Prozent der TGV aus, teilte die Unternehmensleitung mit.", "2026-12-14"),
        ("Der Zug fällt am Montag aus.", "2026-12-14"),
        ("Am Montag beginnen die Verhandlungen.", "2026-12-14"),
        ("Am Montag fielen 60 Prozent der TGV aus.", "2026-12-07"),
    ],
)
def test_a_german_present_of_a_schedule_in_the_plural_looks_ahead(text, value) -> None:
    assert time_values(text, "de", "2026-12-11")["Montag"] == value  # written on a Friday


@pytest.mark.parametrize(
    "text",
    [
        "Volvo Cars despedirá a 1.200 empleados en Gotemburgo, anunció la compañía el domingo.",
        "Volvo Cars despedirá a 1.200 empleados en Gotemburgo, anunció este domingo la compañía.",
    ],
)
def test_a_day_in_a_closing_clause_of_saying_is_when_it_was_said(text) -> None:
    assert list(time_values(text, "es", "2026-12-14").values()) == ["2026-12-13"]  # written on a Monday


def test_a_day_of_the_statement_itself_still_looks_ahead() -> None:
    assert list(time_values("La empresa despedirá a 1.200 empleados el domingo.", "es", "2026-12-14").values()) == ["2026-12-20"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Είναι ένα βαρύ μήνυμα για όλη την περιοχή», δήλωσε η πρόεδρος του συνδικάτου IF Metall Λένα Μπεργκ.", "el", "Λένα Μπεργκ"),
        ("«Это тяжелый день для региона», — сказал глава компании Volvo Cars Хокан Самуэльссон.", "ru", "Хокан Самуэльссон"),
    ],
)
def test_a_latin_body_name_before_a_greek_or_cyrillic_speaker_is_no_part_of_the_name(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]
