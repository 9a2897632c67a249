"""Finnish quotations after a dash ("– ..., hän sanoo."), and a pronoun before the verb after a quotation
(QA sweep 20): Finnish keeps the subject first after a quotation as often as it inverts it."""

from __future__ import annotations

from tests.helpers import analyzed


def test_finnish_dash_quotations_and_their_speakers():
    text = (
        "Pelastusjohtaja Sari Heikkinen kertoi tilanteesta aamulla.\n\n"
        "– Vesi nousi kellareihin yön aikana, hän sanoo.\n\n"
        "– Evakuointi jatkuu iltaan asti, Heikkinen kertoo.\n\n"
        "– Apua on tulossa, sanoo Heikkinen."
    )
    found = [(q.text, q.speaker) for q in analyzed(text, "fi").quotes]
    assert found == [
        ("Vesi nousi kellareihin yön aikana", "Sari Heikkinen"),
        ("Evakuointi jatkuu iltaan asti", "Sari Heikkinen"),
        ("Apua on tulossa", "Sari Heikkinen"),
    ]


def test_pronoun_before_the_verb_after_marks():
    text = "Pormestari Matti Salo sulki koulun tiistaina. ”Kukaan ei loukkaantunut”, hän kertoi."
    assert [(q.text, q.speaker) for q in analyzed(text, "fi").quotes] == [("Kukaan ei loukkaantunut", "Matti Salo")]
