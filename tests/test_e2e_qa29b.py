"""End-to-end QA in Italian, Polish and Swedish: invented reports of a landslide, a warehouse fire and a ferry
run aground, trimmed to the behaviour each test checks, with the guards that must not change."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import find_quantities
from parallax.compare.hedges import hedge_of
from parallax.ingest.html import article_from_html
from parallax.records import Article


def _hedge(text: str, language: str) -> str | None:
    (q,) = [q for q in find_quantities(text, language, []) if q.value == 140]
    return hedge_of(text, q)


@pytest.mark.parametrize(
    ("text", "language", "hedge"),
    [
        # Nordic and Polish "just over", "just under", "close to", "about"
        ("Drygt 140 resenärer satt fast på tåget.", "sv", "lo"),
        ("Knappt 140 resenärer satt fast på tåget.", "sv", "hi"),
        ("Närmare 140 resenärer satt fast.", "sv", "hi"),
        ("Uppemot 140 resenärer satt fast.", "sv", "hi"),
        ("Kring 140 resenärer satt fast.", "sv", "about"),
        ("Drøyt 140 reisende satt fast.", "nb", "lo"),
        ("Knap 140 rejsende sad fast.", "da", "hi"),
        ("W pociągu utknęło przeszło 140 podróżnych.", "pl", "lo"),
        ("W pociągu utknęło niespełna 140 podróżnych.", "pl", "hi"),
        ("W pociągu utknęło ok. 140 podróżnych.", "pl", "about"),
        ("Nel treno erano bloccati intorno ai 140 viaggiatori.", "it", "about"),
        # a negated "less than" is a lower bound, a negated "more than" an upper one
        ("Nel treno c'erano non meno di 140 viaggiatori.", "it", "lo"),
        ("Nel treno c'erano non più di 140 viaggiatori.", "it", "hi"),
        ("W pociągu było nie mniej niż 140 osób.", "pl", "lo"),
        ("W pociągu było nie więcej niż 140 osób.", "pl", "hi"),
        ("På tåget fanns inte fler än 140 resenärer.", "sv", "hi"),
        ("The train carried no more than 140 passengers.", "en", "hi"),
        ("The train carried no fewer than 140 passengers.", "en", "lo"),
        # guards: the plain comparatives keep their sense, and "OK." ending a reply is no hedge
        ("Nel treno c'erano più di 140 viaggiatori.", "it", "lo"),
        ("W pociągu było mniej niż 140 osób.", "pl", "hi"),
        ('"OK. 140 of them can stay," he said.', "en", None),
        ("Pociąg wiózł 140 osób.", "pl", None),
    ],
)
def test_hedges_in_italian_polish_and_nordic_copy(text, language, hedge):
    assert _hedge(text, language) == hedge


def _compare(texts: list[str], language: str, published: str) -> dict:
    arts = [Article(id=f"a{i}", text=t, language=language, outlet=f"O{i}", published=published) for i, t in enumerate(texts)]
    return parallax.compare(arts).to_dict()


def _number_conflicts(d: dict) -> list[dict]:
    return [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


@pytest.mark.parametrize(
    ("a", "b", "language", "published"),
    [
        (
            "Drygt 230 resenärer fick övernatta i tåget norr om Kiruna.",
            "230 resenärer fick övernatta i tåget norr om Kiruna.",
            "sv",
            "2026-02-02",
        ),
        (
            "Ok. 230 podróżnych musiało spędzić noc w pociągu pod Suwałkami.",
            "236 podróżnych musiało spędzić noc w pociągu pod Suwałkami.",
            "pl",
            "2026-02-02",
        ),
    ],
)
def test_a_hedged_count_agrees_with_an_exact_one_within_it(a, b, language, published):
    assert not _number_conflicts(_compare([a, b], language, published))


def test_a_hedged_count_outside_the_other_still_conflicts():
    d = _compare(["Knappt 230 resenärer fick övernatta i tåget.", "260 resenärer fick övernatta i tåget."], "sv", "2026-02-02")
    assert _number_conflicts(d)


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("To już czwarta powódź w tej gminie od 2010 roku.", "To już piąta powódź w tej gminie od 2010 roku.", "pl"),
        ("Policja zatrzymała go po raz drugi w tym miesiącu.", "Policja zatrzymała go po raz trzeci w tym miesiącu.", "pl"),
        ("Det är den fjärde översvämningen i kommunen sedan 2010.", "Det är den femte översvämningen i kommunen sedan 2010.", "sv"),
        ("Polisen grep honom för andra gången i månaden.", "Polisen grep honom för tredje gången i månaden.", "sv"),
        ("Det er den fjerde flommen i kommunen siden 2010.", "Det er den femte flommen i kommunen siden 2010.", "nb"),
    ],
)
def test_ordinals_that_differ_in_polish_and_nordic_copy(a, b, language):
    conflicts = _number_conflicts(_compare([a, b], language, "2026-03-01"))
    assert conflicts and {tuple(v) for k, v in conflicts[0]["values"].items() if k.startswith("a")} != {(1,)}


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # Swedish "andra" is also "other": two other cars are no second car
        ("Två andra bilar skadades i olyckan vid Gävle.", "Den tredje bilen skadades i olyckan vid Gävle.", "sv"),
        # the same ordinal in both
        ("To już czwarta powódź w tej gminie.", "To czwarta powódź w tej gminie.", "pl"),
    ],
)
def test_polish_and_swedish_ordinals_that_do_not_conflict(a, b, language):
    assert not _number_conflicts(_compare([a, b], language, "2026-03-01"))


def _page(lang: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<html lang="{lang}"><head><title>Alluvione</title></head><body><article><h1>Alluvione</h1>{body}</article></body></html>'


_REPORT = {
    "it": [
        "Il fiume Serio è esondato nella notte e ha allagato la frazione di Vallina.",
        "Una cinquantina di residenti sono stati evacuati con i gommoni.",
        "I danni maggiori si contano lungo la provinciale per Clusone.",
    ],
    "pl": [
        "Rzeka Wisłoka wylała w nocy i zalała wieś Dębina.",
        "Około pięćdziesięciu mieszkańców ewakuowano łodziami.",
        "Największe szkody są wzdłuż drogi powiatowej do Jasła.",
    ],
    "sv": [
        "Ljusnan svämmade över under natten och satte byn Edsbyn under vatten.",
        "Ett femtiotal boende evakuerades med båt.",
        "De största skadorna finns längs länsvägen mot Ovanåker.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("it", ["Hai foto o video dell'alluvione? Scrivici a redazione@esempio.it", "Ultimo aggiornamento: 4 novembre 2026, 09:40"]),
        ("it", ["Pubblicato il 4 novembre 2026 alle 08:15 Aggiornato il 4 novembre 2026 alle 09:40"]),
        ("pl", ["Masz zdjęcia z powodzi? Napisz do nas: alarm@przyklad.pl", "Opublikowano: 4 listopada 2026, 08:15"]),
        (
            "sv",
            [
                "Har du bilder från översvämningen? Mejla oss på tips@exempel.se",
                "Publicerad 4 november 2026 kl 08.15 Uppdaterad 4 november 2026 kl 09.40",
            ],
        ),
        ("sv", ["Senast uppdaterad: 4 november 2026 kl 09.40"]),
    ],
)
def test_tip_lines_and_time_stamps_leave_the_text(lang, tail):
    art = article_from_html(_page(lang, _REPORT[lang] + tail), "a", "a.html", published="2026-11-04")
    for line in tail:
        assert line.split()[0] not in art.text
    for line in _REPORT[lang]:
        assert line in art.text


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that gives an address, without asking the reader to write to the outlet, stays
        "Il Comune ha attivato l'indirizzo emergenza@comune-vallina.it per le richieste di aiuto.",
        "Gmina uruchomiła adres pomoc@debina.pl dla poszkodowanych, napisz do nas - apelował wójt w radiu.",
        # a sentence that opens with the word of the label stays
        "Uppdaterad statistik visar att 52 hushåll har fått lämna sina hem.",
    ],
)
def test_sentences_like_a_tip_line_or_a_time_stamp_stay(line):
    lang = "it" if "Comune" in line else "pl" if "Gmina" in line else "sv"
    art = article_from_html(_page(lang, _REPORT[lang] + [line]), "a", "a.html", published="2026-11-04")
    assert line in art.text


def _quote_groups(a: str, b: str, language: str) -> list[dict]:
    return [q for q in _compare([a, b], language, "2026-03-10")["quotes"] if len(q["variants"]) > 1]


def test_a_three_word_quotation_changed_by_one_word_is_altered():
    groups = _quote_groups(
        "„Widzieliśmy ogromne płomienie” – powiedział sołtys wsi Lipnik Adam Sowa.",
        "„Widzieliśmy gigantyczne płomienie” – powiedział sołtys Adam Sowa.",
        "pl",
    )
    assert len(groups) == 1 and groups[0]["fidelity"] == "altered"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people, each their own three words
        (
            "„Widzieliśmy ogromne płomienie” – powiedział sołtys Adam Sowa.",
            "„Widzieliśmy gigantyczne płomienie” – powiedziała mieszkanka Zofia Kruk.",
        ),
        # two words of three changed: nothing shows it is one quotation
        ("„Widzieliśmy ogromne płomienie” – powiedział sołtys Adam Sowa.", "„Słyszeliśmy ogromne wybuchy” – powiedział sołtys Adam Sowa."),
    ],
)
def test_short_quotations_that_stay_apart(a, b):
    assert not _quote_groups(a, b, "pl")


def _date_conflicts(a: str, b: str, language: str) -> list[dict]:
    return [c for f in _compare([a, b], language, "2026-05-10")["facts"] for c in f["conflicts"] if c["kind"] == "date"]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        (
            "Simhallen i Hedemora byggdes 1974 och renoverades senast 2012.",
            "Simhallen i Hedemora byggdes 1978 och renoverades senast 2012.",
            "sv",
        ),
        ("Skolen i Brørup renoveredes 2015.", "Skolen i Brørup renoveredes 2017.", "da"),
    ],
)
def test_a_nordic_year_after_its_passive_verb_dates_the_act(a, b, language):
    assert _date_conflicts(a, b, language)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "sedan", "till": a bound, not the act's year
        ("Simhallen i Hedemora har varit stängd sedan 2019.", "Simhallen i Hedemora har varit stängd sedan 2021."),
        ("Avtalet för simhallen förlängdes till 2030.", "Avtalet för simhallen förlängdes till 2032."),
        # two acts: the clauses share too few words
        ("Simhallen byggdes 1974.", "Biblioteket invigdes 1978."),
    ],
)
def test_swedish_years_that_do_not_date_one_act(a, b):
    assert not _date_conflicts(a, b, "sv")


def _times(text: str, language: str) -> list[tuple[str, str]]:
    (art,) = parallax.analyze([Article(id="t", text=text, language=language, published="2026-03-15")])
    return [(t.text, t.value) for t in art.times]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a measure with a decimal part: never the figures after the mark alone ("5 godziny", five o'clock)
        ("Ewakuacja trwała 2,5 godziny.", "pl", ("2,5 godziny", "PT2H30M")),
        ("Evakueringen tog 2,5 timmar.", "sv", ("2,5 timmar", "PT2H30M")),
        ("L'évacuation a duré 2,5 heures.", "fr", ("2,5 heures", "PT2H30M")),
        ("The evacuation took 1.25 hours.", "en", ("1.25 hours", "PT1H15M")),
        ("Der Umbau dauerte 1,5 Jahre.", "de", ("1,5 Jahre", "P18M")),
        # a half more, in words
        ("Ewakuacja trwała dwie i pół godziny.", "pl", ("dwie i pół godziny", "PT2H30M")),
        ("Evakueringen tog två och en halv timme.", "sv", ("två och en halv timme", "PT2H30M")),
        ("Evakueringen tog to og en halv time.", "da", ("to og en halv time", "PT2H30M")),
        ("L'evacuazione è durata due ore e mezza.", "it", ("due ore e mezza", "PT2H30M")),
        ("La evacuación duró dos horas y media.", "es", ("dos horas y media", "PT2H30M")),
        # one word for one and a half
        ("Ewakuacja trwała półtorej godziny.", "pl", ("półtorej godziny", "PT1H30M")),
        ("Remont potrwa półtora roku.", "pl", ("półtora roku", "P18M")),
        ("Эвакуация заняла полтора часа.", "ru", ("полтора часа", "PT1H30M")),
        ("Die Evakuierung dauerte anderthalb Stunden.", "de", ("anderthalb Stunden", "PT1H30M")),
        # Italian "un'" before a vowel: an hour, not "now" ("ora")
        ("L'evacuazione è durata un'ora e mezza.", "it", ("un'ora e mezza", "PT1H30M")),
        ("L'evacuazione è durata un'ora.", "it", ("un'ora", "PT1H")),
        ("Ora la strada per Clusone è riaperta.", "it", ("Ora", "PRESENT_REF")),
        # guards: a plain measure keeps its span, with no space before it
        ("Evakueringen tog i fyra timmar.", "sv", ("fyra timmar", "PT4H")),
    ],
)
def test_measures_of_time_with_a_decimal_or_a_half(text, language, expected):
    assert expected in _times(text, language)


def test_a_decimal_figure_of_another_kind_is_no_measure_of_its_last_figures():
    assert not any(v in ("PT5H", "PT25H") for _, v in _times("Trasa ma 3,25 godziny jazdy i 1,000 godzin pracy.", "pl"))


def test_a_half_hour_more_conflicts_with_a_whole_hour_more():
    d = _compare(
        ["Droga S7 była zablokowana przez trzy i pół godziny.", "Droga S7 była zablokowana przez cztery godziny."], "pl", "2026-03-15"
    )
    assert _number_conflicts(d)
