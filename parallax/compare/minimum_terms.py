"""The least time a prisoner must serve, told two ways: "a life sentence with a minimum term of 24 years" / "jailed
for life and told he must serve at least 22 years"; "a non-parole period of two years and six months" / "must serve
two and a half years before he is eligible for parole".

In a sentencing "at least" is no hedge: "must serve at least 22 years" is the minimum term itself, the figure the
court set.  :mod:`.durations` reads "at least 22 years" as a bound and compares it with nothing, and where one report
says "minimum term" and the other "must serve" no word governs both, so a judge's 22 years against 24 went
unflagged.  Here a length after "minimum term of", "minimum of", "non-parole period of", "must serve (at least)" or
"will serve at least" is the minimum term ("sentenced to serve 12 years" and "will serve 12 years" tell the whole
sentence); two aligned sentences that each give one, and differ by more than a
rounding ("two and a half years" is "30 months"), conflict.
"""

from __future__ import annotations

import re

from parallax.compare.durations import duration_seconds
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Sentence

# ("sentenced to serve 12 years", "will serve 12 years in prison" tell the whole sentence: after "to" and "will" only
# with "at least" or "a minimum of")
_MINIMUM_BEFORE = re.compile(
    r"(?:minimum(?:[ \u00a0]term)?[ \u00a0]of|non-parole[ \u00a0]period[ \u00a0]of|must[ \u00a0]serve"
    r"(?:[ \u00a0]a[ \u00a0]minimum[ \u00a0]of|[ \u00a0]at[ \u00a0]least)?"
    r"|(?:will|to)[ \u00a0]serve[ \u00a0](?:a[ \u00a0]minimum[ \u00a0]of|at[ \u00a0]least))[ \u00a0]{1,2}\Z",
    re.I,
)
# "to serve" and "will serve" where the length itself opens with "at least" ("ordered to serve at least nine years")
_SERVE_BEFORE = re.compile(r"(?:will|to)[ \u00a0]serve[ \u00a0]{1,2}\Z", re.I)
_AT_LEAST_IN_SPAN = re.compile(r"at[ \u00a0]least[ \u00a0]", re.I)
_SAME = 0.03  # two lengths within 3% are one length told in other units ("two and a half years" / "30 months")


def _minimum_terms(art: Article, s: Sentence) -> list[tuple[str, float]]:
    out = []
    for t in starting_in(art.times, s):
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)):
            continue
        lo = max(s.start, t.start - 40)  # (the span may hold "at least")
        if _MINIMUM_BEFORE.search(art.text, lo, t.start) or _AT_LEAST_IN_SPAN.match(t.text) and _SERVE_BEFORE.search(art.text, lo, t.start):
            out.append((t.value or "", sec))
    return out


def minimum_term_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(value in a, value in b) where each sentence gives one minimum term and they differ."""
    if (art_a.language or "en")[:2] != "en" or (art_b.language or "en")[:2] != "en":
        return []
    ma, mb = _minimum_terms(art_a, sa), _minimum_terms(art_b, sb)
    if len(ma) != 1 or len(mb) != 1:
        return []
    (va, x), (vb, y) = ma[0], mb[0]
    return [(va, vb)] if abs(x - y) > _SAME * max(x, y) else []
