"""Swedish, Danish and Norwegian figures: ages ("45-årige", "45 år gammal") are no counts, clock times
after "kl."/"klockan"/"klokken" none either, Danish and Norwegian ordinals ("3. gang") none, sums in crowns
carry their country's currency in every written form ("12 miljoner kronor", "2,5 mia. kr", "120 mill.
kroner", "12 mkr"), and the verbs, prepositions and adverbs after a bare count are no nouns.  Invented
sentences."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import AGE, find_quantities


def _found(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "En 45-årig man från Gävle fördes till sjukhus."),
        ("sv", "Den 45-årige föraren vårdas på sjukhuset."),
        ("sv", "Bussföraren, en 45-åring från Gävle, har förhörts."),
        ("sv", "Han är 45 år gammal."),
        ("da", "En 52-årig medarbejder er anholdt."),
        ("da", "Ejeren er 61 år gammel."),
        ("no", "En 45-åring er fortsatt savnet."),
        ("nn", "Mannen er 45 år gamal."),
    ],
)
def test_nordic_ages_are_no_counts(lang, text):
    assert [unit for _, _, unit in _found(text, lang)] == [AGE]


def test_a_span_of_years_is_no_age():
    assert _found("Han har kört buss i 20 år.", "sv") == [("20", 20.0, "år")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Olyckan inträffade kl. 14.30 på länsvägen."),
        ("sv", "Vägen öppnades klockan 9 i morse."),
        ("da", "Alarmen blev modtaget kl. 21.15."),
        ("da", "Alarmen gik klokken 21.15 tirsdag."),
        ("no", "Politiet ble varslet klokken 03.40 søndag."),
        ("no", "Møtet starter klokka 9."),
    ],
)
def test_nordic_clock_times_are_no_counts(lang, text):
    assert _found(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [("da", "Det er 3. gang på et år."), ("no", "Laget endte på 17. plass."), ("no", "Det skjedde 12. og 13. mai.")])
def test_danish_and_norwegian_ordinals_are_no_counts(lang, text):
    assert _found(text, lang) == []


def test_a_figure_ending_a_sentence_is_still_a_count():
    assert _found("Antallet døde steg til 3. Det oplyser politiet.", "da") == [("3", 3.0, None)]


def test_swedish_writes_no_ordinal_with_a_full_stop():
    # (Swedish writes "3:e"; a full stop after a figure ends a sentence or an abbreviation)
    assert _found("Skadade var 3. sedan kom fler.", "sv") == [("3", 3.0, None)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "sign"),
    [
        ("sv", "Insatsen har kostat 12 miljoner kronor.", 12e6, "SEK"),
        ("sv", "Regeringen avsätter 2,5 mdr kr till vägarna.", 2.5e9, "SEK"),
        ("sv", "Regionen har betalat ut 450\u202f000 kr i stöd.", 450e3, "SEK"),
        ("sv", "Budgeten är 12 mkr.", 12e6, "SEK"),
        ("da", "Skaderne anslås til 2,5 mia. kr.", 2.5e9, "DKK"),
        ("da", "Skaderne vurderes til 2,5 milliarder kroner.", 2.5e9, "DKK"),
        ("da", "Kommunen har afsat kr. 450.000 til krisehjælp.", 450e3, "DKK"),
        ("no", "Regjeringen har bevilget 120 mill. kroner.", 120e6, "NOK"),
        ("no", "Regjeringen bevilger 120 millioner kroner.", 120e6, "NOK"),
        ("nn", "Regjeringa løyver 120 millionar kroner.", 120e6, "NOK"),
    ],
)
def test_nordic_sums_in_crowns(lang, text, value, sign):
    assert [(v, unit) for _, v, unit in _found(text, lang)] == [(value, sign)]


def test_crowns_of_two_countries_are_two_currencies_and_the_euro_stays_the_euro():
    assert _found("Det kostar 20 kronor.", "sv")[0][2] != _found("Det koster 20 kroner.", "da")[0][2]
    assert _found("Skaden er på 4 mio. euro.", "da") == [("4 mio", 4e6, "€")]


def test_a_scale_of_one_language_is_no_scale_in_another():
    # "mia" is a Danish and Norwegian billion, a Swedish name
    assert _found("Det var 3 Mia och jag.", "sv")[0][1] == 3.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "To mennesker omkom, og 17 blev kvæstet."),
        ("sv", "Bussen körde av länsväg 272 utanför Lillsjövik."),
        ("sv", "Tolv personer skadades, varav tre allvarligt."),
        ("no", "Fire ble skadet, to hardt."),
    ],
)
def test_a_verb_preposition_or_adverb_after_a_bare_count_is_no_noun(lang, text):
    assert all(unit is None for _, _, unit in _found(text, lang) if unit not in ("personer", "mennesker"))
