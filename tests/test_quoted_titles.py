"""Titles of works and operations in quotation marks are no one's words (QA sweep 19)."""

from __future__ import annotations

import pytest

from parallax.analyze.quotes.works import names_a_work
from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        ("de", "Die Serie „Der lange Weg nach Hause“ läuft ab Mittwoch im Ersten.", "Der lange Weg nach Hause"),
        ("es", "La novela «Un invierno sin nieve en Soria» agotó su primera edición.", "Un invierno sin nieve en Soria"),
        ("it", "Il documentario «Le voci del porto vecchio» sarà proiettato a Genova.", "Le voci del porto vecchio"),
        ("sv", "Boken ”En sommar vid havet i Skåne” kom ut i fjol.", "En sommar vid havet i Skåne"),
        ("el", "Η εκπομπή «Οι φωνές της πόλης μας» κόπηκε από το πρόγραμμα.", "Οι φωνές της πόλης μας"),
        ("ro", "Operațiunea „Ploaia de vară în munți” s-a încheiat luni.", "Ploaia de vară în munți"),
        ("hu", "A „Nyári eső a hegyekben” című regény tavaly jelent meg.", "Nyári eső a hegyekben"),
        ("tr", '"Dağlarda yaz yağmuru var" adlı roman geçen yıl çıktı.', "Dağlarda yaz yağmuru var"),
    ],
)
def test_a_quoted_title_is_no_quotation(lang, text, title):
    assert title not in [q.text for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        # words that go on with the sentence after the noun open in lower case: a partial quotation
        ("en", 'Officials said the operation "went exactly as we had planned it", police added.', "went exactly as we had planned it"),
        # a cue names the speaker of words after a noun of a kind: the words are kept
        ("de", "„Der Film hat mich sehr bewegt“, sagte die Regisseurin Hanna Lorenz.", "Der Film hat mich sehr bewegt"),
    ],
)
def test_words_after_a_noun_of_a_kind_stay_quotations(lang, text, quote):
    assert quote in [q.text for q in analyzed(text, lang).quotes]


def test_names_a_work_reads_the_noun_before_or_the_word_after():
    text = "Der Roman „Die stille Küste“ erschien."
    start = text.index("Die")
    assert names_a_work(text, start, start + len("Die stille Küste"), "de")
    text = "Er sagte „die stille Küste“ sei schön."
    start = text.index("die")
    assert not names_a_work(text, start, start + len("die stille Küste"), "de")
    text = "A „Csendes part” című film."
    start = text.index("Csendes")
    assert names_a_work(text, start, start + len("Csendes part"), "hu")
