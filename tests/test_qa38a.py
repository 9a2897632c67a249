"""QA of comparisons on plane, court, football and protest reports (session 38, qa38a): the general rules it fixed."""

from parallax.ingest.agency_lines import is_agency_line
from parallax.ingest.text import article_from_text


def test_agency_known_by_name_alone_under_the_headline() -> None:
    # a Portuguese outlet credits Lusa under the headline as a Finnish one credits STT: no fact of the report
    art = article_from_text("Benfica fecha contratação\n\nLusa\n\nO Benfica chegou a acordo com o Napoli.", "pt", "pt")
    assert art.text.startswith("O Benfica") and "Lusa" in art.boilerplate_removed
    assert is_agency_line("Reuters") and is_agency_line("(Lusa)")
    # a sentence that names the agency stays
    assert not is_agency_line("Lusa noticiou o acordo.")
