"""Others: a count with no noun of its own that says "others" ("Four passengers died and 16 others remained missing")
counts people, and meets another report's count of people in its role.

A count with no noun takes the noun of the count before it in its sentence (:func:`.numbers.numbers`: "dieci operai
sono rimasti feriti e quattro sono morti" are four workers), so "16 others" after "Four passengers died" counts
passengers, and a group is kept apart from people, since a group may be a part of them ("two men detained" /
"three people detained").  But "others" names no group: it counts the other people the event touched, whoever they
were, so "16 others remained missing" / "Twenty people were still missing" are two figures of the missing and
disagree.  Such a count, the only one of its role in its sentence (not a part of a sum: "Two firefighters were
injured and five others were treated"), meets the other report's count of people in its role where that report gives the role no
count of the group (where it does, the group's counts meet as before and nothing is counted twice).

"Others" is read beside the figure in the languages of the casualty words: "16 others", "another 16", "16 more",
"otros 16", "tres más", "16 autres", "weitere 16", "altri 16", "outros 16", "set més", "alți 16", "16 andere",
"kolejne 16", "dar 16", "vēl 16", "veel 16", "ещё 16", "ще 16".
"""

from __future__ import annotations

import re

from parallax.compare.count_nouns import NOT_COUNTS
from parallax.compare.hedges import agree, bounds, values_of
from parallax.compare.roles import role, role_class
from parallax.records import Article, Sentence

_BEFORE = re.compile(
    r"(?<!\w)(?:another|other|otr[oa]s|autres|weitere[n]?|altr[ie]|outr[oa]s|altres|alți|alte|andere[n]?|kolejn\w{1,3}|inn\w{1,3}"
    r"|dar|vēl|veel|ещё|еще|други[ех]|ще|інш\w{1,2})[ \u00a0]+\Z",
    re.I,
)
_AFTER = re.compile(r"\A[ \u00a0]+(?:others|more|autres|més|más|altri|altre|weitere|mehr|другие|інші|lagi|lainnya)(?!\w)", re.I)


def others(art: Article, s: Sentence) -> list[tuple[str, tuple[float, float, float]]]:
    """(role, bound) of each count of the sentence with no noun of its own that says "others", in a role."""
    out = []
    for q in art.quantities:
        if not (s.start <= q.start < s.end) or q.value is None or q.unit is not None:
            continue
        if _BEFORE.search(art.text, max(s.start, q.start - 16), q.start) or _AFTER.match(art.text[q.end : q.end + 12]):
            what = role_class(role(art.text, q))
            if what is not None:
                out.append((what, bounds(art.text, q, art.language)))
    return out


def others_conflicts(
    art_a: Article, sa: Sentence, na: dict, art_b: Article, sb: Sentence, nb: dict
) -> list[tuple[list[float], list[float]]]:
    """(figures of a, figures of b) where one sentence's "others" of a role, compared under the noun of a group
    (``na``, ``nb``: :func:`.numbers.numbers`), disagree with the other sentence's count of people in that role."""
    out = []
    for x_art, sx, nx, ny, flip in ((art_a, sa, na, nb, False), (art_b, sb, nb, na, True)):
        for what, bound in others(x_art, sx):
            group = next((k for k, roles in nx.items() if isinstance(k, str) and bound in roles.get(what, ())), None)
            if group is None or group == "people" or group in NOT_COUNTS:
                continue  # counted as people already: the comparison of counts meets it
            theirs = {r: v for r, v in ny.get("people", {}).items() if role_class(r) == what}
            if not theirs or any(role_class(r) == what for r in ny.get(group, {})):
                continue
            mine = {b for roles in nx.values() for r, bs in roles.items() if role_class(r) == what for b in bs}
            if mine != {bound}:
                continue  # "Two firefighters were injured and five others were treated": a part of a sum, not the count
            their_bounds = set().union(*theirs.values())
            if not agree(mine, their_bounds):
                pair = (values_of(mine), values_of(their_bounds))
                out.append(pair[::-1] if flip else pair)
    return out
