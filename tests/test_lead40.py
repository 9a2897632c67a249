"""One reading of "does this report write that word": word choice's check for two things (compare/other_things.py)."""

from __future__ import annotations

from parallax.compare.other_things import writes
from parallax.compare.referents import naming_choices
from parallax.records import Article, Sentence


def _article(aid: str, text: str, language: str) -> Article:
    return Article(id=aid, text=text, language=language, sentences=[Sentence(0, len(text), text)], analyzed=True)


def test_a_word_is_written_after_an_elided_article_and_inside_a_compound() -> None:
    art = _article("a", "L'esercito ha chiuso il ponte dei sem-terra.", "it")
    assert writes(art, "esercito") and writes(art, "l'esercito") and writes(art, "sem-terra") and writes(art, "terra")
    assert not writes(art, "militari") and not writes(art, "Esercito")  # lower case asked, lower case read


def test_a_light_pair_of_two_things_both_reports_write_is_no_choice_even_after_an_elided_article() -> None:
    # each report writes the other's noun elsewhere, once after an elided article: the army and the soldiers are two
    a = "L'esercito ha chiuso il ponte. Più tardi sono arrivati i militari."
    b = "Il ponte è stato chiuso dai militari. Più tardi è arrivato l'esercito."
    art_a, art_b = _article("a", a, "it"), _article("b", b, "it")
    end_a, end_b = a.index(".") + 1, b.index(".") + 1
    sa, sb = Sentence(0, end_a, a[:end_a]), Sentence(0, end_b, b[:end_b])
    assert not any({x.lower(), y.lower()} >= {"esercito", "militari"} or "esercito" in x.lower() and "militari" in y.lower()
                   for x, y in naming_choices(art_a, sa, art_b, sb))
