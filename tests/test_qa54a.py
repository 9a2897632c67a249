"""Session 54, helper qa54a: English across outlets (US, UK, Canadian, Australian, NZ, Indian, Nigerian, Kenyan,
South African and Singaporean papers and wires): the session's known leftovers and the sets' findings (each fix has
a test below with an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _art(text: str, published: str = "2026-12-03T10:00:00+00:00") -> Article:
    # 3 December 2026 is a Thursday
    return parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]


def _quotes(text: str, published: str = "2026-12-03T10:00:00+00:00") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _art(text, published).quotes]


def _times(text: str, published: str = "2026-12-03T10:00:00+00:00") -> dict[str, str | None]:
    return {t.text: t.value for t in _art(text, published).times}


def test_a_given_name_the_model_left_before_a_surname_it_tagged_otherwise_is_the_person_s() -> None:
    # the small English model tags "Ana Reyes" as an organisation "Reyes" and "Ms Reyes" as a work: one speaker,
    # the full name, whether she is quoted with her title, by the pronoun or with her honorific
    text = (
        "Governor Ana Reyes said the state would rebuild every bridge.\n\n"
        '"We will not abandon these towns," she said.\n\n'
        '"Every family will get help," Ms Reyes told reporters.'
    )
    assert [s for s, _ in _quotes(text)] == ["Ana Reyes"] * 3
    # a body named after a given name stays a body
    assert [s for s, _ in _quotes("Ana Reyes Foundation said it would donate $2 million.")] != ["Ana Reyes"]


def _conflicts(*texts: str) -> list[tuple[str, dict]]:
    from tests.helpers import mixed_articles, shown

    facts = parallax.compare(mixed_articles(*(("en", t) for t in texts))).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


def test_a_body_and_its_acronym_are_one_name() -> None:
    # Australian, Indian and Nigerian papers name an agency in full in one report and by its initials in another
    assert (
        _conflicts(
            "The State Emergency Service received 1,450 calls for help in 24 hours, a spokesman said.",
            "The SES took 1,450 calls for help over 24 hours.",
        )
        == []
    )
    assert (
        _conflicts(
            "The National Union of Mineworkers called the strike on Monday.",
            "The NUM called the strike on Monday.",
        )
        == []
    )
    # an acronym that spells another body's name is still a different name
    assert [
        k
        for k, _ in _conflicts(
            "The National Union of Mineworkers called the strike on Monday.",
            "The AMCU called the strike on Monday.",
        )
    ] == ["name"]


def test_a_quotation_named_in_one_report_and_given_to_an_unnamed_spokesman_in_another_is_marked() -> None:
    # an analyst weighs an attributed quotation above an anonymous one: not a misattribution (the spokesman may be
    # the chief executive), but the group says which reports leave the speaker unnamed
    from tests.helpers import mixed_articles

    arts = mixed_articles(
        (
            "en",
            'Insurance Council chief executive Tom Walsh said claims could exceed $400 million. "This is the worst flood since 2022," Mr Walsh said.',
        ),
        ("en", 'Claims could top $400 million, the Insurance Council said. "This is the worst flood since 2022," a spokesman said.'),
    )
    groups = [q for q in parallax.compare(arts).to_dict()["quotes"] if len(q["variants"]) > 1]
    assert [(q["misattributed"], q.get("unnamed_in")) for q in groups] == [(False, ["b"])]
    # one speaker named in both, or a described speaker that is no anonymous source: nothing to mark
    arts = mixed_articles(
        ("en", '"This is the worst flood since 2022," Tom Walsh said.'),
        ("en", '"This is the worst flood since 2022," the council chief said.'),
    )
    assert [q.get("unnamed_in") for q in parallax.compare(arts).to_dict()["quotes"]] == [None]



def test_daily_life_stays_the_set_timeml_annotates() -> None:
    # checked, not changed: TempEval-3's gold marks "daily" in "daily life" as the set P1D (APW20000216.0193), so the
    # session-53 leftover is the benchmark's convention; dropping it cost dev recall
    assert _times("Daily life resumed in Bega on Wednesday as water receded.") == {"Daily": "P1D", "Wednesday": "2026-12-02"}


def test_a_vote_to_act_from_a_weekday_looks_ahead() -> None:
    # written on Thursday 3 December: the strike starts on the coming Monday
    assert _times("Train drivers have voted to strike from Monday, the union said.") == {"Monday": "2026-12-07"}
    assert _times("Nurses voted overwhelmingly to walk out from Tuesday over pay.") == {"Tuesday": "2026-12-08"}
    # the day of the vote itself stays the day gone
    assert _times("The senate voted to approve the bill on Monday.") == {"Monday": "2026-11-30"}


def test_a_role_after_a_quotation_is_the_person_a_paragraph_before_named_with_it() -> None:
    # Australian and British sports pages: the coach named with his team's possessive, then the role speaks
    text = "Brisbane won 24-20 on Saturday.\n\nSydney's coach, Mark Hale, refused to blame the referee.\n\n'We were unlucky,' the Sydney coach said."
    assert _quotes(text)[-1] == ("Mark Hale", "We were unlucky")
    # two coaches named: the team the description names tells which one speaks
    text = (
        "Brisbane won 24-20 on Saturday.\n\nSydney coach Mark Hale was furious with two decisions.\n\n"
        "Brisbane coach Tim Roe praised his side.\n\n'We were unlucky,' the Sydney coach said."
    )
    assert _quotes(text)[-1] == ("Mark Hale", "We were unlucky")
    # a description no named person fits stays a description
    text = "Sydney coach Mark Hale was furious.\n\nBrisbane coach Tim Roe praised his side.\n\n'We were unlucky,' the Perth coach said."
    assert _quotes(text)[-1][0] != "Mark Hale"


def test_a_paragraph_naming_the_year_or_week_of_the_carried_day_keeps_it_for_a_later_clock_time() -> None:
    # Kenyan and Nigerian papers put background between the lead's day and the hour: "this year" holds Tuesday,
    # so the hour two paragraphs on is still Tuesday's (TimeML anchors a bare time to the last reference day)
    text = (
        "Matatu operators went on strike on Tuesday, paralysing transport in the capital.\n\n"
        "The union says fuel prices have risen 20 per cent this year.\n\n"
        "Police fired tear gas at protesters at 3pm."
    )
    assert _times(text)["3pm"] == "2026-12-01T15:00"
    # a paragraph that moves on to another period drops the day ("next week" holds no Tuesday gone)
    text = "Operators went on strike on Tuesday.\n\nTalks are expected to resume next week.\n\nPolice fired tear gas at 3pm."
    assert _times(text)["3pm"] != "2026-12-01T15:00"


def test_a_bare_dollar_of_a_local_paper_meets_the_wire_s_local_dollar() -> None:
    # the Straits Times writes "$1.4 billion" for Singapore dollars; Reuters writes "S$1.4 billion ($1.05 billion)"
    assert (
        _conflicts(
            "Singapore Airlines reported a record net profit of $1.4 billion for the six months.",
            "Singapore Airlines posted an 18% rise in net profit for the six months to S$1.4 billion ($1.05 billion).",
        )
        == []
    )
    # a figure that is neither the local sum nor its conversion is still a conflict
    assert [
        k
        for k, _ in _conflicts(
            "Singapore Airlines reported a record net profit of $1.2 billion for the six months.",
            "Singapore Airlines posted a record net profit for the six months of S$1.4 billion ($1.05 billion).",
        )
    ] == ["number"]


def test_chief_executive_before_a_name_is_no_part_of_it() -> None:
    # Reuters capitalises the title: "Chief Executive Goh Choon Phong said" is Goh Choon Phong
    text = '"Demand remains robust," Chief Executive Goh Choon Phong said in a statement.'
    assert [s for s, _ in _quotes(text)] == ["Goh Choon Phong"]
