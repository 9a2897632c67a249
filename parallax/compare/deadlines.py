"""Two bounds of one length: "ordered to repair the bridge within two weeks" / "... within 48 hours".

A length after "within" is a bound, no measure (:mod:`.durations` leaves it out: "within six weeks" does not
say how long anything lasted), so two reports giving one deadline two ways were never compared.  Yet two
outlets that bound one thing the same way give two figures for one fact, as two hedged tolls the same way do
("more than 80" / "more than 200" conflict: :mod:`.hedges`): "within two weeks" and "within 48 hours" of one
order cannot both be what the council said.  So bounds by "within" (and its words in the other languages,
:data:`parallax.compare.durations.WITHIN`) are compared with each other, never with a measure, under the
rule the measures follow, on fewer words: the word nearest one bound is among the two nearest the other
("repair the bridge within two weeks" / "... within 48 hours"; not "must leave within" / "must repay within",
whose subject is one), or, across languages, each sentence gives one such bound.  Equal lengths ("48 hours" / "two days")
agree.
"""

from __future__ import annotations

import re

from parallax.compare.durations import WITHIN, content_word, duration_seconds, same_word
from parallax.compare.event_nouns import same_event
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.letters import WORD, fold
from parallax.records import Article, Sentence, TimeExpression

_WITHIN_BEFORE = re.compile(rf"(?<![\w])(?:{WITHIN})[ \u00a0]{{1,3}}\Z", re.I)
_GOVERNING = 2  # content words before a bound among which what it bounds stands: "repair the bridge | within"
_VERB_LAST = frozenset({"de", "nl"})  # the languages whose verb ends the clause after its bound


def _governing(art: Article, s: Sentence, t: TimeExpression) -> tuple[str, ...]:
    """The nearest content words before a bound (or after it, where the verb comes last: "innerhalb von zwei
    Wochen reparieren"), fewer than a measure takes: a deadline's sentence often names its subject and the
    order ("The owner must repair the bridge within two weeks" / "The owner must pay the fine within 30 days"),
    and what is bounded stands right before it."""
    before = [fold(w) for w in re.findall(WORD, art.text[max(s.start, t.start - 60) : t.start]) if content_word(w, art.language)]
    nearest = tuple(reversed(before[-_GOVERNING:]))
    if (art.language or "").split("-")[0].lower() not in _VERB_LAST:
        return nearest
    clause = re.split(r"[,;:.!?]", art.text[t.end : min(s.end, t.end + 40)])[0]
    after = [fold(w) for w in re.findall(WORD, clause) if content_word(w, art.language)]
    return tuple(after[-1:]) + nearest


def _one_thing(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two bounds bound one thing: the word nearest one is among the words nearest the other."""

    def meets(w: str, words: tuple[str, ...]) -> bool:
        return any(same_word(w, v) or same_event(w, v) for v in words)

    return bool(x and y and (meets(x[0], y) or meets(y[0], x)))


def _bounds(art: Article, s: Sentence) -> list[tuple[str, float, tuple[str, ...]]]:
    """(value, seconds, governing words) of the sentence's lengths bounded by "within"."""
    out = []
    for t in starting_in(art.times, s):
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)):
            continue
        if _WITHIN_BEFORE.search(art.text, max(0, t.start - 25), t.start):
            out.append((t.value, sec, _governing(art, s, t)))
    return out


def deadline_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(value in a, value in b) of two "within" bounds of one thing that differ (see the module)."""
    ba, bb = _bounds(art_a, sa), _bounds(art_b, sb)
    if art_a.in_another_language(art_b):
        return [(ba[0][0], bb[0][0])] if len(ba) == len(bb) == 1 and ba[0][1] != bb[0][1] else []
    out = []
    for x in ba:
        same = [y for y in bb if _one_thing(x[2], y[2])]
        if same and not any(x[1] == y[1] for y in same):
            out.append((x[0], same[0][0]))
    return out
