"""Bylines that sign a story for a newsroom or an outlet, found by comparing reports in smaller European languages."""

from parallax.ingest.bylines import byline_reason
from parallax.ingest.staff_lines import is_outlet_byline, is_staff_byline
from parallax.ingest.text import article_from_text


def test_staff_byline_over_story() -> None:
    assert is_staff_byline("Manchester Evening Post staff")
    assert is_staff_byline("Staff and agencies")
    assert is_staff_byline("Reuters staff and agencies")
    assert is_staff_byline("Staff reporter")
    assert not is_staff_byline("Staff")
    assert not is_staff_byline("Hospital staff walked out on Monday.")
    assert byline_reason("Manchester Evening Post staff", "first") == "byline"
    assert byline_reason("Manchester Evening Post staff") is None  # only over the story


def test_name_and_outlet_byline() -> None:
    assert is_outlet_byline("Jurga Petrauskaitė, LRT.lt")
    assert is_outlet_byline("Mari Tamm, ERR News")
    assert not is_outlet_byline("Kansas City, MO")
    assert not is_outlet_byline("ROMA")  # a dateline in capitals has the shape of an acronym
    assert not is_outlet_byline("Dainius Kreivys, the minister, resigned.")
    assert not is_outlet_byline("Vilnius, Lithuania")
    assert byline_reason("Jurga Petrauskaitė, LRT.lt", "first") == "byline"


def test_outlet_lines_leave_the_text() -> None:
    raw = (
        "Energetikos ministras atsistatydina\n\nJurga Petrauskaitė, LRT.lt\n\n"
        "Energetikos ministras Dainius Kreivys trečiadienį atsistatydino. Atsistatydinimas įsigalios gruodžio 1 d.\n"
    )
    article = article_from_text(raw, "b", "b.txt")
    assert "LRT.lt" not in article.text
    assert article.text.startswith("Energetikos ministras Dainius")


def test_newsroom_line_over_story() -> None:
    from parallax.ingest.staff_lines import is_newsroom_line

    assert is_newsroom_line("ERR uudised")
    assert is_newsroom_line("Yle Uutiset")
    assert is_newsroom_line("LRT naujienos")
    assert not is_newsroom_line("Estonian police detained 14 people, the news agency said.")
    assert byline_reason("ERR uudised", "first") == "byline"
