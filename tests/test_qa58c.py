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


def test_amharic_is_written_in_ethiopic_without_capitals() -> None:
    from parallax.sounds import caseless, script, text_script

    assert script("am") == script("ti") == text_script("ሰኞ ዕለት") == "ethiopic"
    assert caseless("am")


def test_amharic_titled_names_are_people_outside_quotations_too() -> None:
    """A title or an office before two words is a person wherever the sentence puts them (here an object, after
    a preposition written onto the title), and an office ("ጠቅላይ ሚኒስትር", prime minister) opens a speaker's name."""
    text = "ፖሊስ ትናንት ከአቶ ደረጀ ወልዴ ጋር ተወያይቷል። ጠቅላይ ሚኒስትር ሰለሞን ታዬ «ጉዳዩን እንመረምራለን» ብለዋል።"
    assert _people(text, "am") == ["ደረጀ ወልዴ", "ሰለሞን ታዬ"]
    assert quote_speakers(text, "am") == ["ሰለሞን ታዬ"]
