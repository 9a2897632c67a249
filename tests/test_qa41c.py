"""Tests for helper qa41c: the live blog's house line, and code in the text that is no quotation."""

from parallax.ingest.boilerplate import boilerplate_reason
from tests.helpers import analyzed


def test_live_blog_pointer_is_furniture_not_a_fact() -> None:
    """'Follow our live coverage below.' points to the page; it reports nothing."""
    for line in ("Follow our live coverage below.", "Read our live updates here.", "Live updates below."):
        assert boilerplate_reason(line) == "share or follow", line
    for line in (
        "The broadcaster's live coverage drew four million viewers.",
        "Follow the steps below.",
        "Rescuers will follow the river below the dam.",
    ):
        assert boilerplate_reason(line) is None, line


def test_string_passed_to_code_is_no_quotation() -> None:
    """'alert("pwned")' in a report about a hack is a script's argument, not a word someone said."""
    quotes = analyzed('Investigators said a comment ran alert("pwned") on the login page.', "en").quotes
    assert [q.text for q in quotes if q.text == "pwned"] == []  # (the indirect speech holds it)
    quotes = analyzed("The page called console.log('breach') twice.", "en").quotes
    assert quotes == []
    # a quotation in brackets after a space is prose: still a quotation
    quotes = analyzed('The senator said the plan was ("in his words") "a fantasy".', "en").quotes
    assert {"in his words", "a fantasy"} <= {q.text for q in quotes}
