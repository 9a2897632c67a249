"""Session 60: steps of analysis and comparison whose work grew faster than a report's length, and ``load_inputs``.

Counted as the earlier speed sessions count (:mod:`tests.test_speed56`): an operation count, not a time, on invented
reports and on reports twice as long; a step that reads a whole report once per item of it fails the doubling.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parallax.analyze import agent_nouns
from parallax.analyze.agent_nouns import agent_noun_before_given_name

_GIVEN = ["Zorvi", "Quenna", "Tavio", "Mireth", "Ossian", "Pelka"]
_OPENINGS = ["Brev", "Dost", "Ferr", "Grov", "Hask", "Jorv", "Kelm", "Lund", "Mosk", "Nyv", "Orst", "Pell", "Quar"]
_ENDINGS = ["ander", "elius", "inger", "olt", "ovic", "arra", "etti", "ansky", "uret", "ijn"]


def _surname(i: int) -> str:
    return _OPENINGS[i % len(_OPENINGS)] + _ENDINGS[(i // len(_OPENINGS)) % len(_ENDINGS)] + "abcdefghij"[i // 130 % 10]


# -- an agent noun before a name the report then calls by the surname alone ("Vendor Zorvi Brevander" ... "Brevander said")


@pytest.mark.parametrize(
    ("following", "report", "expected"),
    [
        ("Zorvi Brevander", "Vendor Zorvi Brevander sold fish. Brevander said prices rose.", True),
        ("Zorvi Brevander", "Vendor Zorvi Brevander sold fish. Zorvi Brevander said prices rose.", False),
        ("Zorvi Brevander", "Vendor Zorvi Brevander sold fish. Brevander Hall was shut.", False),
        ("Zorvi Brevander", "Vendor Zorvi Brevander sold fish. Brevanders said so, as did Brevander-Olt.", False),
        ("Zorvi Brevander", "Vendor Zorvi Brevander sold fish.\nZorvi\u00a0Brevander left; Brevander, 40, stayed.", True),
        ("Zorvi O'Dostelius", "Trader Zorvi O'Dostelius spoke. O'Dostelius said the stall was closed.", True),
        ("Zorvi Brevander", "", False),
    ],
)
def test_a_surname_alone_is_found_as_before(following: str, report: str, expected: bool) -> None:
    assert agent_noun_before_given_name("Vendor", following, report) is expected


class _CountingRe:
    """The module ``re`` as :mod:`parallax.analyze.agent_nouns` sees it, counting the characters handed to a search."""

    def __init__(self) -> None:
        self.read = 0

    def __getattr__(self, name: str):
        found = getattr(re, name)
        if name not in {"search", "finditer", "findall", "match", "fullmatch", "sub"}:
            return found

        def counted(pattern, string, *args, **kwargs):
            self.read += len(string)
            return found(pattern, string, *args, **kwargs)

        return counted


def _vendors_report(people: int) -> str:
    """``people`` invented vendors, each named in full after the noun and then by the surname alone."""
    return "\n\n".join(
        f"Vendor {_GIVEN[i % len(_GIVEN)]} {_surname(i)} sold {10 + i} crates of plums at the {i}th stall. "
        f"{_surname(i)} said the rain had kept buyers away."
        for i in range(people)
    )


def test_a_report_is_read_once_for_every_name_it_gives_an_agent_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each name after an agent noun searched the whole report for its surname alone: the report's names times its
    length.  The report's words are now indexed once."""
    counter = _CountingRe()
    monkeypatch.setattr(agent_nouns, "re", counter)
    reads = []
    for people in (40, 80):
        report = _vendors_report(people)
        counter.read = 0
        found = [agent_noun_before_given_name("Vendor", f"{_GIVEN[i % len(_GIVEN)]} {_surname(i)}", report) for i in range(people)]
        assert all(found)
        reads.append(counter.read)
    small, large = reads
    assert small > 0 and large <= 2.1 * small, (small, large)


# -- load_inputs returns what it read and what it skipped


def test_load_inputs_returns_the_articles_and_the_skipped_inputs(tmp_path: Path) -> None:
    from parallax.cli.common import load_inputs, options_from

    (tmp_path / "good.txt").write_text("Vendor Zorvi Brevander sold plums in Tarnvik on Monday.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    loaded = load_inputs([tmp_path], options_from(skip_bad=True, published="2026-03-05"))
    assert [Path(a.source).name for a in loaded.articles] == ["good.txt"]
    assert len(loaded.skipped) == 1 and "bad.jsonl" in loaded.skipped[0], loaded.skipped
    articles, skipped = loaded
    assert articles is loaded.articles and skipped is loaded.skipped


# -- the steps a comparison runs on each pair of aligned sentences: a sentence's entities, times and figures


def _per_pair_lines(step, files: tuple[str, ...], rounds: int = 8) -> list[int]:
    """The lines of ``files`` that ``step`` runs on each pair of sentences of two invented reports of one power cut
    (:func:`tests.test_speed59._analysed`), on reports of ``rounds`` rounds and twice as long (after a warm-up on a
    short pair: the lexicons and patterns a step builds once)."""
    from parallax.compare.stated_elsewhere import ELSEWHERE
    from tests.test_speed56 import _lines
    from tests.test_speed59 import _analysed

    counts = []
    for n in (1, rounds, 2 * rounds):
        art_a, art_b = _analysed(n, 0), _analysed(n, 3)
        pairs = list(zip(art_a.sentences, art_b.sentences, strict=False))

        def each_pair(a=art_a, b=art_b, held=pairs) -> None:
            token = ELSEWHERE.set({})  # (as a comparison sets it: each report's counts read once, :mod:`.stated_elsewhere`)
            try:
                for sa, sb in held:
                    step(a, sa, b, sb)
            finally:
                ELSEWHERE.reset(token)

        counts.append(_lines(each_pair, files))
    return counts[1:]


def test_the_naming_of_a_pair_reads_only_its_sentences_items() -> None:
    """The word choices of a pair of sentences (:func:`.referents.naming_choices`) read the noun phrases of each
    sentence and its words, each time scanning every entity, time, figure and quotation of the report for the ones
    in that sentence: the pairs times the report's items.  They are now found from an index (:mod:`.sentence_items`)."""
    from parallax.compare.referents import naming_choices

    small, large = _per_pair_lines(
        lambda a, sa, b, sb: naming_choices(a, sa, b, sb, "hashing"),
        ("compare/referents.py", "compare/wording.py", "compare/unit_words.py", "compare/sentence_items.py"),
    )
    assert small > 0 and large <= 2.2 * small, (small, large)


def test_the_conflicts_of_a_pair_read_only_its_sentences_items() -> None:
    """The conflicts of a pair of sentences (:func:`.conflicts.sentence_conflicts`): each step picked the sentence's
    figures, times and names by testing every item of the report (:func:`.numbers.in_sentence`, 12.8 million tests
    on three reports of 2,700 words)."""
    from parallax.compare.conflicts import sentence_conflicts

    files = tuple(
        f"compare/{name}.py"
        for name in (
            "clocks conflicts count_tallies crowds currencies dates deadlines duration_links durations earlier_figures "
            "estimates holders measured minimum_terms numbers offset_conflicts recalled_counts renamed suspensions "
            "translated_years years sentence_items"
        ).split()
    )
    small, large = _per_pair_lines(sentence_conflicts, files)
    assert small > 0 and large <= 2.2 * small, (small, large)


def test_a_sentence_s_items_are_those_the_scan_found() -> None:
    """The index gives what the scan gave, in the list's order, where the items are not in the order of their starts
    and one item reaches into a sentence from before it."""
    from parallax.compare.sentence_items import reaching_into, starting_in
    from parallax.records import Quantity, Sentence

    items = [Quantity(text="x", start=a, end=b, value=1.0) for a, b in [(30, 34), (5, 9), (12, 40), (18, 20), (0, 3), (20, 22)]]
    s = Sentence(start=15, end=25, text="x" * 10)
    assert starting_in(items, s) == [q for q in items if s.start <= q.start < s.end]
    assert [(q.start, q.end) for q in reaching_into(items, 15, 25)] == [(12, 40), (18, 20), (20, 22)]
    items.append(Quantity(text="y", start=16, end=17, value=2.0))  # (the list grew: indexed again)
    assert [q.start for q in starting_in(items, s)] == [18, 20, 16]


# -- the entity stage on a report written as one long paragraph


class _CountingDoc:
    """A spaCy doc that counts the reads of its text (each read joins the text from every token again)."""

    def __init__(self, doc) -> None:
        self._doc, self.reads = doc, 0

    @property
    def text(self) -> str:
        self.reads += 1
        return self._doc.text

    def __getattr__(self, name: str):
        return getattr(self._doc, name)

    def __iter__(self):
        return iter(self._doc)

    def __len__(self) -> int:
        return len(self._doc)

    def __getitem__(self, i):
        return self._doc[i]


def test_the_entity_stage_reads_a_paragraph_s_text_a_few_times_not_once_per_entity() -> None:
    """Each entity of a paragraph read the doc's text again (:func:`.entities.add_entities`), which spaCy joins from
    every token: the paragraph's entities times its length, on a report written as one paragraph.  It now reads the
    paragraph's text once (:attr:`.Paragraph.text`), and the evidence for people once more."""
    from parallax.analyze import COMPONENTS, Analyzer, Paragraph
    from parallax.records import Article
    from tests.test_speed58 import outage_report

    article = Article(id="one", text=outage_report(16).replace("\n\n", " "), published="2026-03-05", language="en")
    paragraphs = Analyzer().parse(article)
    assert len(paragraphs) == 1
    counting = _CountingDoc(paragraphs[0].doc)
    COMPONENTS["entities"](article, [Paragraph(paragraphs[0].index, paragraphs[0].offset, counting, paragraphs[0].lang)])
    assert len(article.entities) >= 32 and counting.reads <= 4, (len(article.entities), counting.reads)
