"""Defects left by session 42's QA rounds, each with an invented input that showed it (session 42, fix42)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parallax", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


# ------------------------------------------------------------------ run names undated articles
@pytest.mark.slow
def test_run_names_articles_without_a_date(tmp_path):
    """Before: ``parallax run`` said nothing of undated inputs, where ingest, analyze, compare and
    cluster name them ("no publication date for 2 articles (a.txt, b.txt)")."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("The ferry Marlin sank near Oster on Friday, the coast guard said.\n")
    (src / "b.txt").write_text("A ferry went down near Oster on Friday, officials said.\n")
    args = ("run", src, "--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing")
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    (line,) = [x for x in r.stderr.splitlines() if "no publication date" in x]
    assert line.startswith("parallax: warning: no publication date for 2 articles (") and "a.txt" in line and "b.txt" in line
    r = cli(*args, "--published", "2026-11-20")
    assert r.returncode == 0 and "no publication date" not in r.stderr, r.stderr


# ------------------------------------------------------------------ Arabic: an unbracketed wire between dashes
import pytest  # noqa: E402

_AR_REPORT = "قال مسؤولون في وزارة الصحة إن عشرين شخصا أصيبوا في حريق اندلع في مصنع للنسيج صباح الثلاثاء."


@pytest.mark.parametrize(
    ("head", "place", "agency"),
    [
        ("القاهرة - رويترز - ", "القاهرة", "رويترز"),
        ("بيروت - أ ف ب - ", "بيروت", "أ ف ب"),
        ("بيروت أ ف ب - ", "بيروت", "أ ف ب"),
        ("عمان - وكالة الأنباء الأردنية - ", "عمان", "وكالة الأنباء الأردنية"),
    ],
)
def test_arabic_dateline_with_an_unbracketed_agency_is_split(head, place, agency):
    """Before: "القاهرة - رويترز -" kept the agency in the first sentence ("رويترز - قال ..."), "بيروت - أ ف ب -"
    took "أ ف" as the agency, and "بيروت أ ف ب -" was no dateline, where "(رويترز)" in brackets was split."""
    from parallax.ingest.datelines import split_dateline

    d = split_dateline(head + _AR_REPORT)
    assert d is not None and (d.place, d.agency, d.after) == (place, agency, _AR_REPORT)


def test_arabic_aside_between_dashes_stays_prose():
    from parallax.ingest.datelines import split_dateline

    assert split_dateline("وأضاف - مؤكدا - " + _AR_REPORT) is None


# ------------------------------------------------------------------ speed: long texts stay linear
def test_paragraph_text_is_read_from_the_doc_once():
    """Before: each ``para.text`` joined the spaCy doc's tokens again (the quotation stages read it per
    quotation and per cue: a 200 KB text with no line breaks spent most of its time there)."""
    from parallax.analyze import Analyzer
    from parallax.records import Article

    (para,) = Analyzer().parse(Article(id="a", text="The ferry sank near Oster on Friday, the coast guard said.", language="en"))
    assert para.text is para.text and para.text == para.doc.text


def test_canonical_names_compares_distinct_names_not_mentions(monkeypatch):
    """Before: every mention was compared with every mention (a name repeated 400 times: 160,000 comparisons)."""
    from parallax.analyze import canonical_names as cn
    from parallax.records import Entity

    calls = []
    real = cn._contains_words
    monkeypatch.setattr(cn, "_contains_words", lambda h, n: calls.append(1) or real(h, n))
    people = [Entity("Anna Berg", "PERSON", 0, 9), Entity("Berg", "PERSON", 20, 24)] * 200
    cn.canonical_names(people)
    assert [e.canonical for e in people[:2]] == ["Anna Berg", "Anna Berg"]
    assert len(calls) <= 4


# ------------------------------------------------------------------ a passive order to leave is an evacuation
@pytest.mark.parametrize(
    "text",
    [
        "Some 12,000 people were ordered to evacuate the coastal town of Varn on Friday, officials said.",
        "About 15,000 residents were told to leave the coastal town of Varn on Friday, officials said.",
        "Nearly 900 villagers had been urged to flee before the dam gave way.",
    ],
)
def test_count_ordered_to_leave_is_evacuated(text):
    """Before: the verb five words past the figure was out of reach, so "12,000 people were ordered to evacuate"
    and "15,000 residents were told to leave" had no role and were never compared."""
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.numbers import role

    (q,) = [q for q in find_quantities(text, "en", []) if q.value >= 100]
    assert role(text, q) == "evacuated"


def test_counts_ordered_to_leave_conflict():
    import parallax
    from parallax.records import Article

    a = Article(id="a", outlet="A", language="en", published="2026-11-20", text="Some 12,000 people were ordered to evacuate the coastal town of Varn on Friday, officials said.")
    b = Article(id="b", outlet="B", language="en", published="2026-11-20", text="About 15,000 residents were told to leave the coastal town of Varn on Friday, officials said.")
    kinds = [c["kind"] for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"]]
    assert "number" in kinds


def test_count_told_to_wait_has_no_evacuation_role():
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.numbers import role

    text = "About 300 passengers were told to wait at the gate for the next flight."
    (q,) = find_quantities(text, "en", [])
    assert role(text, q) != "evacuated"


# ------------------------------------------------------------------ German: a reporting verb split around the day
@pytest.mark.parametrize(
    ("text", "speaker", "day"),
    [
        ("Die Polizei teilte am Montag mit, das Feuer sei in der Nacht zum Samstag ausgebrochen.", "Polizei", "Montag"),
        ("Die Feuerwehr gab am Sonntag bekannt, das Feuer sei am Samstagmorgen ausgebrochen.", "Feuerwehr", "Sonntag"),
    ],
)
def test_german_split_reporting_verb_reads_speaker_and_reporting_day(text, speaker, day):
    """Before: with a day between "teilte" and "mit" (or "gab" and "bekannt") no reported speech was read, and
    the day was taken for the event's."""
    from parallax.analyze import Analyzer
    from parallax.compare.reporting_times import dates_the_report
    from parallax.records import Article

    art = Analyzer().analyze(Article(id="a", text=text, language="de", published="2026-11-20T10:00:00Z"))
    assert [q.speaker for q in art.quotes] == [speaker]
    assert {t.text: dates_the_report(art, t) for t in art.times}[day] is True
    assert not any(dates_the_report(art, t) for t in art.times if t.text != day)


def test_german_separable_verb_without_its_particle_reports_nothing():
    from parallax.analyze import Analyzer
    from parallax.compare.reporting_times import dates_the_report
    from parallax.records import Article

    art = Analyzer().analyze(Article(id="a", text="Der Trainer gab am Montag sein Amt ab, das sei bitter.", language="de", published="2026-11-20"))
    assert not any(dates_the_report(art, t) for t in art.times)


# ------------------------------------------------------------------ Russian: a role over a body and its country
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Пострадали 12 человек», — заявил глава Минздрава России.", "глава Минздрава России"),
        ("Глава Минздрава России заявил, что пострадали 12 человек.", "Глава Минздрава России"),
        ("«Пострадали 12 человек», — заявила глава Минздрава Анна Смирнова.", "Анна Смирнова"),
    ],
)
def test_russian_role_over_a_genitive_body_and_country_speaks_as_a_description(text, speaker):
    """Before: "глава Минздрава России" gave the ministry ("Минздрава России", labelled a person) as the speaker."""
    from parallax.analyze import Analyzer
    from parallax.records import Article

    art = Analyzer().analyze(Article(id="a", text=text, language="ru", published="2026-11-20"))
    assert [q.speaker for q in art.quotes] == [speaker]
    assert not any(e.label in ("PER", "PERSON") and e.text == "Минздрава России" for e in art.entities)


def test_people_by_offset_answers_as_person_at():
    """The per-token lookup of the person over a position (a scan of every person before: quadratic in a long text)."""
    from parallax.analyze.quotes.person_names import _person_at, people_by_offset
    from parallax.records import Entity

    people = [Entity("Anna Berg", "PERSON", 10, 19), Entity("Berg", "PERSON", 15, 19), Entity("Tomas Ruiz", "PERSON", 40, 50)]
    at = people_by_offset(people)
    assert all(at.get(pos) is _person_at(people, pos) for pos in range(60))
