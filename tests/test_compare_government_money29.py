"""Sums of aid two outlets give under different words: the government under its other name, the
affected as the receivers of a sum.

"Guvernul a alocat 10 milioane de lei" / "Executivul a aprobat 12 milioane de lei" were kept apart as
two holders' sums (a capitalised "Guvernul" and "Executivul" read as two names), and "10 миллионов рублей
пострадавшим" (to the victims) was a sum of the injured, kept apart from "12 миллионов рублей" of aid.
"""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.conflicts import sentence_conflicts
from parallax.records import Article
from tests.helpers import shown


def _number_conflicts(a_text: str, b_text: str, lang: str) -> list[dict]:
    a, b = (Article(id=i, text=t, outlet=i.upper(), published="2026-11-21", language=lang) for i, t in zip("ab", (a_text, b_text), strict=True))
    Analyzer().analyze_all([a, b])
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("ro", "Guvernul a alocat 10 milioane de lei pentru sinistrați.", "Executivul a aprobat un ajutor de 12 milioane de lei."),
        ("es", "El Gobierno asignó 10 millones de euros a los afectados.", "El Ejecutivo aprobó una ayuda de 12 millones de euros."),
        ("pt", "O Governo atribuiu 10 milhões de euros às vítimas.", "O Executivo aprovou um apoio de 12 milhões de euros."),
        ("ru", "Правительство выделило 10 миллионов рублей пострадавшим.", "Кабмин одобрил помощь в размере 12 миллионов рублей."),
        ("en", "The government set aside $10 million for the injured.", "The cabinet approved $12 million in aid."),
    ],
)  # fmt: skip
def test_one_governments_sums_conflict(lang: str, a: str, b: str) -> None:
    assert [sorted(v for k, v in c.items() if k in "ab") for c in _number_conflicts(a, b, lang)] == [[[10000000.0], [12000000.0]]]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        # two named holders stay two facts
        ("es", "El PP logró 31 escaños en el parlamento autonómico.", "El PSOE se quedó en 25 escaños tras el recuento."),
        # the government and a named party are two holders
        ("es", "El Gobierno aportó 10 millones de euros al fondo.", "Vox propuso 12 millones de euros para el fondo."),
    ],
)  # fmt: skip
def test_other_holders_stay_apart(lang: str, a: str, b: str) -> None:
    assert _number_conflicts(a, b, lang) == []


def test_a_toll_keeps_its_role() -> None:
    # the casualty roles are still read for people: "28 injured" and "30 dead" are two counts
    assert _number_conflicts("28 people were injured in the blast.", "30 people died in the blast.", "en") == []
