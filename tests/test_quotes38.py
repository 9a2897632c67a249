"""Tests for helper quotes38: speakers outside English."""

from parallax.analyze.quotes.uncased_names import speaker_name


def test_korean_compound_title_is_cut_after_the_name() -> None:
    """A title compounded with its office ("외무장관", foreign minister) is cut as a bare 장관 is."""
    assert speaker_name("ko", "에스펜 바르트 에이데 외무장관") == "에스펜 바르트 에이데"
    assert speaker_name("ko", "에이데 수석대변인") == "에이데"
    assert speaker_name("ko", "박지훈 구청장") == "박지훈"


def test_a_partial_quotation_inside_reported_speech_takes_its_speaker() -> None:
    """The indirect clause names who speaks; the marks inside it only show which words are his."""
    from tests.helpers import analyzed

    text = 'El presidente Pedro Sánchez visitó Valencia. El presidente dijo que "Nadie quedará atrás" en la reconstrucción.'
    quotes = analyzed(text, "es").quotes
    partial = [q for q in quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["Nadie quedará atrás"]
    assert partial[0].speaker is not None
    assert partial[0].speaker == next(q.speaker for q in quotes if q.kind == "indirect")
