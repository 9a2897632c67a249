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
