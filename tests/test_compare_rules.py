"""Compare rules found missing or too eager by the QA sweeps 14 and 15: casualty words in more
languages, the only counts of a toll meeting every other outlet's, durations that measure the same
thing, dates of other moments and of quotations, split quotations and the group's speaker."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article


def _conflicts(*articles: Article) -> list[dict]:
    return [c for f in parallax.compare(list(articles)).to_dict()["facts"] for c in f["conflicts"]]


# --- casualty words (compare/numbers.py) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "roles"),
    [
        ("Zraněno bylo 14 lidí.", "cs", ["injured"]),
        ("Při požáru zahynuli 3 lidé, pohřešovaných je 5 osob.", "cs", ["dead", "missing"]),
        ("A balesetben 17 ember megsérült.", "hu", ["injured"]),
        ("A tűzben 12 ember sérült meg, 2 ember meghalt.", "hu", ["injured", "dead"]),
        ("Onnettomuudessa kuoli 3 ihmistä ja 12 ihmistä loukkaantui.", "fi", ["dead", "injured"]),
        ("Загинали са 3 души, 5 души са изчезнали.", "bg", ["dead", "missing"]),
        ("При взрива са пострадали 12 души.", "bg", ["injured"]),
        ("בשריפה נפצעו 12 בני אדם באורח קל.", "he", ["injured"]),
        ("3 הרוגים ו-5 נעדרים.", "he", ["dead", "missing"]),
        ("มีผู้ได้รับบาดเจ็บ 12 ราย ส่วนใหญ่สำลักควันไฟ", "th", ["injured"]),
        # Thai: the casualty word of the next phrase belongs to the next count
        ("มีผู้เสียชีวิต 3 ราย บาดเจ็บ 12 ราย", "th", ["dead", "injured"]),
    ],
)
def test_casualty_roles_in_czech_hungarian_finnish_bulgarian_hebrew_and_thai(text, lang, roles):
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.numbers import counted, role

    found = find_quantities(text, lang, [])
    assert [role(text, q) for q in found] == roles
    assert {counted(q.unit, role(text, q)) for q in found} == {"people"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paikalle lähetettiin 40 pelastajaa ja 9 yksikköä.", "fi"),  # rescuers, not the rescued
        ("Na místě zasahovalo 8 jednotek a 40 hasičů.", "cs"),
        ("รถดับเพลิง 18 คัน และเจ้าหน้าที่ 60 นาย เข้าควบคุมเพลิง", "th"),  # fire engines and officers
        ("A helyszínre 85 tűzoltó vonult ki 22 járművel.", "hu"),
    ],
)
def test_crews_and_vehicles_have_no_casualty_role(text, lang):
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.numbers import role

    assert [role(text, q) for q in find_quantities(text, lang, [])] == [None] * len(find_quantities(text, lang, []))


TH_A = (
    "เกิดเหตุเพลิงไหม้ตลาดสดบ้านหนองบัวทองเมื่อคืนนี้\n\n"
    "เหตุการณ์ครั้งนี้มีผู้ได้รับบาดเจ็บ 12 ราย ส่วนใหญ่สำลักควันไฟ ถูกนำส่งโรงพยาบาลศรีวารินทร์"
)
TH_B = "เพลิงไหม้ตลาดสดบ้านหนองบัวทอง\n\nมีผู้บาดเจ็บ 15 ราย ส่วนใหญ่เป็นพ่อค้าแม่ค้าที่พยายามขนสินค้าออกจากแผง"


def test_thai_injured_counts_in_unaligned_sentences_conflict():
    a = Article(id="a", text=TH_A, language="th", published="2026-04-25")
    b = Article(id="b", text=TH_B, language="th", published="2026-04-25")
    numbers = [c["values"] for c in _conflicts(a, b) if c["kind"] == "number"]
    assert any(v.get("a") == [12.0] and v.get("b") == [15.0] for v in numbers), numbers


def test_hungarian_injured_count_conflicts_with_the_english_one():
    en = Article(id="en", language="en", published="2026-05-11",
                 text="A freight train carrying chlorine derailed on Sunday evening near Harjuvaara, injuring 14 people.")
    hu = Article(id="hu", language="hu", published="2026-05-11",
                 text="Klórt szállító tehervonat siklott ki Harjuvaara közelében.\n\nA balesetben 17 ember megsérült, "
                      "többségük a szivárgó gáztól lett rosszul.")  # fmt: skip
    numbers = [c["values"] for c in _conflicts(en, hu) if c["kind"] == "number"]
    assert any(v.get("en") == [14.0] and v.get("hu") == [17.0] for v in numbers), numbers


def test_a_third_outlets_count_of_a_group_meets_both_others():
    a = Article(id="a", language="en", published="2026-02-17",
                text="A fire tore through a garment factory on Monday night.\n\nTwelve workers are still missing, the fire chief told reporters.")
    b = Article(id="b", language="en", published="2026-02-18",
                text="The death toll from the factory fire rose to nine.\n\nTwenty-four people were injured, and 15 workers are still "
                     "missing, the provincial disaster agency said.")  # fmt: skip
    c = Article(id="c", language="en", published="2026-02-17",
                text="Nine people died when fire swept through the garment factory.\n\nA dozen workers are still missing.")
    pairs = {tuple(sorted(k for k in v if k in "abc")): v for x in _conflicts(a, b, c) if x["kind"] == "number" for v in [x["values"]]}
    assert pairs[("a", "b")]["a"] == [12.0] and pairs[("b", "c")]["c"] == [12.0], pairs
    assert ("a", "c") not in pairs  # twelve and a dozen agree
