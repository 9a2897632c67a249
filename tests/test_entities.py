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
