"""QA pass 28a: a reworded quotation under two names, a quotation cut in the middle, and ordinals
("his third resignation" / "his second resignation") that conflict.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _groups(a: tuple[str, str], b: tuple[str, str]):
    from parallax.compare.quotes import group_quotes

    x, y = analyzed(a[0], a[1]), analyzed(b[0], b[1])
    x.id, y.id = "a", "b"
    return group_quotes([x, y], embedder="hashing")[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb and an adverb put for others: the sentence is kept, so one quotation under two names
        (("« Nous ne lâcherons pas sur les retraites », a déclaré Luc Ferrand.", "fr"),
         ("« Nous ne reculerons jamais sur les retraites », a affirmé Odile Sarrazin.", "fr")),
        (("«Мы не отступим от своих требований по пенсиям», — заявил Олег Сомов.", "ru"),
         ("«Мы ни за что не отступим от требований по пенсиям», — сказала Инна Лагутина.", "ru")),
        # a quotation cut in the middle in one report
        (('"Today the harbour workers finally get a contract," said Mayor Tilda Brask.', "en"),
         ('"Today the harbour workers finally get a fair contract that they fought for," said Senator Ivo Marren.', "en")),
    ],
)  # fmt: skip
def test_a_reworded_quotation_under_two_names_is_one_misattributed_quotation(a, b):
    [g] = _groups(a, b)
    assert g.misattributed and g.fidelity == "altered", g


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a shared formula, the rest other words: two statements
        (('"Workers have spoken loudly," union leader Ada Korr said.', "en"), ('"Workers have spoken very loudly tonight," said Senator Ivo Marren.', "en")),
        # a formula and other words, each said in full: no words cut from the other
        (('"We will do everything we can to help," said Mayor Tilda Brask.', "en"),
         ('"We will do everything we can to find the missing children," said Senator Ivo Marren.', "en")),
        (("« Nous ne lâcherons rien », a déclaré Luc Ferrand.", "fr"), ("« Nous ne lâcherons pas les salariés de Vierzon », a affirmé Odile Sarrazin.", "fr")),
    ],
)  # fmt: skip
def test_alike_statements_of_two_named_people_stay_apart(a, b):
    groups = _groups(a, b)
    assert len(groups) == 2 and not any(g.misattributed for g in groups), groups
