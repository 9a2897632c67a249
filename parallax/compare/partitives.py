"""Parts of a count: "14 of the 27 seats", "three of them", "dont quatre", "其中3人".

A part is compared with another outlet's part, not with the whole it is taken from; the count
comparison (:mod:`parallax.compare.numbers`) and the roles of counts (:mod:`parallax.compare.roles`)
both need to see where a part is written.
"""

from __future__ import annotations

import re

from parallax.compare.role_words import TOLL_ROLES
from parallax.records import Quantity

# a part of the count after it ("14 of the 27 seats", "14 de los 27 concejales", "3 des 5 juges", "2 der 7 Richter"),
# the whole's owner between in English ("15 of the state's 16 areas", "three of its five plants")
OF_THE_NUMBER = re.compile(
    r"[ \u00a0]{1,3}(?:of(?:[ \u00a0](?:the(?:[ \u00a0][A-Za-z]{2,20}['’]s)?|its|their))?|out[ \u00a0]of|de(?:[ \u00a0](?:los|las|les|cada))?|des|der|von(?:[ \u00a0]den)?|dei|degli|delle|dos|das"
    # the whole of a ratio too: "four out of five", "quatre sur cinq", "quattro su cinque", "cuatro de cada cinco"
    r"|sur|su"
    r"|van(?:[ \u00a0]de)?|из|z|ze|spośród|з|із)[ \u00a0]{1,3}(?=\w)",
    re.I,
)
# a part of the count before ("three of them", "трое из них", "zwei von ihnen", "dwie z nich", "dont quatre")
_PARTITIVE_AFTER = re.compile(
    r"[ \u00a0]{0,3}(?:of|из|от|среди|z|ze|spośród|von|unter|de|d['’]entre|di|tra|fra|dos|das|van|з|із|серед)[ \u00a0]{1,3}"
    r"(?:them|those|these|них|nich|ihnen|denen|eux|elles|ellos|ellas|loro|essi|eles|elas|hen|їх)(?!\w)", re.I)
PARTITIVE_BEFORE = re.compile(
    r"(?<!\w)(?:dont|darunter|davon|wśród nich|w tym|в том числе|среди них|из них|з них|із них|серед них|among them|de ellos|de ellas"
    r"|de los cuales|de las cuales|di cui|dos quais|das quais|waarvan|van wie"
    # Finnish "of whom", "of which": "loukkaantuneita oli 12, joista kaksi vakavasti"
    r"|joista|joiden joukossa"
    # "of these, 12 hospitals", Romanian "dintre acestea, 12 spitale", "printre care", Vietnamese "trong đó" (among which),
    # Greek "εκ των οποίων"
    r"|of (?:these|those|them|whom)|dintre (?:care|acestea|aceștia|ei|ele)|printre (?:care|ei|ele)|trong đó|εκ των οποίων)[ \u00a0,]{1,3}\Z", re.I)


# Chinese, Japanese and Korean say "of them" before the count and its counter ("17人受伤，其中3人伤势较重",
# "伤者中有3人", "23人が負傷し、うち4人が重傷", "부상자 중 3명은", "이 가운데 2명"): "其中", "うち", "그중" on
# their own; "中", "之中", "のうち", "중", "가운데" after a noun of people ("伤者中有", "負傷者のうち", "부상자
# 중"), since "事故中有3人死亡" is "in the accident, 3 died".  The casualty word inside the phrase ("伤者")
# names the whole, not the part: it is no role of the count after it (see :func:`parallax.compare.roles.role`).
_CJK_PEOPLE_END = "者员員客民자객민원들"
CJK_COUNTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")  # a counter, not a word: "人", "명"
CJK_PARTITIVE = re.compile(
    rf"(?:其中|当中|當中|うち|그중|그 중|이 가운데|그 가운데|이 중|(?<=[{_CJK_PEOPLE_END}])(?:之中|中|의? ?중|의? 가운데|のうち))"
    r"(?:有|的|に|에서|에는|에|은|는)?[ \u00a0]?\Z"
)


PART = "part"  # the role of a part with no casualty word of its own ("..., трое из них госпитализированы")


def partitive_end(text: str, end: int) -> int:
    """Where a count's words go on after a partitive right after it ("21 of them | were injured", "21 d'entre
    elles | ont été blessées"): the role is read from there, the phrase itself no word of it."""
    m = _PARTITIVE_AFTER.match(text, end)
    return m.end() if m else end


def partitive(text: str, q: Quantity) -> bool:
    return bool(_PARTITIVE_AFTER.match(text, q.end) or PARTITIVE_BEFORE.search(text, max(0, q.start - 30), q.start)
                or CJK_PARTITIVE.search(text, max(0, q.start - 12), q.start))  # fmt: skip


# the roles of people a part of a group may go through ("60 miners ..., and 21 of them were injured")
_PEOPLES_ROLES = frozenset({"dead", "injured", "missing", "arrested", "evacuated", "trapped", "rescued"})


def part_of_people(what: str | None, whole_what: str | None) -> bool:
    """Whether a part with a casualty word of its own counts people of that role, whatever noun its whole
    names ("The ferry carried 200 passengers, and 21 of them were injured" / "23 people were injured"):
    where the whole itself went through nothing (the people the sentence is about), or where the part is a
    toll (dead, injured, missing) of a whole that went through something else ("arrested five men; two of them
    died" is a death toll of two, "60 were hurt and 3 of them died" of three).  A part of a whole of the same
    role ("40 died, ten of them in hospital") or a part that is no toll ("60 were hurt and 21 of them were
    hospitalised") is a count of another kind."""
    return what in _PEOPLES_ROLES and (whole_what is None or what in TOLL_ROLES and whole_what != what)
