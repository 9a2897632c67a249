"""review44: code review of session 43's additions (invented texts only)."""

from __future__ import annotations

from parallax.config import Options


def _analysed(ident: str, text: str):
    from parallax.analyze import Analyzer
    from parallax.ingest import content_hash
    from parallax.records import Article

    art = Article(id=ident, text=text, published="2026-12-01", content_hash=content_hash(text), language="en", outlet=ident)
    Analyzer(Options(embedder="hashing")).analyze_all([art])
    return art


# --- one reading of a word in two spellings: house_spellings owns it, copy_changes calls it ------------------------


def test_a_copy_in_the_other_presss_spelling_is_no_change() -> None:
    """"oestrogen" / "estrogen" and "plough" / "plow" are the presses' spellings (:mod:`.house_spellings`), which the copy's
    own near-spelling test missed (another initial; too few letters alike)."""
    from parallax.compare.copy_changes import copy_changes

    text = "The clinic said oestrogen levels were tested in 40 women. A plough team cleared the road near Dunmore."
    styled = "The clinic said estrogen levels were tested in 40 women. A plow team cleared the road near Dunmore."
    assert copy_changes(_analysed("wire", text), _analysed("copy", styled))["changed"] == []
    edited = styled.replace("40 women", "45 women")
    (changed,) = copy_changes(_analysed("wire", text), _analysed("copy", edited))["changed"]
    assert "45 women" in changed["text"]


def test_same_words_respelled_reads_word_for_word() -> None:
    from parallax.compare.copy_changes import _respelled
    from parallax.compare.house_spellings import phrases_spelt_two_ways, same_words_respelled

    assert same_words_respelled(["The", "colour"], ["the", "color"])
    assert not same_words_respelled(["the", "colour"], ["the", "colour", "red"]) and not same_words_respelled([], [])
    assert not phrases_spelt_two_ways("defence ministry", "defence ministry")  # the same phrase is no respelling
    assert _respelled("the 11.4-kilometre tunnel", "the 11.4-kilometer tunnel")
    assert not _respelled("the 11.4-kilometre tunnel", "the 12.4-kilometer tunnel")  # a figure changed
    assert not _respelled("protesters gathered", "rioters gathered")
