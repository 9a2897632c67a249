"""Korean: a quotation closed by "며" / "라며" (and) runs on into a second one; the speaker before the first
and the verb after the second say both (QA sweep 20)."""

from __future__ import annotations

from tests.helpers import analyzed


def test_two_quotations_joined_by_myeo_share_their_speaker():
    text = '정민호 교육감은 "학교는 다음 주에 문을 연다"라며 "교실은 모두 점검했다"고 말했다.'
    assert [(q.text, q.speaker) for q in analyzed(text, "ko").quotes] == [
        ("학교는 다음 주에 문을 연다", "정민호"),
        ("교실은 모두 점검했다", "정민호"),
    ]


def test_a_term_in_marks_is_still_no_quotation():
    # no quotative particle after the marks: a name or a term, not a quotation
    text = '정부는 "누리호" 발사를 다음 달로 미뤘다고 밝혔다.'
    assert analyzed(text, "ko").quotes == []
