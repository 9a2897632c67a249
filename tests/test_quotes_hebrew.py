"""Hebrew speakers when a time or an occasion follows the verb before a quotation: the subject stands before
the verb (QA sweep 20)."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a name in commas after the role, then the verb and the day
        ('מנהלת בית הספר, רונית שגיא, אמרה אתמול בטקס: "הלימודים יתחדשו ביום ראשון."', "הלימודים יתחדשו ביום ראשון.", "רונית שגיא"),
        # the role before the name with no commas, then the verb and an interview
        ('השר עמית גולן אמר בראיון: "התקציב יאושר עד סוף החודש."', "התקציב יאושר עד סוף החודש.", "עמית גולן"),
        # the verb before its subject still names the subject after it
        ('אמר דובר המשטרה, אלי ברגר: "החשוד נעצר בלילה."', "החשוד נעצר בלילה.", "אלי ברגר"),
    ],
)
def test_subject_before_a_verb_and_its_time(text, quote, speaker):
    assert (quote, speaker) in [(q.text, q.speaker) for q in analyzed(text, "he").quotes]


# a rank abbreviated with a gershayim (typed as either mark) is a title before the name, not a closing quotation mark
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"הכבישים ייפתחו רק מחר בבוקר", מסר דובר המשטרה, רס"ב יוסי לוי.', "יוסי לוי"),
        ('"הכבישים ייפתחו רק מחר בבוקר", מסר דובר המשטרה, רס״ב יוסי לוי.', "יוסי לוי"),
        ('"האש בשליטה", אמר מפקד המחוז, תנ"צ דני כהן.', "דני כהן"),
    ],
)
def test_a_rank_before_the_name_after_the_verb(text, speaker):
    assert [q.speaker for q in analyzed(text, "he").quotes] == [speaker]
