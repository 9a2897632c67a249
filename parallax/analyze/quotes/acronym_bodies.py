"""A role and the body it serves, named by its acronym: "— сказал глава МИД", "powiedział rzecznik MSZ".

Languages without articles write what a role is of as a bare genitive after it, and a ministry or an agency by its
acronym, which no inflection marks ("глава МИД", "голова МЗС", "представитель ВОЗ"); the acronym, a capitalised
word, read as the person holding the role, so "сказал глава МИД" gave the ministry ("МИД") as the speaker.  No
person's name is written in capitals alone, so a role before an acronym (and one word more, "МИД России") is the
speaker, a description; so is a role before a country in the Cyrillic genitive ("посол Турции", ambassador of Turkey).
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

_ACRONYM = re.compile(rf"[{UPPER}]{{2,6}}")
# after a quotation: the cue, a role in lower case and the acronym closing what the cue's name pattern took ("— сказал
# глава МИД", "— заявила представитель ВОЗ"), so the description speaks (:func:`.bare_roles.bare_role_after`)


# a country in the Russian or Ukrainian genitive after a role: "посол Турции", "министр обороны Армении", "власти
# Катара"; a surname after the role is in the nominative, and its endings (-ов, -ева, -ина, -ая, the Macedonian -ски) are kept out
COUNTRY_GENITIVE = re.compile(r"[А-ЯЁІЇЄ][а-яёіїєґ]+(?:(?<!ск)(?<!цк)и|ы|(?<!а)я|(?<!ов)(?<!ев)(?<!ин)(?<!ын)а)")

# (and a body and its country both in the genitive: "— заявил глава Минздрава России")
ROLE_OF_ACRONYM = re.compile(
    rf"\A\W{{0,3}}\s*(?:[—–-]\s*)?\S+\s(?:[{LOWER}][\w-]+\s){{1,3}}"
    rf"(?:[{UPPER}]{{2,6}}|{COUNTRY_GENITIVE.pattern}\s{COUNTRY_GENITIVE.pattern})\Z"
)

# the articles of the languages that have them: "— meldt de NS", "a déclaré la SNCF" name the body itself, no role of it
ARTICLES = frozenset("de het een the der die das den dem des le la les l un une el los las il lo gli i o os as a".split())


def acronym_body(words: str) -> bool:
    """Whether the words after a role are a body by its acronym, with at most one word more ("МИД", "МИД России"),
    a country in the Cyrillic genitive alone ("посол Турции"), or a body and its country both in the genitive."""
    split = [w.strip(".,") for w in words.split()]
    if len(split) == 1 and COUNTRY_GENITIVE.fullmatch(split[0]):
        return True
    # (session 42) a body in the genitive and its country's: "глава Минздрава России", "представитель Минобороны
    # Украины" (a name after a role is in the nominative: "глава Анна Смирнова", whose -ова the shape keeps out)
    if len(split) == 2 and all(COUNTRY_GENITIVE.fullmatch(w) for w in split):
        return True
    return 1 <= len(split) <= 2 and bool(_ACRONYM.fullmatch(split[0]))
