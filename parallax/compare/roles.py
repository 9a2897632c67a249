"""What a number's count went through: killed, injured, missing, arrested, evacuated, recovered (bodies), a crowd.

"28 people killed" and "210 people injured" are no conflict; "28 dead" and "38 dead" are.  The role is
read from the words of the number's clause (:mod:`parallax.compare.role_words`), and two counts are one
figure only when their roles agree (:func:`same_role`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quantities.money import is_money
from parallax.analyze.quantities.units import OTHER_WORDS
from parallax.analyze.quantities.values import parse_number
from parallax.compare.count_nouns import CROWD_NOUNS, PEOPLE
from parallax.compare.gatherings import PARTICIPANTS, at_gathering
from parallax.compare.headed_tolls import headed_toll
from parallax.compare.home_clauses import homes_left
from parallax.compare.job_cuts import job_cut
from parallax.compare.lives_lost import lives_lost
from parallax.compare.noun_kinds import PERSON_KINDS, kind_of
from parallax.compare.number_words import number_word
from parallax.compare.partitives import CJK_PARTITIVE, OF_THE_NUMBER, PART, partitive_end
from parallax.compare.rescue_counts import RECOVERED, RESCUED, bodies_found, survivors_rescued
from parallax.compare.role_words import (
    CJK_ROLE,
    CLAUSE_END,
    FROM_THEIR_HOMES,
    HARAKAT,
    JOBS,
    LETHAL,
    LETHAL_WINDOW,
    LIVE_VICTIM,
    ROLE_WORD,
    SLAVIC_FILLERS,
    THAI_LETTER,
    THAI_ROLE,
    VICTIM,
    said_in_words,
)
from parallax.compare.separable_deaths import separable_death
from parallax.compare.toll_counts import toll_role
from parallax.compare.verb_final_roles import verb_final_role
from parallax.letters import IN_WORD
from parallax.records import Quantity


def _thai_role(text: str, start: int, end: int) -> str | None:
    """The role of a count in Thai text: a casualty word in the count's own phrase (after the number), else
    the last one in the phrase right before it."""
    after = text[end : end + 40].split(maxsplit=1)
    if after and (m := THAI_ROLE.search(after[0])):
        return m.lastgroup
    before = text[max(0, start - 60) : start].split()
    if before and (found := list(THAI_ROLE.finditer(before[-1]))):
        return found[-1].lastgroup
    return None


# a count of part of the casualties: "Four of the injured", "Vier der Verletzten", "Quatre des blessés", "tres de los heridos",
# "drie van de gewonden"
_PART_OF = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+the|of[ \u00a0]+those|der|unter[ \u00a0]+den|des|d['’]entre[ \u00a0]+les|de[ \u00a0]+los|de[ \u00a0]+las|"
    r"dei|degli|delle|dos|das|van[ \u00a0]+de)[ \u00a0]+(?P<word>[\w-]+)",
    re.I,
)


def _part_of_casualties(text: str, q: Quantity) -> bool:
    """Whether a count is a part of the dead or injured, the casualty word its whole ("Four of the injured were
    in serious condition", "Vier der Verletzten schweben in Lebensgefahr"): a count of another kind (the
    seriously hurt), not the toll its noun names, so it neither stands for the event's toll nor contradicts
    another outlet's ("12 injured" / "Four of the injured")."""
    m = _PART_OF.match(text, q.end)
    return bool(m and ROLE_WORD.fullmatch(m.group("word")))


# A count set before its noun with a hyphen, as an attribute of another noun: "a nine-member committee", "a 12-member
# jury", "the 27-member bloc".  It gives the size of the body the next noun names, not a number of its members who
# did something ("three members preferred to hold"), and meets only another such size.
SIZE = "size"
_ATTRIBUTE = re.compile(r"-(?P<noun>[a-z]+)[ \u00a0]+[^\W\d_]")  # the body by its name too: "the 460-seat Sejm"


def _size_of_a_body(text: str, q: Quantity) -> bool:
    """Whether the count is written as an attribute of a noun after it ("nine-member committee")."""
    m = _ATTRIBUTE.match(text, q.end)
    return bool(m and q.unit and m.group("noun") in _MEMBER_NOUNS and m.group("noun").startswith(q.unit))


# the nouns a body's size is counted in; a measure set the same way is the measured thing's own figure ("a
# 5.9-magnitude earthquake", "the 300-metre bridge"), compared as any other
_MEMBER_NOUNS = frozenset({"member", "members", "seat", "seats", "judge", "judges", "person", "nation", "country", "state", "strong"})


def role(text: str, q: Quantity) -> str | None:
    """What a number's count went through, from the words of its clause: the counted word itself
    ("28 dead", "38 morts"), the word after it ("210 people injured"), else the nearest casualty
    word before it in five words ("killing at least 28 people"), else after it in three; a dual
    noun is its own count's word ("قتيلين", two dead); jobs cut, as posts or as people who lose them, are
    :data:`JOBS` (:mod:`.job_cuts`).  Cached: the conflict, renamed-count and toll
    checks all ask it of the same numbers."""
    if _part_of_casualties(text, q) or _whole_of_a_part(text, q):
        return None
    if _size_of_a_body(text, q):
        return SIZE  # "the nine-member committee" / "three members preferred to hold": no count of one thing
    if job_cut(text, q):
        return JOBS  # "cut 420 jobs" / "380 workers will lose their jobs" (:mod:`.job_cuts`)
    if q.unit is not None and is_money(q.unit):
        return None  # a sum is no casualty: "10 миллионов рублей пострадавшим" (to the victims) is aid, as "12 millones de ayuda"
    if bodies_found(text, q):
        return RECOVERED  # "Rescuers recovered 29 bodies": bodies found, a part of the toll (:mod:`.rescue_counts`)
    if lives_lost(text, q) or separable_death(text, q):
        return "dead"  # "The fire claimed 2 lives" (:mod:`.lives_lost`), "Er kwamen 200 koeien om" (:mod:`.separable_deaths`)
    found = _role(text, q.start, partitive_end(text, q.end))  # "21 d'entre elles ont été blessées": after "of them"
    if found == "arrested" and q.unit and (kind := kind_of(q.unit)) and kind not in PERSON_KINDS:
        found = None  # "La police a arrêté 38 camions": things are stopped, not arrested ("stoppte 45 Lastwagen")
    if found is None and survivors_rescued(text, q):
        return RESCUED  # "pulled 38 survivors from the sea": the rescued (:mod:`.rescue_counts`)
    if found is None and q.unit and q.unit in q.text and (m := ROLE_WORD.fullmatch(q.unit)):
        return m.lastgroup
    if found is None and (toll := toll_role(text, q) or headed_toll(text, q)):
        return toll  # "Liczba ofiar orkanu wzrosła do sześciu": the dead, named at the clause's head (:mod:`.toll_counts`)
    if found is None and q.unit and VICTIM.fullmatch(q.unit) and _lethal(text, q):
        return "dead"  # "Sono tre le vittime del crollo": a disaster's victims, with no other role, are its dead
    if found is None and q.unit and (q.unit in CROWD_NOUNS or kind_of(q.unit) == "protester"):
        return "crowd"  # "in front of 31,200 fans", "2 500 manifestants": the crowd ("three fans were injured" are the injured)
    if found == "crowd" and q.unit is not None and (not q.unit.isalpha() or q.unit in _SHARES):
        return None  # "turnout was 61 percent": a share, no crowd's size
    if found is None and _of_a_crowd(q.unit) and at_gathering(text, q.start, q.end, q.unit):
        return "crowd"  # "20,000 people took part in the march", "20 000 personnes ont défilé" (:mod:`.gatherings`)
    return found


def _of_a_crowd(unit: str | None) -> bool:
    """Whether a count's noun may count a crowd: people, none, a kind of person other than the police and soldiers
    who stand guard over it, participants."""
    if unit is None or unit in PEOPLE or unit in CROWD_NOUNS or PARTICIPANTS.fullmatch(unit):
        return True
    return (kind := kind_of(unit)) in PERSON_KINDS and kind not in ("police", "soldier")


def _lethal(text: str, q: Quantity) -> bool:
    """Whether victims counted may be dead: in English only beside an event that kills or a word of death
    ("the scheme defrauded 300 victims" counts the living); the other languages' words read as before."""
    if not LIVE_VICTIM.fullmatch(q.unit or ""):
        return True
    return bool(LETHAL.search(text, max(0, q.start - LETHAL_WINDOW), q.end + LETHAL_WINDOW))


def _whole_of_a_part(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the whole after a part ("arrested 48 of the 15,000 marchers"): what happened, told before
    the part, happened to the part; the whole is who it was taken from."""
    if (ratio := _NOUN_THEN_RATIO.search(text, max(0, q.start - 60), q.start)) and _number_before(text, ratio.end(1)):
        return True  # "Quatre personnes sur cinq", "quattro persone su cinque": the noun between the part and "sur"
    return any(m.end() == q.start for m in OF_THE_NUMBER.finditer(text, max(0, q.start - 40), q.start + 1)
               if m.start() > 0 and _number_before(text, m.start()))  # fmt: skip


# French and Italian set the part's noun before "sur"/"su" and the whole ("quatre personnes sur cinq")
_NOUN_THEN_RATIO = re.compile(r"(?<!\w)(\w{1,20})[ \u00a0]+[^\W\d_]{2,30}[ \u00a0]+(?:sur|su)[ \u00a0]+\Z")


def _number_before(text: str, end: int) -> bool:
    """Whether a number ends at ``end``: a figure, or a number word ("Twelve of the forty passengers")."""
    if text[end - 1].isdigit():
        return True
    word = re.search(r"(\w+)\Z", text[max(0, end - 20) : end])
    # a number word of any language the quantities read ("Vier von fünf", "Четверо из пяти"): the text's language is
    # not known here, and a word that is a number in one of them before "of" and a second number is a part
    return bool(word) and (parse_number(word.group(1)) is not None or number_word(word.group(1)))


_SHARES = frozenset({"percent", "per", "cent", "pct", "point", "percentage"})


# adverbs of manner in English, French, Spanish, Italian and Portuguese ("seriously", "légèrement", "gravemente")
_MANNER = re.compile(r"[^\W\d_]{3,}(?:ly|ment|mente)", re.I)


# how far after a Chinese, Japanese or Korean count its role word is read, in characters: the clause's own verb
_CJK_ROLE_REACH = 12
# the words of CJK_ROLE that grade an injury, light or grave ("12人が軽傷を負った"), not only name it
_INJURY_GRADES = frozenset("軽傷 重傷 重体 轻伤 輕傷 重伤".split())


# an aside between a count's noun and its verb, set between commas: "Five people, including a child, were wounded",
# "cinco personas, entre ellas un niño, resultaron heridas": the verb after it is the count's
_ASIDE = re.compile(
    r"\A([ \u00a0]?[\w-]{0,20}),[ \u00a0](?:including|among[ \u00a0]them|incluid[oa]s?|entre[ \u00a0]ell[oa]s|darunter|dont"
    r"|w[ \u00a0]tym|в[ \u00a0]том[ \u00a0]числе|у[ \u00a0]тому[ \u00a0]числі|серед[ \u00a0]них|среди[ \u00a0]них)[ \u00a0][^,.;:!?]{1,40},",
    re.I,
)


@lru_cache(maxsize=8192)
def _role(text: str, start: int, end: int) -> str | None:
    window = said_in_words(text[end : end + 90])
    window = _ASIDE.sub(r"\1", window, count=1)[:60]  # (the aside left out: :data:`_ASIDE`)
    left_homes = homes_left(window)  # (before the clause is cut: "zwang 8.000 Menschen, ihre Häuser zu verlassen")
    if cut := CLAUSE_END.search(window):
        window = window[: cut.start()]
    # (within the count's clause, past its noun and an adverb: "1500名居民已被紧急疏散", "2000名附近居民已经疏散")
    # (and not past the next figure, another count's: "승객 약 300명 중 21명이 다쳤다" injured 21, not 300)
    reach = next((i for i, c in enumerate(window[:_CJK_ROLE_REACH]) if c.isdigit()), _CJK_ROLE_REACH)
    if m := CJK_ROLE.search(window, 0, reach):
        if m.group() in _INJURY_GRADES and CJK_PARTITIVE.search(text, max(0, start - 12), start):
            return None  # "うち4人が重傷", "其中4人重伤": the grade of a part of the injured is that part (see numbers)
        return m.lastgroup
    if THAI_LETTER.search(text, max(0, start - 2), end + 2) and (found := _thai_role(text, start, end)):
        return found
    # (an adverb of manner does not count among the words after: "Six personnes ont été légèrement blessées",
    # "were seriously injured", "resultaron gravemente heridas")
    # nor does "other", "further" ("Sept autres personnes ont été blessées": :data:`OTHER_WORDS`), nor the small words a
    # Slavic language sets before its participle ("desať ďalších sa zranilo")
    after = [w for w in re.findall(rf"[\w{IN_WORD}-]+", window)
             if not _MANNER.fullmatch(w) and w.lower() not in OTHER_WORDS and w.lower() not in SLAVIC_FILLERS][:4]  # fmt: skip
    for i, word in enumerate(after[:2]):
        if i + 1 < len(after) and after[i + 1][:1].isdigit():
            break  # a casualty word right before another figure is that one's: "مقتل 4 عمال وإصابة 17" (4 dead, 17 injured)
        if m := ROLE_WORD.fullmatch(HARAKAT.sub("", word)):
            return m.lastgroup
    if left_homes or FROM_THEIR_HOMES.search(window):
        return "evacuated"  # "forcing about 400 people from their homes", "obligeant 400 habitants à quitter leur domicile"
    lead = said_in_words(text[max(0, start - 60) : start])
    if cuts := list(CLAUSE_END.finditer(lead)):
        lead = lead[cuts[-1].end() :]
    if CJK_PARTITIVE.search(lead):
        lead = ""  # "伤者中有3人伤势较重": the injured are the whole, the 3 a part of it
    if roles := list(CJK_ROLE.finditer(lead, max(0, len(lead) - 10))):
        return roles[-1].lastgroup  # "死亡人数已升至8人": the casualty word before the count
    before = re.findall(rf"[\w{IN_WORD}-]+", lead)[-5:]
    past_a_count = False
    for i, word in enumerate(reversed(before)):
        if i == 0 and word.lower() == "tot":
            continue  # Dutch "tot" (to) right before a figure, "is gestegen tot 45": German "tot" (dead) never stands so
        if m := ROLE_WORD.fullmatch(HARAKAT.sub("", word)):
            if past_a_count and (own := _later_role(after)):
                return own  # "hukkus kaks inimest ja seitse inimest sai vigastada": the seven's own verb, not the two's
            return m.lastgroup
        past_a_count = past_a_count or word[:1].isdigit() or _is_number_word(word)
    # (or, in Tamil and Bengali, the verb that closes the clause: :mod:`.verb_final_roles`)
    return _later_role(after) or _participle_last(text, end) or verb_final_role(text, end)


def _later_role(after: list[str]) -> str | None:
    """The casualty word among the third and fourth words of a count's own clause ("seitse inimest sai vigastada")."""
    for word in after[2:]:
        if m := ROLE_WORD.fullmatch(HARAKAT.sub("", word)):
            return m.lastgroup
    return None


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    from parallax.analyze.numwords import WORDS_BY_LANGUAGE

    return frozenset(w for words in WORDS_BY_LANGUAGE.values() for w in words)


def _is_number_word(word: str) -> bool:
    """Whether ``word`` is a number word of some language: a casualty word before such a count and ours (a verb set
    before both, "hukkus kaks inimest ja seitse ...") is the first count's, unless ours has its own after it."""
    return word.lower() in _number_words()


# German and Dutch put the participle of a compound tense last in its clause, however far from the
# count its auxiliary follows ("Zwölf Bergleute sind nach dem Einsturz eines Stollens eingeschlossen",
# "Zwölf Menschen wurden am Sonntag auf der A7 verletzt", "12 mensen zijn bij de brand gewond geraakt"):
# an auxiliary of these languages right after the counted noun (or its adjective and noun), and a
# casualty word ending the clause, before the auxiliaries that may close it ("verletzt worden", "gewond
# geraakt").  Only the auxiliaries no other language writes so ("is", "was" are English too).
_AUXILIARY = frozenset("sind wurden wurde waren werden worden haben hatten zijn werden werd raakten raakte".split())
_CLOSING_AUXILIARY = frozenset("worden wurden sind waren geraakt zijn werden".split())


def _participle_last(text: str, end: int) -> str | None:
    window = text[end : end + 140]
    if cut := CLAUSE_END.search(window):
        window = window[: cut.start()]
    words = re.findall(rf"[\w{IN_WORD}-]+", window)
    if len(words) < 3 or not any(w.lower() in _AUXILIARY for w in words[:3]):
        return None
    while len(words) > 2 and words[-1].lower() in _CLOSING_AUXILIARY:
        words.pop()
    m = ROLE_WORD.fullmatch(words[-1])
    return m.lastgroup if m else None


def same_role(what_a: str | None, what_b: str | None) -> bool:
    """Whether two counts of one noun can be one figure, by what happened to what they count: the same
    role ("28 killed" / "38 killed"), or neither says ("30 members" / "32 members").  A count with no role
    against one with a role is two facts, not two figures for one ("400 people were at the stadium" /
    "3 people died", "the storm hit 400 people's homes" / "3 people died"), and so are two roles ("28
    killed" / "210 injured").  Every comparison of counts (:func:`parallax.compare.numbers.number_conflicts`,
    :func:`parallax.compare.renamed.renamed_counts`, :func:`parallax.compare.casualties.casualty_links`) goes by this rule.  A part with no role of its own ("14 of the 27 seats",
    "trois d'entre eux") is a count with no role: it meets another outlet's part or whole."""
    return role_class(what_a) == role_class(what_b)


def role_class(what: str | None) -> str | None:
    return None if what == PART else what
