"""A hyphenated surname is the speaker whole.

spaCy's small English model splits "Ben-David" into "Ben", "-" and "David" and makes each a subject of "said" (the
hyphen tagged a proper noun), so the speaker was cut at the second subject: "Eli Ben-".  A run of subjects that
follow each other word by word is one name.
"""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.records import Article


def _speakers(text: str) -> list[str | None]:
    article = Article(id="a", text=text, language="en", published="2026-12-01T09:00:00+00:00")
    Analyzer().analyze_all([article])
    return [q.speaker for q in article.quotes]


@pytest.mark.parametrize(
    "text",
    [
        '"We have found no sign of foul play," police spokesman Eli Ben-David said on Sunday.',
        "Police spokesman Eli Ben-David said the road would reopen on Monday.",
        "Eli Ben-David said the road would reopen on Monday.",
    ],
)
def test_speakers50_a_hyphenated_surname_is_one_speaker(text: str) -> None:
    assert _speakers(text) == ["Eli Ben-David"]


def test_speakers50_a_title_and_a_name_the_parser_made_two_subjects_still_join() -> None:
    assert _speakers("Police spokesman Anna Smith-Jones said the road would reopen on Monday.") == ["Anna Smith-Jones"]
