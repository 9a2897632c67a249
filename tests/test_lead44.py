"""Session 44 (lead): a short quotation with a word put in or left out, the same person named for both."""

from __future__ import annotations

import pytest

from parallax.compare.quote_fidelity import quote_tokens
from parallax.compare.short_quotes import _one_put_in, short_altered
from parallax.records import Article, Quote


def _words(text: str) -> list[str]:
    return quote_tokens(text)


def test_a_word_put_in_a_three_word_quotation():
    assert _one_put_in(_words("This is disgraceful"), _words("This is utterly disgraceful"))
    assert _one_put_in(_words("We will rebuild"), _words("We will not rebuild"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("This is disgraceful", "This is disgraceful today"),  # a word at the end: a trim, read elsewhere
        ("This is disgraceful", "Frankly this is disgraceful"),  # a word at the start: the same
        ("This is disgraceful", "This was really quite disgraceful"),  # two words apart
        ("We are ready", "They are not ready"),  # a word changed and one put in
    ],
)
def test_not_one_word_put_in(a: str, b: str):
    assert not _one_put_in(_words(a), _words(b))


def _compared(text_a: str, text_b: str) -> dict:
    import parallax

    arts = [
        Article(id="a", outlet="A", language="en", published="2026-11-20T10:00:00Z", text=text_a),
        Article(id="b", outlet="B", language="en", published="2026-11-20T10:00:00Z", text=text_b),
    ]
    return parallax.compare(arts).to_dict()


def test_a_short_quotation_with_a_word_put_in_is_one_altered_quotation():
    out = _compared(
        'The mayor of Lindholm visited the flooded district on Friday. "We will rebuild," Mayor Karin Holm said.',
        'Mayor Karin Holm toured the flooded district of Lindholm on Friday. "We will not rebuild," Holm said.',
    )
    groups = [g for g in out["quotes"] if len(g["variants"]) == 2]
    assert len(groups) == 1 and groups[0]["fidelity"] == "altered"


def test_two_people_with_short_words_are_not_joined():
    out = _compared(
        'Workers at the Tamsby plant walked out on Monday. "We want respect," said union leader Ola Berg.',
        'The Tamsby plant stopped on Monday as workers walked out. "We want more respect," said manager Per Lund.',
    )
    assert all(len(g["variants"]) == 1 for g in out["quotes"])


def test_short_altered_needs_direct_quotations():
    art = Article(id="x", language="en", published="2026-11-19", text="x")
    qa = Quote(text="We are ready", start=0, end=12, kind="indirect", speaker="Ann Lee")
    qb = Quote(text="We are fully ready", start=0, end=18, kind="direct", speaker="Ann Lee")
    assert not short_altered(art, qa, art, qb)
