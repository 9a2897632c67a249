"""Session 59 QA (qa59d): findings of a round in Greek, Hebrew, Korean and Ukrainian reports (with English ones of
the same events): an election, a central-bank decision, an earthquake and a factory fire.  Invented sentences."""

from __future__ import annotations

import pytest

import parallax
from tests.helpers import analyzed, first_sentence_conflicts, quote_speakers


# a weekday or a month the rule-based entity layer took for a name (languages that write them with a capital) held
# the share after it, so "won Sunday's election with 38.4%" and "won the election of 8 March with 38.1%" named two
# holders (Sunday, March) and the shares were two facts
@pytest.mark.parametrize(
    ("lang", "text_a", "text_b"),
    [
        ("el", "Το κόμμα Νέα Πορεία κέρδισε τις εκλογές της Κυριακής με ποσοστό 38,4%.",
         "Η Νέα Πορεία αναδείχθηκε πρώτη στις εκλογές της 8ης Μαρτίου με 38,1%."),
        ("id", "Partai Maju memenangkan pemilu hari Minggu dengan 38,4%.",
         "Partai Maju memenangkan pemilu 8 Maret dengan 38,1%."),
    ],
)  # fmt: skip
def test_a_share_after_a_day_or_month_name_is_still_compared(lang: str, text_a: str, text_b: str) -> None:
    assert ("number", {"a": [38.4], "b": [38.1], "unit": "%"}) in first_sentence_conflicts(text_a, text_b, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("el", "Ο Νίκος Παπαδάκης μίλησε την Κυριακή 8 Μαρτίου στην Αθήνα.", "Νίκος Παπαδάκης"),
        ("tl", "Nanalo ang Partido Bago noong Linggo, Marso 8, sa halalan.", "Partido Bago"),
        ("tr", "Yeni Yol Partisi Pazar günü yapılan seçimi kazandı.", "Yeni Yol Partisi"),
    ],
)
def test_weekday_and_month_names_are_no_entities(lang: str, text: str, name: str) -> None:
    art = analyzed(text, lang, "2026-03-14")
    names = [e.text for e in art.entities]
    assert name in names
    assert not any(t.start <= e.start < t.end for e in art.entities for t in art.times), names


# a Hebrew speaker named by a role and the surname alone ("הנגיד ברקוביץ", the governor Berkowitz; "שר האוצר כהן", the
# finance minister Cohen) kept the role as part of the name ("האוצר כהן"), which met no other report's speaker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"האינפלציה חזרה לטווח היעד", אמר הנגיד ברקוביץ במסיבת עיתונאים.', "ברקוביץ"),
        ('"התקציב יאושר השבוע", אמר שר האוצר כהן.', "כהן"),
        ('"המצב בעיר קשה", אמר ראש העיר אלמוג.', "אלמוג"),
        ('"נעבוד כל הלילה", אמרה המפקדת שושני.', "שושני"),
    ],
)
def test_hebrew_role_and_surname_names_the_surname(text: str, speaker: str) -> None:
    assert quote_speakers(text, "he") == [speaker]


@pytest.mark.parametrize("text", ['"המצב יציב", אמר השר לשעבר.', '"המצב יציב", אמר השר הבכיר.'])
def test_hebrew_role_and_a_word_that_is_no_name_stays_a_description(text: str) -> None:
    assert quote_speakers(text, "he") == [text.split("אמר ")[1].rstrip(".")]


def test_hebrew_governor_by_surname_is_the_governor_the_other_report_named_in_full() -> None:
    arts = [
        parallax.Article(id=i, text=t, outlet=i, published="2026-03-14T09:00:00", language="he")
        for i, t in (
            ("a", 'נגיד הבנק, פרופ\' אמיר ברקוביץ, אמר: "האינפלציה חזרה לטווח היעד, ולכן יש מקום להקלה זהירה".'),
            ("b", '"האינפלציה חזרה לטווח היעד", אמר הנגיד ברקוביץ במסיבת עיתונאים.'),
        )
    ]
    d = parallax.compare(arts).to_dict()
    assert d["summary"]["misattributed"] == 0
    assert not [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "speaker"]


# "the fire took the lives of six workers" in Ukrainian and Russian was no toll: "загинули п'ятеро працівників" and
# "забрала життя шести працівників" were one shared fact with no conflict
@pytest.mark.parametrize(
    ("lang", "text_a", "text_b"),
    [
        ("uk", "Пожежа на хімічному заводі «Азот-Південь» у Звенигородці в середу забрала життя шести працівників, ще 14 людей постраждали.",
         "У середу, 11 березня, на хімічному заводі «Азот-Південь» у Звенигородці спалахнула пожежа, внаслідок якої загинули п'ятеро працівників, ще 14 людей травмовано."),
        ("ru", "Пожар на складе «Север-Логистик» в Тихореченске в среду унёс жизни шести рабочих, ещё 9 человек пострадали.",
         "В среду на складе «Север-Логистик» в Тихореченске вспыхнул пожар, в результате которого погибли пятеро рабочих."),
    ],
)  # fmt: skip
def test_slavic_took_the_lives_of_is_a_toll(lang: str, text_a: str, text_b: str) -> None:
    conflicts = first_sentence_conflicts(text_a, text_b, lang)
    assert [c for c in conflicts if c[0] == "number" and c[1]["a"] == [6] and c[1]["b"] == [5]], conflicts


def test_saving_lives_is_no_toll() -> None:
    from parallax.compare.roles import role

    text = "Рятувальники врятували життя шести працівників."
    art = analyzed(text, "uk")
    assert [role(text, q) for q in art.quantities] != ["dead"]
