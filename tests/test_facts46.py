"""Figures of one fact that the comparison missed (session facts46), each with guards:

- a count told under another noun in another language: "AFAD'dan 45 personel bölgeye gönderildi" / "54 rescuers
  were sent" never met: staff a sentence sends out are responders in general, and one class of responders in two
  languages is one count (:mod:`parallax.compare.sent_staff`, :func:`parallax.compare.responders.same_responders`);
- "The plant, which employs 460 workers, will close" / "The closure will cost 640 jobs" were never compared: the
  workforce of a site its sentence closes is the jobs lost, and "cost N jobs" a cut (:mod:`parallax.compare.closing_workforce`).

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


# -- (b) the workforce of a site that closes


def test_workforce_of_closing_plant_meets_jobs_its_closure_costs() -> None:
    a, b = _articles(
        ("en", "The Vierzac plant, which employs 460 workers, will close in March, the company said."),
        ("en", "The plant's closure in March will cost 640 jobs, the company announced."),
    )
    assert [(k, v["a"], v["b"]) for k, v in _sentence_conflicts(a, 0, b, 0)] == [("number", [460.0], [640.0])]


def test_workforce_without_closure_or_of_a_part_is_no_cut() -> None:
    from parallax.compare.job_cuts import job_cut

    texts = ["The Vierzac plant, which employs 460 workers, will cut 100 jobs.", "The plant employs 460 workers and will expand.",
             "The plant, which employs 460 workers, will close one of its two lines."]
    for art in _articles(*(("en", t) for t in texts)):
        (q,) = [q for q in art.quantities if q.value == 460]
        assert not job_cut(art.text, q), art.text
