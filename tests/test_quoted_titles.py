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
        # QA sweep 20: the less-covered languages, cased and uncased scripts
        ("fi", "Elokuva ”Kesä järven rannalla” sai ensi-iltansa perjantaina.", "Kesä järven rannalla"),
        ("ca", "El documental «Les veus del port vell» s'estrena dijous.", "Les veus del port vell"),
        ("bg", "Сериалът „Гласовете на стария град“ започва в сряда.", "Гласовете на стария град"),
        ("sl", "Film »Poletje ob jezeru« so premierno prikazali v petek.", "Poletje ob jezeru"),
        ("sr", "Серија „Гласови старог града“ почиње у среду.", "Гласови старог града"),
        ("nb", "Filmen «Sommer ved sjøen i nord» hadde premiere fredag.", "Sommer ved sjøen i nord"),
        ("vi", 'Bộ phim "Mùa hè bên hồ" được công chiếu hôm thứ Sáu.', "Mùa hè bên hồ"),
        ("hi", 'उपन्यास "झील के किनारे गर्मी" पिछले साल छपा था।', "झील के किनारे गर्मी"),
        ("fa", "مستند «صداهای بندر قدیمی» روز پنجشنبه پخش شد.", "صداهای بندر قدیمی"),
        ("he", 'בסרט "קיץ על שפת האגם" משחקים שחקנים צעירים.', "קיץ על שפת האגם"),
        ("th", 'ละครเรื่อง "ฤดูร้อนริมทะเลสาบ" ออกอากาศวันศุกร์', "ฤดูร้อนริมทะเลสาบ"),
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
        # an uncased script needs no capital, but a quotation after a cue is still someone's words
        ("he", 'השר אמר: "התוכנית תצא לדרך בחודש הבא".', "התוכנית תצא לדרך בחודש הבא"),
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
