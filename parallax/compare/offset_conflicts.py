"""Two offsets between events that disagree: "He was arrested two days later" / "Police arrested him three days
later".

:mod:`.durations` leaves an offset out of its measures (it is no length of the act), and :mod:`.dates` reads
one only to add the day it points to where the sentence names a day.  With no day named the offset itself is the
fact: two aligned sentences that each give one offset, in the same direction ("later", "after"), after the same
word ("arrested" / "arrested") and of different lengths tell the gap between the same two events differently.
An estimate ("about two days later") and a bound ("within two days") are left out, as are offsets that agree
("two days later" / "48 hours later").
"""

from __future__ import annotations

from parallax.compare.durations import (
    _BOUND_BEFORE,
    _BOUND_IN_SPAN,
    _governing,
    _words,
    content_word,
    duration_seconds,
    estimated,
    offset_direction,
    same_word,
)
from parallax.compare.lengths import measured
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.letters import fold
from parallax.records import Article, Sentence, TimeExpression


def _offsets(art: Article, s: Sentence) -> list[tuple[str, int, float, frozenset[str], str]]:
    """(value, direction, seconds, governing words, the nearest of them) of the sentence's exact offsets."""
    out = []
    for t in starting_in(art.times, s):
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)) or measured(art, t):
            continue
        if _BOUND_IN_SPAN.match(t.text) or _BOUND_BEFORE.search(art.text[max(0, t.start - 25) : t.start]) or estimated(art, t):
            continue
        if (sign := offset_direction(art, t)) is None:
            continue
        words = _governing(art, s, t)
        near = _governing_nearest(art, s, t)
        if near:
            out.append((t.value or "", sign, sec, words, near))
    return out


def _governing_nearest(art: Article, s: Sentence, t: TimeExpression) -> str:
    """The content word nearest before an offset ("arrested" in "was arrested two days later")."""
    words = [fold(art.text[a:b]) for a, b in _words(art.text, max(s.start, t.start - 60), t.start, art.language)]
    return next((w for w in reversed(words) if content_word(w, art.language)), "")


def offset_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(value in a, value in b) where each sentence gives one offset, in one direction, after one word, and the
    lengths differ."""
    if art_a.in_another_language(art_b):
        return []
    oa, ob = _offsets(art_a, sa), _offsets(art_b, sb)
    if len(oa) != 1 or len(ob) != 1:
        return []
    (va, sign_a, sec_a, words_a, near_a), (vb, sign_b, sec_b, words_b, near_b) = oa[0], ob[0]
    if sign_a != sign_b or sec_a == sec_b:
        return []
    # each side's nearest word stands among the other's: "was detained four days later" / "detained the suspect a
    # week later", not "fled abroad four days later" / "detained the suspect a week later" (one shared subject)
    if not (any(same_word(near_a, y) for y in words_b) and any(same_word(x, near_b) for x in words_a)):
        return []
    return [(va, vb)]
