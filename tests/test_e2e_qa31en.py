"""End-to-end QA pass over English reports of six kinds (a cyberattack on a hospital group, a migrant boat
capsizing, a mass shooting and the police briefing after it, a product recall, a plane crash investigation
report, a doping ban), pasted as HTML pages with their furniture and run through ``parallax run``.  The page
furniture (bylines, "Read more", newsletter boxes, related links, captions, update notes, corrections) all went;
what the comparison got wrong, and this file mends, each with the cases that must not change:

- a place listed after a locative held the count after it: in "fryers sold in the US and Canada after 47
  reports" the "and" began a clause whose "holder" was Canada, so 47 against 53 reports was two holders' counts;
- "as many as 40%" was an exact 40, which "up to 45%" allows: it is a bound, as "up to" is;
- "about $89" allowed 10% either way and met "around $98": a figure written to its last unit is an estimate
  only that close (round figures keep their 10%: "about 200" / "about 180" agree);
- "they had each paid smugglers €3,000" was a total against "3,500 euros each": a floating "each" before the
  verb makes the sum one per person too;
- "The captain, 58," and "The 56-year-old captain" (or "the suspect, a 34-year-old local man" / "The suspect,
  36,") in aligned sentences gave no age conflict: only ages beside names compared; a definite role noun now
  does, in aligned sentences only ("a 45-year-old man" may still be anyone);
- "Sara Lindqvist, the 26-year-old Olympic champion," gave her no age: an English definite description in
  apposition after a name now does (not after a place: "In Leeds, the 45-year-old driver");
- "27 people drowned" was no death toll, so it met no "31 people were killed";
- "“...,” the report said." went to "Aeroline Express", the first name in the sentence that last mentioned a
  report ("The pilots of an Aeroline Express plane ... investigators said in a preliminary report"), which only
  modified "plane".

- "..., the Consumer Product Safety Commission said on Thursday" / "Brightway announced on Wednesday that ..."
  was a date conflict: the days two reports of one day give a statement compare as one statement's, but two
  sources made two statements; the days still compare when the source may be one ("the Athletics Integrity Unit
  said on Monday" / "... announced on Tuesday", "police" / "Mayor Tom Reed").

Invented sentences; reports published on Saturday 14 March 2026 (tests.helpers.QA_PUBLISHED).
"""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, first_sentence_conflicts


def _numbers(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "number"]


# -- a place listed after a locative holds no count


def test_a_count_after_a_list_of_places_is_compared():
    a = ("Brightway Appliances is recalling 1.2 million air fryers sold in the US and Canada after 47 reports of units "
         "overheating, the commission said on Thursday.")
    b = "Brightway Appliances announced on Thursday that it is recalling 1.2m air fryers after 53 reports of overheating."
    assert {"a": [47.0], "b": [53.0], "unit": "report"} in _numbers(a, b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brightway recalled 1.2 million fryers sold in the US and Canada after 47 reports of fires.", [("1.2 million", "Brightway"), ("47", None)]),
        # a name after "and" with its own verb is the subject of a new clause, and holds its count
        ("Votes were counted in Leeds and Labour won 27 seats.", [("27", "Labour")]),
        ("Labour won 27 seats and the Greens won 9 seats.", [("27", "Labour"), ("9", "Greens")]),
        ("Germany won 12 medals and Norway 16 medals.", [("12", "Germany"), ("16", "Norway")]),
    ],
)  # fmt: skip
def test_who_holds_a_count_after_a_list(text, expected):
    from parallax.compare.holders import holder
    from tests.helpers import analysed_articles

    (art,) = analysed_articles([text], "en")
    assert [(q.text, holder(art, art.sentences[0], q)) for q in art.quantities] == expected


# -- bounds and estimates


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The data of as many as 40% of the patients may have been stolen.", "Up to 45% of the patients may have had their data stolen.", [40.0, 45.0]),
        ("The fryers were sold for about $89.", "The fryers sold for around $98 at major retailers.", [89.0, 98.0]),
        ("Survivors said they had each paid smugglers €3,000 for the crossing.", "Survivors told aid workers they had paid 3,500 euros each to smugglers.", [3000.0, 3500.0]),
    ],
)  # fmt: skip
def test_bounds_estimates_and_sums_each_that_disagree(a, b, expected):
    found = _numbers(a, b)
    assert [[v["a"][0], v["b"][0]] for v in found] == [expected]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The data of as many as 40% of the patients may have been stolen.", "Up to 42% of the patients may have had their data stolen."),
        ("As many as 40% of the patients were affected.", "Some 38% of the patients were affected."),
        ("The fryers were sold for about $89.", "The fryers sold for around $90."),
        ("About 200 people were evacuated.", "Around 180 people were evacuated."),
        ("Rund 80 Prozent stimmten zu.", "Rund 75 Prozent stimmten zu."),
        ("Survivors said they had each paid smugglers €3,000.", "Each survivor had paid 3,000 euros."),
        ("Each year the firm pays $4m in fees.", "The firm pays $4m in fees every year."),
        ("The two ministers were each fined £500.", "The ministers were fined £500 each."),
    ],
)  # fmt: skip
def test_bounds_estimates_and_sums_each_that_agree(a, b):
    lang = "de" if a.startswith("Rund") else "en"
    assert [v for kind, v in first_sentence_conflicts(a, b, lang) if kind == "number"] == []


def test_about_slack():
    from parallax.compare.hedges import about_slack

    assert about_slack(200) == 20.0  # a round figure: 10%
    assert about_slack(89) == pytest.approx(2.225)  # written to its unit: 2.5%
    assert about_slack(1200) == 100.0  # the step of its last digit
    assert about_slack(0) == 0.0


def test_a_floating_each_is_english_and_before_a_sum_only():
    from parallax.compare.totals import each
    from tests.helpers import analysed_articles

    (art,) = analysed_articles(["The families had each received $5,000, and 12 hospitals will each treat 40 patients."], "en")
    s = art.sentences[0]
    assert [(q.text, each(art, s, q)) for q in art.quantities] == [("$5,000", True), ("12", False), ("40", False)]


# -- ages beside a definite role noun


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The captain, 58, and the first officer, 29, had flown together only twice before.",
         "The 56-year-old captain and the 29-year-old first officer had flown together twice before.", [58.0, 56.0]),
        ("The suspect, a 34-year-old local man, was arrested at 7:42 p.m.", "The suspect, 36, was arrested at 7:42 p.m., police said.", [34.0, 36.0]),
    ],
)  # fmt: skip
def test_a_described_persons_two_ages_conflict(a, b, expected):
    assert [[v["a"][0], v["b"][0]] for v in _numbers(a, b) if v.get("unit") == "age"] == [expected]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A 45-year-old man and a 47-year-old man were arrested.", "A 47-year-old man was arrested."),  # two men: either
        ("The suspect, 34, was arrested on Tuesday.", "The victim, 36, was shot on Tuesday."),  # two people
        ("The captain, 58, was unhurt.", "The 58-year-old captain was unhurt."),  # agree
        ("The company, 58, employs 300 people.", "The 56-year-old company employs 300 people."),  # no person
        ("The driver, 45, and the passenger, 47, were hurt.", "The 45-year-old driver and the 47-year-old passenger were hurt."),
    ],
)  # fmt: skip
def test_ages_of_described_people_that_agree_or_differ_in_person(a, b):
    assert [v for v in _numbers(a, b) if v.get("unit") == "age"] == []


def test_one_indefinite_man_in_each_aligned_sentence_is_one_man():
    """(left33) "A 45-year-old man" / "A 47-year-old man" stood here as anyone; aligned sentences that each describe
    exactly one man by his age speak of one man (:mod:`parallax.compare.unnamed_ages`)."""
    found = [v for v in _numbers("A 45-year-old man was arrested on Tuesday.", "A 47-year-old man was arrested on Tuesday.") if v.get("unit") == "age"]
    assert [[v["a"][0], v["b"][0]] for v in found] == [[45.0, 47.0]]


def test_described_ages_link_no_sentences_that_do_not_align():
    from parallax.compare.ages import age_links
    from tests.helpers import analysed_articles

    arts = analysed_articles(
        ["A ferry sank on Tuesday.\n\nThe captain, 58, was rescued.", "A ferry sank on Tuesday.\n\nPolice questioned the 56-year-old captain."], "en"
    )
    assert age_links(arts) == []


# -- drowned is a death


def test_a_toll_of_the_drowned_meets_one_of_the_killed():
    found = _numbers("Twenty-seven people drowned and 41 were rescued after the boat capsized.", "31 people were killed and 41 were rescued after the boat capsized.")
    assert found == [{"a": [27.0], "b": [31.0], "unit": "people"}]


def test_drowned_tolls_that_agree():
    assert _numbers("At least 27 people drowned on Thursday.", "Twenty-nine people drowned on Thursday.") == []
    assert _numbers("27 people drowned and 41 were rescued.", "27 people died and 41 were rescued.") == []


# -- a document that speaks


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in analyzed(text, "en", "2026-03-14").quotes if q.kind == "direct"]


def test_a_report_that_speaks_is_not_the_company_named_before_it():
    text = (
        "The pilots of an Aeroline Express plane that crashed near Halden shut down the wrong engine, investigators said "
        "on Wednesday in a preliminary report.\n\n"
        "“The crew shut down the remaining serviceable engine,” the report said."
    )
    assert [s for _, s in _speakers(text)] != ["Aeroline Express"]


def test_a_statement_released_by_a_person_is_still_theirs():
    text = "Senator Ann Roe released a statement on Monday.\n\n“We will fight this,” the statement said."
    assert _speakers(text) == [("We will fight this", "Ann Roe")]


def test_an_age_in_a_definite_description_after_a_name_is_that_persons():
    from tests.helpers import compared_conflicts

    found = compared_conflicts(
        [
            "Sara Lindqvist, the 26-year-old Olympic champion, was banned on Monday.\n\nShe will appeal.",
            "The athletics body banned an Olympic champion on Monday.\n\nLindqvist, 27, said she would appeal.",
        ],
        "en",
    )
    assert ("number", {"a": [26.0], "b": [27.0], "unit": "age"}) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sara Lindqvist, the 26-year-old champion, won.", ["sara", "lindqvist"]),
        ("Brenner, 61, said.", ["brenner"]),
        ("In Leeds, the 45-year-old driver was held.", None),
        ("He lives in Leeds, the 45-year-old said.", None),
        ("In Leeds, a 45-year-old man was held.", None),
    ],
)  # fmt: skip
def test_whose_age_a_description_after_a_name_gives(text, expected):
    import re

    from parallax.compare.ages import named_age
    from parallax.records import Quantity

    m = re.search(r"\d+", text)
    q = Quantity(text=m.group(), value=float(m.group()), unit="(age)", start=m.start(), end=m.end())
    assert named_age(text, q, "en") == expected


# -- two sources' statements are two statements


def _dates(a: str, b: str) -> list[dict]:
    return [v for kind, v in first_sentence_conflicts(a, b, "en") if kind == "date"]


@pytest.mark.parametrize(
    "a",
    [
        "Brightway Appliances is recalling 1.2 million air fryers, the Consumer Product Safety Commission said on Thursday.",
        # (a reported clause the quotation layer leaves unread: the name before the verb still tells who spoke)
        ("Brightway Appliances is recalling 1.2 million air fryers sold in the US and Canada after 47 reports of units "
         "overheating, including 11 burns, the Consumer Product Safety Commission said on Thursday."),
    ],
)  # fmt: skip
def test_two_sources_told_on_two_days_do_not_conflict(a):
    b = "Brightway Appliances announced on Wednesday that it is recalling 1.2m air fryers."
    assert _dates(a, b) == []


def test_who_told_a_statement_on_a_day():
    from parallax.compare.reporting_times import dates_the_report, teller

    art = analyzed("The recall covers 40,000 fryers, the Consumer Product Safety Commission said on Thursday.", "en")
    told = [t for t in art.times if dates_the_report(art, t)]
    assert [teller(art, t) for t in told] == ["Consumer Product Safety Commission"]
    art = analyzed("The recall covers 40,000 fryers, officials said on Thursday.", "en")
    assert [teller(art, t) for t in art.times] == [None]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sara Lindqvist has been banned for four years, the Athletics Integrity Unit said on Monday.",
         "Sara Lindqvist has been handed a four-year ban, the Athletics Integrity Unit announced on Tuesday."),
        ("Sara Lindqvist has been banned for four years, officials said on Monday.",
         "Sara Lindqvist has been handed a four-year ban, the Athletics Integrity Unit announced on Tuesday."),
        ("The bridge is unsafe, police said on Monday.", "The bridge is unsafe, Mayor Tom Reed said on Tuesday."),
    ],
)  # fmt: skip
def test_one_source_told_on_two_days_still_conflicts(a, b):
    assert _dates(a, b) == [{"a": ["2026-03-09"], "b": ["2026-03-10"]}]
