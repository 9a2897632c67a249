"""Sentences that give one event two lengths, joined into one fact so that the durations are compared.

"The siege lasted 11 days, officials said." and "Soldiers entered the town on Friday after a 9-day
siege" measure one siege, yet the sentences say different things around it and meaning alone does not
pair them; :func:`parallax.compare.durations.duration_conflicts` reads only aligned sentences.  As
:func:`parallax.compare.ages.age_links` does for a person's age, a length links where it is each
article's only length of its event, and only where the sentences name the same event: a noun that a
duration measures ("a 9-day siege", "nine days of talks") standing among the other's words ("The siege
lasted 11 days") or another noun of its kind of event there ("a 52-day captivity" / "an ordeal that lasted
47 days", :mod:`.event_nouns`), or two words both share ("the strike lasted" / "the strike, which lasted").  A verb
alone ("was jailed for 10 years" / "was jailed for eight years") may be two people's sentences, and a
length in a sentence about another time ("a 24-hour strike last month") is another event's: neither
links.  Only lengths that disagree link (agreeing ones are left to the alignment).
"""

from __future__ import annotations

import re

from parallax.compare.durations import _adjectival, duration_seconds, durations, same_word
from parallax.compare.event_nouns import same_event
from parallax.compare.lengths import measured_noun
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.letters import WORD, fold
from parallax.records import Article, Sentence

# a sentence about another occasion: its lengths may be another event's of the same kind
_OTHER_OCCASION = re.compile(
    r"(?<![\w])(?:last (?:year|month|week|spring|summer|autumn|winter|time)|previous|earlier|former|prior|ago|in (?:19|20)\d\d"
    r"|since|first time|record|longest|shortest|than)(?![\w])",
    re.I,
)
_OTHER_GRANULARITIES = frozenset({"year", "month", "season", "quarter", "decade", "century"})


def _nouns(art: Article, s: Sentence) -> frozenset[str]:
    """The nouns the sentence's durations measure: the one after an adjectival duration ("a 9-day
    siege") and the one after "of" ("nine days of talks")."""
    out = set()
    for t in starting_in(art.times, s):
        if not in_sentence(s, t.start) or t.granularity != "duration" or not duration_seconds(t.value):
            continue
        if _adjectival(t, art.language) and (after := re.findall(WORD, art.text[t.end : min(s.end, t.end + 40)])):
            out.add(fold(after[0]))
        if noun := measured_noun(art, t):
            out.add(noun)
    return frozenset(out)


def past_words(s: Sentence) -> bool:
    """Whether the sentence's words tell of another time than the event's ("since 1987", "a record", "last year"),
    its dates aside (a month named may be the event's own: "will close the plant by the end of September")."""
    return bool(_OTHER_OCCASION.search(s.text))


def another_occasion(art: Article, s: Sentence) -> bool:
    """Whether the sentence speaks of another time than the event's: a past occasion, a record, a year."""
    if _OTHER_OCCASION.search(s.text):
        return True
    return any(in_sentence(s, t.start) and t.granularity in _OTHER_GRANULARITIES for t in art.times)


def _measured(art: Article) -> list[tuple[int, float, frozenset[str], frozenset[str]]]:
    """(sentence, seconds, governing words, measured nouns) of each of the article's lengths."""
    out = []
    for si, s in enumerate(art.sentences):
        found = durations(art, s)
        if not found or another_occasion(art, s):
            continue
        nouns = _nouns(art, s)
        out += [(si, sec, words, nouns & words) for _, sec, words in found]
    return out


def _shared(x: frozenset[str], y: frozenset[str]) -> set[str]:
    return {w for w in x if any(same_word(w, v) for v in y)}


def _named_alike(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether a word of one names the other's event with another noun of its kind ("a 52-day captivity" /
    "an ordeal that lasted 47 days", "un paro de 25 días" / "la huelga, que duró tres semanas":
    :mod:`.event_nouns`, whose nouns are narrow enough to name the event on their own)."""
    return any(same_event(w, v) for w in x for v in y)


def _one_event(x: tuple, y: tuple) -> bool:
    """Whether two lengths measure one event by their words: a measured noun of one among the other's
    words, or a noun of its kind of event (:mod:`.event_nouns`), or two words shared."""
    shared = _shared(x[2], y[2])
    return len(shared) >= 2 or bool(_shared(x[3], y[2]) or _shared(y[3], x[2])) or _named_alike(x[2], y[2])


def duration_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) that give one event lengths that disagree (see the module)."""
    if len({(a.language or "").split("-")[0] for a in articles}) > 1:
        return []  # across languages no word is shared (see :func:`.durations.duration_conflicts`)
    found = [_measured(art) for art in articles]
    links = []
    for i, mine in enumerate(found):
        for j in range(i + 1, len(found)):
            for x in mine:
                theirs = [y for y in found[j] if _one_event(x, y)]
                if len(theirs) != 1 or theirs[0][1] == x[1]:
                    continue
                y = theirs[0]
                if len([z for z in mine if _one_event(z, y)]) != 1:
                    continue  # this article measures that event twice: no telling which length is meant
                if ((i, x[0]), (j, y[0])) not in links:
                    links.append(((i, x[0]), (j, y[0])))
    return links
