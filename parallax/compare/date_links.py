"""One act dated two ways, where one report dates it inside a long sentence and the other in a sentence of its own.

"The measles outbreak ... has grown to 210 confirmed cases since the first case was recorded on February 21, health
officials said on Thursday" and "The first case was recorded on February 12." date one act, but the first sentence
says so much else that it aligns with the other report's sentence on the count, if with any, and the second stands
alone; the date comparison (:mod:`.dates`) reads only aligned sentences.  As :mod:`.clock_links` does for clock
times, a day links where it is each article's only day of its act, the act named by the same two content words
nearest before the date in its clause ("case recorded"; :func:`.clocks.act_words`, one word in another form
counts: "recorded" / "record"): a subject and a verb, so that "officials said" and "police said" are two acts.  Only
the day an event happened links, not the day a statement was made (:func:`.dates.date_values` with "events"), only a
day the text names (not a bare month), and only days that cannot be one (the conflict is what the link is for).
"""

from __future__ import annotations

from datetime import date

from parallax.compare.clocks import act_words, time_clause
from parallax.compare.dates import date_values, interval
from parallax.compare.durations import same_word
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.records import Article

Link = tuple[tuple[int, int], tuple[int, int]]
_ACT = 2  # the words that name an act: a subject and a verb


def _dated(art: Article) -> list[tuple[int, frozenset[str], tuple[date, date]]]:
    """(sentence, act words, days) of each event day the article names."""
    out = []
    for si, s in enumerate(art.sentences):
        events = {v for v, _, named in date_values(art, s, "events") if named and v and len(v) >= 10}
        for t in starting_in(art.times, s):
            if not in_sentence(s, t.start) or t.value not in events or t.granularity not in ("day", "time"):
                continue
            days = interval(t.value)
            words, _ = act_words(art, t, time_clause(art, s, t))
            if days and len(words) == _ACT:
                out.append((si, words, days))
    return out


def _same_act(x: frozenset[str], y: frozenset[str]) -> bool:
    return all(any(same_word(w, v) for v in y) for w in x) and all(any(same_word(v, w) for w in x) for v in y)


def date_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that date one act on days that cannot be one (see the module)."""
    dated = [_dated(art) if art.language else [] for art in articles]
    links: list[Link] = []
    for i, mine in enumerate(dated):
        for j in range(i + 1, len(dated)):
            if articles[i].in_another_language(articles[j]):
                continue  # the act's words meet only within one language
            for si, words, days in mine:
                here = [d for d in mine if _same_act(d[1], words)]
                there = [d for d in dated[j] if _same_act(d[1], words)]
                if len(here) != 1 or len(there) != 1:
                    continue  # an act dated twice in one report (two cases recorded): no telling which is meant
                sj, _, other = there[0]
                apart = days[1] < other[0] or other[1] < days[0]
                if apart and ((i, si), (j, sj)) not in links:
                    links.append(((i, si), (j, sj)))
    return links
