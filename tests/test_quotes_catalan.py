"""Catalan cues ("va dir", "ha afirmat", "afegeix") and a name in commas after the description that opens
a sentence before a colon (QA sweep 20)."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the past with "va" and an infinitive, a time word between the verb and its subject
        ("«L'aigua tornarà dijous a tots els barris», va assegurar ahir la regidora Laia Ferran.",
         "L'aigua tornarà dijous a tots els barris", "Laia Ferran"),
        # the recent past with "ha" and a participle
        ("«No tancarem cap escola aquest curs», ha afirmat el conseller d'Educació Joan Bosch.",
         "No tancarem cap escola aquest curs", "Joan Bosch"),
        # no subject: the person named before (Catalan drops its subject pronoun)
        ("La jutgessa Marta Riera va sortir a les deu. «El judici continuarà dilluns», va afegir.",
         "El judici continuarà dilluns", "Marta Riera"),
    ],
)
def test_catalan_cues(text, quote, speaker):
    assert (quote, speaker) in _speakers(text, "ca")


@pytest.mark.parametrize(
    ("lang", "text", "quote", "speaker"),
    [
        ("ca", "La directora de l'hospital, Núria Camps, va explicar: «Tenim llits per a tothom.»",
         "Tenim llits per a tothom.", "Núria Camps"),
        ("es", "El director del puerto, Andrés Molina, anunció: «Los barcos saldrán el lunes.»",
         "Los barcos saldrán el lunes.", "Andrés Molina"),
    ],
)
def test_name_in_commas_after_a_description_before_a_colon(lang, text, quote, speaker):
    assert (quote, speaker) in _speakers(text, lang)
