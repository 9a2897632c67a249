"""QA round 34 on outbreaks, emergency landings, corruption arrests, launches and data breaches (pt, nl, tr, id,
ja, ko, sv with English): each test holds one rule of the language or of news writing the round found missing."""

from __future__ import annotations

from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes if q.kind == "direct"]


def test_indonesian_name_stops_before_the_preposition_di():
    # "di" is "at": the speaker is Johanis, not "Johanis di Gedung Merah Putih"
    text = '"Kami tidak akan berhenti," kata Johanis di Gedung Merah Putih KPK, Rabu.'
    assert _speakers(text, "id") == ["Johanis"]
    assert "Gedung Merah Putih KPK" in [e.text for e in analyzed(text, "id").entities]


def test_indonesian_menurut_is_no_part_of_a_name():
    # "Menurut Johanis" (according to Johanis) opened a capitalised run, which a later "ujar Johanis" took up
    text = 'Menurut Johanis, uang itu diserahkan di hotel.\n\n"Kami tidak akan berhenti," ujar Johanis.'
    assert _speakers(text, "id") == ["Johanis"]
    assert "Menurut Johanis" not in [e.text for e in analyzed(text, "id").entities]
