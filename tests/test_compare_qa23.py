"""End-to-end compare QA in English, French, German, Spanish, Italian, Russian, Chinese and Japanese:
reports of one invented event (an earthquake, a court ruling, a strike, an election, a wildfire, a
takeover, a summit), trimmed to the sentences each behaviour needs.  False conflicts count as much as
missed ones.  Published on Saturday 14 March 2026, so "Wednesday" is the 11th."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze import Analyzer
from parallax.records import Article
from tests.helpers import first_sentence_conflicts as _first_sentences
from tests.helpers import outlet_articles as _articles


def _analysed(text: str, lang: str) -> Article:
    (art,) = _articles([text], lang)
    Analyzer().analyze_all([art])
    return art


def _quotes(texts: list[str], lang: str) -> list[dict]:
    return parallax.compare(_articles(texts, lang)).to_dict()["quotes"]


# a quotation split by its attribution is one, also where the attribution sets the speaker's name off by
# commas; else the two halves only look "trimmed" against the other outlet's whole quotation and the
# changed word ("claridad" / "rotundidad") goes unseen
@pytest.mark.parametrize(
    ("lang", "split", "whole"),
    [
        ("es", '"Hemos ganado con claridad", afirmó el candidato popular, Andrés Lucena, "y vamos a gobernar en solitario".',
         '"Hemos ganado con rotundidad y vamos a gobernar en solitario", dijo Andrés Lucena ante sus simpatizantes.'),
        ("it", '"La situazione è ancora critica", ha detto il presidente della Regione, Giulia Serra, "ma il fronte principale è sotto controllo".',
         '"La situazione è ancora grave ma il fronte principale è sotto controllo", ha spiegato la governatrice Giulia Serra.'),
        ("en", '"We are working through the night," said the interior minister, Elira Dushku, "and we will not stop until everyone is found."',
         '"We are working through the day and we will not stop until everyone is found," Interior Minister Elira Dushku said.'),
        ("es", '"Hemos ganado con claridad", afirmó el candidato, Andrés Lucena. "Y vamos a gobernar en solitario".',
         '"Hemos ganado con rotundidad y vamos a gobernar en solitario", dijo Andrés Lucena ante sus simpatizantes.'),
    ],
)  # fmt: skip
def test_a_quotation_split_by_an_attribution_with_an_apposition_is_one(lang, split, whole):
    assert [q["fidelity"] for q in _quotes([split, whole], lang)] == ["altered"]


# German, Dutch and Swedish write the part of the day onto the weekday ("Mittwochabend"): a clock time after it
# takes that day, not the day of publication
@pytest.mark.parametrize(
    ("lang", "text", "clock", "value"),
    [
        ("de", "Der Streik hatte am Mittwochabend um 22 Uhr im Güterverkehr begonnen.", "22 Uhr", "2026-03-11T22:00"),
        ("nl", "De brand brak dinsdagavond rond 22.30 uur uit in een loods.", "22.30 uur", "2026-03-10T22:30"),
        ("sv", "Branden startade på tisdagskvällen, klockan 22.10.", "klockan 22.10", "2026-03-10T22:10"),
    ],
)
def test_a_clock_time_takes_the_day_of_a_compound_day_word(lang, text, clock, value):
    assert [t.value for t in _analysed(text, lang).times if t.text == clock] == [value]


def test_a_clock_time_on_another_evening_is_a_date_conflict():
    found = _first_sentences(
        "Der Streik begann am Mittwochabend um 22 Uhr im Güterverkehr.", "Der Streik begann am Samstag um 22 Uhr.", "de"
    )
    assert [kind for kind, _ in found] == ["date"]


# Chinese papers give foreign and their own officials short titles before the name ("外长", "财长", "首相"): the
# speaker is the name after it, so the same words under two names are a misattribution
@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("外长王平说：“我们愿意与各方共同推进数字经济合作。”", "财长刘峰说：“我们愿意与各方共同推进数字经济合作。”"),
        ("首相李浩表示：“我们将继续推进改革。”", "议长陈静表示：“我们将继续推进改革。”"),
    ],
)
def test_a_chinese_short_title_is_no_part_of_the_name(a_text, b_text):
    assert [q["misattributed"] for q in _quotes([a_text, b_text], "zh")] == [True]


# French writes "Me" (maître) before a lawyer's name; the parser takes it for a subject of its own
@pytest.mark.parametrize(
    "text",
    [
        "« C'est une victoire pour les familles », a déclaré Me Claire Vasseur.",
        "« C'est une victoire pour les familles, a déclaré Me Claire Vasseur, avocate de l'association. Nous irons plus loin. »",
    ],
)
def test_a_french_lawyer_s_title_is_no_speaker(text):
    assert {q.speaker for q in _analysed(text, "fr").quotes} == {"Claire Vasseur"}


# a role may name its organisation in quotation marks between the verb and the name
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "«Это лучшее предложение, которое мы получали», — сказал председатель совета директоров «УралТрубМаш» Игорь Демин.",
         "Игорь Демин"),
        ("ru", "«Сделка пройдет без сокращений», — заявил гендиректор «Газпром нефти» Олег Савельев.", "Олег Савельев"),
    ],
)  # fmt: skip
def test_an_organisation_in_quotation_marks_inside_the_role_keeps_the_speaker(lang, text, speaker):
    assert [q.speaker for q in _analysed(text, lang).quotes] == [speaker]


# two estimates are two outlets' figures: "about 80 percent" and "about 70 percent" disagree (within 10% they agree)
@pytest.mark.parametrize(
    ("lang", "a_text", "b_text"),
    [
        ("de", "Nach Angaben der Bahn fielen rund 80 Prozent der Fernzüge aus.", "Laut Bahn fielen etwa 70 Prozent der Fernzüge aus."),
        ("en", "About 80 percent of long-distance trains were cancelled.", "Some 70 percent of long-distance trains were cancelled."),
        ("fr", "Environ 80 % des trains ont été supprimés.", "Environ 70 % des trains ont été supprimés."),
    ],
)
def test_two_estimates_far_apart_are_a_conflict(lang, a_text, b_text):
    assert [kind for kind, _ in _first_sentences(a_text, b_text, lang)] == ["number"]


# a noun said once serves two figures: a daily figure and the total, each outlet giving both, are no conflict
@pytest.mark.parametrize(
    ("lang", "a_text", "b_text"),
    [
        ("en", "Hospitals postponed 11,000 appointments on the first day alone, bringing the total since December to 96,000.",
         "Some 96,000 appointments have been canceled since the dispute began in December, including 11,000 on Tuesday."),
        ("de", "Am ersten Streiktag fielen 1200 Züge aus, insgesamt waren es seit Januar bereits 9000.",
         "Seit Januar sind 9000 Züge ausgefallen, davon 1200 allein am Donnerstag."),
    ],
)  # fmt: skip
def test_a_daily_figure_and_a_total_both_outlets_give_are_no_conflict(lang, a_text, b_text):
    assert _first_sentences(a_text, b_text, lang) == []


# two figures of one kind in each report, one of them the same: the other two are one thing's figures, and disagree
@pytest.mark.parametrize(
    ("lang", "a_text", "b_text"),
    [
        ("en", "The union wants a pay rise of 12 per cent, while the government has offered 4.5 per cent.",
         "Nurses are demanding a 15 percent raise; the government has offered 4.5 percent."),
        ("es", "La participación fue del 63,5 % y el PP obtuvo el 38,2 % de los votos.",
         "Con una participación del 63,5 %, el PP logró el 36,9 % de los sufragios."),
    ],
)  # fmt: skip
def test_the_figure_beside_a_shared_one_is_compared(lang, a_text, b_text):
    assert [kind for kind, _ in _first_sentences(a_text, b_text, lang)] == ["number"]
