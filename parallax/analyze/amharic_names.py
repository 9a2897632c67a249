"""People named in an Amharic report, wherever they stand: a title or an office, then two words.

Amharic has no packaged entity model and its script no capitals, so the entity stage found no name in an Amharic
report, and the people it named only met those of other reports as quotations' speakers (:mod:`.quotes.amharic`).
The press names a person by a title or an office before the given name and the father's name ("አቶ በላይ ገብሬ", Ato
Belay Gebre; "ከንቲባ ወይዘሮ አልማዝ ታደሰ", Mayor W/ro Almaz Tadesse), and the title takes the prepositions of the phrase
onto its front ("ከአቶ በላይ ገብሬ ጋር", with Ato Belay; "የአቶ በላይ ገብሬ", Ato Belay's): those two words are the person,
whatever the sentence does with them.  A description without such a title ("ፖሊስ", the police) is not guessed.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.amharic import _ETH, AM_TITLES
from parallax.records import Article, Entity

# the prepositions Amharic writes onto the word they govern ("የ" of, "ከ" from/with, "ለ" for, "በ" by, "እንደ" as)
_PREFIX = r"(?:የ|ከ|ለ|በ|እንደ)?"
_PERSON = re.compile(rf"(?<!{_ETH}){_PREFIX}(?:(?:{AM_TITLES})\s+)+(?P<name>(?!(?:{AM_TITLES})\s){_ETH}{{2,}}\s+{_ETH}{{2,}})(?!{_ETH})")


def amharic_people(article: Article) -> None:
    """Add to Amharic ``article`` the titled names no entity covers yet, as people, in the order of the text."""
    added = []
    for m in _PERSON.finditer(article.text):
        start, end = m.span("name")
        if not any(e.start < end and e.end > start for e in article.entities):
            added.append(Entity(m.group("name"), "PER", start, end))
    if added:
        article.entities = sorted([*article.entities, *added], key=lambda e: e.start)
