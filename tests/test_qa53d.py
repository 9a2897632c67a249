"""Session 53, helper qa53d: Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian, Malay, Tagalog, Swahili and
Turkish reports: the session's known leftovers and the sets' findings (each fix has a test below with an invented
sentence)."""

from __future__ import annotations

from functools import partial

from tests.helpers import analyzed, quote_speakers

_PUBLISHED = "2026-12-06T10:00:00+00:00"
_art = partial(analyzed, published=_PUBLISHED)
_speakers = partial(quote_speakers, published=_PUBLISHED)


def _indirect(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _art(text, lang).quotes if q.kind == "indirect"]


def test_thai_reported_speech_without_marks_has_its_titled_speaker() -> None:
    # Thai news reports speech without quotation marks as often as with them: a titled name (and what the person is),
    # a verb of saying and ว่า ("that"), then the clause; the given name may run into the verb on a later mention
    text = (
        "เกิดแผ่นดินไหวที่จังหวัดเชียงราย นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าวว่า มีผู้เสียชีวิต 12 คน และบาดเจ็บอีก 80 คน"
        " ต่อมา นายสมชายกล่าวว่า รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกคน"
    )
    found = _indirect(text, "th")
    assert [s for s, _ in found] == ["สมชาย ใจดี", "สมชาย ใจดี"]
    assert found[0][1].startswith("มีผู้เสียชีวิต 12 คน") and "ต่อมา" not in found[0][1]
    assert found[1][1] == "รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกคน"
    # no title, no name: a run of letters before the verb is not guessed as a speaker
    assert _indirect("เจ้าหน้าที่กล่าวว่า รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกคน", "th") == []


def test_thai_speaker_after_the_quotation_by_given_name_run_into_the_verb() -> None:
    # '"…" นายสมชายกล่าว': the later mention after the quotation, the given name run into the verb: the person named in
    # full before
    text = 'นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เดินทางไปยังที่เกิดเหตุ "เราจะช่วยเหลือทุกคน" นายสมชายกล่าว'
    assert _speakers(text, "th") == ["สมชาย ใจดี"]


def test_thai_ranks_written_in_full_open_a_name() -> None:
    # police and army ranks are written in full as often as abbreviated: "พลตำรวจเอก" as "พล.ต.อ."
    assert _speakers('พลตำรวจเอกสมศักดิ์ มั่นคง กล่าวว่า "เราจับผู้ต้องสงสัยได้แล้ว"', "th") == ["สมศักดิ์ มั่นคง"]
    assert _speakers('พันตำรวจโทวิชัย ทองดี กล่าวว่า "เราจับผู้ต้องสงสัยได้แล้ว"', "th") == ["วิชัย ทองดี"]
