"""Tests for helper quotes39: names after "that", Baltic and Slovenian cues, Hebrew and Korean speakers, indirect speech."""

from tests.helpers import analyzed


def test_one_title_case_word_after_that_is_a_name_where_the_clause_goes_on() -> None:
    """'сказал, что «Газпром» снизит цены': past "that" no word opens a sentence, so its capital is a name's."""
    from parallax.analyze.quotes.works import name_after_that

    text = "Иван Петров сказал, что «Газпром» снизит цены."
    start = text.index("Газпром")
    assert name_after_that(text, start, start + len("Газпром"), "ru")
    assert [q.kind for q in analyzed(text, "ru").quotes] == ["indirect"]
    text = 'Sánchez dijo que "Basta". Luego se fue.'
    start = text.index("Basta")
    assert not name_after_that(text, start, start + len("Basta"), "es")  # a word said that closes the clause
    text = "Merkel sagte, dass „Siemens“ investiert."
    assert not name_after_that(text, text.index("Siemens"), text.index("Siemens") + 7, "de")  # every noun capitalised
