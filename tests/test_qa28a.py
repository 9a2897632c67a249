"""QA pass 28a: a reworded quotation under two names, a quotation cut in the middle, and ordinals
("his third resignation" / "his second resignation") that conflict.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, shown


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


@pytest.mark.parametrize(
    ("lang", "a", "b", "expected"),
    [
        ("en", "Senator Ivo Marren announced his third resignation on Friday.", "Senator Ivo Marren announced his second resignation on Friday.",
         {"a": [3], "b": [2], "unit": "resignation"}),
        ("en", "Dalby stopped Okoro in the 12th round.", "Dalby stopped Okoro in the 11th-round of the bout.", {"a": [12], "b": [11], "unit": "round"}),
        ("fr", "Le maire a remis sa troisième démission vendredi.", "Le maire a remis sa 2e démission vendredi.", {"a": [3], "b": [2], "unit": "démission"}),
        ("de", "Der Bürgermeister trat zum dritten Mal zurück.", "Der Bürgermeister trat zum zweiten Mal zurück.", {"a": [3], "b": [2], "unit": "mal"}),
        ("de", "Okoro ging in der 7. Runde zu Boden.", "Okoro ging in der 8. Runde zu Boden.", {"a": [7], "b": [8], "unit": "runde"}),
        ("es", "El alcalde presentó su tercera dimisión.", "El alcalde presentó su 2.ª dimisión.", {"a": [3], "b": [2], "unit": "dimisión"}),
        ("it", "Okoro è caduto al nono round.", "Okoro è caduto al 10º round.", {"a": [9], "b": [10], "unit": "round"}),
        ("pt", "O prefeito apresentou a sua terceira demissão.", "O prefeito apresentou a sua 2.ª demissão.", {"a": [3], "b": [2], "unit": "demissão"}),
        ("ru", "Мэр подал третье прошение об отставке.", "Мэр подал второе прошение об отставке.", {"a": [3], "b": [2], "unit": "прошение"}),
        ("ru", "Окоро упал в 7-м раунде.", "Окоро упал в 8-м раунде.", {"a": [7], "b": [8], "unit": "раунде"}),
    ],
)  # fmt: skip
def test_ordinals_of_one_noun_that_differ_conflict(lang, a, b, expected):
    from tests.helpers import first_sentence_conflicts

    assert first_sentence_conflicts(a, b, lang) == [("number", expected)]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        # another noun after the ordinal, or the same ordinal written another way
        ("en", "Marren won his third title in Leeds.", "Marren won his second match in Leeds."),
        ("en", "Dalby stopped Okoro in the 12th round.", "Dalby stopped Okoro in the twelfth round."),
        ("en", "The third ballot was held in Leeds.", "The first of three ballots was held in Leeds."),
        # a title, a month (a date: the dates compare it) and one noun numbered twice
        ("en", "First Minister Ada Korr spoke in Leeds.", "Second Minister Ada Korr spoke in Leeds."),
        ("fr", "La grève des dockers a commencé le 1er juin.", "La grève des dockers a commencé le 1er juin à Brest."),
        ("en", "After a second round and a third round, Dalby won.", "After the fourth round, Dalby won."),
    ],
)  # fmt: skip
def test_ordinals_of_other_nouns_or_the_same_number_do_not_conflict(lang, a, b):
    from tests.helpers import first_sentence_conflicts

    assert [c for c in first_sentence_conflicts(a, b, lang) if c[0] == "number"] == []


@pytest.mark.parametrize(
    ("lang", "text", "counts"),
    [
        ("ru", "Боксёр победил в 12-м раунде и выиграл 3-й титул; погибли 5 человек.", [(5.0, "человек")]),
        ("uk", "У 5-му раунді загинули 3 людини.", [(3.0, "людини")]),
        ("bg", "Той спечели в 3-ти кръг, а 4 души загинаха.", [(4.0, "души")]),
    ],
)
def test_a_cyrillic_ordinal_after_a_hyphen_is_no_count(lang, text, counts):
    """ "12-м раунде" is the twelfth round, not 12 metres; the counts beside it stay."""
    import parallax
    from parallax.records import Article

    (art,) = parallax.analyze([Article(id="a", text=text, language=lang, published="2026-05-06T09:00:00")])
    assert [(q.value, q.unit) for q in art.quantities] == counts


def test_a_differing_ordinal_is_a_conflict_not_a_word_choice():
    import parallax
    from parallax.records import Article

    arts = [
        Article(id="a", outlet="A", text="The prime minister announced his third resignation on Monday after a bitter row.", language="en",
                published="2026-05-06T09:00:00"),
        Article(id="b", outlet="B", text="The prime minister announced his second resignation on Monday after a fierce row.", language="en",
                published="2026-05-06T10:00:00"),
    ]  # fmt: skip
    (fact,) = parallax.compare(arts).to_dict()["facts"]
    assert [shown(c) for c in fact["conflicts"]] == [{"a": [3], "b": [2], "unit": "resignation"}]
    assert [w["values"] for w in fact["word_choices"]] == [{"a": "bitter row", "b": "fierce row"}]
