"""Two statements, or one quotation misattributed: the tests that tell them apart.

Two similar quotations under two named people are more often two people saying alike than one
quotation both changed and misattributed; the same words, or nearly all of a long quotation, under
another name are a misattribution.  Used by the grouping (:mod:`.quotes`) and by the translations
(:mod:`.quote_translations`), which credit one speaker named on both sides.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from parallax.compare.quote_fidelity import likeness_tokens, quote_tokens
from parallax.compare.speakers import is_named, person_match
from parallax.records import Article, Quote
from parallax.serbian_script import one_script


def more_than_a_word(a: str, b: str) -> bool:
    """Whether two similar quotations differ by more than one word put for another: two edits, or a
    change of two words or more ("vorbit clar" / "vorbit foarte clar astăzi"; "Я не признаю свою
    вину" / "Я признаю свою вину полностью")."""
    a, b = one_script(a, b)  # Serbian in Cyrillic and in Latin letters: one text
    ta, tb = quote_tokens(a), quote_tokens(b)
    edits = [op for op in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if op[0] != "equal"]
    return len(edits) > 1 or any(max(i2 - i1, j2 - j1) > 1 for _, i1, i2, j1, j2 in edits)


def nearly_verbatim(a: str, b: str) -> bool:
    """Whether two long quotations differ only by a few single words, each put for, added to or left out
    of a long run of the same words (a sentence of twelve words with "rising" / "climbing" and
    "trapped" added): two people do not say that alike, so a second name is a misattribution, not a
    second statement.  Short quotations, or ones that differ by a phrase, stay under :func:`told_apart`."""
    a, b = one_script(a, b)  # Serbian in Cyrillic and in Latin letters: one text
    ta, tb = quote_tokens(a), quote_tokens(b)
    longer = max(len(ta), len(tb))
    if longer < _LONG_QUOTE:
        return False
    ops = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    same = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    edits = [op for op in ops if op[0] != "equal"]
    return all(max(i2 - i1, j2 - j1) <= 1 for _, i1, i2, j1, j2 in edits) and same >= _NEARLY_ALL * longer


_LONG_QUOTE, _NEARLY_ALL = 10, 0.85  # words; the share of the longer quotation's words both print


def reworded(a: str, b: str) -> bool:
    """Whether one quotation is the other reworded, with a run of three words or more in common and
    either most of the longer one's words (seven in ten, five or more) in the other in the same order, or
    all the words of the shorter one (six or more): the longer with words cut in the middle.  Two people
    saying alike share a formula ("Voters have spoken clearly" / "... very clearly today": four words);
    a sentence cut in the middle ("This is the day renters finally get protection" / "... get the
    protection they deserve") or a verb and an adverb put for others ("Nous ne céderons pas sur les
    salaires" / "Nous ne reculerons jamais sur les salaires") keeps the sentence, so it is one quotation
    and another name on it a misattribution (and so does :func:`clause_of`)."""
    ta, tb = likeness_tokens(a, b)
    blocks = [m.size for m in SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks() if m.size]
    same, shorter = sum(blocks), min(len(ta), len(tb))
    most = same >= _REWORDED_WORDS and same >= _REWORDED_SHARE * max(len(ta), len(tb))
    cut = same == shorter >= _CUT_WORDS
    return (most or cut or clause_of(a, b)) and max(blocks, default=0) >= 3


_REWORDED_WORDS, _REWORDED_SHARE, _CUT_WORDS = 5, 0.7, 6


def clause_of(a: str, b: str) -> bool:
    """Whether the shorter quotation is a long run of the other's words (eight or more) with at most two
    words added ("We expect that momentum to continue into next year and beyond" of "Customers are moving
    ..., and we expect that momentum to continue into next year"): a clause cut from a longer quotation and
    given a tail is one quotation, however few of the longer one's words it keeps, not two people alike (a
    formula two people share is shorter: :func:`parallax.compare.quote_fidelity.formula_inside`)."""
    ta, tb = likeness_tokens(a, b)
    run = max((m.size for m in SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks()), default=0)
    return run >= _CLAUSE_WORDS and min(len(ta), len(tb)) - run <= _ADDED_WORDS


_CLAUSE_WORDS, _ADDED_WORDS = 8, 2  # a run of the longer quotation's words, and what the shorter may add to it


def told_apart(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether two quotations are given to two people the articles name and tell apart.  Words that
    differ by more than a word *and* a different speaker are two deviations at once: more often two
    people saying alike ("Românii au vorbit clar", the opposition leader; "Românii au vorbit foarte
    clar astăzi", the party president) than one quotation both changed and misattributed, which would
    accuse an outlet twice on the evidence of neither.  The same words, or one word put for another
    ("cannot see" / "cannot monitor"), or most of the sentence in the same order (:func:`reworded`), under
    another name stay one group, misattributed."""
    named = all(q.speaker and q.cue != "near" and is_named(q.speaker, art) for q, art in ((qa, art_a), (qb, art_b)))
    return named and person_match(qa.speaker, qb.speaker) is False


def one_speaker(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether both quotations are given to one person both articles name (not inferred)."""
    named = all(q.speaker and q.cue != "near" and is_named(q.speaker, art) for q, art in ((qa, art_a), (qb, art_b)))
    return named and person_match(qa.speaker, qb.speaker) is True


def mostly_other_words(a: str, b: str) -> bool:
    """Whether the longer of two quotations is mostly words the other lacks: what they share (often a
    formula: "Мы не допустим ...", "We will not ...") is less than half of it."""
    ta, tb = likeness_tokens(a, b)
    same = sum(block.size for block in SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks())
    return same < 0.5 * max(len(ta), len(tb))
