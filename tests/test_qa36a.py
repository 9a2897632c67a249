"""QA of the core use case on new kinds of event (an election, quarterly results, a football match, a
hurricane, a rail accident): furniture the reports carried into the facts, and a false conflict of a
headline with its own body.  All texts are invented."""

from __future__ import annotations

import pytest

import parallax
from parallax.ingest.bylines import byline_reason
from parallax.ingest.clean import clean_paragraphs
from parallax.records import Article
from tests.helpers import shown

_BODY = "Atlético Madrid moved second in La Liga after a late header gave them a 2-1 win over Sevilla."
_MORE = "Sevilla had a defender sent off in the 79th minute for a second yellow card."


# --- furniture: a byline with the writer's place, a closing agency credit, a "read also" line ----------------


@pytest.mark.parametrize(
    "line", ["By Sid Lowe in Madrid", "Par Anne Roy à Kyiv", "Por Ana Ruiz en Lima", "By Jane Roe and Tom Reed in New York"]
)
def test_a_byline_with_the_place_the_writer_files_from_is_a_byline(line):
    assert byline_reason(line) == "byline"


@pytest.mark.parametrize("line", ["By Jane Roe in the end", "By noon in Madrid the streets were empty."])
def test_a_sentence_that_opens_like_a_byline_with_a_place_stays(line):
    assert byline_reason(line) is None


@pytest.mark.parametrize("credit", ["Lusa", "Anadolu", "Yonhap"])
def test_a_closing_credit_of_an_agency_written_in_ordinary_case_is_not_text(credit):
    cleaned = clean_paragraphs([_BODY, _MORE, credit])
    assert cleaned.text == f"{_BODY}\n\n{_MORE}" and cleaned.removed == [credit]


@pytest.mark.parametrize(
    "line", ["Más información: Clasificación de LaLiga", "Mais informações: Tabela da Liga", "Per saperne di più: la classifica"]
)
def test_a_more_information_lead_in_is_a_read_also_line(line):
    cleaned = clean_paragraphs([_BODY, line, _MORE])
    assert line not in cleaned.text and _MORE in cleaned.text


def test_a_sentence_opening_with_more_information_stays():
    line = "Más información sobre el partido llegará el lunes, dijo el club."
    assert line in clean_paragraphs([_BODY, line, _MORE]).text


# --- a headline's figure its own body states is no conflict with it ----------------------------------------

_RESULTS = (
    "German carmaker Volkwerk said on Thursday its third-quarter operating profit fell 38% to 1.9 billion euros ($2.2 "
    "billion), hit by weak demand in China, and announced it would cut 4,000 jobs in Germany by 2028.\n\n"
    "Revenue slipped 4.2% to 41.3 billion euros in the July-September period, below the 42.1 billion analysts had expected.\n\n"
    "The company cut its full-year margin forecast to between 5% and 5.5%, from 6% to 7% previously.\n\n"
    "Shares in Volkwerk fell 6.1% in Frankfurt trading.\n\n"
    "Net profit dropped 42% to 1.1 billion euros."
)
_TITLE = "Volkwerk profit falls 38% as carmaker cuts 4,000 jobs"


def _own_conflicts(text: str) -> list[dict]:
    arts = [Article(id="a", text=text, title=_TITLE, language="en", published="2026-11-20")]
    return [c for c in parallax.compare(arts).to_dict()["headlines"][0]["conflicts"] if c["against"] == "own"]


def test_a_headline_figure_its_body_states_in_another_sentence_is_no_conflict():
    # the link joined "profit falls 38%" to "Net profit dropped 42%", though the lead says "operating profit fell 38%"
    assert _own_conflicts(_RESULTS) == []


def test_a_headline_figure_its_body_never_states_still_conflicts():
    own = _own_conflicts(_RESULTS.replace("profit fell 38%", "profit fell sharply"))
    assert own and own[0]["values"]["a#headline"] == [38.0]


# --- goal minutes in Portuguese, and a scorer the text left untagged ------------------------------------------


def _match(text: str, language: str, aid: str) -> Article:
    return Article(id=aid, text=text, language=language, published="2026-11-20", title=None)


def test_a_portuguese_goal_minute_conflicts_with_an_english_one():
    en = _match(
        "Atlético Madrid beat Sevilla 2-1 on Sunday.\n\nAntoine Griezmann opened the scoring in the 23rd minute, before "
        "Youssef En-Nesyri equalised for the visitors in the 51st minute.",
        "en",
        "a",
    )
    pt = _match(
        "O Atlético de Madrid venceu este domingo o Sevilha por 2-1.\n\nGriezmann abriu o marcador aos 32 minutos, na "
        "conversão de um livre direto, e En-Nesyri empatou aos 51.",
        "pt",
        "b",
    )
    facts = parallax.compare(parallax.analyze([en, pt])).to_dict()["facts"]
    conflicts = [shown(c) for f in facts for c in f["conflicts"] if shown(c).get("unit") == "minute"]
    assert conflicts == [{"a": [23], "b": [32], "unit": "minute"}]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Griezmann abriu o marcador aos 32 minutos e En-Nesyri empatou aos 51.", {"Griezmann": {32}, "En-Nesyri": {51}}),
        ("Morata marcou o golo da vitória aos 90+2 minutos.", {"Morata": {92}}),  # stoppage time: the 92nd minute of play
        ("O golo de Morata chegou aos 70 anos do clube.", {}),  # an age, no minute
    ],
)
def test_portuguese_minutes_in_a_match_report(text, minutes):
    from parallax.compare.minutes import minutes_by_person

    art = parallax.analyze([_match(text, "pt", "b")])[0]
    assert minutes_by_person(art, art.sentences[0], frozenset({"Griezmann", "Morata"})) == minutes


def test_a_portuguese_minute_outside_a_match_report_is_none():
    from parallax.compare.minutes import minutes_by_person

    art = parallax.analyze([_match("Griezmann chegou ao hotel aos 32 minutos de viagem.", "pt", "b")])[0]
    assert minutes_by_person(art, art.sentences[0], frozenset({"Griezmann"})) == {}


# --- counted nouns of one kind across languages: counties, shelters, carriages -----------------------------------


@pytest.mark.parametrize(
    ("noun", "kind"),
    [("county", "county"), ("condado", "county"), ("comté", "county"), ("shelter", "shelter"), ("refugio", "shelter")]
    + [("carriage", "carriage"), ("вагони", "carriage"), ("vagone", "carriage"), ("coache", None)],
)
def test_nouns_of_one_kind(noun, kind):
    from parallax.compare.noun_kinds import kind_of

    assert kind_of(noun) == kind


def test_counties_in_two_languages_conflict_and_shelters_agree():
    en = _match("Schools in 23 counties will be closed on Friday, and 320 shelters opened across the state.", "en", "a")
    es = _match("Las clases se suspenderán el viernes en 25 condados y se han abierto 320 refugios.", "es", "b")
    facts = parallax.compare(parallax.analyze([en, es])).to_dict()["facts"]
    assert [shown(c) for f in facts for c in f["conflicts"]] == [{"a": [23.0], "b": [25.0], "unit": "county"}]


# --- a speed written with a slash is its own unit, not a length ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "units"),
    [
        ("Vientos de 210 km/h a unos 290 kilómetros de Tampa.", "es", ["km/h", "kilómetro"]),
        ("Winds of 150 km/h, gusts of 25 m/s and a surge 3 km inland.", "en", ["km/h", "m/s", "km"]),
        ("Порывы ветра до 25 м/с.", "ru", ["м/с"]),
    ],
)
def test_a_unit_per_another_is_one_unit(text, language, units):
    art = parallax.analyze([_match(text, language, "a")])[0]
    assert [q.unit for q in art.quantities] == units


def test_a_speed_does_not_meet_a_distance_and_two_speeds_conflict():
    from parallax.compare.count_nouns import counted

    assert counted("km/h", None) != counted("km", None) and counted("kph", None) == counted("km/h", None)
    es = _match("El huracán avanzaba con vientos de 210 km/h.", "es", "a")
    en = _match("The hurricane moved on with winds of 150 km/h.", "en", "b")
    facts = parallax.compare(parallax.analyze([es, en])).to_dict()["facts"]
    assert [shown(c) for f in facts for c in f["conflicts"]] == [{"a": [210.0], "b": [150.0], "unit": "km/h"}]


# --- a match's attendance in two languages -------------------------------------------------------------------


def test_an_attendance_in_two_languages_is_one_count_of_people():
    en = _match("A crowd of 62,450 watched Morata rise above the Sevilla defence.", "en", "a")
    es = _match("Ante 61.000 espectadores, Morata remató un centro de De Paul.", "es", "b")
    facts = parallax.compare(parallax.analyze([en, es])).to_dict()["facts"]
    assert [shown(c) for f in facts for c in f["conflicts"]] == [{"a": [62450.0], "b": [61000.0], "unit": "people"}]


@pytest.mark.parametrize(
    "text", ["A crowd of 62,450 watched the match.", "Before 62,450 spectators, the hosts won.", "A crowd of 62,450 gathered."]
)
def test_a_crowds_verb_is_no_noun(text):
    from parallax.compare.numbers import numbers

    art = parallax.analyze([_match(text, "en", "a")])[0]
    assert numbers(art, art.sentences[0]) == {"people": {"crowd": {(62450.0, 62450.0, 62450.0)}}}


# --- an election's shares in Polish and Bulgarian -------------------------------------------------------------


def test_a_bulgarian_share_na_sto_is_a_percentage_and_a_hundred_stays_a_number():
    art = parallax.analyze([_match("Активността е 64,8 на сто, а на сто метра от урната чакаха 100 души.", "bg", "a")])[0]
    assert [(q.text, q.value, q.unit) for q in art.quantities][:2] == [("64,8 на сто", 64.8, "%"), ("сто", 100.0, "метра")]


def test_the_turnout_in_polish_and_bulgarian_conflicts():
    pl = _match("KO wygrała wybory do Sejmu.\n\nFrekwencja wyniosła 68,4 proc.", "pl", "a")
    bg = _match("Гражданска платформа спечели изборите.\n\nИзбирателната активност е 64,8 на сто.", "bg", "b")
    facts = parallax.compare(parallax.analyze([pl, bg])).to_dict()["facts"]
    assert [shown(c) for f in facts for c in f["conflicts"]] == [{"a": [68.4], "b": [64.8], "unit": "%"}]


@pytest.mark.parametrize(
    ("words", "kinds"),
    [("Frekwencja wyniosła", {"turnout"}), ("uzyskało poparcia", {"vote"}), ("Избирателната активност", {"turnout"})]
    + [("от гласовете", {"vote"}), ("zysk netto", {"profit"})],
)
def test_polish_and_bulgarian_kinds_of_share(words, kinds):
    from parallax.compare.share_kinds import _kinds_of

    assert _kinds_of(words.split()) == kinds
