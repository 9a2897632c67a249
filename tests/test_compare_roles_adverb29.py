"""What happened to a count, read past an adverb of manner: "Six personnes ont été légèrement blessées".

The casualty word after a count was looked for among its next four words, so a passive with an adverb
("ont été légèrement blessées", "have been seriously injured", "han resultado gravemente heridas") gave the
count no role, and the toll did not meet another outlet's count of the injured.
"""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.numbers import numbers
from parallax.records import Article
from tests.helpers import shown


def _roles(text: str, lang: str) -> dict:
    art = Article(id="a", outlet="A", text=text, published="2026-11-25", language=lang)
    Analyzer().analyze_all([art])
    return numbers(art, art.sentences[0])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Six personnes ont été légèrement blessées."),
        ("en", "Six people have been seriously injured."),
        ("es", "Seis personas han resultado gravemente heridas."),
        ("it", "Sei persone sono rimaste gravemente ferite."),
    ],
)
def test_an_adverb_does_not_hide_the_casualty_word(lang: str, text: str) -> None:
    assert _roles(text, lang) == {"people": {"injured": {(6.0, 6.0, 6.0)}}}


def test_the_toll_meets_the_other_outlets_count() -> None:
    import parallax

    a = Article(id="a", outlet="A", text="Un incendie a ravagé une usine à Cholet, faisant 4 blessés légers.", published="2026-11-25", language="fr")
    b = Article(id="b", outlet="B", text="Une usine a brûlé à Cholet. Six personnes ont été légèrement blessées.", published="2026-11-25", language="fr")
    found = [shown(c) for f in parallax.compare([a, b]).facts for c in f.conflicts if c.kind == "number"]
    assert any(sorted(v[k] for k in ("a", "b")) == [[4.0], [6.0]] for v in found)
