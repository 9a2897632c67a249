"""QA round 53b (European languages): ages written as years of ("54 ετών", "w wieku 51 lat"), ..."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, quote_speakers, time_values


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("Ένας άνδρας 54 ετών μεταφέρθηκε στο νοσοκομείο.", "el", 54.0),
        ("Ο οδηγός, που είναι 54 ετών, μεταφέρθηκε στο νοσοκομείο.", "el", 54.0),
        ("Μια γυναίκα 71 ετών τραυματίστηκε ελαφρά.", "el", 71.0),
        ("Kierowca w wieku 51 lat trafił do szpitala.", "pl", 51.0),
        ("Zginął mężczyzna w wieku 51 lat.", "pl", 51.0),
        ("Nejstaršímu z obětí bylo 51 let.", "cs", 51.0),
        ("Řidiči autobusu je 45 let.", "cs", 45.0),
        ("Жена на 72 години е откарана в болницата.", "bg", 72.0),
        ("Najstarszy z zabitych górników miał 58 lat.", "pl", 58.0),
        ("Самому старшему из погибших было 58 лет.", "ru", 58.0),
    ],
)
def test_an_age_in_years_of_is_an_age_not_a_span(text, lang, age) -> None:
    art = analyzed(text, lang)
    assert [(q.value, q.unit) for q in art.quantities] == [(age, "(age)")]
    assert [t.value for t in art.times] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Καταδικάστηκε σε ποινή φυλάκισης 10 ετών.", "el"),
        ("Το πρόγραμμα διάρκειας 5 ετών ξεκινά φέτος.", "el"),
        ("Pracował w kopalni przez 30 lat.", "pl"),
        ("Pracoval v dole 30 let.", "cs"),
        ("Заводът работи в продължение на 30 години.", "bg"),
        ("Firma miała 30 lat doświadczenia w branży.", "pl"),
        ("Firmě je to jedno už 30 let.", "cs"),
    ],
)
def test_a_span_of_years_stays_a_span(text, lang) -> None:
    art = analyzed(text, lang)
    assert [q.unit for q in art.quantities if q.unit == "(age)"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kovács Péter polgármester azt nyilatkozta, hogy a helyzet ellenőrzés alatt van.",
        "Kovács Péter polgármester azt mondta, hogy a helyzet ellenőrzés alatt van.",
        "Kovács Péter polgármester az MTI-nek azt nyilatkozta, hogy a helyzet ellenőrzés alatt van.",
        "Kovács Péter azt nyilatkozta a sajtónak, hogy a helyzet ellenőrzés alatt van.",
        "„A helyzet ellenőrzés alatt van” – nyilatkozta az MTI-nek Kovács Péter polgármester.",
        "„A helyzet ellenőrzés alatt van” – mondta a Telexnek Kovács Péter.",
    ],
)
def test_hungarian_reported_speech_with_the_role_after_the_name_or_the_one_told(text) -> None:
    assert quote_speakers(text, "hu") == ["Kovács Péter"]


def test_a_hungarian_body_before_its_role_is_no_name() -> None:
    assert "A Fidesz" not in quote_speakers("A Fidesz szóvivője azt nyilatkozta, hogy a párt nem támogatja a javaslatot.", "hu")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ministrul de Interne, Maria Ionescu, a declarat: „Situația este sub control.”", "ro"),
        ("Ministrul de Externe, Maria Ionescu, a spus: „Situația este sub control.”", "ro"),
    ],
)
def test_a_role_s_portfolio_after_a_particle_is_no_person(text, lang) -> None:
    art = analyzed(text, lang)
    assert [q.speaker for q in art.quotes] == ["Maria Ionescu"]
    assert [e.text for e in art.entities if e.label in ("PER", "PERSON")] == ["Maria Ionescu"]


@pytest.mark.parametrize(
    "text",
    [
        "«Пострадавших нет», — сообщили в ГУ МЧС по Москве.",
        "В ГУ МЧС по Москве сообщили, что пострадавших нет и пожар потушен.",
        "«Пострадавших нет», — сообщили в ГУ МВД по Москве.",
    ],
)
def test_a_regional_branch_by_its_acronym_and_po_is_one_body(text) -> None:
    art = analyzed(text, "ru")
    speakers = [q.speaker for q in art.quotes]
    assert len(speakers) == 1 and speakers[0] in ("ГУ МЧС по Москве", "ГУ МВД по Москве")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Il sindaco Marco Rossi ha definito la situazione «molto grave».", "it", "Marco Rossi"),
        ("El alcalde Juan Pérez calificó la situación de «muy grave».", "es", "Juan Pérez"),
        ("O autarca Rui Fonseca classificou a situação como «muito grave».", "pt", "Rui Fonseca"),
        ("Bürgermeister Max Müller bezeichnete die Lage als „sehr ernst“.", "de", "Max Müller"),
        ("Minister Tomasz Nowak nazwał sytuację „bardzo poważną”.", "pl", "Tomasz Nowak"),
        ("Ο δήμαρχος Γιώργος Παπαδόπουλος χαρακτήρισε την κατάσταση «πολύ σοβαρή».", "el", "Γιώργος Παπαδόπουλος"),
    ],
)
def test_a_verdict_in_quotation_marks_after_a_verb_of_calling(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il sindaco ha definito le priorità della giunta per il 2027.", "it"),
        ("Kowalski nazwał syna Janem po dziadku.", "pl"),
    ],
)
def test_a_verb_of_calling_without_a_quotation_reports_nothing(text, lang) -> None:
    assert quote_speakers(text, lang) == []


# published on Wednesday 4 March 2026: "on Friday" with a perfective (future) verb after it is the coming Friday, the 6th
@pytest.mark.parametrize(
    ("text", "lang", "day", "expected"),
    [
        ("Ministr v pátek přijede do Ostravy.", "cs", "pátek", "2026-03-06"),
        ("Ministr v pátek navštíví důl Darkov.", "cs", "pátek", "2026-03-06"),
        ("Министр в пятницу приедет в Кемерово.", "ru", "пятницу", "2026-03-06"),
        ("В пятницу министр посетит шахту.", "ru", "пятницу", "2026-03-06"),
        # past and imperfective verbs keep the day gone
        ("Ministr v pátek přijel do Ostravy.", "cs", "pátek", "2026-02-27"),
        ("В пятницу министр посетил шахту.", "ru", "пятницу", "2026-02-27"),
        ("Ministr v pátek odpoledne navštívil důl.", "cs", "pátek", "2026-02-27"),
    ],
)
def test_a_slavic_perfective_after_its_weekday_looks_ahead(text, lang, day, expected) -> None:
    values = time_values(text, lang, "2026-03-04")
    assert [v[:10] for k, v in values.items() if k.startswith(day) and v] == [expected]


# published on Wednesday 4 March 2026: Slovenian future is "bo" and the l-participle, which alone looks past
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister za civilno zaščito bo otok obiskal v četrtek.", "2026-03-05"),
        ("Ministrica bo v četrtek obiskala otok.", "2026-03-05"),
        ("Minister je otok obiskal v četrtek.", "2026-02-26"),
    ],
)
def test_the_slovenian_future_auxiliary_before_its_participle(text, expected) -> None:
    assert [v for k, v in time_values(text, "sl", "2026-03-04").items() if k.startswith("četrt")] == [expected]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Томаш Семенец", "Tomasz Siemieniec", True),
        ("Семенец", "Siemieniec", True),
        ("Чеслав Михалец", "Czesław Michalec", True),
        ("Томаш Семенец", "Tomasz Kowalski", False),
    ],
)
def test_a_central_european_c_meets_its_cyrillic_ts(a, b, same) -> None:
    from parallax.compare.speakers import same_person

    assert same_person(a, b) is same


def test_a_danish_day_that_may_yet_come_looks_ahead() -> None:
    # published on Wednesday 4 March 2026
    text = "Ifølge Vattenfall kan det vare torsdag, før alle har strøm igen."
    assert time_values(text, "da", "2026-03-04")["torsdag"] == "2026-03-05"
