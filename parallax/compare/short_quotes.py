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

import re

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
_PART_SYLLABLES = 2  # or Hangul syllables, each of which spells what two or three letters do ("결과", the result)


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
    if not short or len(short) > _PART_WORDS or len(long) < len(short) or not (len(long) > len(short) and contiguous(short, long) or _hangul_part(short, long)):
        return False
    return any(len(w) >= (_PART_SYLLABLES if _HANGUL.search(w) else _PART_LETTERS) and w.isalpha() for w in short) and one_speaker(art_a, qa, art_b, qb)


_HANGUL = re.compile(r"[가-힣]+")


def _hangul_part(short: list[str], long: list[str]) -> bool:
    """Whether a Korean quotation of a word or two stands in a row in the other, a word's particle or ending left
    off: Korean writes them onto the word ("결과였다", was the result; "책임은", the responsibility), so a report that
    lifts "예상된 결과" out of "충분히 예상된 결과였다" has no token of the other's in its last place.  Each short word is
    the long one or its start, two syllables at least; the long quotation is longer than the short one."""
    if not all(_HANGUL.fullmatch(w) for w in short) or short == long or len(" ".join(short)) >= len(" ".join(long)):
        return False
    n = len(short)
    return any(
        all(y == x or len(x) >= 2 and y.startswith(x) for x, y in zip(short, long[i : i + n], strict=True)) for i in range(len(long) - n + 1)
    )
