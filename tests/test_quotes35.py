"""Speakers the lexical languages lost (session 35): a Russian name with its patronymic in the genitive, a name with a
lower-case Arabic article, the Polish "Jak dodał, ..." with no subject, and a quotation after a sentence of reported
speech in its paragraph.  Our own sentences, in the style of news copy, with the cases each rule must leave alone."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _quotes(text: str, language: str) -> list[tuple[str, str, str | None]]:
    art = Article(id="t", text="Nachrichten\n\n" + text, language=language, published="2026-03-05")
    parallax.analyze([art])
    return [(q.kind, q.text, q.speaker) for q in art.quotes]


def _entities(text: str, language: str) -> list[str]:
    art = Article(id="t", text="Nachrichten\n\n" + text, language=language, published="2026-03-05")
    parallax.analyze([art])
    return [e.text for e in art.entities]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "По словам Сергея Викторовича Лаврова, переговоры продолжатся на следующей неделе.", "Сергей Викторович Лавров"),
        ("ru", "По словам Анны Сергеевны Ивановой, школа откроется в сентябре.", "Анна Сергеевна Иванова"),
        ("ru", "«Мы готовы к переговорам», — сказал Сергей Викторович Лавров журналистам.", "Сергей Викторович Лавров"),
    ],
)
def test_genitive_patronymic_keeps_the_given_name(lang: str, text: str, speaker: str) -> None:
    assert [s for _, _, s in _quotes(text, lang)] == [speaker]


def test_genitive_place_before_a_name_still_cut() -> None:
    # a place in the genitive, then a given name and a surname: the person starts at the given name
    assert "Герман Галущенко" in _entities("Об этом сообщил министр энергетики Украины Герман Галущенко.", "ru")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "„Wir bleiben hier“, sagte Muhammed el-Huleyfi am Montag.", "Muhammed el-Huleyfi"),
        ("es", "«No nos iremos», dijo Ahmed al-Sharaa en Damasco.", "Ahmed al-Sharaa"),
    ],
)
def test_lower_case_arabic_article_is_part_of_the_name(lang: str, text: str, speaker: str) -> None:
    assert [s for _, _, s in _quotes(text, lang)] == [speaker]


def test_spanish_article_before_a_name_stays_out() -> None:
    # "el" alone, without a hyphen, is the article: no part of the name
    assert "Ahmed al-Sharaa" in _entities("Ahmed al-Sharaa habló con el Presidente Juan Pérez.", "es")
    assert not any(e.startswith("el ") for e in _entities("Lo confirmó el Ministerio de Salud.", "es"))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Jan Kowalski powiedział, że rząd przygotuje nową ustawę. Jak dodał, projekt trafi do Sejmu w maju.",
        "„Nie zgadzamy się”, powiedział minister Jan Kowalski.\n\nJak dodał, projekt trafi do Sejmu w maju.",
    ],
)
def test_polish_jak_dodal_is_the_last_speakers(text: str) -> None:
    assert ("indirect", "projekt trafi do Sejmu w maju", "Jan Kowalski") in _quotes(text, "pl")


def test_polish_jak_with_its_source_still_names_it() -> None:
    text = "Jak poinformował rzecznik policji Jan Wrona, kierowca trafił do szpitala."
    assert [(t, s) for k, t, s in _quotes(text, "pl") if k == "indirect"] == [("kierowca trafił do szpitala", "Jan Wrona")]


def test_quotation_after_reported_speech_is_its_speakers() -> None:
    text = 'Passagier Mark Visser zat bij de vleugel. Volgens Visser bleef de bemanning rustig. "Niemand raakte in paniek."'
    assert ("direct", "Niemand raakte in paniek.", "Mark Visser") in _quotes(text, "nl")


def test_quotation_after_a_narrated_sentence_stays_unattributed() -> None:
    # the sentence before tells, it reports no one: the quotation gets no speaker from it
    text = 'Passagier Mark Visser zat bij de vleugel. De bemanning bleef rustig. "Niemand raakte in paniek."'
    assert ("direct", "Niemand raakte in paniek.", "Mark Visser") not in _quotes(text, "nl")


def _indirect_en(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(text, "en") if k == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a verb of saying under a verb that makes its object act: the object says it
        (
            "Senator Elizabeth Warren forced John Stumpf, who was under questioning, to admit that no executives had been fired.",
            "no executives had been fired",
            "John Stumpf",
        ),
        (
            "The council pressed Mayor Tom Hale to concede that the budget had grown.",
            "the budget had grown",
            "Tom Hale",
        ),
    ],
)
def test_object_of_a_control_verb_speaks_its_clause(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _indirect_en(text)


def test_subject_control_keeps_the_subject() -> None:
    # no object between: the subject wants, and would say, it
    assert ("the election is rigged", "Donald Trump") in _indirect_en("Donald Trump wants to say that the election is rigged.")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a closing verb of saying the parser read as a plural noun ("maintains" after the compound "doctor")
        (
            "Secrecy is not a stranger to the senator's health records, the candidate's former doctor maintains.",
            "Secrecy is not a stranger to the senator's health records",
            "candidate’s former doctor".replace("’", "'"),
        ),
        ("The budget will not pass this year, a senior aide maintains.", "The budget will not pass this year", "senior aide"),
    ],
)
def test_closing_cue_read_as_a_noun(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _indirect_en(text)


def test_plural_noun_after_a_comma_is_no_cue() -> None:
    assert _indirect_en("The council voted on the new parking rules, and the water mains.") == []


def test_two_subjects_the_one_after_the_comma_speaks() -> None:
    # the parser made the fronted phrase a second subject of the verb: the subject next to the verb holds the view
    text = "Her pledges to cut ferry fares notwithstanding, independent auditors agree the largest operators would profit the most from her scheme."
    assert ("the largest operators would profit the most from her scheme", "independent auditors") in _indirect_en(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a gerund after a preposition is the act of the subject of the verb the phrase is on, never of its own object
        (
            "Donald Trump spoke in Ohio on Monday. Trump further described the crash as a grim accident, but stopped "
            "short of calling Holm’s conduct criminally negligent.",
            "Holm’s conduct criminally negligent",
            "Donald Trump",
        ),
        ("Senator Anna Reed was criticized for calling President Obama a failure.", "President Obama a failure", "Anna Reed"),
    ],
)
def test_gerund_after_a_preposition_is_the_subjects(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _indirect_en(text)
