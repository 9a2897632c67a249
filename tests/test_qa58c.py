"""QA session 58c: Hausa, Yoruba, Amharic, Swahili and Vietnamese reports (invented text throughout)."""

from __future__ import annotations

from tests.helpers import analyzed, quote_speakers, time_values


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


# Saturday 14 March 2026: Monday is the 9th, Saturday the 21st ahead
_SAT = "2026-03-14"


def test_hausa_dates() -> None:
    text = (
        "'Yan sanda sun ce an kai harin ranar Litinin, kwanaki uku bayan zaben da aka yi a ranar 6 ga watan Maris. "
        "Jiya gwamnan ya ziyarci garin, kuma za a yi taro ranar Asabar mai zuwa. A makon da ya gabata mutane biyu sun mutu."
    )
    found = time_values(text, "ha", _SAT)
    assert found["Litinin"] == "2026-03-09"
    assert found["6 ga watan Maris"] == "2026-03-06"
    assert found["Jiya"] == "2026-03-13"
    assert found["Asabar mai zuwa"] == "2026-03-21"
    assert found["makon da ya gabata"] == "2026-W10"
    assert "yau" not in {t.lower() for t in time_values("Ana samun matsalar yau da kullum a kasuwar.", "ha", _SAT)}


def test_yoruba_dates_with_and_without_tone_marks() -> None:
    text = "Àwọn ọlọ́pàá sọ pé ìjàǹbá náà ṣẹlẹ̀ ní ọjọ́ Ajé. Gómìnà ti ṣàbẹ̀wò sí ibẹ̀ lánàá, ọjọ́ mẹ́ta sẹ́yìn ìbò ọ̀sẹ̀ tó kọjá."
    found = time_values(text, "yo", _SAT)
    assert found["ọjọ́ Ajé"] == "2026-03-09"
    assert found["lánàá"] == "2026-03-13"
    assert found["ọjọ́ mẹ́ta sẹ́yìn"] == "2026-03-11"
    assert found["ọ̀sẹ̀ tó kọjá"] == "2026-W10"
    assert time_values("Awon olopaa so pe o sele ni ojo Aje.", "yo", _SAT) == {"ojo Aje": "2026-03-09"}


def test_amharic_dates() -> None:
    text = "ፖሊስ ሰኞ ዕለት አምስት ሰዎችን አስሯል። ከሦስት ቀናት በፊት ደግሞ ትናንት ባለፈው ሳምንት ማክሰኞ ስብሰባ ተካሂዷል።"
    found = time_values(text, "am", _SAT)
    assert found["ሰኞ"] == "2026-03-09"
    assert found["ትናንት"] == "2026-03-13"
    assert found["ባለፈው ሳምንት"] == "2026-W10"
    assert found["ማክሰኞ"] == "2026-03-10"  # (not the Monday its last letters spell)


def test_amharic_figures_are_still_counts() -> None:
    """A lexicon of months Amharic rarely writes: a figure before another word is still a count, no day of a month."""
    assert [q.value for q in analyzed("በከተማዋ 20 ሰዎች ሞተዋል።", "am", _SAT).quantities] == [20.0]


def _counts(text: str, lang: str) -> list[tuple[str, float]]:
    return [(q.text, q.value) for q in analyzed(text, lang, _SAT).quantities]


def test_yoruba_number_words() -> None:
    text = "Àwọn ọlọ́pàá mú ọgọ́rùn-ún ènìyàn. Ènìyàn mẹ́ta kú, ẹgbẹ̀rún méjì sì sá lọ."
    assert _counts(text, "yo") == [("ọgọ́rùn-ún", 100.0), ("mẹ́ta", 3.0), ("ẹgbẹ̀rún méjì", 2000.0)]


def test_hausa_number_words() -> None:
    text = "Mutane biyar sun mutu, wasu ashirin da biyu sun jikkata. An kona gidaje dari biyu, an kuma tara naira miliyan uku."
    assert _counts(text, "ha") == [("biyar", 5.0), ("ashirin da biyu", 22.0), ("dari biyu", 200.0), ("miliyan uku", 3_000_000.0)]


def test_within_bounds_conflict_across_languages() -> None:
    """ "trong vòng một tháng" (Vietnamese), "ndani ya mwezi mmoja" (Swahili), "cikin kwanaki goma" (Hausa) bound a length as
    "within" does: against "within two weeks" in a translated sentence, one deadline given two ways."""
    from tests.helpers import mixed_articles, mixed_conflicts, sentence_pair_conflicts

    english = "The ministry said the Varo bridge would reopen within two weeks, after repairs costing 40 billion dong."
    vietnamese = "Bộ cho biết cầu Varo sẽ thông xe trở lại trong vòng một tháng, sau khi sửa chữa với chi phí 40 tỷ đồng."
    assert ("number", {"a": ["P2W"], "b": ["P1M"], "unit": "duration"}) in mixed_conflicts(("en", english), ("vi", vietnamese))
    swahili = "Wizara ilisema daraja la Varo litafunguliwa tena ndani ya mwezi mmoja, baada ya matengenezo."
    a, b = mixed_articles(("en", english), ("sw", swahili))
    assert sentence_pair_conflicts(a, 0, b, 0) == [("number", {"a": ["P2W"], "b": ["P1M"], "unit": "duration"})]
    hausa = "Ma'aikatar ta ce za a sake bude gadar Varo cikin kwanaki goma, bayan gyare-gyare."
    a, b = mixed_articles(("en", english), ("ha", hausa))
    assert sentence_pair_conflicts(a, 0, b, 0) == [("number", {"a": ["P2W"], "b": ["P10D"], "unit": "duration"})]
