"""Numbers in figures on cases of our own: sums of money in every written form, clock times in more
languages and before a comma, ages in Hungarian, Finnish, Hebrew, Thai, Bulgarian and Czech, Finnish
and Swedish endings after a colon, and Thai classifiers and Buddhist-era years; with the traps
that must stay counts (a decimal before a comma, "34 vuotta", "38 éve", "เป็นเวลา 3 วัน")."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from parallax.compare.numbers import number_conflicts, numbers
from parallax.records import Article, Sentence


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The deal is worth $1.2bn.", [(1.2e9, "$")]),
        ("Losses reached £300m last year.", [(3e8, "£")]),
        ("The fund holds €4.5bn.", [(4.5e9, "€")]),
        ("Revenue was 1.2bn in the year.", [(1.2e9, None)]),
        ("Debt stands at $2tn and £5mn.", [(2e12, "$"), (5e6, "£")]),
        ("It cost US$1,200 million.", [(1.2e9, "$")]),
        ("It cost USD 1.2 billion.", [(1.2e9, "$")]),
        ("It cost 1.2 billion dollars.", [(1.2e9, "$")]),
        ("It cost 1.2 billion US dollars.", [(1.2e9, "$")]),
        ("It raised A$3m, C$4m, HK$5 billion, NZ$6m, S$7m and R$8m.", [(3e6, "A$"), (4e6, "C$"), (5e9, "HK$"), (6e6, "NZ$"), (7e6, "S$"), (8e6, "R$")]),
        ("It raised 5m Australian dollars.", [(5e6, "A$")]),
        ("The bridge costs 300 million pounds.", [(3e8, "£")]),
        ("Fees of 4 million euros were paid.", [(4e6, "€")]),
    ],
)
def test_a_sum_of_money_keeps_its_scale_and_currency(text, found):
    assert _read(text, "en") == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Die Kosten liegen bei 300 € pro Kopf.", "de", [(300.0, "€")]),
        ("Die Stadt zahlt 1,2 Mio. € dafür.", "de", [(1.2e6, "€")]),
        ("Der Bund gibt 4,5 Mrd. Euro aus.", "de", [(4.5e9, "€")]),
        ("Der Konzern verlor 5 Milliarden Dollar.", "de", [(5e9, "$")]),
        ("Costó 1,2 millones de dólares.", "es", [(1.2e6, "$")]),
    ],
)
def test_a_currency_after_the_number_is_the_same_sign(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police seized 300 pounds of cannabis.", [(300.0, "pound")]),  # a weight: a pound is money with a scale
        ("They shipped 2 tn of coal.", [(2.0, "tn")]),  # tonnes: "tn" is a trillion only glued to a figure
        ("It was $18.30, a record.", [(18.3, "$")]),  # money before a comma stays money
        ("The rate rose to 18.30, a record.", [(18.3, None)]),  # a decimal before a comma, no "at"
        ("Prices rose 5 percent.", [(5.0, "%")]),
    ],
)
def test_money_traps(text, found):
    assert _read(text, "en") == found


def _sentence_numbers(text: str, lang: str = "en") -> dict:
    article = Article(id="x", text=text, language=lang)
    article.quantities = find_quantities(text, lang, [])
    return numbers(article, Sentence(text=text, start=0, end=len(text)))


def test_the_forms_of_one_sum_agree_and_a_different_sum_conflicts():
    glued = _sentence_numbers("The deal is worth $1.2bn.")
    prefixed = _sentence_numbers("The deal is worth US$1,200 million.")
    words = _sentence_numbers("The deal is worth 1.2 billion dollars.")
    assert number_conflicts(glued, prefixed) == number_conflicts(glued, words) == number_conflicts(prefixed, words) == []
    assert number_conflicts(glued, _sentence_numbers("The deal is worth 1.5 billion dollars.")) == [("$", [1.2e9], [1.5e9])]
