"""Figures of one fact that the comparison missed (session facts46), each with guards:

- a count told under another noun in another language: "AFAD'dan 45 personel bölgeye gönderildi" / "54 rescuers
  were sent" never met: staff a sentence sends out are responders in general, and one class of responders in two
  languages is one count (:mod:`parallax.compare.sent_staff`, :func:`parallax.compare.responders.same_responders`).

Invented reports (invented places and people).
"""

from __future__ import annotations

from parallax.records import Article
from tests.helpers import QA_PUBLISHED, shown


def _articles(*pairs: tuple[str, str], published: str = QA_PUBLISHED) -> list[Article]:
    from parallax.analyze import Analyzer

    arts = [Article(id=i, text=t, outlet=i.upper(), published=published, language=lang) for i, (lang, t) in zip("abc", pairs, strict=False)]
    Analyzer().analyze_all(arts)
    return arts


def _sentence_conflicts(a: Article, i: int, b: Article, j: int) -> list[tuple[str, dict]]:
    from parallax.compare.conflicts import sentence_conflicts

    return [(c.kind, shown(c)) for c in sentence_conflicts(a, a.sentences[i], b, b.sentences[j])]


# -- (a) staff sent out, responders under two nouns


def test_staff_sent_out_meets_rescuers_in_another_language() -> None:
    a, b = _articles(("tr", "AFAD'dan 45 personel bölgeye gönderildi."), ("en", "54 rescuers were sent to the area by the agency."))
    assert [k for k, _ in _sentence_conflicts(a, 0, b, 0)] == ["number"]


def test_one_class_of_responders_under_two_nouns() -> None:
    a, b = _articles(("de", "120 Einsatzkräfte waren vor Ort."), ("en", "150 rescuers were at the scene."))
    assert [k for k, _ in _sentence_conflicts(a, 0, b, 0)] == ["number"]


def test_staff_not_sent_and_two_classes_stay_apart() -> None:
    a, b = _articles(("en", "The hospital has 200 staff on duty."), ("de", "120 Einsatzkräfte waren vor Ort."))
    assert _sentence_conflicts(a, 0, b, 0) == []
    a, b = _articles(("tr", "AFAD'dan 45 personel bölgeye gönderildi."), ("en", "12 paramedics were sent to the area."))
    assert _sentence_conflicts(a, 0, b, 0) == []
