"""Slavic languages end to end: counts with a case ending, declined names, and invented report sets in Czech,
Polish, Bulgarian, Croatian and Ukrainian compared fact by fact (all texts invented)."""

from __future__ import annotations

import pytest


def _analyze(text: str, lang: str):
    import parallax
    from parallax.records import Article

    (art,) = parallax.analyze([Article(id="a", text=text, language=lang, published="2026-05-06T09:00:00")])
    return art


@pytest.mark.parametrize(
    ("lang", "text", "counts"),
    [
        ("ru", "Эвакуированы более 2-х тысяч жителей, погибли 3-х человек.", [(2000.0, "жителей"), (3.0, "человек")]),
        ("ru", "Ущерб оценили в 7-ми миллионов рублей, в 12-м раунде.", [(7_000_000.0, "RUB")]),
        ("uk", "Евакуювали понад 5-ти тисяч мешканців.", [(5000.0, "мешканців")]),
        ("bg", "4-ма миньори загинаха, а 5-има са ранени на 7-ми етаж.", [(4.0, "миньори"), (5.0, None)]),
    ],
)  # fmt: skip
def test_a_case_ending_after_a_hyphen_is_no_unit(lang, text, counts):
    """"2-х тысяч" is two thousand ("двух"), "4-ма миньори" four miners: the ending is grammar, the count is read;
    an ordinal ending ("12-м раунде", Bulgarian "7-ми етаж") still makes no count."""
    assert [(q.value, q.unit) for q in _analyze(text, lang).quantities] == counts
