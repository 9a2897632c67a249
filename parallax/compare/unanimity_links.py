"""One body's unanimous vote told in two reports, in any two languages.

"The seven-member board was unanimous, the company said in a statement." and "회사 측은 성명에서 이사회 위원 7명 전원이
찬성했다고 밝혔다." (all seven members of the board voted for it) say one thing: e5 scored the pair 0.24, the count of
seven they share lifted it to 0.39, just under the floor of a translation, and the Korean sentence was a fact only
its report gave.  A unanimous vote is rarely told twice in one report, so, as the tallies do (:mod:`.tally_links`),
the one sentence of each article that calls a vote unanimous links to the other's, unless it tells of another
occasion (a past year's vote: :func:`.figure_links.another_time`).  The words are each language's for "unanimous"
and for "all members in favour"; a report with two such sentences links none.
"""

from __future__ import annotations

import re

from parallax.compare.figure_links import another_time
from parallax.records import Article

Link = tuple[tuple[int, int], tuple[int, int]]

_UNANIMOUS = re.compile(
    r"(?<![^\W\d_])(?:unanim|einstimmig|единогласн|одноголосн|jednogłośn|jednomysln|jednomyseln|oybirliği|enhällig|enstemmig"
    r"|eenparig|unaniem|yksimielise)"
    r"|만장일치|전원(?:이)?\s?찬성|전원\s?일치|全会一致|全員一致|満場一致|一致通过|全票通过|بالإجماع|به\s?اتفاق\s?آرا|متفقہ\s?طور"
    r"|פה\s?אחד|सर्वसम्मति|সর্বসম্মত|ஒருமனதாக|เป็นเอกฉันท์",
    re.I,
)


def _only_unanimous(art: Article) -> int | None:
    """The index of the article's only sentence that calls a vote unanimous, or None (none, or more than one)."""
    found = [i for i, s in enumerate(art.sentences) if _UNANIMOUS.search(s.text)]
    if len(found) != 1 or another_time(art, art.sentences[found[0]]):
        return None
    return found[0]


def unanimity_links(articles: list[Article]) -> list[Link]:
    """Pairs of (article, sentence) that each call one vote unanimous (see the module)."""
    found = [_only_unanimous(art) for art in articles]
    return [((i, a), (j, b)) for i, a in enumerate(found) for j, b in enumerate(found) if i < j and a is not None and b is not None]
