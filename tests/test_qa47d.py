"""Session 47 QA (qa47d): the findings of a round in Greek, Bulgarian, Serbian, the Nordic and Baltic languages,
Finnish, Estonian, Catalan, Slovenian, Slovak, Malay, Swahili and Tagalog.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-11-20T10:00:00Z"  # a Friday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # Malay "lepas" is "last" as Indonesian "lalu" is: "Minggu lepas" opening a sentence is last week, not Sunday
        ("Minggu lepas, polis menahan tiga suspek di Kuantan.", "Minggu lepas", "2026-W46"),
        ("Majlis itu akan diadakan minggu hadapan di Ipoh.", "minggu hadapan", "2026-W48"),
        ("Harga minyak naik bulan lepas.", "bulan lepas", "2026-10"),
        ("Projek itu dimulakan tahun lepas.", "tahun lepas", "2025"),
    ],
)
def test_malay_lepas_is_last(text: str, expr: str, value: str) -> None:
    got = resolved("ms", text, PUB)
    assert got.get(expr, "missing") == value, got


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "said"),
    [
        # Finnish and Estonian invert the cue after a statement without quotation marks, as the Nordic languages do
        ("fi", "Tie suljettiin liikenteeltä koko illaksi, kertoi liikennepäällikkö Jari Laaksonen.", "Jari Laaksonen",
         "Tie suljettiin liikenteeltä koko illaksi"),
        ("fi", "Kolme ihmistä loukkaantui lievästi, sanoi poliisin tiedottaja Sanna Mäkinen tiistaina.", "Sanna Mäkinen",
         "Kolme ihmistä loukkaantui lievästi"),
        ("et", "Maantee suleti liiklusele kogu õhtuks, ütles politsei pressiesindaja Mari Saar.", "Mari Saar",
         "Maantee suleti liiklusele kogu õhtuks"),
        ("et", "Kolm inimest said kergelt viga, teatas vallavanem Toomas Lepp.", "Toomas Lepp", "Kolm inimest said kergelt viga"),
    ],
)
def test_finnic_cue_after_the_clause(lang: str, text: str, speaker: str, said: str) -> None:
    art = analyzed(text, lang, PUB)
    assert [(q.speaker, text[q.start : q.end]) for q in art.quotes] == [(speaker, said)]


def test_finnish_including_after_a_comma_is_no_cue() -> None:
    # "mukaan lukien" (including) after a comma: "mukaan" takes its source before it, so nothing is quoted
    assert analyzed("Varoitus koskee koko rannikkoa, mukaan lukien Vaasa ja Oulu.", "fi", PUB).quotes == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # Estonian names its source in the genitive before "sõnul" / "teatel" / "andmetel" (by the words, report, data
        # of), its body and role first; the name goes back to the nominative the article writes
        ("Vald teatas õnnetusest hommikul, ütles Toomas Lepp. Vallavanem Toomas Lepa sõnul jääb kool reedeni suletuks.",
         "Toomas Lepp", "jääb kool reedeni suletuks"),
        ("Terviseameti andmetel haigestus nädala jooksul üle kahesaja inimese.", "Terviseameti",
         "haigestus nädala jooksul üle kahesaja inimese"),
    ],
)
def test_estonian_source_before_its_postposition(text: str, speaker: str, said: str) -> None:
    art = analyzed(text, "et", PUB)
    assert (speaker, said) in [(q.speaker, text[q.start : q.end]) for q in art.quotes]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # Norwegian writes "prosent" (Danish and Swedish "procent"); Malay "peratus", read as Indonesian when the
        # identifier cannot tell the two apart
        ("no", "Oppslutningen om partiet falt til 12,5 prosent i juni.", "12,5 prosent"),
        ("id", "Jualan kereta meningkat sebanyak 18 peratus tahun ini.", "18 peratus"),
    ],
)
def test_percent_words(lang: str, text: str, figure: str) -> None:
    art = analyzed(text, lang, PUB)
    assert [(q.text, q.unit) for q in art.quantities if q.unit == "%"] == [(figure, "%")]


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # "until" a weekday in a sentence with no past tense is the coming day, as "until Sunday" is in English
        ("id", "BMKG memprakirakan cuaca buruk berlangsung hingga Senin.", "Senin", "2026-11-23"),
        ("ms", "Sekolah di daerah itu ditutup sehingga Isnin.", "Isnin", "2026-11-23"),
        ("et", "Maantee on suletud kuni esmaspäevani.", "esmaspäevani", "2026-11-23"),
        ("el", "Τα σχολεία παραμένουν κλειστά μέχρι τη Δευτέρα.", "Δευτέρα", "2026-11-23"),
        ("ca", "La carretera continua tallada fins dilluns.", "dilluns", "2026-11-23"),
        ("lt", "Kelias uždarytas iki pirmadienio.", "pirmadienio", "2026-11-23"),
        ("ro", "Școlile rămân închise până luni.", "luni", "2026-11-23"),
    ],
)
def test_until_a_weekday_is_ahead(lang: str, text: str, expr: str, value: str) -> None:
    got = resolved(lang, text, PUB)
    assert got.get(expr, "missing") == value, got


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # Greek writes an age as one word with its figure ("ο 34χρονος οδηγός", "της 72χρονης"), with a hyphen, or
        # after "ηλικίας" (aged)
        ("Ο 34χρονος οδηγός συνελήφθη από την Τροχαία.", "34"),
        ("Η αστυνομία αναζητά τον γιο της 72χρονης συνταξιούχου.", "72"),
        ("Ένας 19-χρονος φοιτητής τραυματίστηκε ελαφρά.", "19"),
        ("Ο ποδηλάτης, ηλικίας 45 ετών, μεταφέρθηκε στο νοσοκομείο.", "45"),
    ],
)
def test_greek_ages(text: str, age: str) -> None:
    art = analyzed(text, "el", PUB)
    assert [q.text for q in art.quantities if q.unit == "(age)"] == [age]


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "said"),
    [
        # a relative day between the verb of saying and "that" ("said yesterday that") is the report's time, no
        # word of the clause
        ("el", "Ο υφυπουργός Νίκος Δήμου δήλωσε σήμερα ότι τα νοσοκομεία της Αττικής είναι σε επιφυλακή.", "Νίκος Δήμου",
         "τα νοσοκομεία της Αττικής είναι σε επιφυλακή"),
        ("es", "La alcaldesa Marta Ruiz dijo ayer que el puente abrirá de nuevo en mayo.", "Marta Ruiz",
         "el puente abrirá de nuevo en mayo"),
        ("bg", "Министърът Петър Стоянов заяви вчера, че пътят ще бъде ремонтиран до пролетта.", "Петър Стоянов",
         "пътят ще бъде ремонтиран до пролетта"),
    ],
)
def test_relative_day_between_verb_and_that(lang: str, text: str, speaker: str, said: str) -> None:
    art = analyzed(text, lang, PUB)
    assert (speaker, said) in [(q.speaker, text[q.start : q.end]) for q in art.quotes]
