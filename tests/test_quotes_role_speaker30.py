"""A speaker who is a role of several capitalised words and no name ("The Prime Minister", "The Foreign Secretary")
is the whole role, not its last word: "Minister" alone met any other minister across outlets."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Prime Minister said the deal was 'a historic moment for our country'.", "Prime Minister"),
        ("The Foreign Secretary said the talks had been \"constructive\".", "Foreign Secretary"),
        ("\"We have delivered,\" the Prime Minister said.", "Prime Minister"),
        # a title before a name is still cut
        ("Prime Minister Anna Berg said the deal was \"a historic moment\".", "Anna Berg"),
    ],
)
def test_a_role_of_several_words_is_the_whole_role(sentence: str, speaker: str) -> None:
    assert {q.speaker for q in analyzed(sentence, "en").quotes} == {speaker}
