"""QA of comparisons in Asian and Middle-Eastern languages (session 36): the general rules it fixed."""

from parallax.compare.speakers import person_match


def test_hebrew_geresh_and_arabic_ta_shin_read_ch() -> None:
    # Hebrew writes a foreign "ch" as tsadi and geresh, Arabic as ta and shin: one minister, not three people
    assert person_match("בצלאל סמוטריץ'", "Bezalel Smotrich") is True
    assert person_match("بتسلئيل سموتريتش", "Bezalel Smotrich") is True
    assert person_match("ג׳ונסון", "Johnson") is True
    # a plain tsadi stays "ts": another name
    assert person_match("סמוטריץ", "Smotrich") is False


def test_hebrew_acronym_gershayim_is_no_quotation_mark() -> None:
    from parallax.analyze.sentence_quotes import _dangling_opener, _quote_state

    prev = 'יו"ר ההסתדרות ארנון בר-דוד אמר כי השביתה תימשך עד השעה 18:00. "'
    assert _quote_state(prev[:-1])[1] is False
    assert _dangling_opener(prev) == len(prev) - 1  # the mark opens the next sentence's quotation


def test_bylines_and_credits_in_scripts_without_capitals() -> None:
    from parallax.ingest.bylines import byline_reason
    from parallax.ingest.notes import note_reason

    assert byline_reason("（责任编辑：李明）", "last") == "credit"
    assert byline_reason("编辑：王磊 张华", "last") == "credit"
    assert byline_reason("מאת רונית כהן", "first") == "byline"
    assert byline_reason("بقلم محمد علي", "first") == "byline"
    assert note_reason("भाषा", is_last=True) == "agency credit"
    assert note_reason("新华社", is_last=True) == "agency credit"
    # a sentence is no byline, and none counts away from the edge
    assert byline_reason("מאת הממשלה נדרש להגיש תוכנית חדשה עד סוף השבוע.", "first") is None
    assert byline_reason("编辑部表示，将继续关注此事。", "last") is None
    assert byline_reason("מאת רונית כהן") is None
    assert byline_reason("كتب الرئيس على منصة إكس", "first") is None


def test_credit_lines_joined_into_one_paragraph() -> None:
    from parallax.ingest.bylines import byline_reason

    assert byline_reason("Pewarta: Novi Husdinariyanto Editor: Budi Santoso", "last") == "credit"
    assert byline_reason("Pewarta: Novi Husdinariyanto Editor: Budi Santoso sedang berlibur", "last") is None


def test_arabic_dateline_with_the_agency_in_brackets() -> None:
    from parallax.ingest.datelines import split_dateline

    line = split_dateline("القدس - (أ ف ب): شل إضراب عام دعا إليه اتحاد نقابات العمال الموانئ الأربعاء.")
    assert line is not None and (line.place, line.agency) == ("القدس", "أ ف ب")
    assert line.after.startswith("شل إضراب")
    assert split_dateline("القدس - (أ ف ب: شل إضراب عام دعا إليه اتحاد نقابات العمال.") is None


def test_hindi_title_abbreviation_does_not_end_the_sentence() -> None:
    from parallax.analyze.sentence_abbreviations import _ends_on_abbreviation

    assert _ends_on_abbreviation("अध्ययन की प्रमुख लेखिका और एम्स की न्यूरोलॉजिस्ट डॉ.", "hi", "मीरा कृष्णन ने कहा")
    assert not _ends_on_abbreviation("यह अध्ययन मंगलवार को प्रकाशित हुआ.", "hi", "इसमें")


def test_devanagari_vocalic_r_is_heard() -> None:
    from parallax.sounds import sound_key

    assert sound_key("कृष्णन") == sound_key("Krishnan")
    assert person_match("मीरा कृष्णन", "Meera Krishnan") is True


def test_person_span_takes_the_proper_noun_it_modifies() -> None:
    import parallax
    from parallax.records import Article

    text = '"We will not accept that," Foreign Minister Espen Barth Eide told reporters on Wednesday.'
    art = parallax.analyze([Article(id="a", text=text, language="en", published="2026-11-20")])[0]
    people = {e.text for e in art.entities if e.label == "PERSON"}
    assert "Espen Barth Eide" in people and "Espen Barth" not in people


def test_thai_names_are_heard() -> None:
    assert person_match("มีรา กฤษณัน", "Meera Krishnan") is True
    assert person_match("โดนัลด์ ทรัมป์", "Donald Trump") is True
    assert person_match("โดนัลด์ ทรัมป์", "Antonio Guterres") is False
