"""Quotation attribution, session 36.  spaCy makes a new ``Token`` on each access, so ``tok.head is tok`` is never
true: the checks between tokens compare indices.  Our own sentences, in the style of news copy."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze import Analyzer
from parallax.analyze.nlp import get_nlp
from parallax.analyze.quotes.people import _Attributor
from parallax.analyze.quotes.reported import _a_noun_phrase, _according_to
from parallax.compare.quote_fidelity import one_spelling, relation
from parallax.records import Article


def _article(text: str, language: str = "en") -> Article:
    art = Article(id="t", text="News\n\n" + text, language=language, published="2026-03-05")
    parallax.analyze([art])
    return art


def _genders(text: str) -> dict[str, str]:
    art = _article(text)
    return _Attributor(art, Analyzer().parse(art), []).gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("The campaign's spokesman, Robin Ellis, said the plan would work.", "m"),
        ("The campaign's spokeswoman, Robin Ellis, said the plan would work.", "f"),
    ],
)
def test_a_name_in_apposition_to_its_role_takes_the_role_gender(text: str, gender: str) -> None:
    # the name hangs on the role noun ("spokesman" its head): the head compared by index, not by "is"
    assert _genders(text) == {"Robin Ellis": gender}


def test_a_noun_phrase_whose_head_is_the_root() -> None:
    # the root's head is itself: inside the span, it is the phrase's head
    doc = get_nlp("en")("The ban on guns.")
    assert _a_noun_phrase(doc, 0, len(doc.text))


def test_a_noun_phrase_with_a_verb_is_not_one() -> None:
    doc = get_nlp("en")("The council banned guns.")
    assert not _a_noun_phrase(doc, 0, len(doc.text))


def test_according_as_the_root_still_reports_the_rest_of_its_sentence() -> None:
    # the parser makes "According" the root, its own head, and the clause a phrase on it: the words after the
    # source are still what the source says (the check "head is tok" never held; with indices it is not made)
    doc = get_nlp("en")("According to conservative radio host Ann Roe, the plan reeks of fear and desperation.")
    assert doc[0].dep_ == "ROOT"
    got = [(doc.text[a:b], doc.text[x:y]) for a, b, (x, y) in _according_to(doc)]
    assert got == [("the plan reeks of fear and desperation.", "conservative radio host Ann Roe")]


def test_according_to_still_reports_its_clause() -> None:
    doc = get_nlp("en")("According to the police, the man fled the scene on foot.")
    assert [(doc.text[a:b], doc.text[x:y]) for a, b, (x, y) in _according_to(doc)] == [("the man fled the scene on foot.", "the police")]


@pytest.mark.parametrize(
    ("marked", "bare", "grade"),
    [
        ("Nu vom renunța", "Nu vom renunta", "punctuation"),  # three words: no likeness to fall back on
        ("Nu vom renunța la acest plan în niciun caz", "Nu vom renunta la acest plan in niciun caz", "punctuation"),
        ("Nous ne céderons pas sur la réforme des retraites", "Nous ne cederons pas", "trimmed"),
        ("Всё будет хорошо", "Все будет хорошо", "punctuation"),
        ("Nie poddamy się łatwo", "Nie poddamy sie latwo", "punctuation"),
    ],
)
def test_a_report_printed_without_diacritics_quotes_the_same_words(marked: str, bare: str, grade: str) -> None:
    assert relation(marked, bare) == grade
    assert relation(bare, marked) == grade


def test_two_reports_with_diacritics_differ_where_a_mark_does() -> None:
    # both print marks: "Fată" (girl) and "Fata" (the girl) are two words, the bare spelling no excuse
    assert relation("Fata a plecat acasă ieri seară", "Fată a plecat acasă ieri seară") == "altered"


def test_kana_keep_their_voicing_marks() -> None:
    # a kana's voicing mark is no diacritic a report leaves out: "がんばる" is not "かんはる"
    assert one_spelling("がんばる", "かんはる") == ("がんばる", "かんはる", False)


def test_the_same_print_is_still_verbatim() -> None:
    assert relation("Nu vom renunța la plan", "Nu vom renunța la plan") == "verbatim"
    assert relation("We will not back down", "We will not back down") == "verbatim"


def test_a_short_quotation_without_diacritics_groups_with_the_marked_one() -> None:
    from parallax.compare.quotes import group_quotes

    arts = [
        Article(id=f"a{i}", text="Știri\n\n" + t, language="ro", published="2026-03-05")
        for i, t in enumerate(["„Nu vom renunța”, a spus ministrul Ion Popescu.", "„Nu vom renunta”, a spus ministrul Ion Popescu."])
    ]
    parallax.analyze(arts)
    groups, _ = group_quotes(arts, embedder="hashing")
    assert [(g.fidelity, sorted(v.article for v in g.variants)) for g in groups] == [("punctuation", ["a0", "a1"])]


def _en_quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in _article(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the opening phrase, with no comma after it, took the name: "Ohio Clinton" the object of "in"
        ("At a rally in Ohio Clinton said that the plan would fail.", "Clinton"),
        ("In an interview with the business desk of the Lagos Herald Trump said that the alliance was obsolete.", "Trump"),
    ],
)
def test_a_subject_the_opening_phrase_took_speaks(text: str, speaker: str) -> None:
    assert [(k, s) for k, _, s in _en_quotes(text)] == [("indirect", speaker)]


def test_a_name_inside_the_phrase_of_a_verb_with_its_subject_is_none() -> None:
    # the verb has its own subject: the name in the opening phrase is only where it was said
    got = _en_quotes("At a rally in Ohio, the senator said that the plan would fail.")
    assert all(s != "Ohio" for _, _, s in got)


def test_a_name_before_a_verb_inside_a_phrase_not_opening_the_sentence_is_left() -> None:
    from parallax.analyze.quotes.swallowed_subjects import swallowed_subject

    doc = get_nlp("en")("The plan would fail, the senator warned voters at a rally with Clinton said to be in Ohio.")
    assert all(swallowed_subject(t) is None for t in doc if t.lower_ == "said")


def test_a_present_tail_the_parser_hung_on_the_past_verb_of_saying_is_reported() -> None:
    # "when it comes to ..." hangs on "said"; in the present, it cannot tell when the saying happened
    text = 'Roe said there remains a "big difference in pay and rank," when it comes to how many women work at the firm.'
    got = _en_quotes(text)
    assert ("indirect", 'there remains a "big difference in pay and rank," when it comes to how many women work at the firm', "Roe") in [
        (k, t.rstrip("."), s) for k, t, s in got
    ]


def test_a_past_tail_of_the_saying_is_not_added() -> None:
    from parallax.analyze.quotes.clause_repairs import _present_tail

    doc = get_nlp("en")("Roe said the plan would fail, as she left the meeting on Monday.")
    said = next(t for t in doc if t.lower_ == "said")
    comp = next(c for c in said.children if c.dep_ == "ccomp")
    assert _present_tail(said, comp) is None
