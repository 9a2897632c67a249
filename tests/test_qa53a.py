"""Session 53, helper qa53a: English across outlets (US, UK, Irish, Australian, Indian, Nigerian, Ghanaian, Kenyan,
South African and Philippine papers and wires): the session's known leftovers and the sets' findings (each fix has
a test below with an invented sentence)."""

from __future__ import annotations

import parallax
from parallax.records import Article


def _art(text: str, published: str = "2026-12-02T10:00:00+00:00") -> Article:
    # 2 December 2026 is a Wednesday
    return parallax.analyze([Article(id="t", text=text, language="en", published=published)])[0]


def _quotes(text: str, published: str = "2026-12-02T10:00:00+00:00") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _art(text, published).quotes]


def _conflicts(*texts: str) -> list[tuple[str, dict]]:
    from tests.helpers import mixed_articles, shown

    facts = parallax.compare(mixed_articles(*(("en", t) for t in texts))).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


def test_a_body_s_vote_or_a_counted_vote_is_no_reported_speech() -> None:
    # a council's, a senate's or a union's vote is a decision taken with ballots: nobody is quoted
    for text in (
        "The council voted 4-2 for the reduction.",
        "Councillors voted unanimously against the plan.",
        "The county assembly voted by 30 votes to 12 for the impeachment of the governor.",
        "The National Union of Mineworkers voted unanimously for the strike.",
    ):
        assert _quotes(text) == [], text
    # a vote with an infinitive states what was resolved, and stays an attribution (PolNeAR marks it one)
    assert [s for s, _ in _quotes("The senate voted to approve the budget.")] == ["senate"]
    # one person's vote is that person's position, and stays one
    assert [s for s, _ in _quotes("Senator Smith voted against the crime bill last year.")] == ["Smith"]
    # what a body said about its vote is still speech
    assert [s for s, _ in _quotes("The council voted 4-2 for the cut. The mayor said the savings would fund two new clinics.")] == ["mayor"]


def test_according_to_a_source_with_its_name_or_role_beside_it() -> None:
    # Ghanaian, Nigerian and Kenyan papers name a source with role and name side by side
    assert _quotes("According to the police chief, Mr John Mensah, three suspects were arrested.") == [
        ("John Mensah", "three suspects were arrested")
    ]
    assert _quotes("According to Mr John Mensah, the police chief, three suspects were arrested on Friday.") == [
        ("John Mensah", "three suspects were arrested on Friday")
    ]
    # a part between the commas that is neither a name nor a role is no apposition of the source
    assert [s for s, _ in _quotes("According to the police chief, three suspects were arrested on Friday.")] == ["police chief"]


def _times(text: str, published: str = "2026-12-02T10:00:00+00:00") -> dict[str, str | None]:
    return {t.text: t.value for t in _art(text, published).times}


def test_a_declared_day_off_is_the_coming_weekday() -> None:
    # written on Wednesday 2 December: a holiday is declared ahead of its day
    assert _times("The minister declared a holiday for schools on Thursday.") == {"Thursday": "2026-12-03"}
    assert _times("President Ruto declared a public holiday on Friday to mark the occasion.") == {"Friday": "2026-12-04"}
    # an announcement of something else keeps the day gone
    assert _times("The minister announced the closure on Thursday.") == {"Thursday": "2026-11-26"}


def test_tonight_in_a_quotation_is_the_day_of_the_speech() -> None:
    # the publication's day (TempEval-3 annotates "tonight" as the day), or the day the speech was given
    assert _times('"We will meet tonight to decide," the mayor said.') == {"tonight": "2026-12-02"}
    assert _times('"We will meet tonight to decide," the mayor said on Monday.') == {"tonight": "2026-11-30", "Monday": "2026-11-30"}


def test_a_clock_time_with_no_day_of_its_own_takes_the_day_the_story_last_named() -> None:
    # the narrative's day carries to the next sentence's hour (TimeML anchors a bare time to the last reference day)
    assert _times("Police said the storm hit on Saturday. The army announced the rescue at about 4am.") == {
        "Saturday": "2026-11-28",
        "4am": "2026-11-28T04:00",
    }


def test_dozens_is_no_figure() -> None:
    # "dozens" counts nothing (:mod:`parallax.analyze.numwords.dozens`): no conflict with a figure either way
    assert not _conflicts(
        "Dozens of miners were trapped underground at the Obuasi mine on Tuesday, the company said.",
        "Forty-eight miners were trapped underground at the Obuasi mine on Tuesday, the company said.",
    )


def test_a_named_storm_is_no_person_a_pronoun_takes_up() -> None:
    # "Storm Bronagh" tagged a person took the minister's "he said" (a false misattribution between two reports)
    text = (
        "Met Éireann issued a warning after Storm Bronagh swept across the west. Minister for Housing Darragh O'Brien"
        ' urged people to stay indoors. "Do not travel unless your journey is absolutely necessary," he said.'
    )
    assert [s for s, _ in _quotes(text)] == ["Darragh O'Brien", "Darragh O'Brien"]
    art = _art("Typhoon Kristine hit Bicol on Tuesday, and Hurricane Milton struck Florida.")
    assert not [e.text for e in art.entities if e.label in ("PERSON", "PER")]


def test_lakh_crore_is_one_scale() -> None:
    # Indian budgets write trillions of rupees as "lakh crore": 1.2 lakh crore is 1,20,000 crore
    art = _art("Finance Minister Nirmala Sitharaman on Monday announced a Rs 1.2 lakh crore package for farmers.")
    assert [(q.text, q.value) for q in art.quantities] == [("Rs 1.2 lakh crore", 1.2e12)]
    assert not _conflicts(
        "Finance Minister Nirmala Sitharaman on Monday announced a Rs 1.2 lakh crore package for farmers.",
        "Finance Minister Nirmala Sitharaman on Monday announced a Rs 1,20,000 crore package for farmers.",
    )
    assert [q.value for q in _art("The scheme costs Rs 3 thousand crore.").quantities] == [3e10]


def test_daily_heading_a_paper_s_name_is_no_time() -> None:
    # "the Daily Graphic", "the Daily Nation", "the Daily Maverick": a paper, not a repetition every day
    assert _times("Residents told the Daily Graphic that the shaft had been declared unsafe in March.") == {"March": "2026-03"}
    assert _times("The Daily Nation reported on Monday that prices rose daily.") == {"Monday": "2026-11-30", "daily": "P1D"}


def test_a_body_named_beside_the_noun_of_what_it_is_speaks() -> None:
    # "The company, Western Gold Ltd, said": the firm, as another report's "Western Gold Ltd said" has it
    assert _quotes("The company, Western Gold Ltd, said it would pay the funeral costs.") == [
        ("Western Gold Ltd", "it would pay the funeral costs")
    ]
    assert [s for s, _ in _quotes("The regulator, the Minerals Commission, said the mine had been inspected in March.")] == [
        "Minerals Commission"
    ]


def test_according_to_with_an_apposition_ends_its_claim_at_the_sentence() -> None:
    # a paragraph break after the sentence is no part of what the source said
    text = "According to the regional director, Claudio Yucot, more than 60,000 families fled.\nRescuers reached the villages."
    assert _quotes(text) == [("Claudio Yucot", "more than 60,000 families fled")]
