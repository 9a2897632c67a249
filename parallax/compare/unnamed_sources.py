"""A quotation one report credits to a named person and another to an anonymous source.

"“This is the worst flood since 2022,” Mr Walsh said" in one report and "… a spokesman said" in another is no
misattribution (the spokesman may well be Walsh, and a description never contradicts a name, :func:`.speakers.is_named`),
but an analyst weighs a named source above an anonymous one and wants to see which reports left the speaker
unnamed.  A speaker is anonymous when it is a description brought in with an indefinite article ("a spokesman",
"an official", "un portavoz", "ein Sprecher", "une source") or is "sources" or "officials" with no article: a
definite description ("the council chief", "the premier") points at someone the report has named or can be
traced, and stays unmarked.  The group lists the articles whose every variant is anonymous, where another
article names a person for the same words (``unnamed_in``).
"""

from __future__ import annotations

import re

from parallax.compare.speakers import is_named
from parallax.records import Article, Quote

# the indefinite article (and "one") before a description, in the languages whose press writes "a spokesman said"
_INDEFINITE_BEFORE = re.compile(
    r"(?<!\w)(?:a|an|one|another|un|une|una|uno|um|uma|ein|eine|einer|een|en|ett|et)\s+(?:(?!the\s)[^\W\d_]+\s+)?\Z", re.I
)
_INDEFINITE_OPENING = re.compile(r"(?:a|an|one|another|un|une|una|uno|um|uma|ein|eine|einer|een)\s", re.I)
# sources and officials in the plural, with no article: "sources said", "officials told Reuters"
_BARE_PLURAL = re.compile(r"(?:sources?|officials|insiders|aides)\Z", re.I)


def anonymous(art: Article, q: Quote) -> bool:
    """Whether the quotation ``q`` of ``art`` is credited to an anonymous source."""
    if not q.speaker or is_named(q.speaker, art) or q.cue == "near":
        return False
    if _BARE_PLURAL.fullmatch(q.speaker.strip()) and q.speaker[:1].islower():
        return True
    if q.speaker_start is None:
        return False
    # the article before the description, or opening the span the quote stage kept ("a spokesman")
    opening = _INDEFINITE_OPENING.match(art.text, q.speaker_start)
    return opening is not None or _INDEFINITE_BEFORE.search(art.text, max(0, q.speaker_start - 40), q.speaker_start) is not None


def unnamed_in(found: list[tuple[Article, Quote]]) -> list[str]:
    """The ids of the articles that credit every variant of a group (``found``: each variant's article and quotation)
    to an anonymous source, where another article credits the words to a named person; none where no article names one."""
    named = {a.id for a, q in found if is_named(q.speaker, a) and q.cue != "near"}
    if not named:
        return []
    out: list[str] = []
    for a, _ in found:
        if a.id in named or a.id in out:
            continue
        if all(anonymous(b, q) for b, q in found if b.id == a.id):
            out.append(a.id)
    return out
