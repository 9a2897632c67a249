"""A toll of people against a toll of one kind of person: "Two workers were killed and seven injured" /
"Nine workers were injured".

A report whose toll sentence counts one kind of person ("two workers were killed") and then counts the
injured as people, or by the casualty word alone ("and seven injured"), gives the same toll another report
gives as "nine workers were injured": the two figures are one count.  Where the toll's sentence names no
such kind ("Fourteen people were injured" / "Two police officers were injured"), the group is a part of
the toll, no other figure for it, and a kind that is no person (vehicles, homes) is never a toll of people.
Counting the bare injured as workers instead would lose the far commoner "nine people were injured" of a
third report; so the two meet here, in the pairing of counts, and leave each count its own noun.

A toll of people whose sentence names no kind ("12 people were killed") and a toll of one kind of person
("12 miners died") are one toll where each is its article's only count of that role, neither told of another
occasion: they are joined as one fact (:func:`bare_toll_links`).  Where the group is larger than the toll
("14 miners were killed" / "12 people were killed") it is no part of it, and the two figures conflict
(:func:`larger_group`); a smaller group ("10 miners died") may be a part and stays apart.
"""

from __future__ import annotations

from collections.abc import Collection

from parallax.compare.hedges import Bound, agree
from parallax.compare.noun_kinds import PERSON_KINDS
from parallax.compare.role_words import TOLL_ROLES

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


def larger_group(group: str | None, group_bound: Bound, toll_bound: Bound, toll_nouns: Collection[str | None]) -> bool:
    """Whether a toll of one kind of person is larger than another report's toll of people (its lowest
    figure above the toll's highest) whose sentence names no other kind of person: "14 miners were killed" /
    "12 people were killed" is no part of the toll, but another figure for it."""
    if group not in PERSON_KINDS or any(n in PERSON_KINDS and n != group for n in toll_nouns):
        return False
    return group_bound[1] > toll_bound[2]


# (article, role) -> the sentence, noun and bounds of each of the article's counts in that role
Tolls = dict[tuple[int, str], list[tuple[int, str, Bound]]]


def bare_toll_links(tolls: Tolls, nouns_in: dict[Place, set[str]]) -> list[tuple[Place, Place]]:
    """Sentences to join because one is its article's only count of the dead (injured, missing), of people,
    in a sentence that names no kind of person, and the other its own article's only count in that role, of
    one kind of person ("12 people were killed" / "12 miners died"), where the figures agree or the group is
    the larger (:func:`larger_group`).  ``tolls`` holds no count of another occasion (see
    :func:`parallax.compare.casualties.casualty_links`)."""
    links = []
    for (ap, what), toll in tolls.items():
        if what not in TOLL_ROLES or len(toll) != 1 or toll[0][1] != "people":
            continue
        sp, _, toll_bound = toll[0]
        if any(n in PERSON_KINDS for n in nouns_in.get((ap, sp), ())):
            continue  # "Two workers were killed and seven injured": :func:`kind_toll_links`
        for (ak, other), group in tolls.items():
            if other != what or ak == ap or len(group) != 1 or group[0][1] not in PERSON_KINDS:
                continue
            sk, kind, group_bound = group[0]
            if agree({group_bound}, {toll_bound}) or larger_group(kind, group_bound, toll_bound, nouns_in.get((ap, sp), ())):
                links.append(tuple(sorted([(ap, sp), (ak, sk)])))
    return links
