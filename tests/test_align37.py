"""Alignment of sentences about another measure or another motion (session 36): a profit and a sales figure, a
motion rejected and a bill passed, are two facts, and a report's profit meets the other's profit."""

from __future__ import annotations

import parallax
from parallax.compare.money_links import purpose
from parallax.compare.sentence_features import SentenceInfo, figures_apart, sums_apart, votes_apart
from parallax.compare.tally_links import _one_side_shared
from parallax.compare.vote_sides import failed, sides, vote_keys
from parallax.records import Article
from tests.helpers import shown

EN_PROFIT = (
    "Net profit dropped 42% to 1.1 billion euros, Siemens said on Thursday.\n\n"
    "Chief executive Roland Busch said demand in China stayed weak."
)
DE_RESULTS = (
    "Der Umsatz stieg auf 41,3 Milliarden Euro, teilte Siemens am Donnerstag mit.\n\n"
    "Der Nettogewinn lag bei 1,3 Milliarden Euro.\n\n"
    "Vorstandschef Roland Busch sagte, die Nachfrage in China bleibe schwach."
)


def _facts(a: str, la: str, b: str, lb: str) -> list[dict]:
    arts = [
        Article(id="a", text=a, outlet="A", published="2026-11-12", language=la),
        Article(id="b", text=b, outlet="B", published="2026-11-12", language=lb),
    ]
    return parallax.compare(arts).to_dict()["facts"]


def _info(measures: set[str] = frozenset(), purposes: set[str] = frozenset()) -> SentenceInfo:
    return SentenceInfo(0, 0, "", set(), set(), set(), measures=set(measures), purposes=set(purposes))


def _purpose(text: str) -> str | None:
    art = Article(id="x", text=text)
    at = next(i for i, c in enumerate(text) if c.isdigit())
    return purpose(art, at, at + 3, 0, len(text))


def test_profit_and_sales_are_purposes_in_several_languages() -> None:
    assert _purpose("Net profit dropped 42% to 1.1 billion euros.") == "profit"
    assert _purpose("Der Nettogewinn lag bei 1,3 Milliarden Euro.") == "profit"
    assert _purpose("Le bénéfice net atteint 1,3 milliard d'euros.") == "profit"
    assert _purpose("Der Umsatz stieg auf 41,3 Milliarden Euro.") == "revenue"
    assert _purpose("Le chiffre d'affaires atteint 41,3 milliards d'euros.") == "revenue"
    assert _purpose("Revenue rose to 41.3 billion euros.") == "revenue"


def test_sums_for_two_things_are_apart_and_an_unnamed_sum_is_not() -> None:
    assert sums_apart(_info(purposes={"profit"}), _info(purposes={"revenue"}))
    assert not sums_apart(_info(purposes={"profit"}), _info(purposes={"profit", "revenue"}))
    assert not sums_apart(_info(purposes={"profit"}), _info(purposes={""}))  # (a sum of no named purpose may be any)
    assert not sums_apart(_info(purposes={"profit"}), _info())


def test_a_profit_meets_the_other_reports_profit_not_its_sales() -> None:
    """Before: the English profit sentence sat in one fact with the German sales sentence, a false conflict of 1.1 and
    41.3 bn euros beside the real one of 1.1 and 1.3 bn."""
    facts = _facts(EN_PROFIT, "en", DE_RESULTS, "de")
    conflicts = [shown(c) for f in facts for c in f["conflicts"] if c["kind"] == "number"]
    assert conflicts == [{"a": [1.1e9], "b": [1.3e9], "unit": "€"}]
    sales = next(f for f in facts if any("Umsatz" in s["text"] for s in f["sentences"]))
    assert [s["article"] for s in sales["sentences"]] == ["b"]


def test_the_outcome_verb_sets_the_sides_of_a_vote() -> None:
    text = "Parliament rejected the opposition amendment by 98 votes to 190."
    assert failed(text, text.index("98"))
    assert sides((98, 190), True) == (98, 190)
    text = "The bill itself passed with 241 votes to 98."
    assert not failed(text, text.index("241"))
    assert sides((241, 98), False) == (241, 98)
    assert not failed("The Sejm voted 241 to 98.", 15)  # (no outcome told: passed, the usual report)
    text = "Der Bundestag hat den Antrag mit 190 zu 98 Stimmen abgelehnt."
    assert failed(text, text.index("190"))
    text = "The amendment failed, 98-190, but the bill was approved 241-98."
    assert failed(text, text.index("98-")) and not failed(text, text.index("241"))
    assert vote_keys((98, 190), True) == {"failed", "for:98", "against:190"}


def test_two_motions_with_opposite_outcomes_are_apart_unless_their_counts_agree() -> None:
    rejected = _info({f"vote:{k}" for k in vote_keys((98, 190), True)})
    passed = _info({f"vote:{k}" for k in vote_keys((241, 98), False)})
    assert votes_apart(rejected, passed) and figures_apart(rejected, passed)
    same_counts = _info({f"vote:{k}" for k in vote_keys((190, 98), False)})
    assert not votes_apart(rejected, same_counts)  # (one vote, its outcome disputed)
    other_split = _info({f"vote:{k}" for k in vote_keys((241, 89), False)})
    assert not votes_apart(passed, other_split)
    assert not _one_side_shared(sides((98, 190), True), sides((241, 98), False))


def test_a_rejected_amendment_does_not_join_the_bill_passed() -> None:
    """Before: "rejected … by 98 votes to 190" and "passed … with 241 votes to 98" were one fact (98 shared as the lower
    count of each), its two results in conflict."""
    a = "Parliament rejected the opposition amendment by 98 votes to 190 on Tuesday.\n\nThe bill itself passed with 241 votes to 98."
    b = "Lawmakers passed the bill with 241 votes to 98 on Tuesday."
    facts = _facts(a, "en", b, "en")
    assert not [c for f in facts for c in f["conflicts"]]
    amendment = next(f for f in facts if any("amendment" in s["text"] for s in f["sentences"]))
    assert len(amendment["sentences"]) == 1


def test_bulgarian_seats_are_seats() -> None:
    from parallax.compare.noun_kinds import kind_of

    assert kind_of("места") == kind_of("място") == kind_of("mandatów") == kind_of("seats") == "seat"


def test_seat_counts_meet_across_english_polish_and_bulgarian() -> None:
    """Before: the Bulgarian "печели 168 места" was in the fact but its count was not a seat count, so 168 went
    uncompared with 167 and 169."""
    arts = [
        Article(id="en", language="en", published="2026-10-17", text="PiS won 167 seats in the Sejm, final results showed on Tuesday."),
        Article(id="pl", language="pl", published="2026-10-17", text="PiS zdobył 169 mandatów w Sejmie, wynika z ostatecznych wyników."),
        Article(id="bg", language="bg", published="2026-10-17", text="PiS печели 168 места в Сейма, показват окончателните резултати."),
    ]
    facts = parallax.compare(arts).to_dict()["facts"]
    seats = [c["values"] for f in facts for c in f["conflicts"] if c.get("unit") == "seat"]
    assert seats == [{"en": [167.0], "pl": [169.0], "bg": [168.0]}]  # product60: one conflict, every outlet's figure (compare.every_outlet)


def test_two_nationalities_of_one_person_each_are_two_facts() -> None:
    """A Canadian hiker's death and a German hiker's on the same mountain, a day apart, were one fact."""
    from parallax.compare.sentence_features import peoples_apart

    a = "A Canadian hiker is dead after slipping about 200 metres on Mount Veleta."
    b = "A German hiker is dead after slipping about 500 metres on Mount Veleta."
    c = "A Canadian woman died on Sunday after slipping 200 meters from a path in the national park."
    arts = [Article(id=x, text=t, language="en", published="2026-01-12") for x, t in (("a", a), ("b", b), ("c", c))]
    facts = parallax.compare(arts).to_dict()["facts"]
    together = [sorted(s["article"] for s in f["sentences"]) for f in facts]
    assert ["a", "c"] in together and ["b"] in together
    assert not peoples_apart(_info(), _info())


def test_a_nationality_naming_a_source_keeps_the_pair() -> None:
    """Only a nationality that describes one person sets two sentences apart: "Palestinian health officials" are a
    source of the Israeli strike's toll, not another event."""
    from parallax.analyze import Analyzer
    from parallax.compare.align import sentence_infos

    arts = [
        Article(id="a", language="en", published="2026-01-12", text="An Israeli air strike killed 12 people in Gaza City on Monday."),
        Article(
            id="b", language="en", published="2026-01-12", text="Palestinian health officials said 12 people were killed in Gaza City."
        ),
        Article(id="c", language="en", published="2026-01-12", text="A Danish sailor has drowned off the coast of Portugal."),
    ]
    Analyzer().analyze_all(arts)
    infos = sentence_infos(arts, {})
    assert [x.peoples for x in infos[0]] == [set()] and [x.peoples for x in infos[1]] == [set()]
    assert [x.peoples for x in infos[2]] == [{"danish"}]


def test_a_chinese_profit_meets_the_english_one() -> None:
    """Chinese and Japanese set no word apart, so the purposes' word bounds never matched "净利润" or "純利益"."""
    assert _purpose("西门子净利润为13亿欧元。") == "profit"
    assert _purpose("純利益は13億ユーロだった。") == "profit"
    assert _purpose("营业收入增至413亿欧元。") == "revenue"
    zh = "西门子周四表示，营业收入增至413亿欧元。\n\n西门子净利润为13亿欧元。\n\n首席执行官博乐仁表示，中国市场需求依然疲软。"
    facts = _facts(EN_PROFIT, "en", zh, "zh")
    conflicts = [shown(c) for f in facts for c in f["conflicts"] if c["kind"] == "number"]
    assert conflicts == [{"a": [1.1e9], "b": [1.3e9], "unit": "€"}]


def test_a_passenger_is_no_outcome() -> None:
    text = "The amendment was rejected, with passengers' groups watching, by 98 votes to 190."
    assert failed(text, text.index("98"))
    text = "The motion, rejected in March, passed on Tuesday by 241 votes to 98."
    assert not failed(text, text.index("241"))
