"""QA of comparisons in Asian and Middle-Eastern languages (session 37): the general rules it fixed."""

from parallax.compare.speakers import person_match


def test_hebrew_geresh_and_arabic_ta_shin_read_ch() -> None:
    # Hebrew writes a foreign "ch" as tsadi and geresh, Arabic as ta and shin: one minister, not three people
    assert person_match("בצלאל סמוטריץ'", "Bezalel Smotrich") is True
    assert person_match("بتسلئيل سموتريتش", "Bezalel Smotrich") is True
    assert person_match("ג׳ונסון", "Johnson") is True
    # a plain tsadi stays "ts": another name
    assert person_match("סמוטריץ", "Smotrich") is False
