"""Verb-last intents and schedules (German, Dutch): a weekday with a modal, a future, a present of a schedule or an
announced "zu"/"te" infinitive is the coming one; a past stays past.  Published on Wednesday 2026-05-06."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text

PUB = "2026-05-06"  # a Wednesday


def _days(text: str, language: str) -> dict[str, str | None]:
    return {text[s:e]: value for s, e, value, _ in resolve_text(text, language, PUB)}


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("de", "Der Kanzler möchte am Donnerstag nach Paris fliegen.", "Donnerstag", "2026-05-07"),
        ("de", "Die Kommission muss am Montag über die Beihilfen entscheiden.", "Montag", "2026-05-11"),
        ("de", "Der Sprecher sagte, der Ausschuss werde am Freitag tagen.", "Freitag", "2026-05-08"),
        ("de", "Die Landrätin kündigte an, am Donnerstag die Deiche zu besichtigen.", "Donnerstag", "2026-05-07"),
        ("de", "Der Betriebsrat beschloss, am Freitag die Arbeit niederzulegen.", "Freitag", "2026-05-08"),
        ("de", "Die Bauern drohen, am Dienstag zu protestieren.", "Dienstag", "2026-05-12"),
        ("nl", "De burgemeester wil donderdag met de bewoners praten.", "donderdag", "2026-05-07"),
        ("nl", "De gemeenteraad beslist maandag over de brug.", "maandag", "2026-05-11"),
        ("nl", "De Staten stemmen dinsdag over het plan.", "dinsdag", "2026-05-12"),
        ("nl", "De wethouder moet vrijdag uitleg geven.", "vrijdag", "2026-05-08"),
        ("nl", "De bond heeft gedreigd om vrijdag het werk neer te leggen.", "vrijdag", "2026-05-08"),
        # past stays past
        ("de", "Am Montag hatte die Kommission entschieden.", "Montag", "2026-05-04"),
        ("de", "Der Kanzler flog am Donnerstag nach Paris.", "Donnerstag", "2026-04-30"),
        ("de", "Der Kanzler wollte am Donnerstag nach Paris fliegen.", "Donnerstag", "2026-04-30"),
        ("de", "Der Sprecher sagte am Montag, man wolle abwarten.", "Montag", "2026-05-04"),
        ("nl", "De burgemeester reisde donderdag naar Den Haag.", "donderdag", "2026-04-30"),
        ("nl", "De wethouder zei maandag dat hij wil aanblijven.", "maandag", "2026-05-04"),
        ("nl", "De burgemeester besloot dinsdag op te stappen.", "dinsdag", "2026-05-05"),
    ],
)
def test_verb_last_intent(language: str, text: str, word: str, value: str) -> None:
    assert _days(text, language)[word] == value


def test_announcement_day_keeps_its_own_past() -> None:
    # the cue speaks for the weekday after the comma, not for the day of the announcement it passes over
    de = _days("Die Reederei kündigte am Montag an, am Freitag den Betrieb wieder aufzunehmen.", "de")
    assert de == {"Montag": "2026-05-04", "Freitag": "2026-05-08"}
    nl = _days("De rederij kondigde maandag aan vrijdag weer te gaan varen.", "nl")
    assert nl == {"maandag": "2026-05-04", "vrijdag": "2026-05-08"}


def test_english_intent_through_intent_ahead() -> None:
    # the English cue of an offer or a plan is built by intents.intent_ahead, as in the Romance lexicons
    assert _days("The mayor offered to meet the residents' committee on Thursday.", "en") == {"Thursday": "2026-05-07"}
    assert _days("The mayor met the residents' committee on Thursday.", "en") == {"Thursday": "2026-04-30"}


# Danish, Norwegian and Finnish say a vote, a meeting or a continuation in the present; Finnish reports an intent with
# the participle "-vansa" ("kertoi kutsuvansa": said he would invite)
@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("da", "Byrådet stemmer torsdag om budgettet.", "torsdag", "2026-05-07"),
        ("no", "Kommunestyret stemmer over budsjettet torsdag.", "torsdag", "2026-05-07"),
        ("fi", "Valtuusto kertoi kokoontuvansa torstaina.", "torstaina", "2026-05-07"),
        ("fi", "Lakkoneuvottelut jatkuvat perjantaina.", "perjantaina", "2026-05-08"),
        # past stays past
        ("da", "Byrådet stemte mandag om budgettet.", "mandag", "2026-05-04"),
        ("fi", "Valtuutetut äänestivät maanantaina.", "maanantaina", "2026-05-04"),
        ("fi", "Valtuutetut ovat kertoneet maanantaina kantansa.", "maanantaina", "2026-05-04"),
    ],
)
def test_nordic_present_of_a_schedule(language: str, text: str, word: str, value: str) -> None:
    assert _days(text, language)[word] == value
