"""A toll of people against a toll of one kind of person: "Two workers were killed and seven injured" /
"Nine workers were injured".

A report whose toll sentence counts one kind of person ("two workers were killed") and then counts the
injured as people, or by the casualty word alone ("and seven injured"), gives the same toll another report
gives as "nine workers were injured": the two figures are one count.  Where the toll's sentence names no
such kind ("Fourteen people were injured" / "Two police officers were injured"), the group is a part of
the toll, no other figure for it, and a kind that is no person (vehicles, homes) is never a toll of people.
Counting the bare injured as workers instead would lose the far commoner "nine people were injured" of a
third report; so the two meet here, in the pairing of counts, and leave each count its own noun.
"""

from __future__ import annotations

from collections.abc import Collection

from parallax.compare.noun_kinds import PERSON_KINDS

Place = tuple[int, int]  # (article, sentence)


def meets_toll(group: str | None, toll_nouns: Collection[str | None]) -> bool:
    """Whether a casualty count of ``group`` (a counted noun, :func:`parallax.compare.count_nouns.counted`)
    meets another sentence's casualty count of people in the same role: ``group`` is a kind of person
    that the people's sentence counts too ("Two workers were killed and seven injured")."""
    return group in PERSON_KINDS and group in toll_nouns


def kind_toll_links(by_role: dict[tuple[str, str], dict[int, set[int]]], nouns_in: dict[Place, set[str]]) -> list[tuple[Place, Place]]:
    """Sentences to join because one is its article's only count of people in a role (the injured ...)
    and names a kind of person ("загинули двоє робітників, ще 7 травмовані"), and the other is its own
    article's only count of that kind in that role ("Ще 9 працівників отримали травми"), where neither article
    counts the role under the other's noun (which joins them already).  ``by_role`` maps (role, noun) to the
    sentences of each article that count it; ``nouns_in`` the nouns each sentence counts."""
    links = []
    for (what, kind), with_kind in by_role.items():
        people = by_role.get((what, "people"), {})
        if kind not in PERSON_KINDS or not people:
            continue
        for ak, sks in with_kind.items():
            if len(sks) != 1 or ak in people:
                continue
            for ap, sps in people.items():
                if len(sps) == 1 and ap not in with_kind and meets_toll(kind, nouns_in.get((ap, next(iter(sps))), set())):
                    links.append(tuple(sorted([(ap, next(iter(sps))), (ak, next(iter(sks)))])))
    return links
