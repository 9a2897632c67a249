"""Figures of one fact that the comparison missed (session facts46), each with guards:

- a count told under another noun in another language: "AFAD'dan 45 personel bölgeye gönderildi" / "54 rescuers
  were sent" never met: staff a sentence sends out are responders in general, and one class of responders in two
  languages is one count (:mod:`parallax.compare.sent_staff`, :func:`parallax.compare.responders.same_responders`);
- "The plant, which employs 460 workers, will close" / "The closure will cost 640 jobs" were never compared: the
  workforce of a site its sentence closes is the jobs lost, and "cost N jobs" a cut (:mod:`parallax.compare.closing_workforce`);
- "2850万千瓦" was read as 28,501,000 of "瓦": a 千 before 瓦, 米, 克 after a figure is the unit's "kilo", and the metric
  units in characters are the English units' symbols (kw, mw, km, kg);
- a Thai "ร้อยละ 68" (68%) was a bare figure, and a turnout in Thai, Chinese, Japanese or Korean named no kind, so a
  sentence that aligned with nothing met no other report's turnout (:mod:`parallax.compare.unspaced_share_kinds`);
- updates: "as of Thursday evening, 12 people were missing" is counted then, not when published
  (:mod:`parallax.compare.figure_moments`), and a count of the missing that falls later is marked too.

Invented reports (invented places and people).
"""

from __future__ import annotations

from parallax.records import Article
from tests.helpers import mixed_articles, sentence_pair_conflicts, shown

_articles = mixed_articles
_sentence_conflicts = sentence_pair_conflicts


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


# -- (c) short translated sentences: a Chinese unit in characters


def test_chinese_kilowatts_are_no_thousand() -> None:
    (zh,) = _articles(("zh", "电站总装机容量2850万千瓦。风电场装机300兆瓦。两千人参加。"))
    assert [(q.value, q.unit) for q in zh.quantities] == [(28_500_000.0, "kw"), (300.0, "mw"), (2000.0, "人")]


def test_chinese_and_english_capacity_conflict() -> None:
    zh, en = _articles(("zh", "电站总装机容量2850万千瓦。"), ("en", "The station has a total installed capacity of 25.8 million kilowatts."))
    assert [(k, v["a"], v["b"]) for k, v in _sentence_conflicts(zh, 0, en, 0)] == [("number", [28_500_000.0], [25_800_000.0])]
    zh, en = _articles(("zh", "电站总装机容量2850万千瓦。"), ("en", "The station has a total installed capacity of 28.5 million kilowatts."))
    assert _sentence_conflicts(zh, 0, en, 0) == []


# -- (c) a Thai percentage written before its figure, and the kinds of share in unspaced scripts


def test_thai_percent_before_its_figure_and_its_kind() -> None:
    from parallax.compare.share_kinds import figure_kinds

    (th,) = _articles(("th", "คณะกรรมการการเลือกตั้งเปิดเผยว่ามีผู้มาใช้สิทธิ์ร้อยละ 68 ในการเลือกตั้งท้องถิ่นเมื่อวันอาทิตย์"))
    (q,) = th.quantities
    assert (q.value, q.unit) == (68.0, "%")
    assert figure_kinds(th, th.sentences[0], q) == {"turnout"}


def test_thai_turnout_links_an_english_turnout_in_a_sentence_that_aligns_with_nothing() -> None:
    from parallax.compare.figure_links import figure_links

    th, en = _articles(
        ("th", "คณะกรรมการการเลือกตั้งเปิดเผยว่ามีผู้มาใช้สิทธิ์ร้อยละ 68 ในการเลือกตั้งท้องถิ่นเมื่อวันอาทิตย์ นายสมชาย วงศ์ใหญ่ ชนะการเลือกตั้ง"),
        ("en", "The Election Commission said turnout was 66% in Sunday's local election. Somchai Wongyai won the race."),
    )
    assert figure_links([th, en]) == [((0, 0), (1, 0))]


def test_unspaced_kinds_set_two_kinds_apart() -> None:
    from parallax.compare.unspaced_share_kinds import unspaced_kinds

    assert unspaced_kinds("今年经济增长率为") == {"growth"}
    assert unspaced_kinds("올해 실업률은") == {"unemployment"}
    assert unspaced_kinds("投票率は") == {"turnout"}
    assert unspaced_kinds("电站总装机容量") == frozenset()


# -- (d) updates: a figure the text dates, and the missing found since


def _later(a_text: str, a_published: str | None, b_text: str, b_published: str | None) -> list[tuple[dict, str | None]]:
    from parallax.compare.conflicts import sentence_conflicts

    a = Article(id="a", text=a_text, outlet="A", published=a_published, language="en")
    b = Article(id="b", text=b_text, outlet="B", published=b_published, language="en")
    from parallax.analyze import Analyzer

    Analyzer().analyze_all([a, b])
    return [(shown(c), c.later) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"]


def test_a_figure_the_text_dates_is_counted_then() -> None:
    # both published on the same morning; one dates its toll to the evening before
    found = _later("As of Thursday evening, 12 people were missing after the landslide.", "2026-11-20T09:00:00+00:00",
                   "Nineteen people were missing after the landslide, officials said.", "2026-11-20T09:30:00+00:00")
    assert [later for _, later in found] == ["b"]
    # neither dates it, the two within the hour: a plain conflict
    found = _later("Twelve people were missing after the landslide.", "2026-11-20T09:00:00+00:00",
                   "Nineteen people were missing after the landslide, officials said.", "2026-11-20T09:30:00+00:00")
    assert [later for _, later in found] == [None]


def test_the_missing_fall_as_people_are_found() -> None:
    found = _later("Twelve people were missing after the landslide.", "2026-11-19T08:00:00+00:00",
                   "Five people were missing after the landslide, officials said.", "2026-11-19T20:00:00+00:00")
    assert [later for _, later in found] == ["b"]
    # a toll that falls stays a plain conflict
    found = _later("Twelve people were killed in the landslide.", "2026-11-19T08:00:00+00:00",
                   "Five people were killed in the landslide, officials said.", "2026-11-19T20:00:00+00:00")
    assert [later for _, later in found] == [None]
