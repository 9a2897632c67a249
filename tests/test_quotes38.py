"""Tests for helper quotes38: speakers outside English."""

from parallax.analyze.quotes.uncased_names import speaker_name


def test_korean_compound_title_is_cut_after_the_name() -> None:
    """A title compounded with its office ("외무장관", foreign minister) is cut as a bare 장관 is."""
    assert speaker_name("ko", "에스펜 바르트 에이데 외무장관") == "에스펜 바르트 에이데"
    assert speaker_name("ko", "에이데 수석대변인") == "에이데"
    assert speaker_name("ko", "박지훈 구청장") == "박지훈"
