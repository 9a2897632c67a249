"""Lengths in a translated pair: "The strike will last 48 hours" / "La huelga durará 72 horas".

Durations were compared only by a word both sentences share, which two languages never do; a translated
pair that measures one length each now compares it.
"""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.conflicts import sentence_conflicts
from parallax.records import Article
from tests.helpers import shown


def _durations(a_text: str, a_lang: str, b_text: str, b_lang: str) -> list[dict]:
    a = Article(id="a", outlet="A", text=a_text, published="2026-11-24", language=a_lang)
    b = Article(id="b", outlet="B", text=b_text, published="2026-11-24", language=b_lang)
    Analyzer().analyze_all([a, b])
    return [shown(c) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if shown(c).get("unit") == "duration"]


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"),
    [
        ("The strike will last 48 hours, union leader Carmen Ruiz told reporters.", "en",
         "La huelga durará 72 horas, según la líder sindical Carmen Ruiz.", "es", [["PT48H"], ["PT72H"]]),
        ("Firefighters battled the blaze for six hours.", "en",
         "Les pompiers ont lutté contre le feu pendant huit heures.", "fr", [["PT6H"], ["PT8H"]]),
        # the same length is no conflict
        ("The strike will last 48 hours.", "en", "Der Streik soll 48 Stunden dauern.", "de", None),
        # two lengths on one side: which the other measures is not known
        ("After six hours of talks, the three-day strike ended.", "en",
         "Tras ocho horas de negociación, terminó la huelga.", "es", None),
    ],
)  # fmt: skip
def test_translated_lengths(a: str, la: str, b: str, lb: str, expected: list | None) -> None:
    found = _durations(a, la, b, lb)
    assert ([[c["a"], c["b"]] for c in found] or None) == ([expected] if expected else None)
