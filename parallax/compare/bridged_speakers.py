"""Two speakers in two scripts told apart through a third name: the person the other report names.

A quotation given to another person in a report in another script was no misattribution when the two names could
not be compared: "Haruka Mori" (English) and "김대성" (Korean) share no sound and neither is a Korean name in Latin
letters, so :func:`.speakers.person_match` cannot tell, and what cannot be told is no misattribution.  But the
English report names "Kim Dae-sung" too, and "김대성" is that name (the Korean surname's press spelling and the
given name): the Korean report's speaker is the man the English report calls Kim Dae-sung, and the English report
gives the words to Haruka Mori, whom it tells from him.  So two speakers whose names cannot be compared are two
people when one of them is, beyond doubt, one person the other report names, and that person is not the other
speaker: one and only one of that report's people meets the name, and that one is told apart from its speaker.
"""

from __future__ import annotations

from parallax.compare.speakers import person_match
from parallax.records import Article


def _people(art: Article) -> list[str]:
    """The people an article names: its person entities."""
    names = [e.text for e in art.entities if e.label in ("PERSON", "PER")]
    return list(dict.fromkeys(names))


def _told_apart(speaker: str, home: Article, other: str) -> bool:
    """Whether ``other`` (a speaker in another article) is one person ``home`` names, who is not ``speaker``."""
    met = [p for p in _people(home) if person_match(other, p) is True]
    return len(met) == 1 and person_match(speaker, met[0]) is False


def bridged_apart(named: list[tuple[int, str]], articles: list[Article]) -> bool:
    """Whether two named speakers of a group (``(article index, name)``), whose names cannot be compared, are told
    apart through a person one of their articles names (see the module)."""
    for i, (ai, s) in enumerate(named):
        for aj, t in named[i + 1 :]:
            if ai == aj or person_match(s, t) is not None:
                continue
            if _told_apart(s, articles[ai], t) or _told_apart(t, articles[aj], s):
                return True
    return False
