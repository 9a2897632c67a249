"""Defects left by earlier QA rounds, each with a case that must stay unchanged: a role and the body it
belongs to after "according to" (Greek, Portuguese), the year before last, a wire agency in a dateline as
the outlet, "for nine hours before" as a duration, Korean surnames across scripts.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the body in the genitive after the role is not who speaks
        ("Σύμφωνα με τον υπουργό Πολιτικής Προστασίας, η πυρκαγιά στα βόρεια έχει περιοριστεί.", "el", "υπουργό Πολιτικής Προστασίας"),
        # one capitalised word after "ministro da Defesa" is the body's name, not a person's
        ("Segundo o ministro da Defesa Civil, o incêndio na serra já está controlado.", "pt", "ministro da Defesa Civil"),
        ("Según el portavoz de la Generalitat, el incendio del bosque ya está controlado.", "es", "portavoz de la Generalitat"),
        ("Secondo il ministro della Protezione civile, l'incendio nel bosco è sotto controllo.", "it", "ministro della Protezione civile"),
        # unchanged: a person after the role and its body, a person after "according to"
        ("Segundo o secretário de Estado Rui dos Santos, o incêndio na serra já está controlado.", "pt", "Rui dos Santos"),
        ("Σύμφωνα με τον Νίκο Αλεξίου, η πυρκαγιά στα βόρεια έχει περιοριστεί.", "el", "Νίκο Αλεξίου"),
    ],
)
def test_a_role_and_its_body_after_according_to(text, lang, speaker):
    assert _speakers(text, lang) == [speaker]


def test_the_minister_the_article_introduced_speaks():
    text = (
        "Ο υπουργός Πολιτικής Προστασίας Γιάννης Κεφαλάς επισκέφθηκε χθες την περιοχή. "
        "Σύμφωνα με τον υπουργό Πολιτικής Προστασίας, η πυρκαγιά στα βόρεια έχει περιοριστεί."
    )
    assert _speakers(text, "el") == ["Γιάννης Κεφαλάς"]
