"""Entities: the capitalised-name fallback for languages without an NER model."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _entities(text: str, lang: str) -> list[str]:
    art = Article(id="t", text=text, language=lang, published="2026-10-16")
    parallax.analyze([art])
    return [e.text for e in art.entities]


def test_fallback_names_have_no_dangling_particle_or_opening_article():
    text = (
        "Il Consiglio dei ministri ha approvato la legge. Il testo arriverà in Parlamento la prossima settimana. "
        "Ne ha parlato la presidente Ursula von der Leyen a Bruxelles."
    )
    names = _entities(text, "it")
    assert "Consiglio" in names and "Parlamento" in names, names
    assert "Ursula von der Leyen" in names, names
    assert not any(n.endswith((" la", " de")) or n.startswith(("Il ", "La ")) for n in names), names


def test_german_nouns_after_an_article_or_a_number_are_no_names():
    """German capitalises every noun; one after an article, a contraction or a number is a noun."""
    import parallax
    from parallax.records import Article

    a = Article(id="de", language="de", text=(
        "In Kellbach ist am Freitag eine Fliegerbombe gefunden worden. Die Anwohner im Umkreis von 300 Metern "
        "mussten ihre Wohnungen verlassen, sagte Einsatzleiterin Heike Brandtner. Die EZB war nicht betroffen."))
    parallax.analyze([a])
    names = {e.text for e in a.entities}
    assert {"Kellbach", "Heike Brandtner", "EZB"} <= names
    assert not names & {"Fliegerbombe", "Anwohner", "Umkreis", "Metern", "Wohnungen", "Freitag"}, names
