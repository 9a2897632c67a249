"""Arabic word order: a count with the article after its noun ("الأشخاص الثلاثة", the three people),
and a dual noun that is a count of two on its own ("قتيلين", two dead).
"""

from __future__ import annotations

import re

from parallax.analyze.numwords.arabic import DUALS
from parallax.analyze.quantities.base import _WORDS
from parallax.letters import IN_WORD
from parallax.records import Quantity

# Arabic: a count after its noun takes the article, and counts that noun ("الأشخاص الثلاثة");
# a dual noun is two of it ("قتيلين", two dead)
_AR_ARTICLE = re.compile(r"و?ال")
_AR_NOUN_BEFORE = re.compile(rf"(?<![\w{IN_WORD}])(?:و?ال)?([\w{IN_WORD}]++)[ \u00a0]+\Z")
_AR_DUAL = re.compile(rf"(?<![\w{IN_WORD}])[وفبل]?(?:ال)?({'|'.join(DUALS)})(?:ان|ين)(?![\w{IN_WORD}])")


def _arabic_noun_before(text: str, s: int, num: str) -> str | None:
    """The noun a count with the article follows ("الأشخاص" before "الثلاثة"), without its article."""
    article = _AR_ARTICLE.match(num)
    if article is None or num[article.end() :] not in _WORDS["ar"]:
        return None  # ("الف" is a thousand without its hamza)
    noun = _AR_NOUN_BEFORE.search(text, max(0, s - 40), s)
    return noun.group(1) if noun else None


def _arabic_duals(text: str, skip: list[tuple[int, int]]) -> list[Quantity]:
    """Each dual noun of ``text`` outside the ``skip`` spans, as a count of two of that noun."""
    return [Quantity(d.group(), 2.0, d.start(), d.end(), d.group(1)) for d in _AR_DUAL.finditer(text)
            if not any(d.start() < te and ts < d.end() for ts, te in skip)]  # fmt: skip
