"""QA round 55b (European languages): an outlet quoting a person's words whose Ukrainian genitive surname reads like a
country's ("наводить агентство слова Івана Петренка"), a body after "в" with a plural verb ("В МЧС сообщили, что"),
an article before a body's acronym ("meldt de NS"), Latvian and Greek reporting verbs, an hour after an evening
weekday ("maandagavond 8 uur" is 20:00), and a Nordic day announced in the present passive ("Onsdag er det erklært
sørgedag")."""

from __future__ import annotations

import pytest

from tests.helpers import quote_speakers, time_values


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Пожежа почалася вранці. «Постраждалих немає», — наводить агентство слова Івана Петренка.", "uk", "Іван Петренко"),
        ("«Евакуацію завершено», — наводять місцеві ЗМІ слова Олени Бондаренко.", "uk", "Олена Бондаренко"),
        ("„Няма пострадали“, цитира агенцията думите на Иван Петров.", "bg", "Иван Петров"),
        # a role before a country in the genitive is still a description, not a person
        ("«Постраждалих немає», — заявив посол Туреччини.", "uk", "посол Туреччини"),
    ],
)
def test_an_outlet_quoting_a_person_s_words_with_a_genitive_surname(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "clause"),
    [
        ("В пресс-службе министерства сообщили, что пострадавших среди пассажиров нет.", "ru", "пресс-службе министерства",
         "пострадавших среди пассажиров нет"),
        ("Поезд сошел с рельсов утром. В МЧС заявили, что эвакуация завершена к полудню.", "ru", "МЧС", "эвакуация завершена к полудню"),
        ("В понедельник в Министерстве транспорта сообщили, что движение восстановят к вечеру.", "ru", "Министерстве транспорта",
         "движение восстановят к вечеру"),
        ("У пресслужбі міністерства повідомили, що постраждалих серед пасажирів немає.", "uk", "пресслужбі міністерства",
         "постраждалих серед пасажирів немає"),
    ],
)
def test_a_body_after_in_with_a_plural_verb_reports_what_it_said(text, lang, speaker, clause) -> None:
    from tests.helpers import analyzed

    assert [(q.kind, q.speaker, q.text) for q in analyzed(text, lang).quotes] == [("indirect", speaker, clause)]


@pytest.mark.parametrize(
    "text",
    [
        "В Москве заявили о начале расследования.",  # no "что": no clause reported
        "В школах сообщили, что уроки отменят до конца недели.",  # the people there said it
    ],
)
def test_a_place_after_in_without_what_was_said(text) -> None:
    from tests.helpers import analyzed

    kinds = [q.kind for q in analyzed(text, "ru").quotes]
    assert kinds == ([] if "что" not in text else ["indirect"])


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # an article before a body's acronym after the cue is no role the acronym's body is of
        ("„Er rijden vandaag geen treinen tussen Utrecht en Arnhem”, meldt de NS.", "nl", "NS"),
        ("De treinen tussen Utrecht en Arnhem rijden vanaf woensdag weer volgens de dienstregeling, meldt de NS.", "nl", "NS"),
        ("„Es gibt keine Verletzten unter den Fahrgästen“, sagte die DB.", "de", "DB"),
        # told, estimated
        ("Ugunsdzēsēju pārstāve Ilze Kalniņa pastāstīja, ka ugunsgrēks nodzēsts pēc trim stundām.", "lv", "Ilze Kalniņa"),
        ("Ο δήμαρχος Νίκος Αλεξίου εκτίμησε ότι οι ζημιές ξεπερνούν τα δύο εκατομμύρια ευρώ.", "el", "Νίκος Αλεξίου"),
        ("«Οι ζημιές ξεπερνούν τα δύο εκατομμύρια ευρώ», εκτίμησε ο δήμαρχος Νίκος Αλεξίου.", "el", "Νίκος Αλεξίου"),
    ],
)
def test_reporting_verbs_and_a_body_with_its_article(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "clock", "hour"),
    [
        ("Het ongeluk gebeurde maandagavond 8 uur bij Zwolle.", "nl", "8 uur", "2026-12-07T20"),
        ("Het ongeluk gebeurde om 8 uur maandagavond.", "nl", "8 uur", "2026-12-07T20"),
        ("Der Unfall geschah am Montagabend um 8 Uhr.", "de", "8 Uhr", "2026-12-07T20"),
        ("Olyckan inträffade måndag kväll klockan 8.", "sv", "klockan 8", "2026-12-07T20"),
        ("Het overleg begon maandagmiddag om 3 uur.", "nl", "3 uur", "2026-12-07T15"),
        # a 24-hour time, a night, and an hour in the next sentence keep their hours
        ("Der Unfall geschah am Montagabend gegen 20 Uhr.", "de", "20 Uhr", "2026-12-07T20"),
        ("Het ongeluk gebeurde maandagnacht om 2 uur.", "nl", "2 uur", "T02"),
        ("Der Unfall geschah am Montagabend. Um 8 Uhr kam die Polizei.", "de", "8 Uhr", "2026-12-07T08"),
    ],
)
def test_an_hour_after_an_evening_weekday_is_in_the_evening(text, lang, clock, hour) -> None:
    assert hour in time_values(text, lang, "2026-12-09")[clock][:13]  # written on a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Onsdag er det erklært sørgedag i hele kommunen.", "no", "2026-12-09"),
        ("Onsdag er det varslet kraftig vind på kysten.", "no", "2026-12-09"),
        ("Onsdag er der erklæret landesorg efter ulykken.", "da", "2026-12-09"),
        ("Onsdag är det utlyst landssorg efter olyckan.", "sv", "2026-12-09"),
        # the past and a count recorded stay back
        ("Onsdag var det sørgedag i hele kommunen.", "no", "2026-12-02"),
        ("Mandag er det registrert 40 nye tilfeller.", "no", "2026-12-07"),
    ],
)
def test_a_nordic_day_announced_in_the_present_passive_is_ahead(text, lang, value) -> None:
    assert list(time_values(text, lang, "2026-12-08").values()) == [value]  # written on a Tuesday
