"""Speakers in quote groups and conflicts, end to end (all texts invented): a misattribution one report
against another names no group speaker, a quotation printed apart is graded part by part, and a speaker
a pronoun takes up stands in the speaker conflict."""

from __future__ import annotations

import parallax
from tests.helpers import outlet_articles, shown

_BRIDGE = '"This bridge will connect two halves of our city for the first time in decades,"'


def _compared(texts: list[str]) -> dict:
    return parallax.compare(outlet_articles(texts, "en", "2026-05-01")).to_dict()


def _conflicts(d: dict, kind: str) -> list[dict]:
    return [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == kind]


def _group(d: dict, words: str) -> dict:
    [group] = [q for q in d["quotes"] if any(words in v["text"] for v in q["variants"])]
    return group


def test_one_report_against_another_names_no_group_speaker_and_a_majority_does():
    """Two reports, two names for one quotation: the group is misattributed and neither name is its speaker
    (not the longer one); with a third report, the name two of them give."""
    a = f"The city council approved the new river bridge on Tuesday.\n\n{_BRIDGE} said Anna Berg, the council chair."
    b = f"The council voted on Tuesday for a new bridge.\n\nDeputy mayor Maria Lind welcomed the vote.\n\n{_BRIDGE} she said."
    c = f"Councillors backed the bridge on Tuesday.\n\n{_BRIDGE} council chair Anna Berg told the meeting."
    d = _compared([a, b])
    group = _group(d, "two halves")
    assert group["misattributed"] and group["speaker"] is None, group
    # the speaker a pronoun takes up ("she said" after Maria Lind) is the report's in the conflict
    assert _conflicts(d, "speaker") == [{"a": "Anna Berg", "b": "Maria Lind"}]
    d = _compared([a, b, c])
    group = _group(d, "two halves")
    assert group["misattributed"] and group["speaker"] == "Anna Berg", group
    assert _conflicts(d, "speaker") == [{"a": "Anna Berg", "b": "Maria Lind", "c": "Anna Berg"}]


def test_a_tied_group_speaker_flags_every_named_variant_in_the_report_view():
    from parallax.report.quote_view import quote_view

    q = {"id": "q1", "speaker": None, "misattributed": True, "fidelity": "verbatim", "reference": 0,
         "variants": [{"article": "a", "text": "We stay.", "speaker": "Anna Berg"}, {"article": "b", "text": "We stay.", "speaker": "Maria Lind"}]}  # fmt: skip
    assert [v["odd_speaker"] for v in quote_view(q, {})["variants"]] == [True, True]


def test_a_quotation_printed_apart_is_graded_part_by_part_and_both_parts_shown():
    """One outlet joins '"X," he said. "Y."'; another prints X and, later, Y reworded: X is verbatim against
    its counterpart (not "trimmed" against the whole), Y altered (not a paraphrase of the whole), and the
    quote conflict shows both of the second outlet's parts."""
    a = ('The port strike ended on Friday.\n\n"We will not accept any deal that cuts our pensions," union leader Tom Harker said. '
         '"Our priority is getting the harbour working safely."')  # fmt: skip
    b = ('The port strike ended on Friday after talks.\n\n"We will not accept any deal that cuts our pensions," union leader Tom Harker said. '
         'Later he added: "Our priority is getting the harbour working again as quickly as possible."')  # fmt: skip
    d = _compared([a, b])
    group = _group(d, "pensions")
    assert group["fidelity"] == "altered", group
    assert [(v["article"], v["fidelity"]) for v in group["variants"]] == [("a", "verbatim"), ("b", "verbatim"), ("b", "altered")], group
    assert _conflicts(d, "quote") == [{
        "a": "We will not accept any deal that cuts our pensions. Our priority is getting the harbour working safely.",
        "b": ["We will not accept any deal that cuts our pensions", "Our priority is getting the harbour working again as quickly as possible."],
    }]  # fmt: skip


def test_a_cut_of_a_quotation_one_outlet_splits_by_its_cue_stays_trimmed():
    """Only the outlet that prints a quotation apart is graded part by part: another's cut of it is a trim."""
    a = 'The plant will close in June.\n\n"We did everything we could to save these jobs," manager Ruth Quill said, "but the orders never came back."'
    b = 'The plant will close in June, its owners said.\n\n"We did everything we could to save these jobs," manager Ruth Quill said.'
    group = _group(_compared([a, b]), "save these jobs")
    assert sorted(v["fidelity"] for v in group["variants"]) == ["trimmed", "verbatim"], group


def test_the_group_speaker_is_the_name_most_articles_give_and_none_on_any_tie():
    """Counted per article: two against two, or three names once each, name nobody; a name that two of three
    articles give (one as a surname) is the group's, in its full form."""
    from parallax.compare.quotes import group_quotes
    from tests.test_compare_rules import _quoted

    def speaker(*names: str) -> tuple[str | None, bool]:
        [g], _ = group_quotes([_quoted(f"a{i}", n) for i, n in enumerate(names)])
        return g.speaker, g.misattributed

    assert speaker("Anna Berg", "Maria Lind") == (None, True)
    assert speaker("Maria Lind", "Anna Berg") == (None, True)
    assert speaker("Anna Berg", "Maria Lind", "Ole Kask") == (None, True)
    assert speaker("Anna Berg", "Maria Lind", "Maria Lind", "Anna Berg") == (None, True)
    assert speaker("Berg", "Maria Lind", "Anna Berg") == ("Anna Berg", True)


def test_a_quotation_printed_apart_in_the_same_words_is_verbatim_and_its_cut_trimmed():
    """Parts printed apart in the same words are the whole quotation: the group is verbatim, not "trimmed" by a
    part against the whole; a third outlet's cut of it keeps the group trimmed.  A part is graded against whichever
    outlet copies it, not only the reference."""
    a = 'Chief executive Ada Quint spoke on Friday. "We will not reward thieves who put patients at risk," Quint said. "Our priority is reopening the wards safely."'
    b = ('Chief executive Ada Quint spoke on Friday. "We will not reward thieves who put patients at risk," Quint said on Friday. '
         'Later she added: "Our priority is reopening the wards safely."')  # fmt: skip
    c = 'Ada Quint spoke on Friday. "We will not reward thieves who put patients at risk," she said.'
    group = _group(_compared([a, b]), "reward thieves")
    assert group["fidelity"] == "verbatim" and [v["fidelity"] for v in group["variants"]] == ["verbatim"] * 3, group
    group = _group(_compared([a, b, c]), "reward thieves")
    assert group["fidelity"] == "trimmed" and [v["fidelity"] for v in group["variants"]] == ["verbatim"] * 3 + ["trimmed"], group
    b_changed = b.replace("reopening the wards safely", "reopening the wards as quickly as we possibly can")
    c_whole = 'Ada Quint spoke on Friday. "We will not reward thieves who put patients at risk. Our priority is reopening the wards safely," she said.'
    group = _group(_compared([a, b_changed, c_whole]), "reward thieves")
    assert [(v["article"], v["fidelity"]) for v in group["variants"]] == [("a", "verbatim"), ("b", "verbatim"), ("b", "altered"), ("c", "verbatim")], group


def test_a_quotation_of_two_sentences_in_one_pair_of_marks_meets_its_parts_printed_apart():
    """One outlet prints two sentences in one pair of marks, another prints them apart with the second reworded:
    the second part joins the group, altered, rather than standing alone as single-source."""
    a = 'Ada Quint spoke on Friday. "We will not reward thieves who put patients at risk. Our priority is reopening the wards safely," she said.'
    b = ('Chief executive Ada Quint spoke on Friday. "We will not reward thieves who put patients at risk," Quint said on Friday. '
         'Later she added: "Our priority is reopening the wards as quickly as we possibly can."')  # fmt: skip
    d = _compared([a, b])
    group = _group(d, "reward thieves")
    assert [(v["article"], v["fidelity"]) for v in group["variants"]] == [("a", "verbatim"), ("b", "verbatim"), ("b", "altered")], group
    assert group["fidelity"] == "altered"


def test_printed_parts_are_the_sentences_of_one_quotation():
    from parallax.compare.split_quotes import printed_parts
    from parallax.records import Article, Quote

    words = "We stay open. Dr. smith agrees, etc. and more! 我们留下。你们走"
    art = Article(id="a", text=f'"{words}"', language="en", quotes=[Quote(words, 1, 1 + len(words), speaker="Ada Quint")])
    assert printed_parts(art, [0]) == ["We stay open.", "Dr. smith agrees, etc. and more!", "我们留下。", "你们走"]
