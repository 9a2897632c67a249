"""QA round 60a (English court, health, business and sports reporting): a formal charge is no one's words, a given
name the list lacks opens the speaker's name, "the defendant" is the one person charged, approximate number words
keep the tolerance of "about N", a month's day is no count, and a count's unit prints as the report wrote it.
Invented reports throughout."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzed(text, "en", "2026-03-14").quotes]


# ------------------------------------------------------------- a charge laid is no quotation, unless a body is named
@pytest.mark.parametrize(
    "text",
    [
        "Emeka Nwosu was charged with fraud on Monday.",
        "Nwosu, 41, was charged with three counts of fraud at the Ikeja magistrates' court.",
        "Ruth Adair was arrested and charged with theft.",
    ],
)
def test_a_charge_with_no_body_named_is_no_quotation(text):
    assert _quotes(text) == []


def test_a_charge_by_a_named_body_is_that_body_s():
    assert [s for _, s in _quotes("Nwosu was charged by police with fraud.")] == ["police"]
    got = _quotes("The trader was charged with money laundering by the Anti-Graft Commission.")
    assert [s for _, s in got] == ["Anti-Graft Commission"]


def test_an_accusation_still_has_its_unnamed_source():
    assert _quotes("The contractor was accused of overcharging the council.") == [
        ("The contractor was accused of overcharging the council", None)
    ]


# ------------------------------------------------- a given name opening a sentence before a surname written alone
@pytest.mark.parametrize(
    "text,speaker",
    [
        # the model tags the surname a nationality: the listed given name before it is joined all the same
        ("Emeka Nwosu denied that he had taken the money.", "Emeka Nwosu"),
        ("Emeka Nwosu denied that he had taken the money. Nwosu said he was innocent.", "Emeka Nwosu"),
    ],
)
def test_a_given_name_before_a_surname_tagged_otherwise_is_the_speaker_s(text, speaker):
    assert {s for _, s in _quotes(text)} == {speaker}


def test_an_unlisted_given_name_opening_a_sentence_joins_a_surname_written_alone_elsewhere():
    from parallax.analyze.unlisted_given_names import unlisted_given_names
    from parallax.records import Article, Entity

    text = "Zorbanike Nwosu denied it. Later Nwosu wept. Nwosu left."
    art = Article(id="t", text=text, language="en", entities=[Entity("Nwosu", "NORP", 10, 15), Entity("Nwosu", "ORG", 33, 38)])
    unlisted_given_names(art)
    assert [(e.text, e.label) for e in art.entities] == [("Zorbanike Nwosu", "PERSON"), ("Nwosu", "ORG")]
    alone = Article(id="t", text="Zorbanike Nwosu denied it.", language="en", entities=[Entity("Nwosu", "NORP", 10, 15)])
    unlisted_given_names(alone)
    assert [e.text for e in alone.entities] == ["Nwosu"]  # (written nowhere else: no evidence)


# ------------------------------------------------------- "the defendant" is the one person a verb of a case names
@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Emeka Nwosu, 41, was charged with fraud on Monday. The defendant told the court that he was innocent.", "Emeka Nwosu"),
        ('Police charged Ruth Adair with theft on Monday. "I took nothing," the accused told magistrates.', "Ruth Adair"),
        # a judge named between is no party
        (
            'Emeka Nwosu, 41, was charged with fraud on Monday. Judge Ruth Adair said the case was serious. "I am innocent," '
            "the defendant said.",
            "Emeka Nwosu",
        ),
        # two charged: no one fits alone
        ('Emeka Nwosu and Ruth Adair were charged with fraud on Monday. "I am innocent," the defendant said.', "defendant"),
        ('Emeka Nwosu was charged with fraud. Tunde Bakare was charged with theft. "I am innocent," the defendant said.', "defendant"),
    ],
)
def test_the_defendant_is_the_one_person_charged(text, speaker):
    assert _quotes(text)[-1][1] == speaker


# ------------------------------------------------------ approximate number words are held as "about N" is held
@pytest.mark.parametrize(
    "approximate,exact,conflicts",
    [
        ("A dozen", "Fourteen", True),  # as "about 12" and "14" conflict
        ("About 12", "Fourteen", True),
        ("A dozen", "Thirteen", False),
        ("About 12", "Thirteen", False),
        ("Two dozen", "Twenty-five", False),
        ("Two dozen", "Thirty", True),
        ("Dozens of", "Fourteen", True),  # 24 or more
        ("Dozens of", "Forty", False),
    ],
)
def test_approximate_number_words_keep_the_tolerance_of_about(approximate, exact, conflicts):
    from tests.helpers import first_sentence_conflicts

    a = f"{approximate} workers were hurt in the blast at the depot."
    b = f"{exact} workers were hurt in the blast at the depot."
    assert bool([k for k, _ in first_sentence_conflicts(a, b, "en") if k == "number"]) == conflicts


# ------------------------------------------------------------- a count's noun prints in the plural in English
@pytest.mark.parametrize(
    "value,unit,language,shown",
    [
        (12.0, "worker", "en", "12 workers"),
        (1.0, "worker", "en", "1 worker"),
        (3.0, "casualty", "en", "3 casualties"),
        (40.0, "person", "en", "40 people"),
        (2.0, "bus", "en", "2 buses"),
        (5.0, "aid worker", "en", "5 aid workers"),
        (7.0, "fisherman", "en", "7 fishermen"),
        (9.0, "aircraft", "en", "9 aircraft"),
        (12.0, "persona", "it", "12 persona"),  # (another language's plural is not known here)
        (12.0, "USD", "en", "12 USD"),
        (12.0, "worker", None, "12 worker"),
    ],
)
def test_a_count_s_noun_prints_in_the_plural(value, unit, language, shown):
    from parallax.report.formatting import fmt_value

    assert fmt_value(value, unit, language) == shown


def test_the_text_report_prints_the_counted_noun_in_the_plural():
    import parallax
    from parallax.report.text import render_text
    from tests.helpers import outlet_articles

    texts = [
        "Twelve workers were hurt in a blast at the Harlow depot on Tuesday.",
        "Fourteen workers were hurt in a blast at the Harlow depot on Tuesday.",
    ]
    report = render_text(parallax.compare(outlet_articles(texts, "en")).to_dict())
    assert "12 workers" in report and "14 workers" in report
