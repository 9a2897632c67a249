"""QA session 58c: Hausa, Yoruba, Amharic, Swahili and Vietnamese reports (invented text throughout)."""

from __future__ import annotations

from tests.helpers import analyzed, quote_speakers


def _people(text: str, lang: str) -> list[str]:
    return [e.text for e in analyzed(text, lang).entities if e.label in ("PER", "PERSON")]


def test_hausa_yan_and_yar_open_no_quotation() -> None:
    """ "'yan sanda" (the police) and "'yar majalisa" (a member of the assembly): the apostrophe elides a word's start."""
    text = (
        "'Yan sanda sun kama mutane goma sha biyu a garin Dakwara. 'Yar majalisa Hajiya Talatu Garba ta ce \"za mu bi diddigin lamarin\"."
    )
    assert [q.text for q in analyzed(text, "ha").quotes] == ["za mu bi diddigin lamarin"]
    assert quote_speakers(text, "ha") == ["Talatu Garba"]
    # the turned comma typesetting gives them is no opening mark either
    assert analyzed("‘Yan bindiga sun kai hari a kauyen Rimaye ranar Talata.", "ha").quotes == []


def test_hausa_office_holder_keeps_an_unknown_first_name() -> None:
    """A field that ends before the run ("'yan sanda", "lafiya", an acronym) leaves all three words to the person;
    a linked field ("jihar ...") still takes the run's first word."""
    assert "Dangoma Sule Gwarzo" in _people("Kwamishinan 'yan sanda Dangoma Sule Gwarzo ya ce an kama mutane biyar.", "ha")
    assert "Dangoma Sule Gwarzo" in _people("Ministan lafiya Dangoma Sule Gwarzo ya ce za a biya diyya.", "ha")
    assert "Dangoma Sule Gwarzo" in _people("Shugaban hukumar NEMA Dangoma Sule Gwarzo ya isa wurin.", "ha")
    assert _people("Gwamnan jihar Dakwara Dangoma Sule ya ziyarci asibitin.", "ha") == ["Dangoma Sule"]
