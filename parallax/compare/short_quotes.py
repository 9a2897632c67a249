"""A three-word quotation with one word changed, given to one person by both outlets: "„Usłyszeliśmy potężny
huk” – powiedziała Ewa Kaczmarek" / "„Usłyszeliśmy ogromny huk” – powiedziała Ewa Kaczmarek".

:func:`parallax.compare.quote_fidelity.relation` calls two quotations one altered quotation only from four
words up, three of them shared: fewer shared words are too weak a likeness on the text alone.  A language
without articles (Polish, Czech, Russian, Finnish) says in three words what English says in five ("We heard a
huge bang"), so a short quotation changed by one word never met its counterpart there.  Here the text is
backed by the speaker: both quotations direct, each of three words, the same word in two of the three places,
and one person both articles name (:func:`parallax.compare.misattribution.one_speaker`).  A word added or dropped
is the same change by other means ("We are united" / "We are fully united", "not" put in or left out): a
three-word quotation whose words stand in order in a four-word one, the same person named for both.
"""

from __future__ import annotations

from parallax.compare.misattribution import one_speaker
from parallax.compare.quote_fidelity import contiguous, quote_tokens
from parallax.records import Article, Quote

_WORDS = 3


def short_altered(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether two direct quotations of three words differ in one word, or one of three words is another of four
    with a word put in, and both articles name one speaker."""
    if qa.kind != "direct" or qb.kind != "direct":
        return False
    ta, tb = quote_tokens(qa.text), quote_tokens(qb.text)
    if not (_one_changed(ta, tb) or _one_put_in(ta, tb)):
        return False
    return one_speaker(art_a, qa, art_b, qb)


def _one_changed(ta: list[str], tb: list[str]) -> bool:
    return len(ta) == len(tb) == _WORDS and sum(x == y for x, y in zip(ta, tb, strict=True)) == _WORDS - 1


def _one_put_in(ta: list[str], tb: list[str]) -> bool:
    """Whether the shorter quotation, of three words, is the longer one, of four, less one word inside it (a word
    cut at either end is a trim, which :func:`parallax.compare.quote_fidelity.relation` reads)."""
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) != _WORDS or len(long) != _WORDS + 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


_PART_WORDS = 2  # a quoted phrase this short ("extraordinary", "deeply concerned") is a word or two lifted from a quotation
_PART_LETTERS = 4  # and holds a word of this many letters at least: "we" or "the" alone is no phrase anyone lifts


def short_part(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether one of two quotations is a word or two that the other holds in a row, and both articles name one
    speaker for them: 'Dr Samuel Okoro, said staff had been "extraordinary"' is a trim of '"Our staff have been
    extraordinary," he said' (Okoro).  News writing lifts a single word of a statement into its own sentence;
    :func:`parallax.compare.quote_fidelity.relation` calls a trim only from three words up, since a word or two
    alone meet by chance, so here the speaker both name backs the words, as for :func:`short_altered`."""
    if "indirect" in (qa.kind, qb.kind):
        return False
    ta, tb = quote_tokens(qa.text), quote_tokens(qb.text)
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not short or len(short) > _PART_WORDS or len(long) <= len(short) or not contiguous(short, long):
        return False
    return any(len(w) >= _PART_LETTERS and w.isalpha() for w in short) and one_speaker(art_a, qa, art_b, qb)
