"""End-to-end QA in German, Dutch, Danish, Norwegian and Finnish: sentences of invented reports (a storm, a factory
closure, a ferry accident, a coalition crisis), each trimmed to the behaviour it checks, with the guards that must
not change."""

from __future__ import annotations

import pytest

import parallax
from tests.helpers import analyzed, compared_conflicts, outlet_articles, resolved


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


# "Der Bürgermeister von Husum, Torsten Albrecht, ...": the office's town between the role and the name in
# apposition is no person; the speaker is the name
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Der Bürgermeister von Kappeln, Lars Hinrichsen, lobte die Helfer: „Alle haben durchgearbeitet.“", "Lars Hinrichsen"),
        ("de", "Die Landrätin von Friesland, Meike Claußen, sagte: „Wir sind glimpflich davongekommen.“", "Meike Claußen"),
        # guards: a particle name after a title, with no name in apposition, is the person
        ("de", "Bundespräsident von Arnsberg sagte: „Wir müssen zusammenstehen.“", "von Arnsberg"),
        ("de", "„Alle haben durchgearbeitet“, sagte Bürgermeister Lars Hinrichsen.", "Lars Hinrichsen"),
    ],
)
def test_office_town_before_an_apposition_is_no_speaker(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]


# Dutch: a phrase someone "spoke of" or "called" something is theirs, and the office's town after a particle
# surname is no part of the name
@pytest.mark.parametrize(
    "text",
    [
        "Wethouder Femke van Dam sprak van „een zwarte dag voor Tiel”.",
        "Wethouder Femke van Dam van Tiel noemde het besluit „een zwarte dag voor Tiel”.",
    ],
)
def test_dutch_partial_quote_after_spoke_of_or_called(text):
    assert _speakers(text, "nl") == ["Femke van Dam"]


def test_dutch_full_name_with_a_particle_keeps_it():
    assert _speakers("Minister Joris van den Heuvel zei: „Dit is een zwarte dag.”", "nl") == ["Joris van den Heuvel"]


# a day an interruption lasts until, hedged or in a Nordic language, is ahead (published on Thursday 2026-09-03)
@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        ("de", "Die Strecke bleibt nach Angaben der Bahn bis mindestens Montag gesperrt.", "Montag", "2026-09-07"),
        ("en", "The line stays shut until at least Monday.", "Monday", "2026-09-07"),
        ("nl", "De lijn blijft tot minstens maandag dicht.", "maandag", "2026-09-07"),
        ("no", "Ferjesambandet er innstilt til mandag.", "mandag", "2026-09-07"),
        ("da", "Broen er lukket indtil mandag.", "mandag", "2026-09-07"),
        # guards: a past span stays past; a day without "until" keeps the latest one
        ("no", "Sambandet var innstilt fra fredag til mandag.", "mandag", "2026-08-31"),
        ("de", "Die Strecke war am Montag gesperrt.", "Montag", "2026-08-31"),
    ],
)
def test_until_a_day_is_ahead(lang, text, word, value):
    assert resolved(lang, text, "2026-09-03")[word] == value


_DE_STORM = [
    "Nach Angaben der Polizei wurden bei dem Sturm 14 Menschen verletzt. Innenministerin Petra Lindner will am Freitag "
    "die Küste besuchen. Der Bürgermeister von Kappeln, Lars Hinrichsen, lobte die Helfer: „Alle haben durchgearbeitet.“",
    "Bei dem Sturm wurden nach Polizeiangaben 17 Menschen verletzt. Lindner kündigte an, am Freitag die Küste zu "
    "besuchen. „Alle haben durchgearbeitet“, sagte der Kappelner Bürgermeister Lars Hinrichsen.",
]


def test_german_storm_reports_conflict_on_the_count_only():
    # published on Wednesday 2026-03-11: both Fridays are the 13th, and the mayor is one speaker
    conflicts = compared_conflicts(_DE_STORM, "de", "2026-03-11")
    assert [k for k, _ in conflicts] == ["number"]
    assert conflicts[0][1]["a"] == [14.0] and conflicts[0][1]["b"] == [17.0]
    out = parallax.compare(outlet_articles(_DE_STORM, "de", "2026-03-11")).to_dict()
    assert {t["value"] for t in out["times"] if t["text"] == "Freitag"} == {"2026-03-13"}
    assert [q["speaker"] for q in out["quotes"]] == ["Lars Hinrichsen"] and not out["quotes"][0]["misattributed"]


# a pronoun after the cue, then when, where or to whom: the speaker is the person the pronoun takes up, not a place
# named after it ('„...“, sagte sie in Hannover' is no quote of Hannover)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Greta Sommer blieb gelassen. „Wir finden eine Lösung“, sagte sie am Mittwoch in Lüneburg."),
        ("de", "Greta Sommer blieb gelassen. „Wir finden eine Lösung“, sagte sie in Lüneburg."),
        ("nl", "Greta Sommer bleef kalm. „We vinden een oplossing”, zei ze woensdag in Zwolle."),
        # guard: the pronoun closing the sentence
        ("de", "Greta Sommer blieb gelassen. „Wir finden eine Lösung“, sagte sie."),
    ],
)
def test_pronoun_after_the_cue_with_a_circumstance(lang, text):
    assert _speakers(text, lang) == ["Greta Sommer"]


def test_a_stop_inside_closing_quotation_marks_ends_the_sentence_for_its_tense():
    # the future of the next sentence ("werde") is no cue for Wednesday, published on Thursday 2026-11-12
    text = "Sommer gab sich am Mittwoch gelassen: „Wir einigen uns.“ Der Ausschuss werde am Freitag tagen."
    assert resolved("de", text, "2026-11-12") == {"Mittwoch": "2026-11-11", "Freitag": "2026-11-13"}


def test_a_german_year_closing_a_sentence_ends_it():
    from tests.helpers import sentences

    text = "Die Spinnerei schließt ihr Werk bis Ende 2028. Betroffen sind rund 800 Beschäftigte."
    assert sentences(text, "de") == ["Die Spinnerei schließt ihr Werk bis Ende 2028.", "Betroffen sind rund 800 Beschäftigte."]
    # guard: an ordinal day keeps its sentence
    assert len(sentences("Die Schließung ist am 3. Oktober geplant.", "de")) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "vor" of a place is no "ago": the rally is ahead (published on Thursday 2026-10-08)
        ("Die Gewerkschaft will am Freitag vor dem Rathaus protestieren.", "2026-10-09"),
        # guard: "vor" of a span ago is past
        ("Vor zwei Tagen, am Dienstag, kam die Nachricht.", "2026-10-06"),
    ],
)
def test_german_vor_of_a_place_is_no_past_cue(text, value):
    assert [v for k, v in resolved("de", text, "2026-10-08").items() if k in ("Freitag", "Dienstag")] == [value]


# Finnish names the body a person speaks for after the name: "Ilmatieteen laitokselta" is no part of it
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("– Jäätä on poikkeuksellisen vähän, sanoi tutkija Aino Lehtinen Suomen ympäristökeskuksesta.", "Aino Lehtinen"),
        ("– Jäätä on poikkeuksellisen vähän, sanoi tutkija Aino Lehtinen Oulun yliopistolta.", "Aino Lehtinen"),
        # guards: a middle name, and a name alone
        ("– Jäätä on poikkeuksellisen vähän, sanoi tutkija Aino Kaarina Lehtinen.", "Aino Kaarina Lehtinen"),
        ("– Jäätä on poikkeuksellisen vähän, tutkija Aino Lehtinen sanoi.", "Aino Lehtinen"),
    ],
)
def test_finnish_body_after_the_name_is_no_part_of_it(text, speaker):
    assert _speakers(text, "fi") == [speaker]
